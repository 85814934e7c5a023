using System.Globalization;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Kyoto.Accounting.Benchmarks.Inventories;

/// <summary>A column giving the throughput in records per second: the <c>RecordCount</c> parameter divided by the mean.</summary>
public sealed class RecordsPerSecondColumn : IColumn
{
    /// <inheritdoc/>
    public string Id => nameof(RecordsPerSecondColumn);

    /// <inheritdoc/>
    public string ColumnName => "Records/s";

    /// <inheritdoc/>
    public bool AlwaysShow => true;

    /// <inheritdoc/>
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc/>
    public int PriorityInCategory => 0;

    /// <inheritdoc/>
    public bool IsNumeric => true;

    /// <inheritdoc/>
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc/>
    public string Legend => "Records aggregated per second (RecordCount / Mean)";

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    /// <inheritdoc/>
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        var count = benchmarkCase.Parameters.Items.FirstOrDefault(p => p.Name == "RecordCount")?.Value;
        if (report?.ResultStatistics is null || count is not int records)
        {
            return "-";
        }

        double perSecond = records / (report.ResultStatistics.Mean / 1e9);
        return (perSecond / 1e6).ToString("N1", CultureInfo.InvariantCulture) + " M";
    }

    /// <inheritdoc/>
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc/>
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
