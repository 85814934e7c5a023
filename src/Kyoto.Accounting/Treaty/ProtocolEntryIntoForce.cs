using System.Collections.Generic;
using Kyoto.Accounting.Quantities;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// When the Protocol enters into force under Art. 25.1, and why: the date on which at least 55 Parties, including
/// Annex I Parties with at least 55 % of the Annex I Parties' total 1990 CO2 emissions, had deposited their
/// instruments, and the ninetieth day after it.
/// </summary>
/// <remarks>
/// <para>
/// Conditions are evaluated at the end of each date of deposit, so all instruments deposited on one date count
/// together; the "deposit" that fulfils the conditions is that date, and <see cref="EntryIntoForceTally.DepositsOnDate"/>
/// lists its instruments. A REIO's instrument is not counted as additional to its member States' (Art. 25.4).
/// </para>
/// <para>
/// A record whose conditions are not met yet is an expected state, not an error: <see cref="ConditionsMet"/> is
/// false, the dates are null, and <see cref="Latest"/> says how far the deposits got. This type is immutable
/// and thread-safe.
/// </para>
/// </remarks>
public sealed class ProtocolEntryIntoForce
{
    private ProtocolEntryIntoForce(EntryIntoForceTally? partyCountMet, EntryIntoForceTally? emissionsShareMet, EntryIntoForceTally? latest)
    {
        PartyCountMet = partyCountMet;
        EmissionsShareMet = emissionsShareMet;
        Latest = latest;
    }

    /// <summary>Gets whether both conditions of Art. 25.1 have been met.</summary>
    public bool ConditionsMet => PartyCountMet is not null && EmissionsShareMet is not null;

    /// <summary>Gets the date of deposit on which both conditions were first met, or null.</summary>
    public LocalDate? ConditionsMetOn => ConditionsMet ? Latest!.Date : null;

    /// <summary>Gets the date the Protocol enters into force, the ninetieth day after <see cref="ConditionsMetOn"/>, or null.</summary>
    public LocalDate? EntryIntoForce => ConditionsMetOn?.PlusDays(KyotoProtocol.DaysUntilEntryIntoForce);

    /// <summary>Gets the tally on the date the count of 55 Parties was first met, or null if it has not been.</summary>
    public EntryIntoForceTally? PartyCountMet { get; }

    /// <summary>Gets the tally on the date the 55 % share was first met, or null if it has not been.</summary>
    public EntryIntoForceTally? EmissionsShareMet { get; }

    /// <summary>
    /// Gets the tally on <see cref="ConditionsMetOn"/> if the conditions are met, otherwise after the last
    /// deposit; null if there are no deposits.
    /// </summary>
    public EntryIntoForceTally? Latest { get; }

    /// <summary>Gets which condition was met last (completing the conditions), or null if they are not met.</summary>
    public EntryIntoForceCondition? LastConditionMet =>
        !ConditionsMet ? null
        : PartyCountMet!.Date == EmissionsShareMet!.Date ? EntryIntoForceCondition.Both
        : PartyCountMet.Date > EmissionsShareMet.Date ? EntryIntoForceCondition.PartyCount
        : EntryIntoForceCondition.EmissionsShare;

    /// <summary>Gets the date of entry into force, if the conditions have been met.</summary>
    /// <param name="date">The date of entry into force, or the default date if not met.</param>
    /// <returns>True if the conditions have been met.</returns>
    public bool TryGetEntryIntoForce(out LocalDate date)
    {
        date = EntryIntoForce.GetValueOrDefault();
        return ConditionsMet;
    }

    /// <summary>
    /// Formats the explanation culture-invariantly, e.g. <c>"In force on 2005-02-16, 90 days after 2004-11-18
    /// (emissions share met last). 55 Parties: 2002-05-31: …; 55 %: 2004-11-18: …"</c>.
    /// </summary>
    /// <returns>The formatted explanation.</returns>
    public override string ToString()
    {
        if (!ConditionsMet)
        {
            return Latest is null ? "Not in force: no instruments deposited." : "Not in force. Latest: " + Latest.ToString();
        }

        return TreatyChecks.Format(
            "In force on {0}, 90 days after {1} ({2} met last). 55 Parties: {3}; 55 %: {4}",
            TreatyChecks.Format(EntryIntoForce!.Value),
            TreatyChecks.Format(ConditionsMetOn!.Value),
            LastConditionMet!.Value,
            PartyCountMet,
            EmissionsShareMet);
    }

    /// <summary>Evaluates Art. 25.1 over deposits ordered by date.</summary>
    internal static ProtocolEntryIntoForce Compute(IReadOnlyList<Deposit> depositsByDate, AnnexIEmissions1990 emissions)
    {
        int count = 0;
        GasMass covered = GasMass.Zero;
        EntryIntoForceTally? partyCountMet = null;
        EntryIntoForceTally? emissionsShareMet = null;
        EntryIntoForceTally? latest = null;
        foreach ((LocalDate date, var deposits) in DateGroups.ByDate(depositsByDate, d => d.Date))
        {
            foreach (Deposit deposit in deposits)
            {
                if (deposit.Party.IsReio)
                {
                    continue; // Art. 25.4: not counted as additional to its member States' instruments.
                }

                count++;
                if (emissions.TryGetEmissions(deposit.Party, out GasMass co2))
                {
                    covered += co2;
                }
            }

            latest = new EntryIntoForceTally(date, deposits, count, covered, emissions.Total);
            partyCountMet ??= latest.MeetsPartyCount ? latest : null;
            emissionsShareMet ??= latest.MeetsEmissionsShare ? latest : null;
            if (partyCountMet is not null && emissionsShareMet is not null)
            {
                break;
            }
        }

        return new ProtocolEntryIntoForce(partyCountMet, emissionsShareMet, latest);
    }
}
