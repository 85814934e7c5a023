using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// When an amendment enters into force under Art. 20.4 (and Art. 21.7 for Annexes A and B), and why: the date on
/// which the Depositary had received instruments of acceptance from at least three fourths of the Parties, and
/// the ninetieth day after it. For a Party accepting later, see <see cref="TreatyRecord.TryGetAmendmentEntryIntoForceFor"/> (Art. 20.5).
/// </summary>
/// <remarks>
/// <para>
/// The condition is evaluated at the end of each date on which acceptances were received, so acceptances of one
/// date count together; see <see cref="AmendmentAcceptanceTally"/> for how Parties are counted.
/// </para>
/// <para>
/// An amendment not yet in force is an expected state: <see cref="ConditionsMet"/> is false and <see cref="Latest"/>
/// says how far acceptances got. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class AmendmentEntryIntoForce
{
    internal AmendmentEntryIntoForce(Amendment amendment, AmendmentAcceptanceTally? latest)
    {
        Amendment = amendment;
        Latest = latest;
    }

    /// <summary>Gets the amendment.</summary>
    public Amendment Amendment { get; }

    /// <summary>Gets whether three fourths of the Parties have accepted.</summary>
    public bool ConditionsMet => Latest is { MeetsThreeFourths: true };

    /// <summary>Gets the date on which three fourths of the Parties had first accepted, or null.</summary>
    public LocalDate? ConditionsMetOn => ConditionsMet ? Latest!.Date : null;

    /// <summary>Gets the date the amendment enters into force for the Parties that had accepted by <see cref="ConditionsMetOn"/>, or null.</summary>
    public LocalDate? EntryIntoForce => ConditionsMetOn?.PlusDays(KyotoProtocol.DaysUntilEntryIntoForce);

    /// <summary>
    /// Gets the tally on <see cref="ConditionsMetOn"/> if the condition is met, otherwise on the last date examined (the
    /// last acceptance or later change in the Parties counted); null if there are no acceptances.
    /// </summary>
    public AmendmentAcceptanceTally? Latest { get; }

    /// <summary>Gets the date of entry into force, if three fourths of the Parties have accepted.</summary>
    /// <param name="date">The date of entry into force, or the default date if not met.</param>
    /// <returns>True if the condition has been met.</returns>
    public bool TryGetEntryIntoForce(out LocalDate date)
    {
        date = EntryIntoForce.GetValueOrDefault();
        return ConditionsMet;
    }

    /// <summary>Formats the explanation culture-invariantly, e.g. <c>"Doha in force on 2020-12-31, 90 days after 2020-10-02: …"</c>.</summary>
    /// <returns>The formatted explanation.</returns>
    public override string ToString() =>
        ConditionsMet
            ? TreatyChecks.Format("{0} in force on {1}, 90 days after {2}", Amendment.Id, TreatyChecks.Format(EntryIntoForce!.Value), Latest)
            : Amendment.Id + " not in force. Latest: " + (Latest?.ToString() ?? "no acceptances");
}
