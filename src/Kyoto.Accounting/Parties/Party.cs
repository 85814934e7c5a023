using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Parties;

/// <summary>
/// A Party listed in Annex B of the Protocol for the first commitment period or in Annex B as amended at Doha for
/// the second: its ISO 3166 alpha-3 code, names, kind, Annex I and economy-in-transition status, quantified
/// emission limitation or reduction commitment (QELRC) per period and base-year rules.
/// </summary>
/// <remarks>
/// <para>
/// The catalogue is built once from the embedded reference tables <c>annex-b-cp1.csv</c> (Protocol Annex B),
/// <c>annex-b-cp2-doha.csv</c> (Doha Amendment, Annex B column 3) and <c>parties.csv</c> (codes and base-year
/// rules). All 43 Parties are Annex I Parties in the sense of Art. 1.7 (Kazakhstan by notification under
/// Convention Art. 4.2(g)).
/// </para>
/// <para>
/// Base-year rules: 1990 by default (Art. 3.7); an economy in transition may use another year or period (Art. 3.5:
/// Bulgaria 1988, Hungary the average of 1985–1987, Poland 1988, Romania 1989, Slovenia 1986; decisions 9/CP.2 and
/// 11/CP.4 (secondary source)); 1995 may be used for HFCs, PFCs and SF6 (Art. 3.8: recorded here for the EU-15, all of which used
/// 1995 except France and Finland (secondary source); unknown elsewhere, so the choice must be supplied as input). No Party's Kyoto base
/// year carries an addition: decision 7/CP.12 let Croatia add 3.5 Mt CO2e to its base year under the Convention, but the
/// expert review of its Kyoto initial report found that addition not in accordance with Art. 3.7 and 3.8, the
/// Compliance Committee's enforcement branch took the question up, Croatia withdrew it, and its first-period level was
/// recorded without it (148,778,503 t, Commission Implementing Decision 2013/644/EU; see
/// <see cref="Accounting.RecordedEmissionLevel"/>). The Convention figure stays in the reference table as a note that no
/// Kyoto calculation reads.
/// </para>
/// <para>Instances are singletons; equality is reference equality (by <see cref="Code"/>). This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Party : IEquatable<Party>
{
    private static readonly Party[] Catalogue = Load();
    private static readonly FrozenDictionary<string, Party> ByCode = Catalogue.ToFrozenDictionary(p => p.Code, StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenDictionary<string, Party> ByName = Catalogue
        .SelectMany(p => p.OtherNames.Prepend(p.Name).Select(n => (Name: n, Party: p)))
        .ToFrozenDictionary(x => x.Name, x => x.Party, StringComparer.OrdinalIgnoreCase);

    private readonly decimal?[] _qelrc;

    private Party(
        int index,
        string code,
        string name,
        string[] otherNames,
        PartyKind kind,
        bool isEconomyInTransition,
        BaseYear baseYear,
        int? fluorinatedGasBaseYear,
        decimal? qelrcFirst,
        decimal? qelrcSecond)
    {
        Index = index;
        Code = code;
        Name = name;
        OtherNames = otherNames;
        Kind = kind;
        IsEconomyInTransition = isEconomyInTransition;
        BaseYear = baseYear;
        FluorinatedGasBaseYear = fluorinatedGasBaseYear;
        _qelrc = new[] { qelrcFirst, qelrcSecond };
    }

    /// <summary>Gets every Party of the catalogue, ordered by code.</summary>
    public static IReadOnlyList<Party> All { get; } = Array.AsReadOnly(Catalogue);

    /// <summary>Gets the ISO 3166-1 alpha-3 code, e.g. <c>DEU</c>; <c>EUU</c> for the European Union.</summary>
    public string Code { get; }

    /// <summary>Gets the name as Annex B gives it, e.g. <c>United Kingdom of Great Britain and Northern Ireland</c>.</summary>
    public string Name { get; }

    /// <summary>Gets other names the Party is found by, e.g. <c>European Community</c> (its name in the first period's Annex B).</summary>
    public IReadOnlyList<string> OtherNames { get; }

    /// <summary>Gets whether the Party is a State or a regional economic integration organization.</summary>
    public PartyKind Kind { get; }

    /// <summary>Gets whether the Party is a regional economic integration organization (Art. 4, 24; the European Union).</summary>
    public bool IsRegionalEconomicIntegrationOrganization => Kind == PartyKind.RegionalEconomicIntegrationOrganization;

    /// <summary>Gets whether the Party is included in Annex I in the sense of Art. 1.7 (true for every Annex B Party).</summary>
    public bool IsAnnexI { get; } = true;

    /// <summary>Gets whether Annex B marks the Party as undergoing the process of transition to a market economy (Art. 3.5, 3.6).</summary>
    public bool IsEconomyInTransition { get; }

    /// <summary>Gets the base year or base period for the Annex A gases (Art. 3.7, 3.5).</summary>
    public BaseYear BaseYear { get; }

    /// <summary>
    /// Gets the base year recorded for HFCs, PFCs and SF6 under Art. 3.8 (1990 or 1995), or null where the reference
    /// data does not record the Party's choice: then the caller must state it.
    /// </summary>
    public int? FluorinatedGasBaseYear { get; }

    /// <summary>Gets the dense index of the Party in <see cref="All"/>, stable within a version of the package.</summary>
    public int Index { get; }

    /// <summary>Finds a Party by its ISO 3166 alpha-3 code, ignoring case.</summary>
    /// <param name="code">The code, e.g. <c>DEU</c>.</param>
    /// <returns>The Party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException">No Annex B Party has that code.</exception>
    public static Party FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (!ByCode.TryGetValue(code, out Party? party))
        {
            Preconditions.ThrowArgument(nameof(code), "'" + code + "' is not the ISO 3166 alpha-3 code of a Party in Annex B (first period) or Annex B as amended at Doha.");
        }

        return party;
    }

    /// <summary>Finds a Party by its ISO 3166 alpha-3 code, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="party">The Party, or null.</param>
    /// <returns>True if found.</returns>
    public static bool TryFromCode(string? code, [NotNullWhen(true)] out Party? party)
    {
        party = null;
        return code is not null && ByCode.TryGetValue(code, out party);
    }

    /// <summary>Finds a Party by its name or one of its other names, ignoring case.</summary>
    /// <param name="name">The name, e.g. <c>Germany</c> or <c>European Community</c>.</param>
    /// <returns>The Party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">No Annex B Party has that name.</exception>
    public static Party FromName(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        if (!TryFromName(name, out Party? party))
        {
            Preconditions.ThrowArgument(nameof(name), "'" + name + "' is not the name of a Party in Annex B (first period) or Annex B as amended at Doha.");
        }

        return party;
    }

    /// <summary>Finds a Party by its name or one of its other names, ignoring case and surrounding spaces.</summary>
    /// <param name="name">The name.</param>
    /// <param name="party">The Party, or null.</param>
    /// <returns>True if found.</returns>
    public static bool TryFromName(string? name, [NotNullWhen(true)] out Party? party)
    {
        party = null;
        return name is not null && ByName.TryGetValue(name.Trim(), out party);
    }

    /// <summary>Gets the Parties with a QELRC for a period (Annex B; for the second period, column 3 of Annex B as amended at Doha).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The Parties, ordered by code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static IReadOnlyList<Party> InAnnexB(CommitmentPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        return Catalogue.Where(p => p.HasCommitment(period)).ToArray();
    }

    /// <summary>Returns whether the Party has a QELRC for a period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>True if Annex B gives the Party a percentage for the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool HasCommitment(CommitmentPeriod period) => _qelrc[Preconditions.CheckNotNull(period, nameof(period)).Number - 1].HasValue;

    /// <summary>
    /// Gets the Party's QELRC for a period as a percentage of base-year emissions (Annex B; Doha Amendment Annex B column 3),
    /// e.g. 92 for the EU-15 Member States in the first period.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns>The percentage.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">Annex B gives the Party no QELRC for <paramref name="period"/>.</exception>
    public decimal GetQelrc(CommitmentPeriod period)
    {
        if (!TryGetQelrc(period, out decimal percent))
        {
            Preconditions.ThrowArgument(
                nameof(period),
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} has no quantified emission limitation or reduction commitment for {1} ({2}).",
                    Name,
                    period,
                    period.Number == 1 ? "Protocol Annex B" : "Annex B as amended at Doha, column 3"));
        }

        return percent;
    }

    /// <summary>Gets the Party's QELRC for a period, if it has one.</summary>
    /// <param name="period">The period.</param>
    /// <param name="percentOfBaseYear">The percentage of base-year emissions, or 0.</param>
    /// <returns>True if Annex B gives the Party a QELRC for <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public bool TryGetQelrc(CommitmentPeriod period, out decimal percentOfBaseYear)
    {
        decimal? value = _qelrc[Preconditions.CheckNotNull(period, nameof(period)).Number - 1];
        percentOfBaseYear = value.GetValueOrDefault();
        return value.HasValue;
    }

    /// <summary>Returns true if <paramref name="other"/> is the same Party.</summary>
    /// <param name="other">The other Party.</param>
    /// <returns>True if the same.</returns>
    public bool Equals(Party? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Returns the code and name, e.g. <c>"DEU Germany"</c>.</summary>
    /// <returns>The formatted Party.</returns>
    public override string ToString() => Code + " " + Name;

    private static Party[] Load()
    {
        var first = ReadAnnexB(ReferenceData.ReferenceTable.AnnexBFirstPeriod.ReadRows("party", "qelrc_cp1_pct_of_base_year", "eit"), 1, 2);
        var second = ReadAnnexB(ReferenceData.ReferenceTable.AnnexBSecondPeriod.ReadRows("party", "qelrc_cp1_pct", "qelrc_cp2_pct_of_base_year"), 2, 6);
        var parties = new List<Party>();
        var rows = ReferenceData.ReferenceTable.Parties.ReadRows("code", "name", "other_names", "kind", "base_year_first", "base_year_last", "fgas_base_year");
        foreach (var row in rows.OrderBy(r => r.Fields[0], StringComparer.Ordinal))
        {
            string[] f = row.Fields;
            string[] names = f[2].Length == 0 ? Array.Empty<string>() : f[2].Split(';');
            (decimal? Qelrc, bool Eit)? Find(Dictionary<string, (decimal? Qelrc, bool Eit)> table) =>
                names.Prepend(f[1]).Where(table.ContainsKey).Select(n => ((decimal? Qelrc, bool Eit)?)table[n]).FirstOrDefault();
            var cp1 = Find(first);
            var cp2 = Find(second);
            if (cp1 is null && cp2 is null)
            {
                throw new InvalidOperationException("Bug in Kyoto.Accounting: " + f[1] + " is in neither Annex B table.");
            }

            int by1 = int.Parse(f[4], CultureInfo.InvariantCulture);
            int by2 = int.Parse(f[5], CultureInfo.InvariantCulture);
            parties.Add(new Party(
                parties.Count,
                f[0],
                f[1],
                names,
                f[3] == "reio" ? PartyKind.RegionalEconomicIntegrationOrganization : PartyKind.State,
                (cp1?.Eit ?? false) || (cp2?.Eit ?? false),
                by1 == by2 ? BaseYear.Of(by1) : BaseYear.Average(by1, by2),
                f[6].Length == 0 ? null : int.Parse(f[6], CultureInfo.InvariantCulture),
                cp1?.Qelrc,
                cp2?.Qelrc));
        }

        return parties.ToArray();
    }

    private static Dictionary<string, (decimal? Qelrc, bool Eit)> ReadAnnexB(List<CsvRow> rows, int qelrcColumn, int eitColumn)
    {
        var table = new Dictionary<string, (decimal? Qelrc, bool Eit)>(StringComparer.Ordinal);
        foreach (CsvRow row in rows)
        {
            string pct = row.Fields[qelrcColumn];
            table.Add(
                row.Fields[0],
                (pct.Length == 0 ? null : decimal.Parse(pct, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture), row.Fields[eitColumn] == "yes"));
        }

        return table;
    }
}
