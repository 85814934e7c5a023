using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// A Party's sink accounting for a commitment period (<see cref="SinkAccounting.Account"/>): every step as a line with
/// its rule, the outcome of each activity (per year under annual accounting), the RMUs to issue per activity and the
/// units to cancel (net-source cancellation).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SinkAccountingResult
{
    private readonly ImmutableArray<SinkAccountingLine> _lines;
    private readonly ImmutableArray<SinkActivityOutcome> _outcomes;

    internal SinkAccountingResult(LulucfElections elections, ImmutableArray<SinkAccountingLine> lines, ImmutableArray<SinkActivityOutcome> outcomes, ExactCo2e? forestManagementCreditCap)
    {
        Elections = elections;
        _lines = lines;
        _outcomes = outcomes;
        ForestManagementCreditCap = forestManagementCreditCap;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party => Elections.Party;

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period => Elections.Period;

    /// <summary>Gets whether accounting was annual or for the period.</summary>
    public LulucfAccountingFrequency Frequency => Elections.Frequency;

    /// <summary>Gets the elections accounted.</summary>
    public LulucfElections Elections { get; }

    /// <summary>Gets every line, by year (annual), then activity, then step.</summary>
    public IReadOnlyList<SinkAccountingLine> Lines => _lines;

    /// <summary>Gets the outcome of each accounted activity, by year (annual), then activity.</summary>
    public IReadOnlyList<SinkActivityOutcome> Outcomes => _outcomes;

    /// <summary>
    /// Gets the cap on FM credits for the whole period, exact, if FM was accounted: the ¶11 appendix value × 44/12 × 5
    /// minus Art. 6 FM projects (first period; credits offsetting an Art. 3.3 net source under ¶10 come on top) or 3.5 % of
    /// base-year emissions excluding LULUCF × 8 (second period).
    /// </summary>
    public ExactCo2e? ForestManagementCreditCap { get; }

    /// <summary>Gets the RMUs to issue for all activities.</summary>
    public long TotalRmusToIssue => _outcomes.Aggregate(0L, (sum, o) => Checked.Add(sum, o.RmusToIssue, "RMUs"));

    /// <summary>Gets the units to cancel for all activities.</summary>
    public long TotalUnitsToCancel => _outcomes.Aggregate(0L, (sum, o) => Checked.Add(sum, o.UnitsToCancel, "units to cancel"));

    /// <summary>Gets the RMUs to issue for an activity (summed over the years under annual accounting).</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Whole units; zero for an activity not accounted.</returns>
    public long GetRmusToIssue(LulucfActivity activity) =>
        _outcomes.Where(o => o.Activity == activity).Aggregate(0L, (sum, o) => Checked.Add(sum, o.RmusToIssue, "RMUs"));

    /// <summary>Gets the units to cancel for an activity (summed over the years under annual accounting).</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Whole units; zero for an activity not accounted.</returns>
    public long GetUnitsToCancel(LulucfActivity activity) =>
        _outcomes.Where(o => o.Activity == activity).Aggregate(0L, (sum, o) => Checked.Add(sum, o.UnitsToCancel, "units to cancel"));

    /// <summary>Gets the exact accounting quantity of an activity (summed over the years under annual accounting).</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>Positive a credit, negative a debit; zero for an activity not accounted.</returns>
    public ExactCo2e GetAccountingQuantity(LulucfActivity activity) =>
        _outcomes.Where(o => o.Activity == activity).Aggregate(ExactCo2e.Zero, (sum, o) => sum + o.Quantity);

    /// <summary>Gets the exact net accounting quantity of all activities (positive: a net addition to the assigned amount).</summary>
    public ExactCo2e NetQuantity => _outcomes.Aggregate(ExactCo2e.Zero, (sum, o) => sum + o.Quantity);

    /// <summary>Formats the result as a plain-text report: every line, then the outcomes and totals.</summary>
    /// <returns>The report.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Elections).Append('\n');
        foreach (SinkAccountingLine line in _lines)
        {
            text.Append("  ").Append(line).Append('\n');
        }

        foreach (SinkActivityOutcome outcome in _outcomes)
        {
            text.Append("  ").Append(outcome).Append('\n');
        }

        text.Append("  total: issue ").Append(TotalRmusToIssue.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Append(" RMUs, cancel ").Append(TotalUnitsToCancel.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" units\n");
        return text.ToString();
    }
}
