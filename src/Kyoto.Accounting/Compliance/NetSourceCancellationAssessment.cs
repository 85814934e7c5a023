using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sinks;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// Whether a Party cancelled the units its sink accounting requires: net emissions of its Art. 3.3 and 3.4 activities
/// are met by cancelling AAUs, ERUs, CERs or RMUs valid for the period into its net source cancellation account
/// (decision 13/CMP.1 annex ¶32), before the end of the additional period.
/// </summary>
/// <remarks>
/// <para>
/// Only AAUs, ERUs, CERs and RMUs valid for the period count; tCERs and lCERs found in the account are reported in
/// <see cref="IneligibleCancelled"/> and do not count. The requirement is the result's total
/// (<see cref="SinkAccountingResult.TotalUnitsToCancel"/>); registries do not record an activity on a cancellation, so the
/// check is per Party and period, not per activity.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.NetSourceCancellationAssessmentJsonConverter))]
public sealed class NetSourceCancellationAssessment
{
    internal NetSourceCancellationAssessment(Party party, CommitmentPeriod period, long required, long cancelled, long ineligible)
    {
        Party = party;
        Period = period;
        Required = required;
        Cancelled = cancelled;
        IneligibleCancelled = ineligible;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the units the sink accounting requires cancelled.</summary>
    public long Required { get; }

    /// <summary>Gets the AAUs, ERUs, CERs and RMUs valid for the period held in the Party's net source cancellation account(s) for the period.</summary>
    public long Cancelled { get; }

    /// <summary>Gets the tCERs and lCERs found there, which do not count.</summary>
    public long IneligibleCancelled { get; }

    /// <summary>Gets the units still to cancel (zero when met).</summary>
    public long Shortfall => Required > Cancelled ? Required - Cancelled : 0;

    /// <summary>Gets whether the requirement is met.</summary>
    public bool IsMet => Cancelled >= Required;

    /// <summary>Assesses a ledger against a sink accounting result.</summary>
    /// <param name="ledger">The Party's registry ledger (its state at the date assessed).</param>
    /// <param name="result">The sink accounting of the Party and period.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    /// <example><code>bool met = NetSourceCancellationAssessment.Assess(ledger, result).IsMet;</code></example>
    public static NetSourceCancellationAssessment Assess(Ledger ledger, SinkAccountingResult result)
    {
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNotNull(result, nameof(result));
        long cancelled = 0;
        long ineligible = 0;
        RegistryId registry = RegistryId.National(result.Party);
        foreach (Holding holding in ledger.GetHoldings())
        {
            if (!ledger.Configuration.TryGetAccount(holding.Account, out Account? account)
                || account.Type != AccountType.NetSourceCancellation || account.Registry != registry || account.Period != result.Period
                || holding.ApplicablePeriod != result.Period)
            {
                continue;
            }

            if (holding.UnitType is UnitType.Tcer or UnitType.Lcer)
            {
                ineligible = Checked.Add(ineligible, holding.Quantity, "units");
            }
            else
            {
                cancelled = Checked.Add(cancelled, holding.Quantity, "units");
            }
        }

        return new NetSourceCancellationAssessment(result.Party, result.Period, result.TotalUnitsToCancel, cancelled, ineligible);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0} CP{1} net-source cancellation: required {2}, cancelled {3} (tCER/lCER not counted: {4}) — {5}",
        Party.Code,
        Period.Number,
        Required,
        Cancelled,
        IneligibleCancelled,
        IsMet ? "met" : "short by " + Shortfall.ToString(CultureInfo.InvariantCulture));
}
