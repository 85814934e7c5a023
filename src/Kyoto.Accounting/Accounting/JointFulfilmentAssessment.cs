using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Gases;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The Art. 4.5 assessment of a joint-fulfilment agreement: whether the members' combined emissions stay within their
/// combined levels and, if not, which members exceed their own levels.
/// </summary>
/// <remarks>
/// The agreement is met jointly iff the combined emissions do not exceed the combined levels (Art. 4.1). Otherwise each
/// Party is responsible for its own level as set out in the agreement (Art. 4.5), and with a REIO that is itself a Party,
/// each member State is also responsible together with the organization (Art. 4.6).
/// This type is immutable and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.JointFulfilmentAssessmentJsonConverter))]
public sealed class JointFulfilmentAssessment
{
    internal JointFulfilmentAssessment(JointFulfilment agreement, IReadOnlyList<JointFulfilmentMember> members)
    {
        Agreement = agreement;
        Members = members;
        CombinedEmissions = Co2e.Sum(members.Select(m => m.Emissions));
        CombinedLevel = agreement.JointAssignedAmount ?? agreement.CombinedLevel;
        IsJointlyCompliant = CombinedEmissions.Grams <= CombinedLevel.Grams;
    }

    /// <summary>Gets the agreement assessed.</summary>
    public JointFulfilment Agreement { get; }

    /// <summary>Gets each participant's level and emissions, in the agreement's order (the organization last, second period).</summary>
    public IReadOnlyList<JointFulfilmentMember> Members { get; }

    /// <summary>Gets the members' combined emissions.</summary>
    public Co2e CombinedEmissions { get; }

    /// <summary>Gets the amount the combined emissions are held against: the joint assigned amount in the second period, the members' combined level in the first.</summary>
    public Co2e CombinedLevel { get; }

    /// <summary>Gets whether the combined emissions do not exceed the combined level (Art. 4.1).</summary>
    public bool IsJointlyCompliant { get; }

    /// <summary>
    /// Gets the members answerable for an excess: none if the agreement is met jointly, otherwise each member whose
    /// emissions exceed its own level (Art. 4.5).
    /// </summary>
    public IReadOnlyList<JointFulfilmentMember> MembersInExcess =>
        IsJointlyCompliant ? System.Array.Empty<JointFulfilmentMember>() : Members.Where(m => m.Excess.Grams > 0).ToArray();

    /// <summary>Formats the assessment.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        Agreement.Organization.Code + " " + Agreement.Period + ": emissions " + CombinedEmissions + " against " + CombinedLevel
        + (IsJointlyCompliant ? ", met jointly (Art. 4.1)" : ", not met jointly: " + MembersInExcess.Count + " member(s) above their own level (Art. 4.5)");
}
