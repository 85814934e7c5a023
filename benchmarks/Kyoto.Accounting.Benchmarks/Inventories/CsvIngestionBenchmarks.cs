using System;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
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
/// CSV ingestion of a file written by <see cref="InventoryCsv.Write"/> (generated once, from a fixed seed, to
/// <c>$KYOTO_CSV_BENCH_DIR</c> or the temp folder): DuckDB <c>read_csv</c> into a table with 2 threads (the baseline),
/// the library's file reader (every check on), the library reading through a <see cref="StreamReader"/>, and the
/// builder on its own (records/s of <see cref="EmissionInventoryBuilder.Add(InventoryRecord)"/>).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes DuckDB in [GlobalCleanup]; benchmark classes cannot be sealed.")]
public class CsvIngestionBenchmarks
{
    private const int Seed = 19_971_211;
    private string _path = string.Empty;
    private DuckDBConnection? _duck;
    private InventoryRecord[] _records = Array.Empty<InventoryRecord>();

    /// <summary>Gets or sets the number of data rows of the file (10 M; 100 k under CI, whose Dry run only proves it runs).</summary>
    [ParamsSource(nameof(RowCounts))]
    public int RecordCount { get; set; }

    /// <summary>Gets the row counts to run.</summary>
    public static int[] RowCounts => Environment.GetEnvironmentVariable("KYOTO_CSV_BENCH_ROWS") is { Length: > 0 } rows
        ? [int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture)]
        : Environment.GetEnvironmentVariable("CI") == "true" ? [100_000] : [10_000_000];

    /// <summary>Writes the file if it is not there yet and opens DuckDB with 2 threads.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _path = EnsureFile(RecordCount);
        _duck = new DuckDBConnection("DataSource=:memory:");
        _duck.Open();
        using DuckDBCommand threads = _duck.CreateCommand();
        threads.CommandText = "SET threads = 2";
        threads.ExecuteNonQuery();
        _records = MakeRecords(4096, new Random(Seed));
    }

    /// <summary>Releases DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => _duck?.Dispose();

    /// <summary>DuckDB <c>read_csv</c> (2 threads), materialised into a table, row count read back.</summary>
    /// <returns>The rows.</returns>
    [Benchmark(Baseline = true)]
    public long DuckDbReadCsv2Threads()
    {
        using DuckDBCommand command = _duck!.CreateCommand();
        command.CommandText = "CREATE OR REPLACE TABLE t AS SELECT * FROM read_csv('" + _path + "', header = true, columns = {'party': 'VARCHAR', 'year': 'INTEGER', 'gas': 'VARCHAR', 'source': 'VARCHAR', 'mass_t': 'DECIMAL(18,6)'})";
        command.ExecuteNonQuery();
        command.CommandText = "SELECT count(*) FROM t";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>The library: <see cref="InventoryCsv.ParseFile(string)"/>, every check on, inventory built.</summary>
    /// <returns>The records.</returns>
    [Benchmark]
    public int KyotoParseFile() => InventoryCsv.ParseFile(_path).Value.Count;

    /// <summary>The library through a <see cref="StreamReader"/> (no pre-count: the builder grows and trims).</summary>
    /// <returns>The records.</returns>
    [Benchmark]
    public int KyotoParseTextReader()
    {
        using var reader = new StreamReader(_path);
        return InventoryCsv.Parse(reader).Value.Count;
    }

    /// <summary>The builder alone: <see cref="RecordCount"/> checked records added, then built.</summary>
    /// <returns>The records.</returns>
    [Benchmark]
    public int BuilderAdd()
    {
        var builder = new EmissionInventoryBuilder(RecordCount);
        for (int i = 0; i < RecordCount; i++)
        {
            builder.Add(_records[i & 4095]);
        }

        return builder.Build().Count;
    }

    /// <summary>Writes (once) a file of <paramref name="rows"/> random valid rows with <see cref="InventoryCsv.Write"/>.</summary>
    /// <param name="rows">The data rows.</param>
    /// <returns>The path.</returns>
    public static string EnsureFile(int rows)
    {
        string dir = Environment.GetEnvironmentVariable("KYOTO_CSV_BENCH_DIR") ?? Path.GetTempPath();
        string path = Path.Combine(dir, "kyoto-inventory-" + rows.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".csv");
        if (!File.Exists(path))
        {
            var random = new Random(Seed);
            var builder = new EmissionInventoryBuilder(rows);
            InventoryRecord[] pool = MakeRecords(65_536, random);
            for (int i = 0; i < rows; i++)
            {
                builder.Add(pool[random.Next(pool.Length)]);
            }

            string temp = path + ".tmp";
            using (var writer = new StreamWriter(temp, false, new System.Text.UTF8Encoding(false), 1 << 20))
            {
                InventoryCsv.Write(builder.Build(), writer);
            }

            File.Move(temp, path, overwrite: true);
        }

        return path;
    }

    /// <summary>A process-level run for peak memory: parse the file once and print figures (see docs/performance.md).</summary>
    /// <param name="rows">The data rows.</param>
    /// <returns>0.</returns>
    public static int MeasurePeakMemory(int rows)
    {
        string path = EnsureFile(rows);
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long before = process.PeakWorkingSet64;
        long allocatedBefore = GC.GetTotalAllocatedBytes(true);
        var watch = Stopwatch.StartNew();
        EmissionInventory inventory = InventoryCsv.ParseFile(path).Value;
        watch.Stop();
        long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        process.Refresh();
        long peak = process.PeakWorkingSet64;
        long store = inventory.StorageBytes;
        Console.WriteLine(FormattableString.Invariant($"file {new FileInfo(path).Length / 1e6:F0} MB, {inventory.Count} records in {watch.Elapsed.TotalSeconds:F2} s ({inventory.Count / watch.Elapsed.TotalSeconds / 1e6:F2} M rows/s)"));
        Console.WriteLine(FormattableString.Invariant($"allocated {allocated / 1e6:F1} MB ({(double)allocated / inventory.Count:F1} B/row); built inventory {store / 1e6:F1} MB"));
        Console.WriteLine(FormattableString.Invariant($"peak working set {peak / 1e6:F1} MB (before parsing {before / 1e6:F1} MB); target 1.5 x inventory + 64 MB = {(1.5 * store / 1e6) + 64:F1} MB"));
        GC.KeepAlive(inventory);
        return 0;
    }

    /// <summary>
    /// A process-level side-by-side run: DuckDB <c>read_csv</c> (2 threads) and <see cref="InventoryCsv.ParseFile(string)"/>
    /// interleaved for <paramref name="rounds"/> rounds on the same file, wall and CPU time of each (see docs/performance.md).
    /// </summary>
    /// <param name="rows">The data rows.</param>
    /// <param name="rounds">The rounds.</param>
    /// <returns>0.</returns>
    public static int Compare(int rows, int rounds)
    {
        var bench = new CsvIngestionBenchmarks { RecordCount = rows };
        bench.Setup();
        using var process = Process.GetCurrentProcess();
        for (int round = 1; round <= rounds; round++)
        {
            foreach ((string name, Func<long> run) in new (string, Func<long>)[] { ("duckdb read_csv 2 threads", bench.DuckDbReadCsv2Threads), ("kyoto ParseFile", () => bench.KyotoParseFile()), ("kyoto builder Add", () => bench.BuilderAdd()) })
            {
                GC.Collect();
                process.Refresh();
                TimeSpan cpu = process.TotalProcessorTime;
                var watch = Stopwatch.StartNew();
                long count = run();
                watch.Stop();
                process.Refresh();
                double cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
                Console.WriteLine(FormattableString.Invariant($"round {round} {name,-26}: {count} rows, wall {watch.Elapsed.TotalSeconds:F2} s ({count / watch.Elapsed.TotalSeconds / 1e6:F2} M rows/s), cpu {cpuSeconds:F2} s"));
            }
        }

        bench.Cleanup();
        return 0;
    }

    private static InventoryRecord[] MakeRecords(int count, Random random)
    {
        Party[] parties = Party.All.Take(40).ToArray();
        Gas[] gases = CommitmentPeriod.First.Gases.ToArray();
        SourceCategory[] categories = SourceCategory.All.Take(20).ToArray();
        var records = new InventoryRecord[count];
        for (int i = 0; i < count; i++)
        {
            Gas gas = gases[random.Next(gases.Length)];
            long grams = random.NextInt64(0, 1_000_000_000_000L);
            records[i] = InventoryRecord.Create(
                parties[random.Next(parties.Length)],
                1990 + random.Next(30),
                gas,
                EmissionSource.FromCategory(categories[random.Next(categories.Length)]),
                GasMass.FromGrams(Math.Min(grams, InventoryRecord.MaxMagnitude(gas).Grams)));
        }

        return records;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RecordsPerSecondColumn());
    }
}
