namespace Kyoto.Accounting.Accounting;

/// <summary>What a <see cref="CollectiveProgress"/> compares the Parties' emissions with.</summary>
public enum CollectiveProgressReference
{
    /// <summary>
    /// The Parties' base-year emissions as used for their assigned amounts (<see cref="BaseYearEmissions"/>): EIT base
    /// years or periods (Art. 3.5), the 1995 base year for F-gases (Art. 3.8) and NF3 (Art. 3.8 bis), and the land-use
    /// addition (second sentence of Art. 3.7 / 3.7 bis) — the "assigned amount" view of the goal.
    /// </summary>
    BaseYears = 1,

    /// <summary>The Parties' 1990 emissions of the period's Annex A basket, without LULUCF: the words "below 1990 levels" of Art. 3.1 and 3.1 bis.</summary>
    Year1990 = 2,
}
