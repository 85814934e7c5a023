using System;
using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// A Party's second-period forest management reference level (FMRL): the net emissions (positive) or net removals
/// (negative) from forest management per year inscribed in the appendix to decision 2/CMP.7, in megatonnes CO2e, with
/// the technical correction the Party applied to it (decision 2/CMP.7 annex; the correction and its effect on issuance:
/// decision 3/CMP.11 ¶55(f), (i)).
/// </summary>
/// <remarks>
/// <para>
/// The corrected level is <see cref="InscribedMegatonnesPerYear"/> + <see cref="TechnicalCorrectionMegatonnesPerYear"/>;
/// forest management is accounted as the period's net emissions minus 8 × the corrected level. The library ships no
/// FMRL: none was read in a citable source here, so the caller states the inscribed value, the correction and their
/// source (<see cref="SinkValueOrigin.Stated"/>).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class ForestManagementReferenceLevel
{
    private ForestManagementReferenceLevel(Party party, decimal inscribed, decimal correction, string source)
    {
        Party = party;
        InscribedMegatonnesPerYear = inscribed;
        TechnicalCorrectionMegatonnesPerYear = correction;
        Source = source;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the level inscribed in the appendix to decision 2/CMP.7, Mt CO2e per year (net emissions; removals negative).</summary>
    public decimal InscribedMegatonnesPerYear { get; }

    /// <summary>Gets the technical correction, Mt CO2e per year (signed; zero if none).</summary>
    public decimal TechnicalCorrectionMegatonnesPerYear { get; }

    /// <summary>Gets the corrected level, Mt CO2e per year.</summary>
    public decimal CorrectedMegatonnesPerYear => InscribedMegatonnesPerYear + TechnicalCorrectionMegatonnesPerYear;

    /// <summary>Gets whether the value is stated by the caller (always, in this version).</summary>
    public SinkValueOrigin Origin { get; } = SinkValueOrigin.Stated;

    /// <summary>Gets the source of the values.</summary>
    public string Source { get; }

    /// <summary>Creates a reference level stated by the caller.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="inscribedMegatonnesPerYear">The inscribed FMRL, Mt CO2e per year (removals negative), at most twelve decimals.</param>
    /// <param name="technicalCorrectionMegatonnesPerYear">The technical correction, Mt CO2e per year (signed; 0 if none).</param>
    /// <param name="source">Where the values were read (the appendix to decision 2/CMP.7, the Party's report on the correction); not blank.</param>
    /// <returns>The reference level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">A value has more than twelve decimals or is beyond ±1,000,000 Mt, or the source is blank.</exception>
    public static ForestManagementReferenceLevel Stated(Party party, decimal inscribedMegatonnesPerYear, decimal technicalCorrectionMegatonnesPerYear, string source)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(source, nameof(source));
        Preconditions.CheckArgumentRange(nameof(inscribedMegatonnesPerYear), inscribedMegatonnesPerYear, -1_000_000m, 1_000_000m, "an FMRL is a number of Mt CO2e per year");
        Preconditions.CheckArgumentRange(nameof(technicalCorrectionMegatonnesPerYear), technicalCorrectionMegatonnesPerYear, -1_000_000m, 1_000_000m, "a technical correction is a number of Mt CO2e per year");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "State where the reference level was read; a blank source is refused.");
        _ = SinkMath.ToWholeUnits(inscribedMegatonnesPerYear, 1_000_000_000_000m, nameof(inscribedMegatonnesPerYear), "a CO2e quantity is read to the gram");
        _ = SinkMath.ToWholeUnits(technicalCorrectionMegatonnesPerYear, 1_000_000_000_000m, nameof(technicalCorrectionMegatonnesPerYear), "a CO2e quantity is read to the gram");
        return new ForestManagementReferenceLevel(party, inscribedMegatonnesPerYear, technicalCorrectionMegatonnesPerYear, source);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} FMRL {1} Mt CO2e/yr, technical correction {2} → {3} Mt CO2e/yr (stated: {4})",
        Party.Code,
        InscribedMegatonnesPerYear,
        TechnicalCorrectionMegatonnesPerYear,
        CorrectedMegatonnesPerYear,
        Source);
}
