using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// The true-up of a joint-fulfilment agreement (Art. 4), on units: assessed jointly first and, if not met jointly,
/// each Party on its own retirement account (Art. 4.5), with the organization responsible together with its member
/// States (Art. 4.6).
/// </summary>
/// <remarks>
/// <para>
/// Art. 4.1: the Parties to the agreement meet their commitments if their total combined emissions do not exceed their
/// assigned amounts "calculated … in accordance with the provisions of Article 3", i.e. as adjusted by units acquired,
/// transferred and retired (Art. 3.10–3.12); compliance is assessed on the units in each Party's retirement account
/// (decision 13/CMP.1 annex ¶14). So the agreement is met jointly iff <see cref="CombinedEmissionsTonnes"/> ≤
/// <see cref="CombinedCoveringTonnes"/>, the units the participants retired that count. A member that covered its
/// emissions above its level with acquired and retired units (e.g. CERs) is therefore not in excess.
/// </para>
/// <para>
/// If not met jointly, each Party is responsible for its own level of emissions (Art. 4.5), judged on its own
/// retirement account: <see cref="Participants"/> lists every participant's <see cref="ComplianceAssessment"/>, and
/// those not covered carry the consequences of decision 27/CMP.1 annex XV ¶5. Where the agreement is made together with
/// a regional economic integration organization that is itself a Party (the EU), each member State is responsible
/// individually and together with the organization (Art. 4.6): <see cref="IsOrganizationJointlyResponsible"/> and
/// <see cref="GetResponsibleParties"/>. In the second period the EU is itself a participant, with its emissions under the
/// EU emissions trading system (EU–Iceland agreement, OJ L 207/17, Annex 2 ¶3).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.JointComplianceAssessmentJsonConverter))]
public sealed class JointComplianceAssessment
{
    private readonly ComplianceAssessment[] _participants;

    internal JointComplianceAssessment(JointFulfilment agreement, LocalDate assessmentDate, IReadOnlyList<ComplianceAssessment> participants)
    {
        Agreement = agreement;
        AssessmentDate = assessmentDate;
        _participants = participants.ToArray();
        long emissions = 0;
        long covering = 0;
        foreach (ComplianceAssessment p in _participants)
        {
            emissions = Checked.Add(emissions, p.ReviewedEmissionsTonnes, "combined emissions");
            covering = Checked.Add(covering, p.CoveringTonnes, "combined retired units");
        }

        CombinedEmissionsTonnes = emissions;
        CombinedCoveringTonnes = covering;
    }

    /// <summary>Gets the agreement.</summary>
    public JointFulfilment Agreement { get; }

    /// <summary>Gets the date of the assessment, after the additional period of the agreement's period.</summary>
    public LocalDate AssessmentDate { get; }

    /// <summary>Gets the participants' combined reviewed emissions, whole tonnes.</summary>
    public long CombinedEmissionsTonnes { get; }

    /// <summary>Gets the units the participants retired for the period that count, combined (their adjusted assigned amounts as retired).</summary>
    public long CombinedCoveringTonnes { get; }

    /// <summary>Gets whether the agreement is met jointly (Art. 4.1): combined emissions ≤ combined counted retired units.</summary>
    public bool IsJointlyCompliant => CombinedEmissionsTonnes <= CombinedCoveringTonnes;

    /// <summary>Gets every participant's assessment on its own retirement account, in the agreement's order; empty if the agreement is met jointly (Art. 4.5).</summary>
    public IReadOnlyList<ComplianceAssessment> Participants => IsJointlyCompliant ? System.Array.Empty<ComplianceAssessment>() : System.Array.AsReadOnly(_participants);

    /// <summary>Gets every participant's assessment, whether or not the agreement is met jointly (for the JSON form).</summary>
    internal IReadOnlyList<ComplianceAssessment> AllParticipants => _participants;

    /// <summary>Gets the participants not in compliance: empty if the agreement is met jointly, otherwise those whose retired units do not cover their emissions.</summary>
    public IReadOnlyList<ComplianceAssessment> ParticipantsNotInCompliance => Participants.Where(m => !m.IsInCompliance).ToArray();

    /// <summary>
    /// Gets whether the organization is responsible together with member States in excess (Art. 4.6): the agreement is not
    /// met jointly, the organization is a Party to the Protocol, and at least one member State is not in compliance.
    /// </summary>
    public bool IsOrganizationJointlyResponsible =>
        Agreement.Organization.IsRegionalEconomicIntegrationOrganization && ParticipantsNotInCompliance.Any(p => !ReferenceEquals(p.Party, Agreement.Organization));

    /// <summary>Gets the Parties responsible for a participant's excess: the participant, and for a member State also the organization (Art. 4.5, 4.6); empty if it is not in excess.</summary>
    /// <param name="participant">A participant.</param>
    /// <returns>The responsible Parties.</returns>
    public IReadOnlyList<Parties.Party> GetResponsibleParties(Parties.Party participant)
    {
        Preconditions.CheckNotNull(participant, nameof(participant));
        ComplianceAssessment? line = ParticipantsNotInCompliance.FirstOrDefault(p => ReferenceEquals(p.Party, participant));
        if (line is null)
        {
            return System.Array.Empty<Parties.Party>();
        }

        return ReferenceEquals(participant, Agreement.Organization) || !Agreement.Organization.IsRegionalEconomicIntegrationOrganization
            ? new[] { participant }
            : new[] { participant, Agreement.Organization };
    }

    /// <summary>Formats the assessment.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}: emissions {2} t, retired units {3} t", Agreement.Organization.Code, Agreement.Period, CombinedEmissionsTonnes, CombinedCoveringTonnes)
        + (IsJointlyCompliant ? ", met jointly (Art. 4.1)" : ", not met jointly; " + string.Join("; ", ParticipantsNotInCompliance.Select(m => m.Party.Code + " excess " + m.ExcessEmissionsTonnes.ToString(CultureInfo.InvariantCulture) + " t")) + " (Art. 4.5, 4.6)");
}
