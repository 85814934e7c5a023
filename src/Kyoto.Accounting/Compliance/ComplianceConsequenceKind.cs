namespace Kyoto.Accounting.Compliance;

/// <summary>A consequence the enforcement branch applies to a Party whose emissions exceed the units it retired (decision 27/CMP.1 annex XV ¶5).</summary>
/// <remarks>The numeric values follow the letters of annex XV ¶5: (a) = 1, (b) = 2, (c) = 3.</remarks>
public enum ComplianceConsequenceKind
{
    /// <summary>Deduction from the Party's assigned amount for the subsequent commitment period of 1.3 times the excess emissions (annex XV ¶5(a)).</summary>
    AssignedAmountDeduction = 1,

    /// <summary>Development of a compliance action plan (annex XV ¶5(b), ¶6–7).</summary>
    ComplianceActionPlan = 2,

    /// <summary>Suspension of the eligibility to make transfers under Art. 17 until the Party is reinstated (annex XV ¶5(c)).</summary>
    SuspensionOfTransferEligibility = 3,
}
