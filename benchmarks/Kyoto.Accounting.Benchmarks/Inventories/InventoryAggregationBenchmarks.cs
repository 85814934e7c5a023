using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DuckDB.NET.Data;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Benchmarks.Inventories;

/// <summary>
/// CO2e per Party × year under SAR over synthetic inventories (40 Parties, 30 years, every CP1 gas, 20 categories, fixed
/// seed) at 10 M and 50 M records (120 MB and 600 MB of columns: memory, not cache): the library's columnar store on all
/// cores and on one, against (a) a hand-written loop over the raw columns without bounds checks on two threads (the
/// baseline) and on one, and (b) DuckDB in-process with 2 threads running the equivalent GROUP BY with a GWP join over
/// the same data already in its memory.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes DuckDB in [GlobalCleanup]; benchmark classes cannot be sealed.")]
public class InventoryAggregationBenchmarks
{
    private const int Seed = 20_080_101;
    private const int PartyCount = 40;
    private const int YearCount = 30;
    private const int FirstYear = 1990;
    private const int CategoryCount = 20;

    private byte[] _party = Array.Empty<byte>();
    private byte[] _year = Array.Empty<byte>();
    private byte[] _gas = Array.Empty<byte>();
    private byte[] _category = Array.Empty<byte>();
    private long[] _grams = Array.Empty<long>();
    private int[] _gwp = Array.Empty<int>();
    private EmissionInventory _inventory = EmissionInventory.Empty;
    private DuckDBConnection? _duck;
    private DuckDBCommand? _query;

    /// <summary>Gets or sets the number of records.</summary>
    [ParamsSource(nameof(RecordCounts))]
    public int RecordCount { get; set; }

    /// <summary>Gets the sizes: 10 M and 50 M records (beyond the L3 cache); 100 k in CI's smoke run.</summary>
    public static int[] RecordCounts => BenchmarkScale.Sizes(100_000, 10_000_000, 50_000_000);

    /// <summary>Builds the records (raw columns and the store) from a fixed seed.</summary>
    [GlobalSetup(Targets = new[] { nameof(RawLoop), nameof(RawLoop2Threads), nameof(KyotoStore), nameof(KyotoStoreOneThread) })]
    public void Setup()
    {
        Generate();
        long[] raw = RawLoop();
        Check(raw, RawLoop2Threads(), "the 2-thread raw loop");
        Check(raw, KyotoStore(), "the store");
        Check(raw, KyotoStoreOneThread(), "the store on one thread");
    }

    /// <summary>Builds the same records and loads them into DuckDB (2 threads).</summary>
    [GlobalSetup(Target = nameof(DuckDb))]
    public void SetupDuckDb()
    {
        Generate();
        LoadDuckDb();
        long[] raw = RawLoop();
        Int128[] duck = DuckDb();
        for (int i = 0; i < raw.Length; i++)
        {
            if (duck[i] != raw[i])
            {
                throw new InvalidOperationException("DuckDB disagrees with the raw loop at cell " + i);
            }
        }
    }

    /// <summary>Releases DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _query?.Dispose();
        _duck?.Dispose();
    }

    /// <summary>(a) Baseline: hand-written loop over the raw columns without bounds checks, two threads (one per core), merged.</summary>
    /// <returns>Grams CO2e per (Party, year) cell.</returns>
    [Benchmark(Baseline = true)]
    public long[] RawLoop2Threads()
    {
        int half = _grams.Length / 2;
        var second = new long[PartyCount * YearCount];
        Task other = Task.Run(() => RawSum(half, _grams.Length, second));
        var cells = new long[PartyCount * YearCount];
        RawSum(0, half, cells);
        other.Wait();
        for (int i = 0; i < cells.Length; i++)
        {
            cells[i] += second[i];
        }

        return cells;
    }

    /// <summary>(a') The same loop on one thread.</summary>
    /// <returns>Grams CO2e per (Party, year) cell.</returns>
    [Benchmark]
    public long[] RawLoop()
    {
        var cells = new long[PartyCount * YearCount];
        RawSum(0, _grams.Length, cells);
        return cells;
    }

    /// <summary>(b) DuckDB in-process, <c>SET threads = 2</c>: GROUP BY with a GWP join, results read back.</summary>
    /// <returns>Grams CO2e per (Party, year) cell.</returns>
    [Benchmark]
    public Int128[] DuckDb()
    {
        var cells = new Int128[PartyCount * YearCount];
        using DuckDBDataReader reader = _query!.ExecuteReader();
        while (reader.Read())
        {
            cells[(reader.GetByte(0) * YearCount) + reader.GetInt16(1)] = (Int128)reader.GetFieldValue<BigInteger>(2);
        }

        return cells;
    }

    /// <summary>The library: <see cref="EmissionInventory.Aggregate"/> by Party × year under CP1 (SAR), without LULUCF, all cores.</summary>
    /// <returns>The exact totals.</returns>
    [Benchmark]
    public EmissionTotals KyotoStore() => _inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);

    /// <summary>The library on the calling thread only (<c>maxDegreeOfParallelism: 1</c>).</summary>
    /// <returns>The exact totals.</returns>
    [Benchmark]
    public EmissionTotals KyotoStoreOneThread() => _inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, maxDegreeOfParallelism: 1);

    private void RawSum(int start, int end, long[] cells)
    {
        ref byte party = ref MemoryMarshal.GetArrayDataReference(_party);
        ref byte year = ref MemoryMarshal.GetArrayDataReference(_year);
        ref byte gas = ref MemoryMarshal.GetArrayDataReference(_gas);
        ref long grams = ref MemoryMarshal.GetArrayDataReference(_grams);
        ref int gwp = ref MemoryMarshal.GetArrayDataReference(_gwp);
        ref long sums = ref MemoryMarshal.GetArrayDataReference(cells);
        for (nint i = start; i < end; i++)
        {
            unchecked
            {
                Unsafe.Add(ref sums, (Unsafe.Add(ref party, i) * YearCount) + Unsafe.Add(ref year, i)) += Unsafe.Add(ref grams, i) * Unsafe.Add(ref gwp, Unsafe.Add(ref gas, i));
            }
        }
    }

    private void Generate()
    {
        Party[] parties = Party.All.Take(PartyCount).ToArray();
        Gas[] gases = CommitmentPeriod.First.Gases.ToArray();
        SourceCategory[] categories = SourceCategory.All.Take(CategoryCount).ToArray();
        int[] gwpByGas = Gas.All.Select(g => GwpSet.Sar.TryGetValue(g, out int v) ? v : 0).ToArray();
        var random = new Random(Seed);
        int n = RecordCount;
        _party = new byte[n];
        _year = new byte[n];
        _gas = new byte[n];
        _category = new byte[n];
        _grams = new long[n];
        _gwp = new int[256];
        var builder = new EmissionInventoryBuilder(n);
        for (int i = 0; i < n; i++)
        {
            int p = random.Next(PartyCount);
            int y = random.Next(YearCount);
            Gas gas = gases[random.Next(gases.Length)];
            int c = random.Next(CategoryCount);
            long grams = random.NextInt64(0, 1_000_000_000L); // up to 1000 t of the gas, so every total fits 64 bits for the raw loop
            _party[i] = (byte)p;
            _year[i] = (byte)y;
            _gas[i] = (byte)gas.Index;
            _category[i] = (byte)c;
            _grams[i] = grams;
            builder.Add(parties[p], FirstYear + y, gas, EmissionSource.FromCategory(categories[c]), GasMass.FromGrams(grams));
        }

        for (int g = 0; g < gwpByGas.Length; g++)
        {
            _gwp[g] = gwpByGas[g];
        }

        _inventory = builder.Build();
    }

    private void Check(long[] raw, long[] other, string who)
    {
        if (!raw.AsSpan().SequenceEqual(other))
        {
            throw new InvalidOperationException("The raw loop and " + who + " disagree.");
        }
    }

    private void Check(long[] raw, EmissionTotals totals, string who)
    {
        Party[] parties = Party.All.Take(PartyCount).ToArray();
        for (int p = 0; p < PartyCount; p++)
        {
            for (int y = 0; y < YearCount; y++)
            {
                if (totals.Get(parties[p], FirstYear + y).Grams != raw[(p * YearCount) + y])
                {
                    throw new InvalidOperationException("The raw loop and " + who + " disagree for " + parties[p].Code + " " + (FirstYear + y));
                }
            }
        }
    }

    private void LoadDuckDb()
    {
        _duck = new DuckDBConnection("DataSource=:memory:");
        _duck.Open();
        using (DuckDBCommand create = _duck.CreateCommand())
        {
            create.CommandText = "SET threads = 2; CREATE TABLE records (party UTINYINT, year_offset SMALLINT, gas UTINYINT, category UTINYINT, grams BIGINT); CREATE TABLE gwp (gas UTINYINT, gwp INTEGER);";
            create.ExecuteNonQuery();
        }

        using (DuckDBAppender gwp = _duck.CreateAppender("gwp"))
        {
            for (int g = 0; g < _gwp.Length; g++)
            {
                if (_gwp[g] != 0)
                {
                    gwp.CreateRow().AppendValue((byte)g).AppendValue(_gwp[g]).EndRow();
                }
            }
        }

        using (DuckDBAppender records = _duck.CreateAppender("records"))
        {
            for (int i = 0; i < _grams.Length; i++)
            {
                records.CreateRow()
                    .AppendValue(_party[i])
                    .AppendValue((short)_year[i])
                    .AppendValue(_gas[i])
                    .AppendValue(_category[i])
                    .AppendValue(_grams[i])
                    .EndRow();
            }
        }

        _query = _duck.CreateCommand();
        _query.CommandText = "SELECT r.party, r.year_offset, SUM(r.grams * g.gwp::BIGINT) FROM records r JOIN gwp g ON r.gas = g.gas GROUP BY r.party, r.year_offset";
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RecordsPerSecondColumn());
    }
}
