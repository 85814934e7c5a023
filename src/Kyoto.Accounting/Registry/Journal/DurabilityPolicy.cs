namespace Kyoto.Accounting.Registry.Journal;

/// <summary>When a <see cref="DurableLedger"/> acknowledges an accepted transaction: what must have happened to its journal record first.</summary>
public enum DurabilityPolicy
{
    /// <summary>
    /// Every record is written and flushed to stable storage (fsync) before <see cref="DurableLedger.TryApply"/> returns.
    /// An acknowledged transaction survives a process crash, a kernel crash and a power loss (if the disk honours flushes).
    /// One disk flush per transaction bounds throughput by the disk's flush latency.
    /// </summary>
    FlushEachTransaction = 1,

    /// <summary>
    /// Records are written and flushed in groups by a background thread: a group closes when it holds
    /// <see cref="JournalOptions.GroupCommitMaxTransactions"/> records or its oldest record has waited
    /// <see cref="JournalOptions.GroupCommitMaxDelay"/>, whichever comes first. <see cref="DurableLedger.TryApply"/>
    /// returns once the transaction is applied in memory; the transaction is acknowledged (counted in
    /// <see cref="DurableLedger.DurableRecords"/>, reported to <see cref="JournalOptions.Acknowledged"/>, awaited by
    /// <see cref="DurableLedger.WaitForDurable"/>) only once its group is flushed. Same promise as
    /// <see cref="FlushEachTransaction"/> for acknowledged transactions; unacknowledged ones may be lost.
    /// </summary>
    GroupCommit = 2,

    /// <summary>
    /// Every record is handed to the operating system (a write call) before <see cref="DurableLedger.TryApply"/> returns,
    /// and flushed to disk only by <see cref="DurableLedger.Flush"/>, a checkpoint, or disposal. An acknowledged transaction
    /// survives the process being killed, but not a kernel crash or power loss.
    /// </summary>
    OsBuffered = 3,
}
