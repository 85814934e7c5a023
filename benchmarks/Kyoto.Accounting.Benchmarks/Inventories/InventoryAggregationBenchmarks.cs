using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Numerics;
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
/// seed): the library's columnar store against (a) a naive LINQ GroupBy over decimal records (the baseline), (b) DuckDB
/// in-process running the equivalent GROUP BY with a GWP join over the same data already in its memory, and (c) a
/// hand-written loop over the raw columns.
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

    private NaiveRecord[] _naive = Array.Empty<NaiveRecord>();
    private decimal[] _naiveGwp = Array.Empty<decimal>();
    private byte[] _party = Array.Empty<byte>();
    private byte[] _year = Array.Empty<byte>();
    private byte[] _gas = Array.Empty<byte>();
    private long[] _grams = Array.Empty<long>();
    private int[] _gwp = Array.Empty<int>();
    private EmissionInventory _inventory = EmissionInventory.Empty;
    private DuckDBConnection? _duck;
    private DuckDBCommand? _query;

    /// <summary>Gets or sets the number of records.</summary>
    [Params(1_000_000, 10_000_000)]
    public int RecordCount { get; set; }

    /// <summary>Builds the same records for every contender from a fixed seed.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Party[] parties = Party.All.Take(PartyCount).ToArray();
        Gas[] gases = CommitmentPeriod.First.Gases.ToArray();
        SourceCategory[] categories = SourceCategory.All.Take(CategoryCount).ToArray();
        _gwp = Gas.All.Select(g => GwpSet.Sar.TryGetValue(g, out int v) ? v : 0).ToArray();
        _naiveGwp = _gwp.Select(v => (decimal)v).ToArray();

        var random = new Random(Seed);
        int n = RecordCount;
        _party = new byte[n];
        _year = new byte[n];
        _gas = new byte[n];
        var category = new byte[n];
        _grams = new long[n];
        var builder = new EmissionInventoryBuilder(n);
        _naive = new NaiveRecord[n];
        for (int i = 0; i < n; i++)
        {
            Party party = parties[random.Next(PartyCount)];
            int year = FirstYear + random.Next(YearCount);
            Gas gas = gases[random.Next(gases.Length)];
            SourceCategory source = categories[random.Next(CategoryCount)];
            long grams = random.NextInt64(0, 1_000_000_000L); // up to 1000 t of the gas, so every total fits 64 bits for the raw loop
            _party[i] = (byte)party.Index;
            _year[i] = (byte)(year - FirstYear);
            _gas[i] = (byte)gas.Index;
            category[i] = (byte)source.Index;
            _grams[i] = grams;
            builder.Add(party, year, gas, EmissionSource.FromCategory(source), GasMass.FromGrams(grams));
            _naive[i] = new NaiveRecord(party.Index, year, gas.Index, source.Index, grams / 1_000_000m);
        }

        _inventory = builder.Build();
        LoadDuckDb(category);
        CheckAgreement();
    }

    /// <summary>Releases DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup()
    {
        _query?.Dispose();
        _duck?.Dispose();
    }

    /// <summary>(a) Naive reference: LINQ GroupBy over records with decimal tonnes.</summary>
    /// <returns>Tonnes CO2e per (Party, year).</returns>
    [Benchmark(Baseline = true)]
    public Dictionary<(int Party, int Year), decimal> NaiveLinq() =>
        _naive.GroupBy(r => (r.Party, r.Year)).ToDictionary(g => g.Key, g => g.Sum(r => r.MassTonnes * _naiveGwp[r.Gas]));

    /// <summary>(b) DuckDB in-process: GROUP BY with a GWP join, results read back.</summary>
    /// <returns>Grams CO2e per (Party, year) cell.</returns>
    [Benchmark]
    public Int128[] DuckDb()
    {
        var cells = new Int128[Party.All.Count * YearCount];
        using DuckDBDataReader reader = _query!.ExecuteReader();
        while (reader.Read())
        {
            cells[(reader.GetByte(0) * YearCount) + reader.GetInt16(1)] = (Int128)reader.GetFieldValue<BigInteger>(2);
        }

        return cells;
    }

    /// <summary>(c) Hand-written loop over the raw columns with 64-bit accumulators.</summary>
    /// <returns>Grams CO2e per (Party, year) cell.</returns>
    [Benchmark]
    public long[] RawLoop()
    {
        var cells = new long[Party.All.Count * YearCount];
        byte[] party = _party;
        byte[] year = _year;
        byte[] gas = _gas;
        long[] grams = _grams;
        int[] gwp = _gwp;
        for (int i = 0; i < grams.Length; i++)
        {
            cells[(party[i] * YearCount) + year[i]] += grams[i] * gwp[gas[i]];
        }

        return cells;
    }

    /// <summary>The library: <see cref="EmissionInventory.Aggregate"/> by Party × year under CP1 (SAR), without LULUCF.</summary>
    /// <returns>The exact totals.</returns>
    [Benchmark]
    public EmissionTotals KyotoStore() => _inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);

    private void LoadDuckDb(byte[] category)
    {
        _duck = new DuckDBConnection("DataSource=:memory:");
        _duck.Open();
        using (DuckDBCommand create = _duck.CreateCommand())
        {
            create.CommandText = "CREATE TABLE records (party UTINYINT, year_offset SMALLINT, gas UTINYINT, category UTINYINT, grams BIGINT); CREATE TABLE gwp (gas UTINYINT, gwp INTEGER);";
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
                    .AppendValue(category[i])
                    .AppendValue(_grams[i])
                    .EndRow();
            }
        }

        _query = _duck.CreateCommand();
        _query.CommandText = "SELECT r.party, r.year_offset, SUM(r.grams * g.gwp::BIGINT) FROM records r JOIN gwp g ON r.gas = g.gas GROUP BY r.party, r.year_offset";
    }

    private void CheckAgreement()
    {
        EmissionTotals ours = KyotoStore();
        Int128[] duck = DuckDb();
        long[] raw = RawLoop();
        Party[] parties = Party.All.Take(PartyCount).ToArray();
        foreach (Party party in parties)
        {
            for (int y = 0; y < YearCount; y++)
            {
                long expected = raw[(party.Index * YearCount) + y];
                if (ours.Get(party, FirstYear + y).Grams != expected || duck[(party.Index * YearCount) + y] != expected)
                {
                    throw new InvalidOperationException("The contenders disagree for " + party.Code + " " + (FirstYear + y));
                }
            }
        }
    }

    private readonly record struct NaiveRecord(int Party, int Year, int Gas, int Category, decimal MassTonnes);

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RecordsPerSecondColumn());
    }
}
