using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// The 1990 carbon dioxide emissions of the Parties included in Annex I, as communicated on or before the
/// Protocol's adoption in their first national communications: the input to the 55 % condition of Art. 25.1.
/// </summary>
/// <remarks>
/// <para>
/// Each entry is an exact <see cref="GasMass"/> of CO2, so the unit is explicit: build it with
/// <see cref="GasMass.FromTonnes(decimal)"/>, or use <see cref="WithGigagrams"/> for figures in Gg as the
/// Depositary's table gives them. <see cref="Total"/> is "the total carbon dioxide emissions for 1990 of the
/// Parties included in Annex I" (Art. 25.2): the exact sum of the entries.
/// </para>
/// <para>
/// Entries are for Annex I States only. A REIO has no entry: its emissions are those of its member States, and
/// its instrument is not counted as additional to theirs (Art. 25.4). An Annex I State that communicated no
/// figure by 11 December 1997 is entered with zero, explicitly, so that a missing figure is never mistaken
/// for a zero one.
/// </para>
/// <para>This type is immutable and thread-safe; <see cref="With"/> returns a new instance.</para>
/// </remarks>
public sealed class AnnexIEmissions1990
{
    private readonly ImmutableSortedDictionary<string, (TreatyParty Party, GasMass Co2)> _entries;

    private AnnexIEmissions1990(ImmutableSortedDictionary<string, (TreatyParty Party, GasMass Co2)> entries, GasMass total)
    {
        _entries = entries;
        Total = total;
    }

    /// <summary>Gets a table with no entries.</summary>
    public static AnnexIEmissions1990 Empty { get; } = new(ImmutableSortedDictionary.Create<string, (TreatyParty, GasMass)>(StringComparer.Ordinal), GasMass.Zero);

    /// <summary>Gets the exact total of all entries (Art. 25.2).</summary>
    public GasMass Total { get; }

    /// <summary>Gets the number of entries.</summary>
    public int Count => _entries.Count;

    /// <summary>Gets the Parties with an entry, ordered by code.</summary>
    public IReadOnlyList<TreatyParty> Parties => _entries.Values.Select(e => e.Party).ToImmutableArray();

    /// <summary>Returns a table with one more entry.</summary>
    /// <param name="party">An Annex I State without an entry yet.</param>
    /// <param name="co2">Its 1990 CO2 emissions as communicated; zero if none was communicated by the adoption date.</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is not in Annex I, is a REIO, or already has an entry.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="co2"/> is negative.</exception>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="GasMass"/>.</exception>
    public AnnexIEmissions1990 With(TreatyParty party, GasMass co2)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckArgument(
            party.IsAnnexI,
            nameof(party),
            TreatyChecks.Format("{0} is not included in Annex I; only Annex I Parties' 1990 CO2 emissions enter the 55 % condition (Art. 25.1).", party.Code));
        Preconditions.CheckArgument(
            !party.IsReio,
            nameof(party),
            TreatyChecks.Format("{0} is a REIO: its emissions are those of its member States and its instrument is not counted as additional to theirs (Art. 25.4).", party.Code));
        Preconditions.CheckArgument(
            !_entries.ContainsKey(party.Code),
            nameof(party),
            TreatyChecks.Format("{0} already has a 1990 CO2 entry; each Annex I Party communicates one amount (Art. 25.2).", party.Code));
        Preconditions.CheckArgumentRange(nameof(co2), co2.Grams, 0, long.MaxValue, "1990 CO2 emissions communicated under Art. 25.2 cannot be negative");
        return new AnnexIEmissions1990(_entries.Add(party.Code, (party, co2)), Total + co2);
    }

    /// <summary>Returns a table with one more entry given in gigagrams (kilotonnes), exactly.</summary>
    /// <param name="party">An Annex I State without an entry yet.</param>
    /// <param name="gigagrams">Its 1990 CO2 emissions in Gg, with at most nine decimal places (1 g).</param>
    /// <returns>The new table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is not in Annex I, is a REIO, or already has an entry; or <paramref name="gigagrams"/> has more than nine decimal places.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="gigagrams"/> is negative or too large.</exception>
    /// <exception cref="OverflowException">The total exceeds the range of <see cref="GasMass"/>.</exception>
    public AnnexIEmissions1990 WithGigagrams(TreatyParty party, decimal gigagrams)
    {
        Preconditions.CheckArgumentRange(nameof(gigagrams), gigagrams, 0m, long.MaxValue / 1_000_000_000m, "1990 CO2 emissions communicated under Art. 25.2 cannot be negative");
        decimal grams = gigagrams * 1_000_000_000m;
        Preconditions.CheckArgument(
            decimal.Truncate(grams) == grams,
            nameof(gigagrams),
            TreatyChecks.Format("{0} Gg has more than nine decimal places: the resolution is 1 g and no rule allows rounding here.", gigagrams));
        return With(party, GasMass.FromGrams(decimal.ToInt64(grams)));
    }

    /// <summary>Gets the entry of a Party, if it has one.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="co2">Its 1990 CO2 emissions, or zero if it has no entry.</param>
    /// <returns>True if the Party has an entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetEmissions(TreatyParty party, out GasMass co2)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        bool found = _entries.TryGetValue(party.Code, out (TreatyParty Party, GasMass Co2) entry);
        co2 = entry.Co2;
        return found;
    }

    /// <summary>Formats the table culture-invariantly, e.g. <c>"Annex I 1990 CO2: 36 Parties, total 13728306000 t"</c>.</summary>
    /// <returns>The formatted summary.</returns>
    public override string ToString() => TreatyChecks.Format("Annex I 1990 CO2: {0} Parties, total {1}", Count, Total);
}
