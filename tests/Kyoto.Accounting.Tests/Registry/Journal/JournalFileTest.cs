using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Testing.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry.Journal;

public class JournalFileTest
{
    private static (string Path, Ledger Reference) WriteScenario(JournalTestFiles files, int seed, int length, DurabilityPolicy policy = DurabilityPolicy.OsBuffered)
    {
        RegistryScenario scenario = RegistryArbitraries.Scenarios(length, 10).Sample(50, new Rnd((ulong)seed), 20).MaxBy(s => s.AcceptedCount)!;
        string path = files.NewPath();
        using (DurableLedger durable = DurableLedger.Create(path, scenario.Configuration, JournalOptions.Default with { Policy = policy, CheckpointEveryTransactions = 0 }))
        {
            foreach (Transaction tx in scenario.Transactions)
            {
                durable.TryApply(tx);
            }
        }

        return (path, scenario.Run());
    }

    [Fact]
    public void Crc32c_matches_the_standard_check_value()
    {
        Assert.Equal(0xE3069283u, JournalFormat.Checksum(Encoding.ASCII.GetBytes("123456789")));
    }

    [Fact]
    public void Cutting_the_file_at_every_byte_recovers_a_prefix_of_the_accepted_transactions()
    {
        using var files = new JournalTestFiles();
        (string path, Ledger reference) = WriteScenario(files, 7, 30);
        Assert.True(reference.Journal.Count >= 10, "the scenario should accept enough transactions");
        byte[] bytes = File.ReadAllBytes(path);
        string cut = files.NewPath("cut");
        int recovered = 0;
        int rejected = 0;
        for (int length = 0; length <= bytes.Length; length++)
        {
            File.WriteAllBytes(cut, bytes.AsSpan(0, length).ToArray());
            Ledger ledger;
            RecoveryReport report;
            try
            {
                ledger = JournalFile.Replay(cut, out report);
            }
            catch (JournalFormatException)
            {
                // Only a file cut inside its header or its initial configuration record is unreadable: then nothing was acknowledged.
                Assert.True(length < JournalFormat.HeaderLength + 8 || JournalFile.ReadEntries(path)[1].Offset > length, "unreadable at length " + length);
                rejected++;
                continue;
            }

            recovered++;
            long count = ledger.TransactionCount;
            // Torn bytes are those up to the last non-zero one: zeros after the records read as preallocated space.
            int lastNonZero = bytes.AsSpan(0, length).LastIndexOfAnyExcept((byte)0);
            Assert.Equal(Math.Max(0, lastNonZero + 1 - report.ValidLength), report.TruncatedBytes);
            Assert.True(ledger.HasSameHoldings(reference.AsOf((int)count)), "cut at " + length + " differs from the first " + count + " transactions");
            if (length == bytes.Length)
            {
                Assert.Equal(reference.Journal.Count, count);
            }
        }

        // Every cut from the end of the initial configuration record on recovers (was: more than half of the cuts, which
        // depended on the size of the configuration record against the scenario's transactions).
        Assert.Equal(bytes.Length + 1 - JournalFile.ReadEntries(path)[1].Offset, recovered);
        Assert.True(rejected > 0);

        // Opening for writing truncates the torn tail and appends after it.
        File.WriteAllBytes(cut, bytes.AsSpan(0, bytes.Length - 5).ToArray());
        using DurableLedger reopened = DurableLedger.Open(cut);
        Assert.Equal(reference.Journal.Count - 1, reopened.Ledger.TransactionCount);
        Assert.True(reopened.Recovery!.TruncatedBytes > 0);
        Assert.Equal("the record's length runs past the end of the file", reopened.Recovery.TailProblem);
        Assert.Equal(reopened.Recovery.ValidLength, new FileInfo(cut).Length);
        reopened.Apply(reference.Journal[^1]);
        reopened.Dispose();
        Assert.True(JournalFile.Replay(cut, out _).HasSameHoldings(reference));
    }

    [Fact]
    public void Zeros_after_the_records_are_preallocated_space_not_a_torn_tail()
    {
        using var files = new JournalTestFiles();
        (string path, Ledger reference) = WriteScenario(files, 7, 30, DurabilityPolicy.FlushEachTransaction);
        byte[] bytes = File.ReadAllBytes(path);
        string padded = files.NewPath("padded");
        File.WriteAllBytes(padded, [.. bytes, .. new byte[3 << 20]]);

        Ledger replayed = JournalFile.Replay(padded, out RecoveryReport report);
        Assert.True(replayed.HasSameHoldings(reference));
        Assert.Null(report.TailProblem);
        Assert.Equal(0, report.TruncatedBytes);
        Assert.Equal(bytes.Length, report.ValidLength);
        Assert.Equal(JournalFile.ReadEntries(path).Count, JournalFile.ReadEntries(padded).Count);

        // A record torn inside the zeros is a torn tail: reported, and cut with the zeros when opened for writing.
        byte[] torn = [.. bytes, .. new byte[3 << 20]];
        torn[bytes.Length] = 0x2A;
        torn[bytes.Length + 4] = 0x99;
        File.WriteAllBytes(padded, torn);
        JournalFile.Replay(padded, out report);
        Assert.Equal(5, report.TruncatedBytes);
        Assert.NotNull(report.TailProblem);
        using (DurableLedger reopened = DurableLedger.Open(padded))
        {
            Assert.Equal(bytes.Length, new FileInfo(padded).Length);
            Assert.True(reopened.Ledger.HasSameHoldings(reference));
        }

        Assert.Equal(bytes.Length, new FileInfo(padded).Length);
    }

    [Fact]
    public void An_open_journal_is_preallocated_and_readable_and_a_closed_one_is_exactly_its_records()
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        var fixture = new RegistryFixture();
        using (DurableLedger durable = DurableLedger.Create(path, fixture.Ledger.Configuration, JournalOptions.Default with { Policy = DurabilityPolicy.FlushEachTransaction }))
        {
            durable.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, SerialRange.FromFirstAndQuantity(DeuRegistry, 1, 1_000)));
            durable.Apply(Transaction.TransferExternally(TransactionId.FromNumber(2), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 1, 10)));
            Assert.True(new FileInfo(path).Length >= 1 << 20, "the open journal should be preallocated");

            // Read while open: the zeros end the journal cleanly.
            Ledger seen = JournalFile.Replay(path, out RecoveryReport report);
            Assert.Null(report.TailProblem);
            Assert.Equal(2, seen.TransactionCount);
            Assert.Equal(3, JournalFile.ReadEntries(path).Count);
        }

        IReadOnlyList<JournalEntry> entries = JournalFile.ReadEntries(path);
        Assert.Equal(3, entries.Count);
        JournalFile.Replay(path, out RecoveryReport closed);
        Assert.Equal(closed.ValidLength, new FileInfo(path).Length);
    }

    [Fact]
    public void A_flipped_bit_in_a_middle_record_is_a_clear_error_with_its_offset()
    {
        using var files = new JournalTestFiles();
        (string path, _) = WriteScenario(files, 11, 20);
        var entries = JournalFile.ReadEntries(path);
        JournalEntry middle = entries[entries.Count / 2];
        byte[] bytes = File.ReadAllBytes(path);
        bytes[middle.Offset + JournalFormat.FrameLength + 3] ^= 0x10;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<JournalFormatException>(() => JournalFile.Replay(path, out _));
        Assert.Equal(middle.Offset, error.Offset);
        Assert.Contains("checksum mismatch", error.Message, StringComparison.Ordinal);
        Assert.Contains("valid records follow", error.Message, StringComparison.Ordinal);
        Assert.Throws<JournalFormatException>(() => DurableLedger.Open(path));
        Assert.Equal(bytes.Length, new FileInfo(path).Length);
    }

    [Fact]
    public void A_wrong_length_in_a_middle_record_is_a_clear_error()
    {
        using var files = new JournalTestFiles();
        (string path, _) = WriteScenario(files, 12, 20);
        var entries = JournalFile.ReadEntries(path);
        JournalEntry middle = entries[entries.Count / 2];
        byte[] bytes = File.ReadAllBytes(path);
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)middle.Offset));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)middle.Offset), length + 1);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<JournalFormatException>(() => JournalFile.ReadEntries(path));
        Assert.Equal(middle.Offset, error.Offset);

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan((int)middle.Offset), 0x7FFF_FFFF);
        File.WriteAllBytes(path, bytes);
        error = Assert.Throws<JournalFormatException>(() => JournalFile.ReadEntries(path));
        Assert.Contains("impossible record length", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_format_version_or_a_foreign_file_is_refused()
    {
        using var files = new JournalTestFiles();
        (string path, _) = WriteScenario(files, 13, 5);
        byte[] bytes = File.ReadAllBytes(path);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(8), 2);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(28), JournalFormat.Checksum(bytes.AsSpan(0, 28)));
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<JournalFormatException>(() => DurableLedger.Open(path));
        Assert.Equal("The journal has format version 2; this library reads version 1.", error.Message);

        bytes[9] ^= 1;
        File.WriteAllBytes(path, bytes);
        error = Assert.Throws<JournalFormatException>(() => JournalFile.Replay(path, out _));
        Assert.Contains("header fails its checksum", error.Message, StringComparison.Ordinal);

        File.WriteAllText(path, "Date,Party,Value\n2010-01-01,DEU,1\n");
        error = Assert.Throws<JournalFormatException>(() => JournalFile.Replay(path, out _));
        Assert.Contains("not a Kyoto.Accounting journal", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_checkpoint_is_ignored_and_reported()
    {
        using var files = new JournalTestFiles();
        RegistryScenario scenario = RegistryArbitraries.Scenarios(40, 0).Sample(50, new Rnd(5UL), 20).MaxBy(s => s.AcceptedCount)!;
        string path = files.NewPath();
        using (DurableLedger durable = DurableLedger.Create(path, scenario.Configuration, JournalOptions.Default with { CheckpointEveryTransactions = 4 }))
        {
            foreach (Transaction tx in scenario.Transactions)
            {
                durable.TryApply(tx);
            }
        }

        Ledger reference = scenario.Run();
        Assert.True(JournalFile.Replay(path, out RecoveryReport report).HasSameHoldings(reference));
        Assert.True(report.CheckpointUsed);
        Assert.True(report.RecordsReplayed < report.Records);
        byte[] checkpoint = File.ReadAllBytes(path + ".checkpoint");
        checkpoint[checkpoint.Length / 2] ^= 4;
        File.WriteAllBytes(path + ".checkpoint", checkpoint);
        Assert.True(JournalFile.Replay(path, out report).HasSameHoldings(reference));
        Assert.False(report.CheckpointUsed);
        Assert.Contains("checksum", report.CheckpointProblem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_external_transfer_takes_at_most_64_bytes_on_disk()
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        var fixture = new RegistryFixture();
        using (DurableLedger durable = DurableLedger.Create(path, fixture.Ledger.Configuration, JournalOptions.Default with { Policy = DurabilityPolicy.FlushEachTransaction }))
        {
            // Serials near the largest allowed and a 9-digit identifier: the costliest common case.
            const long first = 999_999_999_000_000_001;
            durable.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, SerialRange.FromFirstAndQuantity(DeuRegistry, first, 1_000_000)));
            durable.Apply(Transaction.TransferExternally(TransactionId.FromNumber(123_456_789), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, first + 500_000, first + 500_099)));
        }

        // The open file is preallocated; closed, it is exactly its records, the transfer's the last.
        long size = new FileInfo(path).Length - JournalFile.ReadEntries(path)[^1].Offset;
        Assert.InRange(size, 16, 64);
    }

    [Fact]
    public void Configuration_changes_are_journaled_with_their_effective_dates_and_replayed_in_force()
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        var fixture = new RegistryFixture();
        RegistryConfiguration start = fixture.Ledger.Configuration;
        var suspended = new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31));
        var newAccount = AccountId.FromNumber(99);
        RegistryConfiguration changed = start
            .WithSuspension(Deu, Kyoto.Accounting.Registry.Mechanism.EmissionsTrading, suspended)
            .WithAccount(Account.PartyHolding(newAccount, DeuRegistry));
        Transaction issue = Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, SerialRange.Of(DeuRegistry, 1, 1000));
        Transaction before = Transaction.TransferExternally(TransactionId.FromNumber(2), new LocalDate(2010, 12, 1), DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 1, 10));
        Transaction during = Transaction.TransferExternally(TransactionId.FromNumber(3), new LocalDate(2011, 2, 1), DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 11, 20));
        Transaction inside = Transaction.TransferInternally(TransactionId.FromNumber(4), new LocalDate(2011, 2, 1), DeuHolding, newAccount, SerialRange.Of(DeuRegistry, 21, 30));
        using (DurableLedger durable = DurableLedger.Create(path, start, JournalOptions.Default with { Policy = DurabilityPolicy.FlushEachTransaction }))
        {
            durable.Apply(issue);
            durable.Apply(before);
            Assert.Throws<ArgumentException>(() => durable.ChangeConfiguration(changed, new LocalDate(2010, 11, 30)));
            Assert.Throws<ArgumentException>(() => durable.ChangeConfiguration(RegistryConfiguration.Empty, new LocalDate(2011, 1, 1)));
            durable.ChangeConfiguration(changed, new LocalDate(2011, 1, 1));
            Assert.False(durable.TryApply(during).IsAccepted);
            durable.Apply(inside);
            Assert.Equal(10, durable.Ledger.GetQuantity(newAccount));

            Ledger asOf2010 = durable.AsOf(new LocalDate(2010, 12, 31));
            Assert.True(asOf2010.Configuration.HasSameContent(start));
            Assert.True(durable.AsOf(new LocalDate(2011, 1, 1)).Configuration.HasSameContent(changed));
        }

        var entries = JournalFile.ReadEntries(path);
        Assert.Equal(
            new[] { "initial configuration", "T1", "T2", "configuration change from 2011-01-01", "T4" },
            entries.Select(e => e.Transaction?.Id.ToString() ?? e.ToString()));
        using DurableLedger recovered = DurableLedger.Open(path);
        Assert.True(recovered.Ledger.Configuration.HasSameContent(changed));
        Assert.Equal(10, recovered.Ledger.GetQuantity(newAccount));

        // The in-memory ledger keeps the same history and replays it.
        var memory = new Ledger(start);
        memory.Apply(issue);
        memory.Apply(before);
        memory.ChangeConfiguration(changed, new LocalDate(2011, 1, 1));
        memory.Apply(inside);
        Assert.Single(memory.ConfigurationChanges);
        Assert.Equal(2, memory.ConfigurationChanges[0].TransactionCount);
        Assert.True(memory.AsOf(3).HasSameHoldings(memory));
        Assert.True(memory.AsOf(3).Configuration.HasSameContent(changed));
        Assert.True(memory.AsOf(2).Configuration.HasSameContent(changed));
        Assert.True(memory.AsOf(new LocalDate(2010, 12, 31)).Configuration.HasSameContent(start));
        Assert.True(recovered.Ledger.HasSameHoldings(memory));
    }

    [Fact]
    public void A_ledger_without_a_retained_journal_keeps_no_transactions_in_memory()
    {
        var ledger = new Ledger(RegistryFixture.BaseConfiguration(), retainJournal: false);
        ledger.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, SerialRange.Of(DeuRegistry, 1, 1000)));
        ledger.Apply(Transaction.TransferExternally(TransactionId.FromNumber(2), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 1, 10)));
        Assert.Empty(ledger.Journal);
        Assert.Equal(2, ledger.TransactionCount);
        Assert.False(ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(2), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 11, 20))).IsAccepted);
        Assert.False(ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(3), Day.PlusDays(-1), DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 11, 20))).IsAccepted);
        Assert.Throws<InvalidOperationException>(() => ledger.AsOf(1));
    }
}
