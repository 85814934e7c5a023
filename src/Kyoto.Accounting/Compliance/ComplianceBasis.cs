namespace Kyoto.Accounting.Compliance;

/// <summary>What a Party's reviewed emissions are held against in a <see cref="ComplianceAssessment"/>.</summary>
/// <remarks>
/// <see cref="RetiredUnits"/> is the Art. 3.1 test after the additional period (decision 27/CMP.1 annex XIII; decision
/// 13/CMP.1 annex ¶13–14). <see cref="JointFulfilmentLevel"/> is the Art. 4.5 fallback for a member of a joint-fulfilment
/// agreement that is not met jointly: the member answers for the level the agreement allocates to it.
/// </remarks>
public enum ComplianceBasis
{
    /// <summary>The units valid for the period in the Party's retirement account (Art. 3.1; 13/CMP.1 annex ¶13–14).</summary>
    RetiredUnits = 1,

    /// <summary>The member's own level under a joint-fulfilment agreement not met jointly (Art. 4.5).</summary>
    JointFulfilmentLevel = 2,
}
