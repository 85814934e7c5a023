using System;
using System.IO;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Kyoto.Accounting.Arrow;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Benchmarks.Inventories;

/// <summary>
/// Ingestion of the same synthetic inventory (fixed seed) from bytes in memory: CSV written by
/// <see cref="InventoryCsv.Write"/> (the baseline) against an Arrow IPC file written by <see cref="InventoryArrow.Write"/>,
/// every record validated in both.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ArrowIngestionBenchmarks
{
    private byte[] _csv = Array.Empty<byte>();
    private byte[] _arrow = Array.Empty<byte>();

    /// <summary>Gets or sets the number of records.</summary>
    [ParamsSource(nameof(RecordCounts))]
    public int RecordCount { get; set; }

    /// <summary>Gets the sizes: 1 M records; 100 k in CI's smoke run.</summary>
    public static int[] RecordCounts => BenchmarkScale.Sizes(100_000, 1_000_000);

    /// <summary>Writes the inventory as CSV and as Arrow IPC.</summary>
    [GlobalSetup]
    public void Setup()
    {
        Party[] parties = Party.All.Take(40).ToArray();
        Gas[] gases = CommitmentPeriod.First.Gases.ToArray();
        var random = new Random(20_080_101);
        var builder = new EmissionInventoryBuilder(RecordCount);
        for (int i = 0; i < RecordCount; i++)
        {
            builder.Add(parties[random.Next(parties.Length)], 1990 + random.Next(30), gases[random.Next(gases.Length)], EmissionSource.FromCategory(SourceCategory.All[random.Next(20)]), GasMass.FromGrams(random.NextInt64(0, 1_000_000_000L)));
        }

        EmissionInventory inventory = builder.Build();
        using (var text = new StringWriter())
        {
            InventoryCsv.Write(inventory, text);
            _csv = Encoding.UTF8.GetBytes(text.ToString());
        }

        using var arrow = new MemoryStream();
        InventoryArrow.Write(inventory, arrow);
        _arrow = arrow.ToArray();
        if (Csv().Count != RecordCount || Arrow().Count != RecordCount)
        {
            throw new InvalidOperationException("The readers lost records.");
        }
    }

    /// <summary>Baseline: <see cref="InventoryCsv.Read"/> over the CSV bytes.</summary>
    /// <returns>The inventory.</returns>
    [Benchmark(Baseline = true)]
    public EmissionInventory Csv()
    {
        using var reader = new StreamReader(new MemoryStream(_csv), Encoding.UTF8);
        return InventoryCsv.Read(reader);
    }

    /// <summary><see cref="InventoryArrow.Read"/> over the Arrow IPC file bytes.</summary>
    /// <returns>The inventory.</returns>
    [Benchmark]
    public EmissionInventory Arrow() => InventoryArrow.Read(new MemoryStream(_arrow)).GetValueOrThrow();

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RecordsPerSecondColumn());
    }
}
