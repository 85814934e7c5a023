using System.Globalization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// One line of a sink accounting: a step, the rule it applies, and its amount in credit terms (positive adds to the
/// accounting quantity of the activity, i.e. towards RMUs; negative is a debit, towards cancellation).
/// </summary>
/// <remarks>
/// The lines of an activity (and year, under annual accounting) whose <see cref="CountsTowardsQuantity"/> is true add up
/// exactly to its <see cref="SinkStep.AccountingQuantity"/> line. Information lines show a figure a rule used (the ¶10
/// offset, Art. 6 projects) without adding to the sum. This type is immutable and thread-safe.
/// </remarks>
public sealed class SinkAccountingLine
{
    internal SinkAccountingLine(int? year, LulucfActivity activity, SinkStep step, ExactCo2e amount, bool countsTowardsQuantity, string rule, string description)
    {
        Year = year;
        Activity = activity;
        Step = step;
        Amount = amount;
        CountsTowardsQuantity = countsTowardsQuantity;
        Rule = rule;
        Description = description;
    }

    /// <summary>Gets the year under annual accounting, or null for the whole period.</summary>
    public int? Year { get; }

    /// <summary>Gets the activity.</summary>
    public LulucfActivity Activity { get; }

    /// <summary>Gets the step.</summary>
    public SinkStep Step { get; }

    /// <summary>Gets the amount in credit terms, exact.</summary>
    public ExactCo2e Amount { get; }

    /// <summary>Gets whether the amount adds to the activity's accounting quantity (false for information lines).</summary>
    public bool CountsTowardsQuantity { get; }

    /// <summary>Gets the rule applied (article or decision paragraph).</summary>
    public string Rule { get; }

    /// <summary>Gets a description of the figure.</summary>
    public string Description { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1,-28} {2,-36} {3}{4} — {5} [{6}]",
        Year?.ToString(CultureInfo.InvariantCulture) ?? "period",
        Activity,
        Step,
        CountsTowardsQuantity ? string.Empty : "(info) ",
        SinkFormat.Tonnes(Amount),
        Description,
        Rule);
}
