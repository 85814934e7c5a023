using System;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>How a <see cref="DurableLedger"/> writes and recovers its journal: durability policy, group commit bounds, checkpoints, rule verification on replay.</summary>
/// <remarks>This type is immutable and thread-safe; use <c>with</c> to derive options.</remarks>
public sealed record JournalOptions
{
    private readonly int _groupCommitMaxTransactions = 4096;
    private readonly Duration _groupCommitMaxDelay = Duration.FromMilliseconds(1);
    private readonly long _checkpointEveryTransactions = 1_000_000;

    /// <summary>Gets the default options: group commit per ≤ 4,096 transactions or ≤ 1 ms, a checkpoint every 1,000,000 transactions.</summary>
    public static JournalOptions Default { get; } = new();

    /// <summary>Gets when a transaction is acknowledged (default <see cref="DurabilityPolicy.GroupCommit"/>).</summary>
    public DurabilityPolicy Policy { get; init; } = DurabilityPolicy.GroupCommit;

    /// <summary>Gets the largest number of records in one group commit (default 4,096); at least 1.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int GroupCommitMaxTransactions
    {
        get => _groupCommitMaxTransactions;
        init
        {
            Preconditions.CheckArgumentRange(nameof(GroupCommitMaxTransactions), value, 1, int.MaxValue);
            _groupCommitMaxTransactions = value;
        }
    }

    /// <summary>Gets the longest time the oldest record of a group waits for its flush to start (default 1 ms); positive.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not positive.</exception>
    public Duration GroupCommitMaxDelay
    {
        get => _groupCommitMaxDelay;
        init
        {
            if (value <= Duration.Zero)
            {
                throw new ArgumentOutOfRangeException(nameof(GroupCommitMaxDelay), value, "Value should be a positive duration.");
            }

            _groupCommitMaxDelay = value;
        }
    }

    /// <summary>Gets how many transactions pass between automatic checkpoints (default 1,000,000); 0 for none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public long CheckpointEveryTransactions
    {
        get => _checkpointEveryTransactions;
        init
        {
            Preconditions.CheckArgumentRange(nameof(CheckpointEveryTransactions), value, 0, long.MaxValue);
            _checkpointEveryTransactions = value;
        }
    }

    /// <summary>
    /// Gets whether recovery (<see cref="DurableLedger.Open"/>, <see cref="DurableLedger.AsOf"/>) applies every journaled
    /// transaction with every rule, as when it was accepted (default false). Without it, external and internal transfers
    /// — checked and accepted before they were journaled, and protected by their record's CRC-32C — are applied without
    /// the rules, verifying only that their accounts exist, their ranges are valid and disjoint, and every unit is live and
    /// held by the transferring account (a failure is a <see cref="JournalFormatException"/>); other transactions and
    /// configuration changes are checked in full either way. Both give the same ledger for a journal this library wrote.
    /// Verify the rules to confirm a journal from an untrusted source, or one written under different rules.
    /// </summary>
    public bool VerifyRules { get; init; }

    /// <summary>
    /// Gets a callback told the number of journal records durable under the policy each time it grows (on the flushing
    /// thread for group commit; keep it short). Record 1 is the initial configuration; each accepted transaction and
    /// configuration change adds one.
    /// </summary>
    public Action<long>? Acknowledged { get; init; }
}
