using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Accounting;
using NodaTime;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// The true-up of a joint-fulfilment agreement (Art. 4): assessed jointly first and, if not met jointly, each member
/// against its own level (Art. 4.5).
/// </summary>
/// <remarks>
/// <para>
/// The agreement is met jointly iff the members' combined reviewed emissions do not exceed their combined levels
/// (Art. 4.1; <see cref="JointFulfilment.Assess"/>); then no member has excess emissions and <see cref="Members"/> is
/// empty. Otherwise each Party is responsible for its own level (Art. 4.5): <see cref="Members"/> holds one
/// <see cref="ComplianceAssessment"/> per member with <see cref="ComplianceBasis.JointFulfilmentLevel"/>, and those above
/// their level carry the consequences of decision 27/CMP.1 annex XV ¶5.
/// </para>
/// <para>
/// Levels stand in for units here: the members' unit holdings and retirements are not considered, and the REIO's joint
/// responsibility together with its members (Art. 4.6) is not modelled; assess a member's retirement account with
/// <see cref="TrueUp.Assess(Parties.Party, Periods.CommitmentPeriod, Gases.Co2e, RetiredUnits, LocalDate)"/>.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class JointComplianceAssessment
{
    internal JointComplianceAssessment(JointFulfilmentAssessment fulfilment, LocalDate assessmentDate, IReadOnlyList<ComplianceAssessment> members)
    {
        Fulfilment = fulfilment;
        AssessmentDate = assessmentDate;
        Members = members.ToArray().AsReadOnly();
    }

    /// <summary>Gets the agreement.</summary>
    public JointFulfilment Agreement => Fulfilment.Agreement;

    /// <summary>Gets the Art. 4.5 assessment of the members' emissions against their levels.</summary>
    public JointFulfilmentAssessment Fulfilment { get; }

    /// <summary>Gets the date of the assessment, after the additional period of the agreement's period.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets whether the agreement is met jointly (Art. 4.1).</summary>
    public bool IsJointlyCompliant => Fulfilment.IsJointlyCompliant;

    /// <summary>Gets each member's assessment against its own level (Art. 4.5), in the agreement's order; empty if the agreement is met jointly.</summary>
    public IReadOnlyList<ComplianceAssessment> Members { get; }

    /// <summary>Gets the members not in compliance: empty if the agreement is met jointly, otherwise those above their own level.</summary>
    public IReadOnlyList<ComplianceAssessment> MembersNotInCompliance => Members.Where(m => !m.IsInCompliance).ToArray();

    /// <summary>Formats the assessment.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Fulfilment + (IsJointlyCompliant ? string.Empty : "; " + string.Join("; ", MembersNotInCompliance.Select(m => m.Party.Code + " excess " + m.ExcessEmissionsTonnes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " t")));
}
