using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;

namespace Kyoto.Accounting.Benchmarks.Registry;

/// <summary>
/// Transfers that take part of a block (so it splits) and bring it back (so it merges), with every check, at 10^4, 10^5
/// and 10^6 live blocks. Each block holds 1,000 units; a pair moves 100 units from the middle of a random block to
/// another registry and back, so the number of live blocks stays at N. Baseline: a naive list of blocks.
/// </summary>
[MemoryDiagnoser]
public class LedgerBenchmarks
{
    private const int Pairs = 1024;
    private const int NaivePairs = 4;
    private const int JournalCap = 1 << 20;
    private const long BlockSize = 1000;

    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly Party Fra = Party.FromCode("FRA");
    private static readonly AccountId DeuHolding = AccountId.FromNumber(1);
    private static readonly AccountId DeuEntity = AccountId.FromNumber(2);
    private static readonly AccountId FraHolding = AccountId.FromNumber(3);
    private static readonly LocalDate Date = new(2010, 6, 1);

    private Ledger _ledger = null!;
    private NaiveListLedger _naive = null!;
    private int[] _blocks = null!;
    private int[] _offsets = null!;
    private int _next;
    private long _nextId;

    [ParamsSource(nameof(BlockCounts))]
    public int N { get; set; }

    /// <summary>Gets the live block counts: 10^4, 10^5, 10^6; 10^4 in CI's smoke run.</summary>
    public static int[] BlockCounts => BenchmarkScale.Sizes(10_000, 10_000, 100_000, 1_000_000);

    [GlobalSetup]
    public void Setup()
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
        _ledger = new Ledger(configuration);
        _nextId = 1;
        var all = SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), 1, N * BlockSize);
        _ledger.Apply(Transaction.IssueAssignedAmountUnits(NextId(), Date, DeuHolding, CommitmentPeriod.First, all));
        SerialRange[] odd = Enumerable.Range(0, N / 2).Select(j => Block((2 * j) + 1)).ToArray();
        _ledger.Apply(Transaction.TransferInternally(NextId(), Date, DeuHolding, DeuEntity, odd));
        if (_ledger.BlockCount != N)
        {
            throw new InvalidOperationException("Setup built " + _ledger.BlockCount + " blocks, expected " + N);
        }

        _naive = new NaiveListLedger(N, BlockSize);
        var random = new Random(42);
        _blocks = Enumerable.Range(0, 1 << 16).Select(_ => random.Next(N)).ToArray();
        _offsets = Enumerable.Range(0, 1 << 16).Select(_ => random.Next(1, 800)).ToArray();
        Console.WriteLine("// bytes per live block (B+tree store): " + (_ledger.EstimateBlockStoreBytes() / (double)_ledger.BlockCount).ToString("F1", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = NaivePairs * 2)]
    public long NaiveList()
    {
        long moved = 0;
        for (int p = 0; p < NaivePairs; p++)
        {
            (int block, long first) = Pick();
            int holder = block % 2 == 0 ? 1 : 2;
            moved += _naive.Transfer(first, first + 99, holder, 3);
            moved += _naive.Transfer(first, first + 99, 3, holder);
        }

        return moved;
    }

    [Benchmark(OperationsPerInvoke = Pairs * 2)]
    public long BPlusTreeLedger()
    {
        if (_ledger.Journal.Count > JournalCap)
        {
            _ledger.ForgetJournal();
        }

        long accepted = 0;
        for (int p = 0; p < Pairs; p++)
        {
            (int block, long first) = Pick();
            AccountId holder = block % 2 == 0 ? DeuHolding : DeuEntity;
            SerialRange part = SerialRange.Of(RegistryId.National(Deu), first, first + 99);
            accepted += _ledger.TryApply(Transaction.TransferExternally(NextId(), Date, holder, FraHolding, part)).IsAccepted ? 1 : 0;
            accepted += _ledger.TryApply(Transaction.TransferExternally(NextId(), Date, FraHolding, holder, part)).IsAccepted ? 1 : 0;
        }

        if (accepted != 2 * Pairs)
        {
            throw new InvalidOperationException("A benchmark transfer was rejected.");
        }

        return accepted;
    }

    private static SerialRange Block(int index) =>
        SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), (index * BlockSize) + 1, BlockSize);

    private TransactionId NextId() => TransactionId.FromNumber(_nextId++);

    private (int Block, long First) Pick()
    {
        int i = _next++ & ((1 << 16) - 1);
        int block = _blocks[i];
        return (block, (block * BlockSize) + 1 + _offsets[i]);
    }

    /// <summary>The naive ledger: an unsorted list of blocks, found by linear scan, split by appending, merged by scanning for neighbours.</summary>
    private sealed class NaiveListLedger
    {
        private readonly List<(long First, long Last, int Account)> _blocks = new();

        public NaiveListLedger(int count, long size)
        {
            for (int i = 0; i < count; i++)
            {
                _blocks.Add(((i * size) + 1, (i + 1) * size, i % 2 == 0 ? 1 : 2));
            }
        }

        public long Transfer(long first, long last, int from, int to)
        {
            int index = _blocks.FindIndex(b => b.First <= first && b.Last >= first);
            (long f, long l, int account) = _blocks[index];
            if (account != from || l < last)
            {
                throw new InvalidOperationException("units not held");
            }

            _blocks[index] = (first, last, to);
            if (f < first)
            {
                _blocks.Add((f, first - 1, from));
            }

            if (l > last)
            {
                _blocks.Add((last + 1, l, from));
            }

            Merge(first, last, to);
            return last - first + 1;
        }

        private void Merge(long first, long last, int account)
        {
            int before = _blocks.FindIndex(b => b.Last == first - 1 && b.Account == account);
            int after = _blocks.FindIndex(b => b.First == last + 1 && b.Account == account);
            int self = _blocks.FindIndex(b => b.First == first);
            long newFirst = before >= 0 ? _blocks[before].First : first;
            long newLast = after >= 0 ? _blocks[after].Last : last;
            _blocks[self] = (newFirst, newLast, account);
            foreach (int remove in new[] { before, after }.Where(i => i >= 0).OrderByDescending(i => i))
            {
                int lastIndex = _blocks.Count - 1;
                int target = remove;
                if (target != lastIndex)
                {
                    if (lastIndex == self)
                    {
                        self = target;
                    }

                    _blocks[target] = _blocks[lastIndex];
                }

                _blocks.RemoveAt(lastIndex);
            }
        }
    }
}
