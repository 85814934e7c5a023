using System;
using System.IO;
using Kyoto.Accounting.CrashProbe;
using Kyoto.Accounting.Registry.Journal;
using NodaTime;

// Usage: Kyoto.Accounting.CrashProbe <journal> [maxGroup]
// Opens (recovering) or creates the journal, then applies the CrashWorkload sequence from where the journal ends,
// with group commit, forever; prints "A <records>" each time the durable record count grows. A parent kills it.
string path = args[0];
int maxGroup = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 64;
var output = Console.Out;
var options = JournalOptions.Default with
{
    Policy = DurabilityPolicy.GroupCommit,
    GroupCommitMaxTransactions = maxGroup,
    GroupCommitMaxDelay = Duration.FromMilliseconds(1),
    CheckpointEveryTransactions = 5000,
    Acknowledged = records =>
    {
        lock (output)
        {
            output.WriteLine("A " + records.ToString(System.Globalization.CultureInfo.InvariantCulture));
            output.Flush();
        }
    },
};
using DurableLedger registry = File.Exists(path) ? DurableLedger.Open(path, options) : DurableLedger.Create(path, CrashWorkload.Configuration, options);
lock (output)
{
    output.WriteLine("R " + registry.AppendedRecords.ToString(System.Globalization.CultureInfo.InvariantCulture));
    output.Flush();
}

for (long i = registry.Ledger.TransactionCount; ; i++)
{
    registry.Apply(CrashWorkload.Transaction(i));
}
