using System;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using NodaTime;

namespace Kyoto.Accounting.Benchmarks.Persistence;

/// <summary>
/// The LedgerBenchmarks workload made durable: 10^6 live blocks of 1,000 units, pairs of external transfers that split a
/// block and merge it back, every check. Compares the journal (group commit per ≤ 4,096 transactions or ≤ 1 ms; flush
/// per transaction) with SQLite in WAL mode (synchronous=NORMAL; synchronous=FULL), one SQL transaction per transfer,
/// and measures recovery: replay of 10^6 journaled transfers after a checkpoint of the 10^6 blocks (transfers applied
/// without the rules, and with every rule), the checkpoint alone, and replay from the start. Reported per acknowledged
/// (or replayed) transfer; bytes per transfer are printed at setup.
/// </summary>
[MemoryDiagnoser]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet releases the stores in GlobalCleanup.")]
public class DurableLedgerBenchmarks
{
    private const long BlockSize = 1000;
    private const int GroupPairs = 8192;
    private const int SyncPairs = 32;
    private const int ReplayTransfers = 1_000_000;

    /// <summary>Blocks in the store: 10^6 (10^4 in CI's smoke run) unless the environment variable KYOTO_BENCH_BLOCKS says otherwise.</summary>
    private static readonly int N = int.TryParse(Environment.GetEnvironmentVariable("KYOTO_BENCH_BLOCKS"), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 2 ? n : BenchmarkScale.IsSmoke ? 10_000 : 1_000_000;
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly Party Fra = Party.FromCode("FRA");
    private static readonly AccountId DeuHolding = AccountId.FromNumber(1);
    private static readonly AccountId DeuEntity = AccountId.FromNumber(2);
    private static readonly AccountId FraHolding = AccountId.FromNumber(3);
    private static readonly LocalDate Date = new(2010, 6, 1);

    private string _directory = null!;
    private DurableLedger _group = null!;
    private DurableLedger _flushEach = null!;
    private SqliteBlockStore _sqliteNormal = null!;
    private SqliteBlockStore _sqliteFull = null!;
    private string _replayPath = null!;
    private string _checkpointPath = null!;
    private string _startPath = null!;
    private int[] _blocks = null!;
    private int[] _offsets = null!;
    private int _next;
    private long _groupId;
    private long _flushId;

    /// <summary>Builds only the group-commit ledger.</summary>
    [GlobalSetup(Target = nameof(GroupCommitJournal))]
    public void SetupGroupCommit()
    {
        Common();
        _group = Build("group.kyj", DurabilityPolicy.GroupCommit, ref _groupId);
    }

    /// <summary>Builds only the flush-per-transaction ledger.</summary>
    [GlobalSetup(Target = nameof(FlushEachTransactionJournal))]
    public void SetupFlushEach()
    {
        Common();
        _flushEach = Build("flush.kyj", DurabilityPolicy.FlushEachTransaction, ref _flushId);
    }

    /// <summary>Builds only the SQLite database with synchronous=NORMAL.</summary>
    [GlobalSetup(Target = nameof(SqliteWalNormal))]
    public void SetupSqliteNormal()
    {
        Common();
        _sqliteNormal = new SqliteBlockStore(Path.Combine(_directory, "normal.db"), "NORMAL", N, BlockSize);
    }

    /// <summary>Builds only the SQLite database with synchronous=FULL.</summary>
    [GlobalSetup(Target = nameof(SqliteWalFull))]
    public void SetupSqliteFull()
    {
        Common();
        _sqliteFull = new SqliteBlockStore(Path.Combine(_directory, "full.db"), "FULL", N, BlockSize);
    }

    /// <summary>
    /// Builds the journals the recovery benchmarks read: replay.kyj (the N blocks' setup, a checkpoint, then
    /// <see cref="ReplayTransfers"/> transfers; 10,000 in CI's smoke run), checkpoint.kyj (the same journal and checkpoint
    /// as they were before the transfers) and start.kyj (replay.kyj without its checkpoint). Prints journal bytes per transfer.
    /// </summary>
    [GlobalSetup(Targets = new[] { nameof(ReplayJournal), nameof(ReplayJournalVerifyingRules), nameof(LoadCheckpoint), nameof(ReplayJournalFromStart) })]
    public void SetupReplay()
    {
        Common();
        long replayId = 0;
        DurableLedger replay = Build("replay.kyj", DurabilityPolicy.OsBuffered, ref replayId);
        _replayPath = replay.Path;
        replay.Checkpoint();
        replay.Dispose();

        // An open journal is preallocated with zeros; a closed one is exactly its records, so sizes are taken closed.
        long before = new FileInfo(_replayPath).Length;
        _checkpointPath = Path.Combine(_directory, "checkpoint.kyj");
        File.Copy(_replayPath, _checkpointPath);
        File.Copy(_replayPath + ".checkpoint", _checkpointPath + ".checkpoint");
        int transfers = BenchmarkScale.IsSmoke ? 10_000 : ReplayTransfers;
        using (replay = DurableLedger.Open(_replayPath, JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered, CheckpointEveryTransactions = 0 }))
        {
            for (int p = 0; p < transfers / 2; p++)
            {
                Pair(replay, ref replayId);
            }
        }

        double perTransfer = (new FileInfo(_replayPath).Length - before) / (double)transfers;
        Console.WriteLine("// journal bytes per external transfer: " + perTransfer.ToString("F1", CultureInfo.InvariantCulture));
        _startPath = Path.Combine(_directory, "start.kyj");
        File.Copy(_replayPath, _startPath);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _group?.Dispose();
        _flushEach?.Dispose();
        _sqliteNormal?.Dispose();
        _sqliteFull?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private void Common()
    {
        Console.WriteLine("// blocks: " + N.ToString(CultureInfo.InvariantCulture));
        _directory = Path.Combine(Path.GetTempPath(), "kyoto-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_directory);
        var random = new Random(42);
        _blocks = Enumerable.Range(0, 1 << 16).Select(_ => random.Next(N)).ToArray();
        _offsets = Enumerable.Range(0, 1 << 16).Select(_ => random.Next(1, 800)).ToArray();
    }

    /// <summary>Group commit (≤ 4,096 transactions or ≤ 1 ms per flush); the invocation ends when every transfer is acknowledged.</summary>
    [Benchmark(OperationsPerInvoke = GroupPairs * 2)]
    public long GroupCommitJournal()
    {
        for (int p = 0; p < GroupPairs; p++)
        {
            Pair(_group, ref _groupId);
        }

        _group.WaitForDurable(_group.AppendedRecords);
        return _group.DurableRecords;
    }

    /// <summary>One flush to disk per transaction.</summary>
    [Benchmark(OperationsPerInvoke = SyncPairs * 2)]
    public long FlushEachTransactionJournal()
    {
        for (int p = 0; p < SyncPairs; p++)
        {
            Pair(_flushEach, ref _flushId);
        }

        return _flushEach.DurableRecords;
    }

    /// <summary>SQLite WAL, synchronous=NORMAL (durable at checkpoints, not per commit), one SQL transaction per transfer.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = GroupPairs / 8 * 2)]
    public long SqliteWalNormal() => SqlPairs(_sqliteNormal, GroupPairs / 8);

    /// <summary>SQLite WAL, synchronous=FULL (a flush per commit), one SQL transaction per transfer.</summary>
    [Benchmark(OperationsPerInvoke = SyncPairs * 2)]
    public long SqliteWalFull() => SqlPairs(_sqliteFull, SyncPairs);

    /// <summary>Recovery as <c>DurableLedger.Open</c> does it: the checkpoint of the N blocks, then 10^6 transfers replayed without the rules (structural verification only). Per transfer.</summary>
    [Benchmark(OperationsPerInvoke = ReplayTransfers)]
    public long ReplayJournal() => JournalFile.Replay(_replayPath, out _).TransactionCount;

    /// <summary>The same recovery with every rule verified for every transfer (<c>JournalOptions.VerifyRules</c>). Per transfer.</summary>
    [Benchmark(OperationsPerInvoke = ReplayTransfers)]
    public long ReplayJournalVerifyingRules() => JournalFile.Replay(_replayPath, verifyRules: true, out _).TransactionCount;

    /// <summary>Loading the checkpoint alone (no record to replay), divided by the same 10^6 so that it can be subtracted from the rows above.</summary>
    [Benchmark(OperationsPerInvoke = ReplayTransfers)]
    public long LoadCheckpoint() => JournalFile.Replay(_checkpointPath, out _).TransactionCount;

    /// <summary>Recovery without a checkpoint: the setup records (issuance, a transfer of N/2 ranges) and 10^6 transfers, amortised per transfer.</summary>
    [Benchmark(OperationsPerInvoke = ReplayTransfers)]
    public long ReplayJournalFromStart() => JournalFile.Replay(_startPath, out _).TransactionCount;

    private DurableLedger Build(string name, DurabilityPolicy policy, ref long id)
    {
        RegistryConfiguration configuration = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(DeuHolding, RegistryId.National(Deu)))
            .WithAccount(Account.EntityHolding(DeuEntity, RegistryId.National(Deu), "Entity"))
            .WithAccount(Account.PartyHolding(FraHolding, RegistryId.National(Fra)))
            .WithAuthorisedLegalEntity(Deu, "Entity")
            .WithEligibility(Deu, Mechanism.EmissionsTrading)
            .WithEligibility(Fra, Mechanism.EmissionsTrading)
            .WithAssignedAmount(Deu, CommitmentPeriod.First, N * BlockSize)
            .WithReserve(Deu, CommitmentPeriod.First, 1);
        var ledger = DurableLedger.Create(Path.Combine(_directory, name), configuration, JournalOptions.Default with
        {
            Policy = policy,
            GroupCommitMaxTransactions = 4096,
            GroupCommitMaxDelay = Duration.FromMilliseconds(1),
            CheckpointEveryTransactions = 0,
        });
        var all = SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), 1, N * BlockSize);
        ledger.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(++id), Date, DeuHolding, CommitmentPeriod.First, all));
        SerialRange[] odd = Enumerable.Range(0, N / 2).Select(j => SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), (((2 * j) + 1) * BlockSize) + 1, BlockSize)).ToArray();
        ledger.Apply(Transaction.TransferInternally(TransactionId.FromNumber(++id), Date, DeuHolding, DeuEntity, odd));
        ledger.Flush();
        return ledger;
    }

    private void Pair(DurableLedger ledger, ref long id)
    {
        (int block, long first) = Pick();
        AccountId holder = block % 2 == 0 ? DeuHolding : DeuEntity;
        SerialRange part = SerialRange.Of(RegistryId.National(Deu), first, first + 99);
        if (!ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(++id), Date, holder, FraHolding, part)).IsAccepted
            || !ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(++id), Date, FraHolding, holder, part)).IsAccepted)
        {
            throw new InvalidOperationException("A benchmark transfer was rejected.");
        }
    }

    private long SqlPairs(SqliteBlockStore store, int pairs)
    {
        long moved = 0;
        for (int p = 0; p < pairs; p++)
        {
            (int block, long first) = Pick();
            int holder = block % 2 == 0 ? 1 : 2;
            if (!store.Transfer(first, first + 99, holder, 3) || !store.Transfer(first, first + 99, 3, holder))
            {
                throw new InvalidOperationException("A SQLite transfer was refused.");
            }

            moved += 200;
        }

        return moved;
    }

    private (int Block, long First) Pick()
    {
        int i = _next++ & ((1 << 16) - 1);
        int block = _blocks[i];
        return (block, (block * BlockSize) + 1 + _offsets[i]);
    }
}
