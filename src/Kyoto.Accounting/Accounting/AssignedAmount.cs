using System;
using System.Globalization;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// A Party's assigned amount for a commitment period: its QELRC (percentage of base-year emissions) × its base-year
/// emissions × the period multiplier, exact, and the amount recorded in whole tonnes.
/// </summary>
/// <remarks>
/// <para>
/// First period: Annex B percentage × base-year emissions × 5 (Art. 3.7). Second period: Annex B (as amended at Doha)
/// column 3 percentage × base-year emissions × 8 (Art. 3.7 bis). Parties fulfilling their commitments jointly are
/// assigned the levels of their agreement (Art. 4.1): in the first period the EU-15 Member States use their
/// burden-sharing share (Council Decision 2002/358/EC, from <see cref="JointFulfilment.EuFirstPeriod"/>) in place of
/// Annex B's 92 %; in the second period the EU Member States' and Iceland's levels are fixed in tonnes
/// (<see cref="RecordedEmissionLevel.EuSecondPeriod"/>), so the factories that look the percentage up refuse them. The exact product is <see cref="Exact"/>; the
/// assigned amount is recorded in whole tonnes after the initial review (decision 13/CMP.1 annex ¶2), which is a
/// rounding: <see cref="RecordedTonnes"/> rounds <see cref="Exact"/> once, through the library's named rounding step,
/// with the mode given to the factory (<see cref="Rounding"/>). <see cref="DefaultRounding"/> is nearest, half away from
/// zero: a documented choice (unverified), since decision 13/CMP.1 names no mode.
/// </para>
/// <para>
/// An amount is either computed from base-year emissions (the <c>Calculate</c> factories), or taken as recorded
/// (<see cref="FromRecorded"/>): the whole-tonne figure recorded in the compilation and accounting database after the
/// initial review (decision 13/CMP.1 annex ¶2), with its source, so that a registry can compute its commitment period
/// reserve (<see cref="CommitmentPeriodReserve"/>), the Art. 3.7 ter quantity, carry-over limits and AAU issuance from
/// the recorded figure without reconstructing a base year. For a recorded amount <see cref="IsRecorded"/> is true and
/// <see cref="BaseYearEmissions"/>, <see cref="QelrcPercent"/> and <see cref="Rounding"/> are null. Reference levels
/// of joint-fulfilment agreements are a different type (<see cref="RecordedEmissionLevel"/>). Later adjustments by
/// units (Art. 3.10–3.13) are not part of an assigned amount.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AssignedAmountJsonConverter))]
public sealed class AssignedAmount
{
    private AssignedAmount(Party party, CommitmentPeriod period, long recordedTonnes, string source)
    {
        Party = party;
        Period = period;
        RecordedTonnes = recordedTonnes;
        Exact = ExactCo2e.From(Co2e.FromTonnes(recordedTonnes, period.GwpSet));
        Source = source;
    }

    private AssignedAmount(Party party, CommitmentPeriod period, ExactCo2e baseYearEmissions, decimal qelrcPercent, TonneRounding rounding)
    {
        Party = party;
        Period = period;
        BaseYearEmissions = baseYearEmissions;
        QelrcPercent = qelrcPercent;
        Rounding = rounding;
        Exact = baseYearEmissions.MultiplyByPercent(qelrcPercent) * period.AssignedAmountMultiplier;
        RecordedTonnes = Exact.ToWholeTonnes(rounding);
    }

    /// <summary>
    /// Gets the rounding this library documents for recorded assigned amounts: to the nearest tonne, half away from
    /// zero. Decision 13/CMP.1 annex ¶2 records whole tonnes without naming a mode, so this is a documented choice (unverified):
    /// it is consistent with the levels of 2006/944/EC, but their published base years are rounded to 0.1 t, so they
    /// cannot tell the nearest-tonne modes apart.
    /// </summary>
    public static TonneRounding DefaultRounding => TonneRounding.NearestHalfAwayFromZero;

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the base-year emissions the amount was computed from, or null for a recorded amount (<see cref="IsRecorded"/>).</summary>
    public ExactCo2e? BaseYearEmissions { get; }

    /// <summary>Gets the QELRC used, as a percentage of base-year emissions (e.g. 92), or null for a recorded amount.</summary>
    public decimal? QelrcPercent { get; }

    /// <summary>Gets the rounding used for <see cref="RecordedTonnes"/>, or null for a recorded amount (nothing was rounded).</summary>
    public TonneRounding? Rounding { get; }

    /// <summary>Gets whether the amount was taken as recorded (<see cref="FromRecorded"/>) rather than computed.</summary>
    public bool IsRecorded => Source is not null;

    /// <summary>Gets the source of a recorded amount (e.g. the compilation and accounting database record or a legal act), or null for a computed one.</summary>
    public string? Source { get; }

    /// <summary>Gets the exact, unrounded assigned amount: QELRC % × base-year emissions × multiplier (for a recorded amount: the recorded tonnes).</summary>
    public ExactCo2e Exact { get; }

    /// <summary>Gets the assigned amount in whole tonnes, as recorded (decision 13/CMP.1 annex ¶2), rounded as <see cref="Rounding"/> says.</summary>
    public long RecordedTonnes { get; }

    /// <summary>Gets the recorded assigned amount as CO2-equivalent under the period's GWP set.</summary>
    public Co2e Recorded => Co2e.FromTonnes(RecordedTonnes, Period.GwpSet);

    /// <summary>
    /// Takes a Party's assigned amount as recorded in whole tonnes after the initial review (decision 13/CMP.1 annex ¶2;
    /// second period: as revised by decision 3/CMP.11 annex I ¶1), with the source of the figure.
    /// </summary>
    /// <param name="party">The Party: it has a commitment for the period (Annex B) or is a Party to a joint-fulfilment agreement for it.</param>
    /// <param name="period">The period.</param>
    /// <param name="recordedTonnes">The recorded assigned amount in whole tonnes, zero or more.</param>
    /// <param name="source">Where the figure is recorded, e.g. <c>"CAD record of 2016-…"</c> or a legal act; not empty.</param>
    /// <returns>The assigned amount, with <see cref="IsRecorded"/> true.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The Party has no commitment for the period, or <paramref name="source"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="recordedTonnes"/> is negative or beyond the range of <see cref="Co2e"/>.</exception>
    /// <example>
    /// <code>
    /// // New Zealand's recorded CP1 assigned amount; its reserve against a latest reviewed inventory of 80 Mt.
    /// var aa = AssignedAmount.FromRecorded(Party.FromCode("NZL"), CommitmentPeriod.First, 309_564_733, "initial review report");
    /// var reserve = CommitmentPeriodReserve.Calculate(aa, Co2e.FromTonnes(80_000_000L, GwpSet.Sar), CommitmentPeriodReserve.DefaultRounding);
    /// var registry = RegistryConfiguration.Empty.WithAssignedAmount(aa.Party, aa.Period, aa.RecordedTonnes).WithReserve(aa.Party, aa.Period, reserve.Tonnes);
    /// </code>
    /// </example>
    public static AssignedAmount FromRecorded(Party party, CommitmentPeriod period, long recordedTonnes, string source)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckNotNull(source, nameof(source));
        Preconditions.CheckArgument(source.Trim().Length > 0, nameof(source), "A recorded assigned amount names where it is recorded (decision 13/CMP.1 annex ¶2).");
        Preconditions.CheckArgument(
            party.HasCommitment(period) || JointFulfilment.TryFind(party, period, out _),
            nameof(party),
            string.Format(CultureInfo.InvariantCulture, "{0} has no quantified emission limitation or reduction commitment for {1}, so no assigned amount is recorded for it ({2}).", party.Name, period, period.Number == 1 ? "Art. 3.7" : "Art. 3.7 bis"));
        Preconditions.CheckArgumentRange(nameof(recordedTonnes), recordedTonnes, 0, long.MaxValue / Grams.PerTonne, "a recorded assigned amount is zero or more whole tonnes; decision 13/CMP.1 annex ¶2");
        return new AssignedAmount(party, period, recordedTonnes, source);
    }

    /// <summary>
    /// Computes an assigned amount from base-year emissions with the Party's commitment for their period: the Annex B
    /// QELRC, or for a Member State of the EU-15 bubble its burden-sharing share (Art. 4.1; 2002/358/EC).
    /// </summary>
    /// <param name="baseYearEmissions">The base-year emissions.</param>
    /// <param name="rounding">How the recorded whole-tonne amount is rounded (see <see cref="DefaultRounding"/>).</param>
    /// <returns>The assigned amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseYearEmissions"/> is null.</exception>
    /// <exception cref="ArgumentException">The Party has no QELRC for the period (Annex B).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The amount is outside the supported range.</exception>
    public static AssignedAmount Calculate(BaseYearEmissions baseYearEmissions, TonneRounding rounding)
    {
        Preconditions.CheckNotNull(baseYearEmissions, nameof(baseYearEmissions));
        return Calculate(baseYearEmissions.Party, baseYearEmissions.Period, baseYearEmissions.Total, rounding);
    }

    /// <summary>Computes an assigned amount from a stated base-year figure (e.g. from the Party's reviewed initial report) with its Annex B QELRC.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="baseYearEmissions">The base-year emissions under the period's GWP set.</param>
    /// <param name="rounding">How the recorded whole-tonne amount is rounded (see <see cref="DefaultRounding"/>).</param>
    /// <returns>The assigned amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="party"/> has no QELRC for <paramref name="period"/> (Annex B).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseYearEmissions"/> is negative, or <paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="baseYearEmissions"/> is not under the period's GWP set.</exception>
    /// <exception cref="OverflowException">The amount is outside the supported range.</exception>
    public static AssignedAmount Calculate(Party party, CommitmentPeriod period, ExactCo2e baseYearEmissions, TonneRounding rounding)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));

        // Art. 4.1: the Parties of a joint-fulfilment agreement are assigned the levels the agreement allocates,
        // not their Annex B percentages.
        if (period.Number == 2 && RecordedEmissionLevel.TryGetEuSecondPeriod(party, out RecordedEmissionLevel? joint))
        {
            Preconditions.ThrowArgument(
                nameof(party),
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} fulfils its second-period commitment jointly with the EU (Art. 4.1); its level is fixed in tonnes by the joint-fulfilment agreement ({1} t, OJ L 207/17 Annex 2), not a percentage of its base year. Use RecordedEmissionLevel.GetEuSecondPeriod, or the overload taking a stated percentage.",
                    party.Name,
                    joint.Tonnes));
        }

        decimal percent;
        if (period.Number == 1 && JointFulfilment.EuFirstPeriod.IsMember(party))
        {
            percent = JointFulfilment.EuFirstPeriod.GetLevel(party).CommitmentPercent!.Value;
        }
        else if (!party.TryGetQelrc(period, out percent))
        {
            Preconditions.ThrowArgument(
                nameof(party),
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} has no quantified emission limitation or reduction commitment for {1} ({2}), so it has no assigned amount for it ({3}).",
                    party.Name,
                    period,
                    period.Number == 1 ? "Protocol Annex B" : "Annex B as amended at Doha, column 3",
                    period.Number == 1 ? "Art. 3.7" : "Art. 3.7 bis"));
        }

        return Calculate(party, period, baseYearEmissions, percent, rounding);
    }

    /// <summary>
    /// Computes an assigned amount with a stated percentage, e.g. a burden-sharing share under Art. 4
    /// (Council Decision 2002/358/EC) instead of the Annex B QELRC.
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <param name="baseYearEmissions">The base-year emissions under the period's GWP set.</param>
    /// <param name="qelrcPercent">The percentage of base-year emissions, from 0 to 1000.</param>
    /// <param name="rounding">How the recorded whole-tonne amount is rounded (see <see cref="DefaultRounding"/>).</param>
    /// <returns>The assigned amount.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseYearEmissions"/> is negative, or <paramref name="qelrcPercent"/> or <paramref name="rounding"/> is out of range.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="baseYearEmissions"/> is not under the period's GWP set.</exception>
    /// <exception cref="OverflowException">The amount is outside the supported range.</exception>
    public static AssignedAmount Calculate(Party party, CommitmentPeriod period, ExactCo2e baseYearEmissions, decimal qelrcPercent, TonneRounding rounding)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        CheckNotNegative(baseYearEmissions, period, nameof(baseYearEmissions));
        Preconditions.CheckArgumentRange(nameof(qelrcPercent), qelrcPercent, 0m, 1000m, "a QELRC is a percentage of base-year emissions (Annex B)");
        CheckRounding(rounding, nameof(rounding));
        return new AssignedAmount(party, period, baseYearEmissions, qelrcPercent, rounding);
    }

    /// <summary>Formats the amount, e.g. <c>"DEU CP1 (2008–2012) assigned amount: 4868096694 t (exact 4868096694.2 tCO2e (SAR))"</c>.</summary>
    /// <returns>The formatted amount.</returns>
    public override string ToString() => IsRecorded
        ? string.Format(CultureInfo.InvariantCulture, "{0} {1} assigned amount: {2} t (recorded: {3})", Party.Code, Period, RecordedTonnes, Source)
        : string.Format(CultureInfo.InvariantCulture, "{0} {1} assigned amount: {2} t (exact {3})", Party.Code, Period, RecordedTonnes, Exact);

    internal static void CheckNotNegative(ExactCo2e value, CommitmentPeriod period, string paramName)
    {
        if (value.GwpSet is not null && !ReferenceEquals(value.GwpSet, period.GwpSet))
        {
            throw new GwpSetMismatchException(period.GwpSet, value.GwpSet);
        }

        if (value.Numerator < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Emissions used in accounting must not be negative.");
        }
    }

    internal static void CheckRounding(TonneRounding rounding, string paramName) => Quantities.Rounding.CheckDefined(rounding, paramName);
}
