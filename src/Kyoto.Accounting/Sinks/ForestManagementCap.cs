using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// A Party's first-period cap on additions and subtractions from forest management (Art. 3.4) after the ¶10 offset,
/// including forest management projects under Art. 6: the Party's value in the appendix to decision 16/CMP.1, in
/// megatonnes of carbon per year, applied × 5 for the period (decision 16/CMP.1 annex ¶11–12).
/// </summary>
/// <remarks>
/// <para>
/// The library ships only values read in a citable source (<see cref="Known"/>, <see cref="ForParty"/>); for any
/// other Party the caller states its appendix value with <see cref="Stated"/>, naming the source. Nothing is
/// filled in by default.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ForestManagementCap
{
    private static readonly ForestManagementCap[] Shipped =
    [
        new(Party.FromCode("ITA"), 2.78m, SinkValueOrigin.ReferenceData, "Decision 8/CMP.2 (Italy's value in the appendix to decision 16/CMP.1 replaced by 2.78 Mt C/yr), as reported by the Earth Negotiations Bulletin of CMP 2."),
        new(Party.FromCode("JPN"), 13m, SinkValueOrigin.ReferenceData, "Appendix to decision 16/CMP.1 (13.0 Mt C/yr), as stated by Japan's Forestry Agency and in Japan's submission on its forest management reference level (1 February 2011: first-period forest removal target 13 Mt C = 47.67 Mt CO2/yr)."),
        new(Party.FromCode("RUS"), 33m, SinkValueOrigin.ReferenceData, "Appendix to decision 16/CMP.1 (33.0 Mt C/yr), as reported by the Earth Negotiations Bulletin."),
    ];

    private ForestManagementCap(Party party, decimal megatonnesCarbonPerYear, SinkValueOrigin origin, string source)
    {
        Party = party;
        MegatonnesCarbonPerYear = megatonnesCarbonPerYear;
        Origin = origin;
        Source = source;
    }

    /// <summary>Gets the shipped caps: Italy 2.78, Japan 13, Russian Federation 33 Mt C/yr, each with its source.</summary>
    public static IReadOnlyList<ForestManagementCap> Known { get; } = Array.AsReadOnly(Shipped);

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the cap in megatonnes of carbon per year (× 44/12 for CO2, × 5 for the period).</summary>
    public decimal MegatonnesCarbonPerYear { get; }

    /// <summary>Gets whether the value is shipped reference data or stated by the caller.</summary>
    public SinkValueOrigin Origin { get; }

    /// <summary>Gets the source of the value.</summary>
    public string Source { get; }

    /// <summary>Gets the shipped cap of a Party.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The cap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The library ships no verified value for the Party; state it with <see cref="Stated"/>.</exception>
    /// <example><code>ForestManagementCap japan = ForestManagementCap.ForParty(Party.FromCode("JPN")); // 13 Mt C/yr</code></example>
    public static ForestManagementCap ForParty(Party party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        if (TryForParty(party, out ForestManagementCap? cap))
        {
            return cap;
        }

        throw new ArgumentException(
            "No verified forest management cap (appendix to decision 16/CMP.1) is shipped for " + party + "; the library ships only "
            + string.Join(", ", Shipped.Select(c => c.Party.Code)) + ". State the Party's appendix value and its source with ForestManagementCap.Stated.",
            nameof(party));
    }

    /// <summary>Finds the shipped cap of a Party.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="cap">The cap, or null.</param>
    /// <returns>True if a verified value is shipped.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public static bool TryForParty(Party party, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ForestManagementCap? cap)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        cap = Array.Find(Shipped, c => c.Party == party);
        return cap is not null;
    }

    /// <summary>Creates a cap stated by the caller (the Party's value in the appendix to decision 16/CMP.1, not verified by the library).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="megatonnesCarbonPerYear">The value, Mt C per year; not negative, at most twelve decimals.</param>
    /// <param name="source">Where the value was read; not blank.</param>
    /// <returns>The cap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is negative or the source blank.</exception>
    public static ForestManagementCap Stated(Party party, decimal megatonnesCarbonPerYear, string source)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(source, nameof(source));
        Preconditions.CheckArgumentRange(nameof(megatonnesCarbonPerYear), megatonnesCarbonPerYear, 0m, 1_000_000m, "a forest management cap is a non-negative number of Mt C per year (decision 16/CMP.1 annex ¶11)");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "State where the cap was read; a blank source is refused.");
        _ = SinkMath.ToWholeUnits(megatonnesCarbonPerYear, 1_000_000_000_000m, nameof(megatonnesCarbonPerYear), "a carbon quantity is read to the gram");
        return new ForestManagementCap(party, megatonnesCarbonPerYear, SinkValueOrigin.Stated, source);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Party.Code + " FM cap " + MegatonnesCarbonPerYear.ToString(CultureInfo.InvariantCulture) + " Mt C/yr (" + Origin + ": " + Source + ")";
}
