using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.ReferenceData;

/// <summary>
/// One table of reference data shipped inside the package, verbatim, with the source it was taken from.
/// </summary>
/// <remarks>
/// The tables are data, never logic: the types that use them (GWP sets, Parties, burden sharing) parse
/// them once. <see cref="OpenRead"/> gives applications the same bytes, so they can show or audit them.
/// Confidence marks follow the project's reference: <c>V</c> read in the official text, <c>S</c> read in a
/// reliable secondary source, <c>U</c> widely reported but unchecked.
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class ReferenceTable
{
    private ReferenceTable(string fileName, string description, string source, string confidence)
    {
        FileName = fileName;
        Description = description;
        Source = source;
        Confidence = confidence;
    }

    /// <summary>Gets Annex B of the Protocol for the first commitment period.</summary>
    public static ReferenceTable AnnexBFirstPeriod { get; } = new(
        "annex-b-cp1.csv",
        "Annex B, first commitment period: 39 entries, QELRC as % of base year, EIT flag.",
        "Kyoto Protocol, Annex B.",
        "V");

    /// <summary>Gets Annex B as amended at Doha for the second commitment period.</summary>
    public static ReferenceTable AnnexBSecondPeriod { get; } = new(
        "annex-b-cp2-doha.csv",
        "Annex B as amended at Doha: CP2 QELRC (column 3), reference years, pledges.",
        "Doha Amendment, Article 1 A (OJ L 207/6, 4.8.2015); the lower part (Canada, Japan, New Zealand, Russian Federation: no CP2 QELRC) is (unverified).",
        "V");

    /// <summary>Gets the table of global warming potentials by IPCC report.</summary>
    public static ReferenceTable GlobalWarmingPotentials { get; } = new(
        "globalwarmingpotentials.csv",
        "GWP values by IPCC assessment report (SARGWP100, AR4GWP100, ...).",
        "openclimatedata/globalwarmingpotentials (CC0), from the GHG Protocol's table of IPCC values.",
        "V");

    /// <summary>Gets the GWP values the GWP table lacks, each with its own source.</summary>
    public static ReferenceTable GlobalWarmingPotentialSupplements { get; } = new(
        "gwp-supplements.csv",
        "AR4 100-year GWPs missing from the openclimatedata table (HFC-41, -134, -143, -152, -161, -236cb, -236ea, -245ca, C10F18, c-C3F6).",
        "IPCC AR4 WG1 Table 2.14 as reproduced in decision 24/CP.19 annex III (secondary source); C10F18 and c-C3F6 (unverified).",
        "S");

    /// <summary>Gets the EU-15 burden sharing and the recorded CP1 emission levels.</summary>
    public static ReferenceTable EuFirstPeriodBurdenSharing { get; } = new(
        "eu-cp1-burden-sharing.csv",
        "EU-15 burden-sharing percentages and the CP1 emission levels recorded for each Member State.",
        "Council Decision 2002/358/EC (percentages (secondary source)); Commission Decision 2006/944/EC as amended by 2010/778/EU and, for Croatia, Commission Implementing Decision 2013/644/EU (levels (verified against the text)).",
        "V");

    /// <summary>Gets the CP2 joint-fulfilment emission levels of the EU Member States and Iceland.</summary>
    public static ReferenceTable EuSecondPeriodJointFulfilment { get; } = new(
        "eu-cp2-joint-fulfilment.csv",
        "CP2 emission levels of the 28 Member States and Iceland before Article 3.7 bis.",
        "EU-Iceland joint fulfilment agreement, OJ L 207/17 (4.8.2015), Annex 2 Table 1.",
        "V");

    /// <summary>Gets the registry code lists (transaction, unit and account types, statuses, LULUCF activities).</summary>
    public static ReferenceTable RegistryCodes { get; } = new(
        "registry-codes.csv",
        "Registry code lists as used by a national Kyoto registry (DES codes).",
        "UKGovernmentBEIS/ukets-registry @4e80ded9 (the Data Exchange Standards' code lists as implemented by a national registry).",
        "S");

    /// <summary>Gets the Parties catalogue: ISO codes, names, kind, base years and base-year options.</summary>
    public static ReferenceTable Parties { get; } = new(
        "parties.csv",
        "Every Party in either Annex B table: ISO 3166 alpha-3 code, names, REIO flag, base year (Art. 3.5), F-gas base year (Art. 3.8).",
        "Compiled for this package from the Annex B tables and decisions 9/CP.2 and 11/CP.4 (secondary source); ISO 3166-1 codes; EUU for the European Union (ISO 3166 has no alpha-3 code for it). The column convention_base_year_addition_tCO2e records Croatia's Convention-only 3.5 Mt (decision 7/CP.12); no Kyoto calculation reads it.",
        "S");

    /// <summary>Gets every table shipped in the package.</summary>
    public static IReadOnlyList<ReferenceTable> All { get; } = new[]
    {
        AnnexBFirstPeriod,
        AnnexBSecondPeriod,
        GlobalWarmingPotentials,
        GlobalWarmingPotentialSupplements,
        EuFirstPeriodBurdenSharing,
        EuSecondPeriodJointFulfilment,
        RegistryCodes,
        Parties,
    };

    /// <summary>Gets the file name of the table, e.g. <c>annex-b-cp1.csv</c>.</summary>
    public string FileName { get; }

    /// <summary>Gets what the table holds.</summary>
    public string Description { get; }

    /// <summary>Gets where the figures come from.</summary>
    public string Source { get; }

    /// <summary>Gets the confidence mark of the table as a whole: <c>V</c>, <c>S</c> or <c>U</c> (see the type remarks).</summary>
    public string Confidence { get; }

    /// <summary>Opens the embedded CSV text of the table (UTF-8).</summary>
    /// <returns>A new readable stream; the caller disposes it.</returns>
    public Stream OpenRead() =>
        typeof(ReferenceTable).Assembly.GetManifestResourceStream("Kyoto.Accounting.ReferenceData." + FileName)
        ?? throw new InvalidOperationException("Bug in Kyoto.Accounting: the embedded table " + FileName + " is missing.");

    /// <summary>Reads the table's data rows (the header row is checked and skipped).</summary>
    internal List<CsvRow> ReadRows(params string[] expectedHeaderPrefix)
    {
        using var reader = new StreamReader(OpenRead());
        List<CsvRow> rows = Csv.Parse(reader);
        string[] header = rows[0].Fields;
        if (!expectedHeaderPrefix.SequenceEqual(header.Take(expectedHeaderPrefix.Length)))
        {
            throw new InvalidOperationException("Bug in Kyoto.Accounting: unexpected header in " + FileName + ": " + string.Join(",", header));
        }

        rows.RemoveAt(0);
        return rows;
    }

    /// <inheritdoc/>
    public override string ToString() => FileName;
}
