using System.Globalization;
using System.Text;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>What recovery of a journal file did: the checkpoint it started from, the records it replayed, the torn tail it truncated.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RecoveryReport
{
    internal RecoveryReport(long records, long transactions, long replayed, long checkpointRecords, string? checkpointProblem, long validLength, long truncatedBytes, string? tailProblem)
    {
        Records = records;
        Transactions = transactions;
        RecordsReplayed = replayed;
        CheckpointRecords = checkpointRecords;
        CheckpointProblem = checkpointProblem;
        ValidLength = validLength;
        TruncatedBytes = truncatedBytes;
        TailProblem = tailProblem;
    }

    /// <summary>Gets the number of valid records in the journal (the initial configuration, transactions and configuration changes).</summary>
    public long Records { get; }

    /// <summary>Gets the number of transactions the recovered ledger has accepted.</summary>
    public long Transactions { get; }

    /// <summary>Gets the number of records decoded and applied by this recovery (those after the checkpoint).</summary>
    public long RecordsReplayed { get; }

    /// <summary>Gets whether recovery started from a checkpoint instead of the start of the journal.</summary>
    public bool CheckpointUsed => CheckpointRecords > 0;

    /// <summary>Gets the number of records the checkpoint covered (0 if none was used).</summary>
    public long CheckpointRecords { get; }

    /// <summary>Gets why a checkpoint file was present but not used (damaged, or not matching the journal), or null.</summary>
    public string? CheckpointProblem { get; }

    /// <summary>Gets the length in bytes of the valid journal: header and complete, checksummed records.</summary>
    public long ValidLength { get; }

    /// <summary>Gets the number of bytes of torn tail removed (or, for a read-only replay, ignored) after the last valid record.</summary>
    public long TruncatedBytes { get; }

    /// <summary>Gets what was wrong with the torn tail (e.g. "checksum mismatch"), or null if the journal ended cleanly.</summary>
    public string? TailProblem { get; }

    /// <summary>Describes the recovery in one line.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{Records} records ({Transactions} transactions), {RecordsReplayed} replayed");
        text.Append(CheckpointUsed ? string.Create(CultureInfo.InvariantCulture, $" after a checkpoint of {CheckpointRecords}") : " from the start");
        if (CheckpointProblem is not null)
        {
            text.Append(" (checkpoint ignored: ").Append(CheckpointProblem).Append(')');
        }

        text.Append(CultureInfo.InvariantCulture, $"; {ValidLength} valid bytes");
        if (TruncatedBytes > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"; torn tail of {TruncatedBytes} bytes removed ({TailProblem})");
        }

        return text.ToString();
    }
}
