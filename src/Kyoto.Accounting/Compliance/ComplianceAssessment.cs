using System;
using System.Collections.Generic;
using System.Globalization;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using NodaTime;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// The true-up of one Party for one commitment period: its reviewed emissions against what covers them, whether it
/// complies with Art. 3.1, its excess emissions and their consequences (decision 27/CMP.1 annex XV ¶5).
/// </summary>
/// <remarks>
/// <para>
/// After the additional period for fulfilling commitments (decision 27/CMP.1 annex XIII;
/// <see cref="CommitmentPeriod.AdditionalPeriodEnd"/>) a Party complies with Art. 3.1 iff the units valid for the period
/// in its retirement account that count (<see cref="Compliance.RetiredUnits.CountedTonnes"/>) are at least its reviewed
/// aggregate emissions for the period, in whole tonnes (decision 13/CMP.1 annex ¶13–14). A Party of a joint-fulfilment
/// agreement not met jointly is assessed the same way, on its own retirement account (Art. 4.5).
/// </para>
/// <para>
/// <see cref="ExcessEmissionsTonnes"/> = max(0, emissions − <see cref="CoveringTonnes"/>); the Party is in compliance iff
/// it is zero. With an excess, the Party is declared in non-compliance (Art. 18; decision 27/CMP.1 annex XV ¶4) and
/// <see cref="Consequences"/> lists, as data, the three consequences of annex XV ¶5; otherwise the list is empty.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ComplianceAssessmentJsonConverter))]
public sealed class ComplianceAssessment
{
    private readonly ComplianceConsequence[] _consequences;

    internal ComplianceAssessment(Party party, CommitmentPeriod period, LocalDate assessmentDate, ComplianceBasis basis, long reviewedEmissionsTonnes, long coveringTonnes, RetiredUnits? retiredUnits, long article37TerAddBackTonnes = 0)
    {
        Article37TerAddBackTonnes = article37TerAddBackTonnes;
        coveringTonnes = Internal.Checked.Add(coveringTonnes, article37TerAddBackTonnes, "units taken into account");
        Party = party;
        Period = period;
        AssessmentDate = assessmentDate;
        Basis = basis;
        ReviewedEmissionsTonnes = reviewedEmissionsTonnes;
        CoveringTonnes = coveringTonnes;
        RetiredUnits = retiredUnits;
        ExcessEmissionsTonnes = reviewedEmissionsTonnes > coveringTonnes ? reviewedEmissionsTonnes - coveringTonnes : 0;
        _consequences = ExcessEmissionsTonnes == 0 ? Array.Empty<ComplianceConsequence>() : ComplianceConsequence.ForExcess(ExcessEmissionsTonnes);
    }

    /// <summary>Gets the Party assessed.</summary>
    public Party Party { get; }

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the date of the assessment, after <see cref="CommitmentPeriod.AdditionalPeriodEnd"/>.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets what the emissions are held against: retired units (Art. 3.1) or a joint-fulfilment level (Art. 4.5).</summary>
    public ComplianceBasis Basis { get; }

    /// <summary>Gets the reviewed aggregate emissions for the period, in whole tonnes CO2e.</summary>
    public long ReviewedEmissionsTonnes { get; }

    /// <summary>Gets the reviewed emissions as CO2-equivalent under the period's GWP set (Art. 5.3).</summary>
    public Co2e ReviewedEmissions => Co2e.FromTonnes(ReviewedEmissionsTonnes, Period.GwpSet);

    /// <summary>Gets the tonnes that cover the emissions: the retired units that count (plus <see cref="Article37TerAddBackTonnes"/>), or the member's level (see <see cref="Basis"/>).</summary>
    public long CoveringTonnes { get; }

    /// <summary>
    /// Gets the AAUs added to the units taken into account under decision 2/CMP.11 ¶3 (an economy in transition without
    /// a first-period commitment: the positive difference between its second-period emissions and its Art. 3.7
    /// ter-adjusted assigned amount, at most the AAUs it cancelled under Art. 3.7 ter); zero otherwise. Included in
    /// <see cref="CoveringTonnes"/>.
    /// </summary>
    public long Article37TerAddBackTonnes { get; }

    /// <summary>Gets the units retired for the period when <see cref="Basis"/> is <see cref="ComplianceBasis.RetiredUnits"/>, otherwise null.</summary>
    public RetiredUnits? RetiredUnits { get; }

    /// <summary>Gets whether the Party complies with Art. 3.1 for the period: true iff <see cref="ExcessEmissionsTonnes"/> is zero.</summary>
    public bool IsInCompliance => ExcessEmissionsTonnes == 0;

    /// <summary>Gets the excess emissions in whole tonnes: reviewed emissions − <see cref="CoveringTonnes"/> if positive, otherwise zero.</summary>
    public long ExcessEmissionsTonnes { get; }

    /// <summary>Gets the excess emissions as CO2-equivalent under the period's GWP set.</summary>
    public Co2e ExcessEmissions => Co2e.FromTonnes(ExcessEmissionsTonnes, Period.GwpSet);

    /// <summary>Gets the deduction of 1.3 × the excess from the next period's assigned amount (annex XV ¶5(a)), or null if the Party complies.</summary>
    public ExcessEmissionsDeduction? Deduction => IsInCompliance ? null : ExcessEmissionsDeduction.ForExcess(ExcessEmissionsTonnes);

    /// <summary>Gets the consequences of the excess (decision 27/CMP.1 annex XV ¶5(a)–(c)), in that order; empty if the Party complies.</summary>
    public IReadOnlyList<ComplianceConsequence> Consequences => Array.AsReadOnly(_consequences);

    /// <summary>Formats the assessment, e.g. <c>"DEU CP1 (2008–2012): emissions 1000 t, retired units 990 t: excess 10 t, not in compliance (Art. 3.1)"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} {1}: emissions {2} t, {3} {4} t: {5}",
            Party.Code,
            Period,
            ReviewedEmissionsTonnes,
            Basis == ComplianceBasis.RetiredUnits ? "retired units" : "own level",
            CoveringTonnes,
            IsInCompliance
                ? (Basis == ComplianceBasis.RetiredUnits ? "in compliance (Art. 3.1)" : "within its own level (Art. 4.5)")
                : string.Format(CultureInfo.InvariantCulture, "excess {0} t, not in compliance ({1})", ExcessEmissionsTonnes, Basis == ComplianceBasis.RetiredUnits ? "Art. 3.1" : "Art. 4.5"));
}
