using System.Globalization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// The outcome of one activity (for one year under annual accounting, else for the period): its exact accounting
/// quantity and the whole units it leads to — RMUs to issue for net credits, units to cancel for net debits
/// (decision 13/CMP.1 annex ¶25, ¶32).
/// </summary>
/// <remarks>
/// Units are whole tonnes. The library rounds a credit <b>down</b> and a debit <b>up</b>, so that no more RMUs are issued
/// and no fewer units cancelled than the exact quantity — an interpretation, as the decisions state no rounding for
/// these quantities. This type is immutable and thread-safe.
/// </remarks>
public sealed class SinkActivityOutcome
{
    internal SinkActivityOutcome(int? year, LulucfActivity activity, ExactCo2e quantity, long rmusToIssue, long unitsToCancel)
    {
        Year = year;
        Activity = activity;
        Quantity = quantity;
        RmusToIssue = rmusToIssue;
        UnitsToCancel = unitsToCancel;
    }

    /// <summary>Gets the year under annual accounting, or null for the whole period.</summary>
    public int? Year { get; }

    /// <summary>Gets the activity.</summary>
    public LulucfActivity Activity { get; }

    /// <summary>Gets the exact accounting quantity: positive a credit, negative a debit.</summary>
    public ExactCo2e Quantity { get; }

    /// <summary>Gets the RMUs to issue (credit rounded down; zero for debits and for deforestation).</summary>
    public long RmusToIssue { get; }

    /// <summary>Gets the units (AAU, ERU, CER or RMU) to cancel into the net source cancellation account (debit rounded up; zero for credits).</summary>
    public long UnitsToCancel { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} {1}: {2} → issue {3} RMUs, cancel {4} units",
        Year?.ToString(CultureInfo.InvariantCulture) ?? "period",
        Activity,
        SinkFormat.Tonnes(Quantity),
        RmusToIssue,
        UnitsToCancel);
}
