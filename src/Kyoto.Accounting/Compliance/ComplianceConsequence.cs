using System.Globalization;

namespace Kyoto.Accounting.Compliance;

/// <summary>One consequence of excess emissions, as data: its kind, the rule it comes from and, for the deduction, its quantity.</summary>
/// <remarks>
/// Decision 27/CMP.1 annex XV ¶5: where the enforcement branch determines that a Party's emissions exceed its assigned
/// amount (after the additional period, Art. 3.1), it declares the Party in non-compliance and applies (a) a deduction of
/// 1.3 × the excess from the next period's assigned amount, (b) a compliance action plan, (c) suspension of eligibility to
/// transfer under Art. 17. Nothing here applies them (a registry records a suspension with
/// <see cref="Registry.RegistryConfiguration.WithSuspension"/>). This type is immutable and thread-safe.
/// </remarks>
public sealed class ComplianceConsequence
{
    private ComplianceConsequence(ComplianceConsequenceKind kind, string citation, string description, ExcessEmissionsDeduction? deduction)
    {
        Kind = kind;
        Citation = citation;
        Description = description;
        Deduction = deduction;
    }

    /// <summary>Gets the kind of consequence.</summary>
    public ComplianceConsequenceKind Kind { get; }

    /// <summary>Gets the rule, e.g. <c>"Decision 27/CMP.1 annex XV ¶5(a)"</c>.</summary>
    public string Citation { get; }

    /// <summary>Gets what the consequence is, in words.</summary>
    public string Description { get; }

    /// <summary>Gets the deduction for <see cref="ComplianceConsequenceKind.AssignedAmountDeduction"/>, otherwise null.</summary>
    public ExcessEmissionsDeduction? Deduction { get; }

    /// <summary>Formats the consequence, e.g. <c>"Decision 27/CMP.1 annex XV ¶5(a): AssignedAmountDeduction 1.3 × 10 t = 13 t"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1}{2}", Citation, Kind, Deduction is { } d ? " " + d : string.Empty);

    internal static ComplianceConsequence[] ForExcess(long excessTonnes)
    {
        ExcessEmissionsDeduction deduction = ExcessEmissionsDeduction.ForExcess(excessTonnes);
        return new[]
        {
            new ComplianceConsequence(
                ComplianceConsequenceKind.AssignedAmountDeduction,
                "Decision 27/CMP.1 annex XV ¶5(a)",
                "Deduction from the Party's assigned amount for the subsequent commitment period of 1.3 times the excess emissions (" + deduction + ").",
                deduction),
            new ComplianceConsequence(
                ComplianceConsequenceKind.ComplianceActionPlan,
                "Decision 27/CMP.1 annex XV ¶5(b), ¶6–7",
                "Development of a compliance action plan.",
                null),
            new ComplianceConsequence(
                ComplianceConsequenceKind.SuspensionOfTransferEligibility,
                "Decision 27/CMP.1 annex XV ¶5(c); Art. 17",
                "Suspension of the eligibility to make transfers under Art. 17 until the Party is reinstated.",
                null),
        };
    }
}
