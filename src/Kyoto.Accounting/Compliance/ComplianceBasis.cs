namespace Kyoto.Accounting.Compliance;

/// <summary>What a Party's reviewed emissions are held against in a <see cref="ComplianceAssessment"/>.</summary>
/// <remarks>
/// <see cref="RetiredUnits"/> is the Art. 3.1 test after the additional period (decision 27/CMP.1 annex XIII; decision
/// 13/CMP.1 annex ¶13–14). It is also the basis of each Party's test in a joint-fulfilment agreement not met jointly
/// (Art. 4.5): a Party's level as adjusted by units (Art. 3.10–3.12) is what it retired, not its bare level.
/// </remarks>
public enum ComplianceBasis
{
    /// <summary>The units valid for the period in the Party's retirement account (Art. 3.1; 13/CMP.1 annex ¶13–14).</summary>
    RetiredUnits = 1,
}
