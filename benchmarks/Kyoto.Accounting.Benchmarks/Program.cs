using System.Linq;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kyoto.Accounting.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release -- --filter '*'</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks chosen on the command line; exits 1 if any of them failed, so CI fails loudly.</summary>
    public static int Main(string[] args)
    {
        // A process-level peak-memory run of the CSV reader: `-- --csv-peak-memory [rows]` (no BenchmarkDotNet).
        if (args.Length > 0 && args[0] == "--csv-peak-memory")
        {
            return Inventories.CsvIngestionBenchmarks.MeasurePeakMemory(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000);
        }

        // Interleaved DuckDB read_csv vs the library on one file, wall and CPU time: `-- --csv-compare [rows] [rounds]`.
        if (args.Length > 0 && args[0] == "--csv-compare")
        {
            return Inventories.CsvIngestionBenchmarks.Compare(
                args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 10_000_000,
                args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2);
        }

        Summary[] summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args).ToArray();
        bool failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
        return failed ? 1 : 0;
    }
}
