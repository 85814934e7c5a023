using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Cli.Data;

/// <summary>
/// The built-in data: the UNFCCC GHG Data Interface "detailed data by Party" national totals of the Annex I Parties,
/// 1990–2019, by gas (AR4 GWPs, 2021 submissions), as an <see cref="EmissionInventory"/>. See Data/SOURCE.md.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>CO2, CH4, N2O, SF6, NF3 are masses (kt → t). HFCs, PFCs and the unspecified mix of HFCs and PFCs are given
/// only as CO2-equivalent under AR4, so they become records of <c>HFC-mix-AR4</c>, <c>PFC-mix-AR4</c> and
/// <c>HFC-PFC-mix-AR4</c>, which aggregate only under AR4 (Art. 5.3).</item>
/// <item>Values are rounded to the gram, the library's resolution (the source values are binary floating point with
/// about 16 significant digits, so this is below their precision). Empty cells are missing data, never zero.</item>
/// <item>The data has national totals only, while a record needs a source category: every record is filed under
/// <see cref="CarrierSource"/>. Breakdowns by source of the built-in data mean nothing.</item>
/// <item>The <c>Base year</c> column is the Convention base year. Where the Party's Kyoto base year is a single year
/// other than 1990 (Bulgaria 1988, Poland 1988, Romania 1989, Slovenia 1986; Art. 3.5) it is the same year, and the
/// column is filed under that year. Hungary's base year is the average of 1985–1987, which the data cannot supply
/// year by year.</item>
/// <item>"European Union (KP)" is the EU as a Party (code EUU) in its composition of the 2021 submission; "European
/// Union (Convention)" is not a Party to the Protocol and is left out, as are other reporters without a Party code.</item>
/// </list>
/// </remarks>
internal sealed class BuiltInData
{
    /// <summary>The acknowledgement the data's licence asks for.</summary>
    internal const string Attribution =
        "UNFCCC GHG Data Interface, Detailed data by Party (Annex I), downloaded 2022-02 by openclimatedata/unfccc-detailed-data-by-party (Zenodo DOI 10.5281/zenodo.1300334). Values re-laid out from the source JSON without change, rounded to the gram.";

    internal const int FirstYear = 1990;

    internal const int LastYear = 2019;

    private const string ResourceName = "Kyoto.Accounting.Cli.Data.annex-one-national-totals.csv.gz";

    private static readonly Lazy<BuiltInData> Instance = new(Load);

    private BuiltInData(EmissionInventory inventory, Dictionary<(Party, int), decimal> lulucfNet, Dictionary<(Party, int), decimal> aggregate, IReadOnlyList<string> leftOut)
    {
        Inventory = inventory;
        LulucfNetKilotonnes = lulucfNet;
        AggregateKilotonnes = aggregate;
        LeftOut = leftOut;
    }

    /// <summary>Gets the source category every built-in record is filed under (the data has national totals only).</summary>
    internal static EmissionSource CarrierSource { get; } = EmissionSource.FromCategory(SourceCategory.FromCode("1.A.5"));

    /// <summary>Gets the built-in data (read once).</summary>
    internal static BuiltInData Default => Instance.Value;

    /// <summary>Gets the inventory (without LULUCF).</summary>
    internal EmissionInventory Inventory { get; }

    /// <summary>Gets the net LULUCF emissions (kt CO2e, AR4): "Aggregate GHGs" with LULUCF minus without.</summary>
    internal IReadOnlyDictionary<(Party Party, int Year), decimal> LulucfNetKilotonnes { get; }

    /// <summary>Gets the source's own "Aggregate GHGs" without LULUCF (kt CO2e, AR4), for cross-checks.</summary>
    internal IReadOnlyDictionary<(Party Party, int Year), decimal> AggregateKilotonnes { get; }

    /// <summary>Gets the reporters of the source that are not Parties with a code here, and why.</summary>
    internal IReadOnlyList<string> LeftOut { get; }

    /// <summary>Opens the built-in CSV (decompressed).</summary>
    /// <returns>The text.</returns>
    internal static TextReader OpenCsv()
    {
        Stream resource = typeof(BuiltInData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("Bug in kyoto: the built-in data resource " + ResourceName + " is missing.");
        return new StreamReader(new GZipStream(resource, CompressionMode.Decompress), System.Text.Encoding.UTF8);
    }

    /// <summary>Maps a gas name of the source to an entry of the gas catalogue, or null for the source's aggregates.</summary>
    internal static Gas? MapGas(string name) => name switch
    {
        "CO2" or "CH4" or "N2O" or "SF6" or "NF3" => Gas.FromCode(name),
        "HFCs" => Gas.FromCode("HFC-mix-AR4"),
        "PFCs" => Gas.FromCode("PFC-mix-AR4"),
        "Unspecified mix of HFCs and PFCs" => Gas.FromCode("HFC-PFC-mix-AR4"),
        _ => null,
    };

    /// <summary>Converts a value of the source to tonnes (of gas, or of CO2e for the mixes), rounded to the gram.</summary>
    internal static decimal ToTonnes(string text, string unit)
    {
        decimal value = decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        decimal tonnes = unit.StartsWith("kt", StringComparison.Ordinal) ? value * 1000m
            : unit.StartsWith("t ", StringComparison.Ordinal) ? value
            : throw new InvalidDataException("Bug in kyoto: unknown unit '" + unit + "' in the built-in data.");
        return Math.Round(tonnes, 6, MidpointRounding.ToEven);
    }

    private static BuiltInData Load()
    {
        using TextReader reader = OpenCsv();
        string[] header = (reader.ReadLine() ?? string.Empty).Split(',');
        int baseYearColumn = Array.IndexOf(header, "Base year");
        var builder = new EmissionInventoryBuilder();
        var with = new Dictionary<(Party, int), decimal>();
        var without = new Dictionary<(Party, int), decimal>();
        var leftOut = new SortedSet<string>(StringComparer.Ordinal);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            string[] f = line.Split(',');
            string name = f[0] == "European Union (KP)" ? "EUU" : f[0];
            if (!(Party.TryFromCode(name, out Party? party) || Party.TryFromName(name, out party)) || f[0] == "European Union (Convention)")
            {
                leftOut.Add(f[0]);
                continue;
            }

            bool withLulucf = f[1].Contains("with LULUCF", StringComparison.Ordinal);
            string gasName = f[3];
            string unit = f[4];
            for (int c = 5; c < f.Length; c++)
            {
                if (f[c].Length == 0)
                {
                    continue;
                }

                int? year = c == baseYearColumn ? KyotoYearOfBaseYearColumn(party) : int.Parse(header[c], CultureInfo.InvariantCulture);
                if (year is not int y)
                {
                    continue;
                }

                decimal tonnes = ToTonnes(f[c], unit);
                if (gasName == "Aggregate GHGs")
                {
                    (withLulucf ? with : without)[(party, y)] = tonnes / 1000m;
                }
                else if (!withLulucf && MapGas(gasName) is Gas gas)
                {
                    builder.Add(party, y, gas, CarrierSource, GasMass.FromTonnes(tonnes));
                }
            }
        }

        var net = new Dictionary<(Party, int), decimal>();
        foreach (var pair in with)
        {
            if (without.TryGetValue(pair.Key, out decimal w))
            {
                net[pair.Key] = pair.Value - w;
            }
        }

        var notes = leftOut.Select(n => n + ": not a Party with a code in Annex B of either period (or the Convention-only EU entity)").ToList();
        return new BuiltInData(builder.Build(), net, without, notes);
    }

    /// <summary>
    /// The year the <c>Base year</c> column is filed under: the Kyoto base year where it is a single year other than
    /// 1990 (the Convention and Kyoto base years coincide there, Art. 3.5); otherwise none (1990 has its own column).
    /// </summary>
    private static int? KyotoYearOfBaseYearColumn(Party party) =>
        party.BaseYear.IsSingleYear && party.BaseYear.FirstYear != FirstYear && !party.IsRegionalEconomicIntegrationOrganization ? party.BaseYear.FirstYear : null;
}
