using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Registry.Internal;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// The unit registries and their transaction log: every account's serial blocks, the journal of accepted transactions,
/// and the checks of decision 13/CMP.1 annex ¶42 applied to every proposed transaction before anything changes.
/// </summary>
/// <remarks>
/// <para>
/// <b>All or nothing</b> (all or nothing): <see cref="TryApply"/> runs every check first; a rejected transaction
/// changes nothing and reports each failed check with its stable code and rule; an accepted one is applied in full and
/// appended to <see cref="Journal"/>. The same transaction identifier is never applied twice.
/// </para>
/// <para>
/// <b>Conservation</b> (units are conserved): units are only created by issuance, change type only by conversion and
/// otherwise move between accounts; a serial number sits in exactly one account; holdings are never negative.
/// </para>
/// <para>
/// <b>Replay</b> (deterministic replay): <see cref="Replay"/> of the journal rebuilds identical holdings; holdings at an
/// earlier point are <see cref="AsOf(int)"/> or <see cref="AsOf(LocalDate)"/> (the journal is in date order).
/// </para>
/// <para>
/// <b>Canonical form</b>: adjacent blocks of one account with identical attributes are merged, so equal holdings have
/// equal blocks, and a transfer there and back restores them exactly.
/// </para>
/// <para>
/// <b>Representation</b>: the blocks of each originating registry live in one B+tree keyed by first serial (24 bytes
/// per block, attributes interned in a side table), which doubles as the serial index: finding who holds a serial,
/// splitting a block and merging neighbours are O(log n). Per-account totals and the holdings counted against each
/// reserve are maintained incrementally, so every check of a transfer is O(log n + k) for k blocks touched.
/// </para>
/// <para>
/// <b>Thread safety</b>: a ledger is a mutable, single-writer engine (a persistent structure would allocate on every
/// split and miss the throughput target). It is not thread-safe; concurrent reads while no transaction is applied are
/// safe. Misuse is detected, not tolerated: a call to <see cref="TryApply"/> or <see cref="ChangeConfiguration"/>
/// while another thread is inside one of them throws <see cref="InvalidOperationException"/> (an interlocked flag, a
/// few nanoseconds per call) and changes nothing. <see cref="Clone"/> gives an independent copy; <see cref="Transaction"/>s and journal entries are immutable.
/// </para>
/// </remarks>
public sealed partial class Ledger
{
    private const int TotalsPerAccount = 16;

    // Not readonly: a configuration change (Ledger.Configuration.cs) replaces them.
    private RegistryConfiguration _configuration;
    private AccountInfo[] _accounts;
    private Dictionary<long, int> _accountIndex;
    private int _adaptationFund;
    private readonly BlockTree[] _trees;
    private readonly AttributeTable _attributes;
    // Int128, so that applying a checked transaction can never overflow half-way (all or nothing); queries narrow to long.
    private Int128[] _accountTotals;
    private readonly Int128[] _reserveHoldings;
    private readonly long[] _issuedAau;
    private readonly long[] _issuedRmu;
    private readonly long[] _carriedEru;
    private readonly long[] _carriedCer;
    private readonly long[] _ppsrAcquired;
    private readonly long[] _ppsrRetired;
    private readonly long[] _temporaryRetired;
    private readonly TransactionIdSet _ids;
    // _journal.Count counts every event applied; the transactions are kept only if the journal is retained.
    private readonly JournalBuffer _journal;
    private readonly List<Segment> _segments = new();
    private BlockRecord[] _oldRun = new BlockRecord[8];
    private BlockRecord[] _newRun = new BlockRecord[16];
    private LocalDate _lastDate;

    /// <summary>Initializes an empty ledger: the configuration's accounts, no units, an empty journal.</summary>
    /// <param name="configuration">The accounts and per-Party figures.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is null.</exception>
    public Ledger(RegistryConfiguration configuration)
        : this(configuration, retainJournal: true)
    {
    }

    /// <summary>Initializes an empty ledger that keeps its journal in memory or not.</summary>
    /// <param name="configuration">The accounts and per-Party figures.</param>
    /// <param name="retainJournal">
    /// Whether to keep every accepted transaction in <see cref="Journal"/>. Without it, memory does not grow with the
    /// number of transactions applied (identifiers issued in sequence are remembered as intervals), but
    /// <see cref="Journal"/> is empty and <see cref="AsOf(int)"/>, <see cref="AsOf(LocalDate)"/> throw: keep the
    /// journal in a file instead (<see cref="Journal.DurableLedger"/>, <see cref="Journal.JournalFile"/>).
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is null.</exception>
    public Ledger(RegistryConfiguration configuration, bool retainJournal)
    {
        _configuration = Preconditions.CheckNotNull(configuration, nameof(configuration));
        _accounts = configuration.Accounts.Select(a => new AccountInfo(a, configuration)).ToArray();
        _accountIndex = new Dictionary<long, int>(_accounts.Length);
        for (int i = 0; i < _accounts.Length; i++)
        {
            _accountIndex.Add(_accounts[i].Account.Id.Number, i);
        }

        _adaptationFund = configuration.AdaptationFundAccount is AccountId fund ? _accountIndex[fund.Number] : -1;
        int registries = RegistryId.IndexCount;
        int parties = registries - 1;
        _trees = new BlockTree[registries];
        for (int i = 0; i < registries; i++)
        {
            _trees[i] = new BlockTree();
        }

        _attributes = new AttributeTable();
        _accountTotals = new Int128[_accounts.Length * TotalsPerAccount];
        _reserveHoldings = new Int128[registries * 2];
        _issuedAau = new long[parties * 2];
        _issuedRmu = new long[parties * 16];
        _carriedEru = new long[parties];
        _carriedCer = new long[parties];
        _ppsrAcquired = new long[parties];
        _ppsrRetired = new long[parties];
        _temporaryRetired = new long[parties * 2];
        _ids = new TransactionIdSet();
        _journal = new JournalBuffer(retainJournal);
        _initialConfiguration = configuration;
    }

    private Ledger(Ledger other)
    {
        _configuration = other._configuration;
        _accounts = other._accounts;
        _accountIndex = other._accountIndex;
        _adaptationFund = other._adaptationFund;
        _trees = new BlockTree[other._trees.Length];
        for (int i = 0; i < _trees.Length; i++)
        {
            _trees[i] = BlockTree.Build(Records(other._trees[i]).ToList());
        }

        _attributes = other._attributes.Clone();
        _accountTotals = (Int128[])other._accountTotals.Clone();
        _reserveHoldings = (Int128[])other._reserveHoldings.Clone();
        _issuedAau = (long[])other._issuedAau.Clone();
        _issuedRmu = (long[])other._issuedRmu.Clone();
        _carriedEru = (long[])other._carriedEru.Clone();
        _carriedCer = (long[])other._carriedCer.Clone();
        _ppsrAcquired = (long[])other._ppsrAcquired.Clone();
        _ppsrRetired = (long[])other._ppsrRetired.Clone();
        _temporaryRetired = (long[])other._temporaryRetired.Clone();
        _ids = new TransactionIdSet(other._ids);
        _journal = new JournalBuffer(other._journal);
        _lastDate = other._lastDate;
        _initialConfiguration = other._initialConfiguration;
        _configurationChanges.AddRange(other._configurationChanges);
    }

    /// <summary>Gets the configuration: accounts and per-Party figures.</summary>
    public RegistryConfiguration Configuration => _configuration;

    /// <summary>Gets the accepted transactions, in the order they were applied (which is date order).</summary>
    /// <remarks>Empty when the ledger does not retain its journal (see <see cref="RetainsJournal"/>).</remarks>
    public IReadOnlyList<Transaction> Journal => _journal.View;

    /// <summary>Gets the number of live serial blocks in canonical form, over all accounts.</summary>
    public int BlockCount
    {
        get
        {
            ThrowIfFaulted();
            int count = 0;
            foreach (BlockTree tree in _trees)
            {
                count += tree.Count;
            }

            return count;
        }
    }

    /// <summary>Rebuilds a ledger by applying a journal to an empty one (deterministic replay).</summary>
    /// <param name="configuration">The configuration the journal was recorded under.</param>
    /// <param name="journal">The accepted transactions, in order.</param>
    /// <returns>The rebuilt ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> or <paramref name="journal"/> is null.</exception>
    /// <exception cref="TransactionRejectedException">A transaction of the journal fails a check.</exception>
    public static Ledger Replay(RegistryConfiguration configuration, IEnumerable<Transaction> journal)
    {
        Preconditions.CheckNotNull(journal, nameof(journal));
        var ledger = new Ledger(configuration);
        foreach (Transaction transaction in journal)
        {
            ledger.Apply(transaction);
        }

        return ledger;
    }

    /// <summary>Returns the ledger as it was after the first <paramref name="transactionCount"/> journal entries (a replay of that prefix).</summary>
    /// <param name="transactionCount">The number of journal entries, in [0, <c>Journal.Count</c>].</param>
    /// <returns>A new ledger.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transactionCount"/> is outside [0, <c>Journal.Count</c>].</exception>
    /// <exception cref="InvalidOperationException">The ledger does not retain its journal.</exception>
    public Ledger AsOf(int transactionCount)
    {
        RequireRetainedJournal();
        Preconditions.CheckArgumentRange(nameof(transactionCount), transactionCount, 0, _journal.Retained.Count, "a prefix of the journal");
        return ReplayRetained(transactionCount, null);
    }

    /// <summary>Returns the ledger at the end of a date: a replay of every transaction dated on or before it (SEF Table 4 holdings on 31 December; Table 1 holdings on 1 January are those at the end of the previous 31 December).</summary>
    /// <param name="date">The date.</param>
    /// <returns>A new ledger.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not an ISO-calendar date (it cannot be compared with the journal's dates).</exception>
    /// <exception cref="InvalidOperationException">The ledger does not retain its journal.</exception>
    public Ledger AsOf(LocalDate date)
    {
        Transaction.CheckIsoCalendar(date, nameof(date));
        RequireRetainedJournal();
        return ReplayRetained(_journal.Retained.Count, date);
    }

    /// <summary>Returns an independent copy with the same holdings, counters and journal.</summary>
    /// <returns>The copy.</returns>
    public Ledger Clone()
    {
        ThrowIfFaulted();
        return new(this);
    }

    /// <summary>
    /// Checks a transaction in full and applies it only if every check passes (all or nothing; decision 13/CMP.1
    /// annex ¶42). A rejected transaction changes nothing.
    /// </summary>
    /// <param name="transaction">The proposed transaction.</param>
    /// <returns>Accepted, or rejected with every failed check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transaction"/> is null.</exception>
    /// <exception cref="OverflowException">A running total would exceed the range of a 64-bit count (overflow is an error).</exception>
    /// <exception cref="InvalidOperationException">
    /// Another thread is applying a transaction to this ledger at the same time; the ledger is faulted; or the ledger
    /// belongs to a <see cref="Journal.DurableLedger"/>, through which transactions must be applied.
    /// </exception>
    /// <remarks>
    /// The accepted transaction enters the journal before its effects are applied. Should applying it throw part-way
    /// (out of memory), the ledger is faulted: the exception propagates, and every later call to <see cref="TryApply"/>
    /// or a query throws <see cref="InvalidOperationException"/>, so holdings changed without a journal entry can never
    /// be observed; <see cref="Replay(RegistryConfiguration, IEnumerable{Transaction})"/> of its journal, or recovery of
    /// its journal file, rebuilds the state with the transaction applied in full.
    /// </remarks>
    public TransactionResult TryApply(Transaction transaction)
    {
        if (_owner is not null)
        {
            throw new InvalidOperationException("This ledger belongs to a DurableLedger; apply transactions through it so that they are journaled.");
        }

        return TryApplyCore(transaction, null);
    }

    /// <summary>Checks and applies a transaction, throwing if any check fails; the throwing twin of <see cref="TryApply"/>.</summary>
    /// <param name="transaction">The proposed transaction.</param>
    /// <returns>The accepted result (with its share of proceeds).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transaction"/> is null.</exception>
    /// <exception cref="TransactionRejectedException">A check failed; nothing changed; the exception lists every failure.</exception>
    /// <exception cref="OverflowException">A running total would exceed the range of a 64-bit count (overflow is an error).</exception>
    public TransactionResult Apply(Transaction transaction)
    {
        TransactionResult result = TryApply(transaction);
        result.ThrowIfRejected();
        return result;
    }

    /// <summary>Returns whether another ledger holds the same units in the same accounts with the same attributes, and has the same issuance, carry-over and retirement counters (the journal is not compared).</summary>
    /// <param name="other">The other ledger.</param>
    /// <returns>True if the holdings are equal.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool HasSameHoldings(Ledger other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        ThrowIfFaulted();
        other.ThrowIfFaulted();
        for (int r = 0; r < _trees.Length; r++)
        {
            if (!Blocks(r).SequenceEqual(other.Blocks(r)))
            {
                return false;
            }
        }

        return _accountTotals.AsSpan().SequenceEqual(other._accountTotals)
            && _reserveHoldings.AsSpan().SequenceEqual(other._reserveHoldings)
            && _issuedAau.AsSpan().SequenceEqual(other._issuedAau)
            && _issuedRmu.AsSpan().SequenceEqual(other._issuedRmu)
            && _carriedEru.AsSpan().SequenceEqual(other._carriedEru)
            && _carriedCer.AsSpan().SequenceEqual(other._carriedCer)
            && _ppsrAcquired.AsSpan().SequenceEqual(other._ppsrAcquired)
            && _ppsrRetired.AsSpan().SequenceEqual(other._ppsrRetired)
            && _temporaryRetired.AsSpan().SequenceEqual(other._temporaryRetired);
    }

    /// <summary>
    /// Forgets the journal and the identifiers seen, keeping the holdings and capacity. For benchmarks only, so memory
    /// stays bounded over millions of transfers; breaks replay and duplicate detection across the cut.
    /// </summary>
    internal void ForgetJournal()
    {
        _journal.Clear();
        _ids.Clear();
    }

    /// <summary>Releases scratch buffers a large transaction grew (<see cref="Scratch"/>), so they do not stay at their largest size.</summary>
    private void TrimScratch()
    {
        Scratch.Trim(_segments);
        Scratch.Trim(ref _oldRun, 8);
        Scratch.Trim(ref _newRun, 16);
    }

    /// <summary>Estimates the bytes the block store occupies (B+tree nodes and arrays of every originating registry that has blocks).</summary>
    internal long EstimateBlockStoreBytes()
    {
        long bytes = 0;
        foreach (BlockTree tree in _trees)
        {
            if (tree.Count > 0)
            {
                bytes += tree.EstimateBytes();
            }
        }

        return bytes;
    }

    private static IEnumerable<BlockRecord> Records(BlockTree tree)
    {
        for (BlockTree.Leaf? leaf = tree.FirstLeaf; leaf is not null; leaf = leaf.Next)
        {
            for (int i = 0; i < leaf.Count; i++)
            {
                yield return leaf[i];
            }
        }
    }

    private IEnumerable<SerialBlock> Blocks(int registry)
    {
        RegistryId originator = RegistryId.FromIndex(registry);
        foreach (BlockRecord record in Records(_trees[registry]))
        {
            yield return new SerialBlock(_accounts[record.Account].Account.Id, originator, record.First, record.Last, _attributes[record.Attributes]);
        }
    }

    private int IndexOf(AccountId account, string paramName)
    {
        ThrowIfFaulted();
        return _accountIndex.TryGetValue(account.Number, out int index)
            ? index
            : throw new ArgumentException("Account " + account.ToString() + " is not in the registry configuration (decision 13/CMP.1 annex ¶21).", paramName);
    }
}
