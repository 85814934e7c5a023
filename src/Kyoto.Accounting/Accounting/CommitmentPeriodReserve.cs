using System;
using System.Globalization;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The commitment period reserve: the holdings a Party must keep for the period, the lower of 90% of its assigned
/// amount and 100% of the period multiplier × its most recently reviewed inventory (decision 11/CMP.1 annex ¶6).
/// </summary>
/// <remarks>
/// <para>
/// First period: the lower of 90% of the assigned amount and 5 × the latest reviewed inventory. Second period: the same
/// with 8 ×. Second period with Art. 3.7 ter: the lower of 90% of 8 × the average annual emissions of 2008–2010 and
/// 8 × the latest reviewed inventory (decision 13/CMP.1 annex ¶8 quinquies as amended) — see
/// <see cref="CalculateWithArticle37Ter"/>. The assigned amount used is the recorded (whole-tonne) one.
/// </para>
/// <para>
/// Both limits are exact; the lower one is rounded once to the nearest whole tonne, as the reserve is recorded
/// (secondary source); the rule does not say how halves round, so the mode is a parameter and
/// <see cref="DefaultRounding"/> documents the library's choice. Track-2 ERUs not counting against the reserve
/// (decision 9/CMP.1 ¶41) is a registry rule, not part of this figure. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CommitmentPeriodReserveJsonConverter))]
public sealed class CommitmentPeriodReserve
{
    internal CommitmentPeriodReserve(Party party, CommitmentPeriod period, ExactCo2e assignedAmountLimit, ExactCo2e inventoryLimit, bool article37Ter, TonneRounding rounding)
    {
        Party = party;
        Period = period;
        AssignedAmountLimit = assignedAmountLimit;
        InventoryLimit = inventoryLimit;
        IsArticle37TerVariant = article37Ter;
        Rounding = rounding;
        Exact = assignedAmountLimit <= inventoryLimit ? assignedAmountLimit : inventoryLimit;
        Tonnes = Exact.ToWholeTonnes(rounding);
    }

    /// <summary>Gets the rounding this library documents for the reserve: to the nearest tonne, half away from zero.</summary>
    public static TonneRounding DefaultRounding => TonneRounding.NearestHalfAwayFromZero;

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets 90% of the assigned amount (or, in the Art. 3.7 ter variant, of 8 × the 2008–2010 average), exact.</summary>
    public ExactCo2e AssignedAmountLimit { get; }

    /// <summary>Gets 100% of the period multiplier × the latest reviewed inventory, exact.</summary>
    public ExactCo2e InventoryLimit { get; }

    /// <summary>Gets whether the Art. 3.7 ter variant was used.</summary>
    public bool IsArticle37TerVariant { get; }

    /// <summary>Gets the rounding used for <see cref="Tonnes"/>.</summary>
    public TonneRounding Rounding { get; }

    /// <summary>Gets the lower of the two limits, exact and unrounded.</summary>
    public ExactCo2e Exact { get; }

    /// <summary>Gets the reserve in whole tonnes, rounded as <see cref="Rounding"/> says.</summary>
    public long Tonnes { get; }

    /// <summary>Computes the reserve from the assigned amount and the latest reviewed inventory.</summary>
    /// <param name="assignedAmount">The Party's assigned amount for the period.</param>
    /// <param name="latestInventory">The Party's emissions in its most recently reviewed inventory year, under the period's GWP set and basket.</param>
    /// <param name="rounding">How the reserve is rounded to whole tonnes (see <see cref="DefaultRounding"/>).</param>
    /// <returns>The reserve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignedAmount"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latestInventory"/> is negative, or <paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="latestInventory"/> is not under the period's GWP set.</exception>
    public static CommitmentPeriodReserve Calculate(AssignedAmount assignedAmount, Co2e latestInventory, TonneRounding rounding)
    {
        Preconditions.CheckNotNull(assignedAmount, nameof(assignedAmount));
        return Create(assignedAmount, ExactCo2e.From(assignedAmount.Recorded), latestInventory, false, rounding);
    }

    /// <summary>Computes the second-period reserve of a Party to which Art. 3.7 ter applies (decision 13/CMP.1 annex ¶8 quinquies).</summary>
    /// <param name="article37Ter">The Party's Art. 3.7 ter calculation.</param>
    /// <param name="latestInventory">The Party's emissions in its most recently reviewed inventory year, under the second period's GWP set and basket.</param>
    /// <param name="rounding">How the reserve is rounded to whole tonnes (see <see cref="DefaultRounding"/>).</param>
    /// <returns>The reserve.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article37Ter"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="article37Ter"/> cancels nothing, so the variant does not apply.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="latestInventory"/> is negative, or <paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="latestInventory"/> is not under the period's GWP set.</exception>
    public static CommitmentPeriodReserve CalculateWithArticle37Ter(Article37TerCancellation article37Ter, Co2e latestInventory, TonneRounding rounding)
    {
        Preconditions.CheckNotNull(article37Ter, nameof(article37Ter));
        Preconditions.CheckArgument(
            article37Ter.CancellationTonnes > 0,
            nameof(article37Ter),
            "Art. 3.7 ter cancels nothing for " + article37Ter.AssignedAmount.Party.Name + ", so the reserve variant of decision 13/CMP.1 annex ¶8 quinquies does not apply; use Calculate with the assigned amount.");
        return Create(article37Ter.AssignedAmount, article37Ter.ReferenceAmount, latestInventory, true, rounding);
    }

    /// <summary>Formats the reserve, e.g. <c>"DEU CP1 (2008–2012) reserve: 123 t"</c>.</summary>
    /// <returns>The formatted reserve.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} reserve: {2} t{3}", Party.Code, Period, Tonnes, IsArticle37TerVariant ? " (Art. 3.7 ter)" : string.Empty);

    private static CommitmentPeriodReserve Create(AssignedAmount assignedAmount, ExactCo2e amountBasis, Co2e latestInventory, bool article37Ter, TonneRounding rounding)
    {
        CommitmentPeriod period = assignedAmount.Period;
        AssignedAmount.CheckNotNegative(ExactCo2e.From(latestInventory), period, nameof(latestInventory));
        AssignedAmount.CheckRounding(rounding, nameof(rounding));
        ExactCo2e ninetyPercent = amountBasis.MultiplyByPercent(90m);
        ExactCo2e inventoryLimit = ExactCo2e.From(latestInventory) * period.AssignedAmountMultiplier;
        return new CommitmentPeriodReserve(assignedAmount.Party, period, ninetyPercent, inventoryLimit, article37Ter, rounding);
    }
}
