using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;

namespace Kyoto.Accounting.Cli.Tests;

/// <summary>
/// Reads the shipped CSV without the tool's code and computes CO2e with the AR4 GWPs written out here, so the report's
/// numbers are checked against an independent computation.
/// </summary>
internal static class IndependentData
{
    private static readonly Dictionary<string, int> Ar4 = new()
    {
        ["CO2"] = 1, ["CH4"] = 25, ["N2O"] = 298, ["SF6"] = 22800, ["NF3"] = 17200,
        ["HFCs"] = 1, ["PFCs"] = 1, ["Unspecified mix of HFCs and PFCs"] = 1,
    };

    private static readonly Lazy<List<string[]>> Rows = new(Load);

    internal static IReadOnlyList<string[]> All => Rows.Value;

    internal static IEnumerable<string> PartyNames => All.Select(r => r[0]).Distinct();

    /// <summary>Tonnes CO2e of a Party-year without LULUCF, for the gases selected (each value rounded to the gram first, as the tool reads it).</summary>
    internal static decimal Tonnes(string party, string year, Func<string, bool> gases)
    {
        IReadOnlyList<string[]> all = All;
        int column = Array.IndexOf(Header, year);
        decimal sum = 0;
        foreach (string[] row in all.Where(r => r[0] == party && r[1] == "Total GHG emissions without LULUCF" && Ar4.ContainsKey(r[3]) && gases(r[3])))
        {
            if (row[column].Length == 0)
            {
                continue;
            }

            decimal value = decimal.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture);
            decimal tonnes = Math.Round(row[4].StartsWith("kt", StringComparison.Ordinal) ? value * 1000m : value, 6, MidpointRounding.ToEven);
            sum += tonnes * Ar4[row[3]];
        }

        return sum;
    }

    /// <summary>The source's own "Aggregate GHGs" without LULUCF in tonnes.</summary>
    internal static decimal SourceAggregate(string party, string year)
    {
        IReadOnlyList<string[]> all = All;
        int column = Array.IndexOf(Header, year);
        string[] row = all.Single(r => r[0] == party && r[1] == "Total GHG emissions without LULUCF" && r[3] == "Aggregate GHGs");
        return decimal.Parse(row[column], NumberStyles.Float, CultureInfo.InvariantCulture) * 1000m;
    }

    internal static bool MainGases(string gas) => gas is "CO2" or "CH4" or "N2O";

    internal static bool FluorinatedArticle38(string gas) => gas is "HFCs" or "PFCs" or "SF6" or "Unspecified mix of HFCs and PFCs";

    private static string[] Header { get; set; } = Array.Empty<string>();

    private static List<string[]> Load()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Data", "annex-one-national-totals.csv.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        Header = reader.ReadLine()!.Split(',');
        var rows = new List<string[]>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            rows.Add(line.Split(','));
        }

        return rows;
    }
}
