using System;
using System.Collections.Generic;
using System.Globalization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Treaty;
using NodaTime;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// The true-up after the additional period for fulfilling commitments: assesses whether a Party complies with Art. 3.1
/// for a commitment period, and lists the consequences of any excess emissions (Art. 18; decision 27/CMP.1 annex XV ¶5).
/// </summary>
/// <remarks>
/// <para>
/// The assessment date is explicit; there is no clock. An assessment on or before
/// <see cref="CommitmentPeriod.AdditionalPeriodEnd"/> (the 100th day after the review-completion date; decision 27/CMP.1
/// annex XIII) is refused with <see cref="ArgumentOutOfRangeException"/>: until then a Party may still retire units
/// (decision 13/CMP.1 annex ¶13–14), so no provisional result is given.
/// </para>
/// <para>
/// Reviewed emissions are compared in whole tonnes, the unit of the compilation and accounting database. A
/// <see cref="Co2e"/> figure must therefore be a whole number of tonnes, under the period's GWP set (Art. 5.3), and
/// non-negative; a fractional figure is refused rather than rounded (round it first with
/// <see cref="Co2e.ToWholeTonnes"/> and the mode you need). The Party must have a commitment for the period (Annex B).
/// </para>
/// <para>This type is stateless and thread-safe.</para>
/// </remarks>
public static class TrueUp
{
    /// <summary>Assesses a Party's compliance with Art. 3.1 for a period from its reviewed emissions and the units it retired.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="reviewedEmissions">The reviewed aggregate emissions for the period: whole tonnes, under the period's GWP set, not negative.</param>
    /// <param name="retiredUnits">The units valid for the period that the Party retired.</param>
    /// <param name="assessmentDate">The date of the assessment, after <see cref="CommitmentPeriod.AdditionalPeriodEnd"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/>, <paramref name="period"/> or <paramref name="retiredUnits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has no commitment for <paramref name="period"/>, or <paramref name="reviewedEmissions"/> is not a whole number of tonnes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewedEmissions"/> is negative, or <paramref name="assessmentDate"/> is not after the additional period.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="reviewedEmissions"/> is not under the period's GWP set (Art. 5.3).</exception>
    public static ComplianceAssessment Assess(Party party, CommitmentPeriod period, Co2e reviewedEmissions, RetiredUnits retiredUnits, LocalDate assessmentDate)
    {
        CheckPartyAndPeriod(party, period, assessmentDate);
        Preconditions.CheckNotNull(retiredUnits, nameof(retiredUnits));
        long tonnes = WholeTonnes(reviewedEmissions, period, nameof(reviewedEmissions), party);
        return new ComplianceAssessment(party, period, assessmentDate, ComplianceBasis.RetiredUnits, tonnes, retiredUnits.CountedTonnes, retiredUnits);
    }

    /// <summary>Assesses a Party's compliance with Art. 3.1 for a period from its reviewed emissions in whole tonnes and the units it retired.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="reviewedEmissionsTonnes">The reviewed aggregate emissions for the period in whole tonnes CO2e, not negative.</param>
    /// <param name="retiredUnits">The units valid for the period that the Party retired.</param>
    /// <param name="assessmentDate">The date of the assessment, after <see cref="CommitmentPeriod.AdditionalPeriodEnd"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/>, <paramref name="period"/> or <paramref name="retiredUnits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has no commitment for <paramref name="period"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewedEmissionsTonnes"/> is negative or beyond the range of <see cref="Co2e"/>, or <paramref name="assessmentDate"/> is not after the additional period.</exception>
    public static ComplianceAssessment Assess(Party party, CommitmentPeriod period, long reviewedEmissionsTonnes, RetiredUnits retiredUnits, LocalDate assessmentDate)
    {
        CheckPartyAndPeriod(party, period, assessmentDate);
        Preconditions.CheckNotNull(retiredUnits, nameof(retiredUnits));
        CheckTonnes(reviewedEmissionsTonnes, nameof(reviewedEmissionsTonnes));
        return new ComplianceAssessment(party, period, assessmentDate, ComplianceBasis.RetiredUnits, reviewedEmissionsTonnes, retiredUnits.CountedTonnes, retiredUnits);
    }

    /// <summary>
    /// Assesses the second-period compliance of an economy in transition without a first-period commitment (Belarus,
    /// Kazakhstan) that cancelled AAUs under Art. 3.7 ter: decision 2/CMP.11 ¶3 adds to the AAUs taken into account for the
    /// assessment (decision 13/CMP.1 annex ¶14) the positive difference between its second-period emissions and its
    /// assigned amount adjusted under Art. 3.7 ter, limited to the AAUs it cancelled under Art. 3.7 ter
    /// (<see cref="ComplianceAssessment.Article37TerAddBackTonnes"/>).
    /// </summary>
    /// <param name="party">The Party: an economy in transition with a second-period commitment and none in the first period.</param>
    /// <param name="reviewedEmissionsTonnes">The reviewed aggregate emissions for the second period in whole tonnes, not negative.</param>
    /// <param name="retiredUnits">The units valid for the second period that the Party retired.</param>
    /// <param name="assignedAmountTonnes">The Party's recorded second-period assigned amount (before the Art. 3.7 ter cancellation), whole tonnes.</param>
    /// <param name="article37TerCancelledTonnes">The AAUs the Party cancelled under Art. 3.7 ter, at most <paramref name="assignedAmountTonnes"/>.</param>
    /// <param name="assessmentDate">The date of the assessment, after the second period's additional period.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="retiredUnits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> is not an economy in transition with a second-period commitment and none in the first (2/CMP.11 ¶3).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quantity is negative or the cancelled AAUs exceed the assigned amount, or <paramref name="assessmentDate"/> is not after the additional period.</exception>
    /// <example>
    /// <code>
    /// // Kazakhstan: AA 7,600, 2,000 AAUs cancelled under Art. 3.7 ter (adjusted AA 5,600); emissions 6,000; 5,600 AAUs retired.
    /// // 2/CMP.11 ¶3 adds min(6,000 − 5,600, 2,000) = 400: in compliance.
    /// var kaz = TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("KAZ"), 6_000, retired, 7_600, 2_000, new LocalDate(2023, 9, 10));
    /// </code>
    /// </example>
    public static ComplianceAssessment AssessWithArticle37TerAddBack(Party party, long reviewedEmissionsTonnes, RetiredUnits retiredUnits, long assignedAmountTonnes, long article37TerCancelledTonnes, LocalDate assessmentDate)
    {
        CommitmentPeriod period = CommitmentPeriod.Second;
        CheckPartyAndPeriod(party, period, assessmentDate);
        Preconditions.CheckNotNull(retiredUnits, nameof(retiredUnits));
        Preconditions.CheckArgument(
            party.IsEconomyInTransition && party.HasCommitment(period) && !party.HasCommitment(CommitmentPeriod.First),
            nameof(party),
            string.Format(CultureInfo.InvariantCulture, "Decision 2/CMP.11 ¶3 applies to Parties undergoing the process of transition to a market economy without a first-period commitment (Belarus, Kazakhstan); {0} is not one. Use Assess.", party.Name));
        CheckTonnes(reviewedEmissionsTonnes, nameof(reviewedEmissionsTonnes));
        Preconditions.CheckArgumentRange(nameof(assignedAmountTonnes), assignedAmountTonnes, 0, long.MaxValue / Grams.PerTonne, "a recorded assigned amount is zero or more whole tonnes; Art. 3.7 bis");
        Preconditions.CheckArgumentRange(nameof(article37TerCancelledTonnes), article37TerCancelledTonnes, 0, assignedAmountTonnes, "the AAUs cancelled under Art. 3.7 ter are zero or more and at most the assigned amount");
        long adjusted = assignedAmountTonnes - article37TerCancelledTonnes;
        long difference = reviewedEmissionsTonnes > adjusted ? reviewedEmissionsTonnes - adjusted : 0;
        long addBack = Math.Min(difference, article37TerCancelledTonnes);
        return new ComplianceAssessment(party, period, assessmentDate, ComplianceBasis.RetiredUnits, reviewedEmissionsTonnes, retiredUnits.CountedTonnes, retiredUnits, addBack);
    }

    /// <summary>
    /// Assesses a Party's compliance with Art. 3.1 for a period from its reviewed emissions and the units valid for the
    /// period in its retirement accounts at the end of the additional period (<see cref="RetiredUnits.FromLedger"/>).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="reviewedEmissions">The reviewed aggregate emissions for the period: whole tonnes, under the period's GWP set, not negative.</param>
    /// <param name="ledger">The ledger of the Party's national registry.</param>
    /// <param name="assessmentDate">The date of the assessment, after <see cref="CommitmentPeriod.AdditionalPeriodEnd"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/>, <paramref name="period"/> or <paramref name="ledger"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has no commitment for <paramref name="period"/>, <paramref name="reviewedEmissions"/> is not a whole number of tonnes, or the ledger has no retirement account of the Party for the period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reviewedEmissions"/> is negative, or <paramref name="assessmentDate"/> is not after the additional period.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="reviewedEmissions"/> is not under the period's GWP set (Art. 5.3).</exception>
    public static ComplianceAssessment Assess(Party party, CommitmentPeriod period, Co2e reviewedEmissions, Ledger ledger, LocalDate assessmentDate)
    {
        CheckPartyAndPeriod(party, period, assessmentDate);
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        long tonnes = WholeTonnes(reviewedEmissions, period, nameof(reviewedEmissions), party);
        RetiredUnits retired = RetiredUnits.FromLedger(ledger, party, period);
        return new ComplianceAssessment(party, period, assessmentDate, ComplianceBasis.RetiredUnits, tonnes, retired.CountedTonnes, retired);
    }

    /// <summary>
    /// Assesses a joint-fulfilment agreement on units (Art. 4.1, 4.5, 4.6; decision 13/CMP.1 annex ¶14): met jointly iff
    /// the participants' combined reviewed emissions do not exceed the units they retired for the period — their
    /// assigned amounts as adjusted under Art. 3.10–3.12, not the bare levels; otherwise each participant answers on its
    /// own retirement account. See <see cref="JointComplianceAssessment"/>.
    /// </summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="reviewedEmissions">Each participant's reviewed emissions for the period (<see cref="JointFulfilment.Participants"/>: the members and, in the second period, the EU with its EU ETS emissions): whole tonnes, under the period's GWP set, not negative.</param>
    /// <param name="retiredUnits">Each participant's units valid for the period in its retirement account; the same Parties.</param>
    /// <param name="assessmentDate">The date of the assessment, after the additional period of the agreement's period.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A participant is missing from either dictionary, a Party is not a participant, or a figure is negative or not a whole number of tonnes.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="assessmentDate"/> is not after the additional period.</exception>
    /// <exception cref="GwpSetMismatchException">A figure is not under the period's GWP set (Art. 5.3).</exception>
    public static JointComplianceAssessment AssessJointly(JointFulfilment agreement, IReadOnlyDictionary<Party, Co2e> reviewedEmissions, IReadOnlyDictionary<Party, RetiredUnits> retiredUnits, LocalDate assessmentDate)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        Preconditions.CheckNotNull(reviewedEmissions, nameof(reviewedEmissions));
        Preconditions.CheckNotNull(retiredUnits, nameof(retiredUnits));
        CheckAfterAdditionalPeriod(agreement.Period, assessmentDate);
        agreement.CheckParticipants(reviewedEmissions.Keys, nameof(reviewedEmissions));
        agreement.CheckParticipants(retiredUnits.Keys, nameof(retiredUnits));
        var participants = new List<ComplianceAssessment>();
        foreach (Party party in agreement.Participants)
        {
            Preconditions.CheckArgument(reviewedEmissions.TryGetValue(party, out Co2e emitted), nameof(reviewedEmissions), "The reviewed emissions of " + party.Name + " are missing; the joint test needs every participant's (Art. 4.1).");
            Preconditions.CheckArgument(retiredUnits.TryGetValue(party, out RetiredUnits? retired) && retired is not null, nameof(retiredUnits), "The retired units of " + party.Name + " are missing; the joint test needs every participant's retirement account (Art. 4.1; decision 13/CMP.1 annex ¶14).");
            long tonnes = WholeTonnes(emitted, agreement.Period, nameof(reviewedEmissions), party);
            participants.Add(new ComplianceAssessment(party, agreement.Period, assessmentDate, ComplianceBasis.RetiredUnits, tonnes, retired!.CountedTonnes, retired));
        }

        return new JointComplianceAssessment(agreement, assessmentDate, participants);
    }

    /// <summary>
    /// Returns whether a Party's compliance with Art. 3.1 for a period is to be assessed at all: it must be bound by the
    /// Protocol on the last day of the period (Art. 25, 27). A State that never ratified (the United States) or whose
    /// withdrawal took effect during the period (Canada, 15 December 2012) is not. The <c>Assess</c> methods do not know
    /// the treaty record; callers that hold one check this first.
    /// </summary>
    /// <param name="treaty">The treaty record.</param>
    /// <param name="party">The Party.</param>
    /// <param name="period">The commitment period.</param>
    /// <returns>True if the Party is bound by the Protocol on the period's last day.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool IsAssessable(TreatyRecord treaty, Party party, CommitmentPeriod period)
    {
        Preconditions.CheckNotNull(treaty, nameof(treaty));
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        return treaty.IsBound(TreatyParty.FromParty(party), period.Dates.End);
    }

    private static void CheckPartyAndPeriod(Party party, CommitmentPeriod period, LocalDate assessmentDate)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckArgument(
            party.HasCommitment(period) || JointFulfilment.TryFind(party, period, out _),
            nameof(party),
            string.Format(CultureInfo.InvariantCulture, "{0} has no quantified commitment for {1} (Annex B; Art. 3.1), so it has no compliance to assess.", party.Name, period));
        CheckAfterAdditionalPeriod(period, assessmentDate);
    }

    private static void CheckAfterAdditionalPeriod(CommitmentPeriod period, LocalDate assessmentDate)
    {
        if (assessmentDate <= period.AdditionalPeriodEnd)
        {
            throw new ArgumentOutOfRangeException(
                nameof(assessmentDate),
                assessmentDate,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "Compliance with Art. 3.1 for {0} is assessed after the additional period for fulfilling commitments, which ends on {1:yyyy-MM-dd} (decision 27/CMP.1 annex XIII); until then units may still be retired (decision 13/CMP.1 annex ¶13–14).",
                    period,
                    period.AdditionalPeriodEnd));
        }
    }

    private static long WholeTonnes(Co2e emissions, CommitmentPeriod period, string paramName, Party party)
    {
        if (emissions.GwpSet is { } set && !ReferenceEquals(set, period.GwpSet))
        {
            throw new GwpSetMismatchException(period.GwpSet, set);
        }

        if (emissions.Grams < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, emissions, string.Format(CultureInfo.InvariantCulture, "The reviewed emissions of {0} must not be negative (Art. 3.1).", party.Name));
        }

        Preconditions.CheckArgument(
            emissions.Grams % Grams.PerTonne == 0,
            paramName,
            string.Format(CultureInfo.InvariantCulture, "The reviewed emissions of {0} ({1}) are not a whole number of tonnes; compliance compares whole units (one unit = one tonne, decision 13/CMP.1 annex ¶13). Round them with Co2e.ToWholeTonnes and the mode you need.", party.Name, emissions));
        return emissions.Grams / Grams.PerTonne;
    }

    private static void CheckTonnes(long tonnes, string paramName) =>
        Preconditions.CheckArgumentRange(paramName, tonnes, 0, long.MaxValue / Grams.PerTonne, "reviewed emissions are zero or more and within the range of Co2e; Art. 3.1");
}
