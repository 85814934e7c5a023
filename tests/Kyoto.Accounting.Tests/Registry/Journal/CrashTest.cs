using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Kyoto.Accounting.CrashProbe;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Xunit;
using Xunit.Abstractions;

namespace Kyoto.Accounting.Tests.Registry.Journal;

/// <summary>
/// A real crash test: a child process (Kyoto.Accounting.CrashProbe) applies transactions with group commit and reports
/// each acknowledgement; it is killed with SIGKILL at a random moment, many times over one journal (each child recovers
/// the journal its predecessor left and continues). After every kill, recovery must hold every acknowledged
/// transaction, and only transactions of the child's sequence, in order.
/// </summary>
public class CrashTest
{
    private const int Kills = 12;
    private readonly ITestOutputHelper _output;

    public CrashTest(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Recovery_after_sigkill_holds_every_acknowledged_transaction_and_nothing_else()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using var files = new JournalTestFiles();
        string path = files.NewPath("crash");
        string probe = Path.Combine(AppContext.BaseDirectory, "Kyoto.Accounting.CrashProbe.dll");
        Assert.True(File.Exists(probe), "the crash probe is built beside the tests: " + probe);
        var random = new Random(20_261_201);
        long previousRecovered = 0;
        var expected = new Ledger(CrashWorkload.Configuration, retainJournal: false);
        long totalAcknowledged = 0;
        int kills = 0;
        for (int round = 0; round < Kills; round++)
        {
            long acknowledged = RunAndKill(probe, path, random.Next(30, 250), random.Next(2) == 0 ? 64 : 4096);
            kills++;
            Ledger recovered;
            RecoveryReport report;
            using (DurableLedger reopened = DurableLedger.Open(path, JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered }))
            {
                recovered = reopened.Ledger;
                report = reopened.Recovery!;
            }

            // Every acknowledged record is there (record 1 is the initial configuration).
            Assert.True(report.Records >= acknowledged, $"round {round}: {acknowledged} records acknowledged, {report.Records} recovered ({report})");
            Assert.True(report.Records - 1 >= previousRecovered, $"round {round}: recovery lost transactions an earlier recovery held");

            // Nothing else: the journal is exactly the first n transactions of the sequence.
            var entries = JournalFile.ReadEntries(path);
            Assert.Equal(JournalEntryKind.Configuration, entries[0].Kind);
            for (int i = 1; i < entries.Count; i++)
            {
                Assert.Equal(CrashWorkload.Transaction(i - 1).ToString(), entries[i].Transaction!.ToString());
            }

            long n = entries.Count - 1;
            Assert.Equal(n, recovered.TransactionCount);
            for (long i = expected.TransactionCount; i < n; i++)
            {
                expected.Apply(CrashWorkload.Transaction(i));
            }

            Assert.True(recovered.HasSameHoldings(expected), $"round {round}: holdings after {n} transactions differ");
            previousRecovered = n;
            totalAcknowledged = acknowledged;
            _output.WriteLine($"round {round}: acknowledged {acknowledged} records, recovered {report}");
        }

        Assert.Equal(Kills, kills);
        Assert.True(totalAcknowledged > 500, "the children should get far enough to matter");
    }

    /// <summary>Starts the probe, waits until it has recovered and run for a while, SIGKILLs it, and returns the last acknowledged record count it printed.</summary>
    private static long RunAndKill(string probe, string path, int runMilliseconds, int maxGroup)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(probe);
        start.ArgumentList.Add(path);
        start.ArgumentList.Add(maxGroup.ToString(CultureInfo.InvariantCulture));
        long acknowledged = 0;
        using var started = new ManualResetEventSlim();
        var errors = new ConcurrentQueue<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is string line && line.Length > 2)
            {
                long value = long.Parse(line.AsSpan(2), CultureInfo.InvariantCulture);
                if (line[0] == 'A')
                {
                    InterlockedMax(ref acknowledged, value);
                }
                else if (line[0] == 'R')
                {
                    InterlockedMax(ref acknowledged, value);
                    started.Set();
                }
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is string line)
            {
                errors.Enqueue(line);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!started.Wait(TimeSpan.FromSeconds(30)))
        {
            process.Kill();
            throw new InvalidOperationException("The crash probe did not start: " + string.Join(Environment.NewLine, errors));
        }

        Thread.Sleep(runMilliseconds);
        Assert.False(process.HasExited, "the probe stopped by itself: " + string.Join(Environment.NewLine, errors));

        // Read what was acknowledged before the kill: a line printed after this read may or may not be seen, which only
        // makes the check weaker, never wrong (an acknowledgement is printed after its flush completed).
        long before = Interlocked.Read(ref acknowledged);
        process.Kill(); // SIGKILL on Unix
        process.WaitForExit();
        return before;
    }

    private static void InterlockedMax(ref long target, long value)
    {
        long current;
        while ((current = Interlocked.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
