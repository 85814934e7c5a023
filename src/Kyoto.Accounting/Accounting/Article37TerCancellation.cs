using System;
using System.Globalization;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The Art. 3.7 ter quantity: any positive difference between a Party's second-period assigned amount and eight times
/// its average annual emissions of 2008, 2009 and 2010, transferred to the Art. 3.7 ter cancellation account.
/// </summary>
/// <remarks>
/// <para>
/// Decision 2/CMP.11 ¶2 lets a Party take the 2008–2010 average (<see cref="Basis"/>) either over (a) the gases and
/// sources of Annex A — computed here from three years' emissions or inventory totals of the second period's basket,
/// without LULUCF — or (b) the same gases, sectors and source categories as its second-period assigned amount — an
/// average the Party states (<see cref="CalculateFromStatedAverage"/>), e.g. including deforestation when its base year
/// includes it. The average is exact (a third of the three-year sum). The difference is taken between the recorded
/// (whole-tonne) assigned amount and the exact reference amount, and rounded once to whole units with the stated mode
/// (<see cref="Rounding"/>); a difference that is not positive gives zero. Decision 2/CMP.11 ¶1 applies the rule also
/// to Parties without a first-period target (and ¶3 adds back part of the cancelled quantity at their true-up; see
/// <c>TrueUp.AssessWithArticle37TerAddBack</c>). For the EU, its Member States and Iceland it applies to the joint
/// assigned amount only, not to each member: that rule comes from the joint declaration of 8 December 2012 and the
/// EU–Iceland joint-fulfilment agreement (OJ L 207/17, 2015, preamble and Annex 2 ¶2), not from decision 2/CMP.11 —
/// pass the joint figures. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Article37TerCancellationJsonConverter))]
public sealed class Article37TerCancellation
{
    internal Article37TerCancellation(AssignedAmount assignedAmount, ExactCo2e averageEmissions, Article37TerAverageBasis basis, TonneRounding rounding)
    {
        AssignedAmount = assignedAmount;
        Basis = basis;
        AverageEmissions2008To2010 = averageEmissions;
        ReferenceAmount = averageEmissions * assignedAmount.Period.AssignedAmountMultiplier;
        Difference = ExactCo2e.From(assignedAmount.Recorded) - ReferenceAmount;
        Rounding = rounding;
        CancellationTonnes = Difference.Numerator > 0 ? Difference.ToWholeTonnes(rounding) : 0;
    }

    /// <summary>Gets the second-period assigned amount.</summary>
    public AssignedAmount AssignedAmount { get; }

    /// <summary>Gets which emissions the average covers: option (a) or (b) of decision 2/CMP.11 ¶2.</summary>
    public Article37TerAverageBasis Basis { get; }

    /// <summary>Gets the average annual emissions of 2008, 2009 and 2010, exact.</summary>
    public ExactCo2e AverageEmissions2008To2010 { get; }

    /// <summary>Gets eight times the average: the amount Art. 3.7 ter compares the assigned amount with.</summary>
    public ExactCo2e ReferenceAmount { get; }

    /// <summary>Gets the recorded assigned amount minus <see cref="ReferenceAmount"/>, exact (may be negative).</summary>
    public ExactCo2e Difference { get; }

    /// <summary>Gets the rounding used for <see cref="CancellationTonnes"/>.</summary>
    public TonneRounding Rounding { get; }

    /// <summary>Gets the whole units to transfer to the Art. 3.7 ter cancellation account (zero unless the difference is positive).</summary>
    public long CancellationTonnes { get; }

    /// <summary>Computes the Art. 3.7 ter quantity from the three years' emissions over the Annex A gases and sources (decision 2/CMP.11 ¶2(a)).</summary>
    /// <param name="assignedAmount">The second-period assigned amount.</param>
    /// <param name="emissions2008">The Party's 2008 emissions (second period's GWP set and basket, without LULUCF).</param>
    /// <param name="emissions2009">The Party's 2009 emissions.</param>
    /// <param name="emissions2010">The Party's 2010 emissions.</param>
    /// <param name="rounding">How the whole-unit quantity is rounded.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignedAmount"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assignedAmount"/> is not for the second period, or is a member's of the EU joint fulfilment (Art. 3.7 ter).</exception>
    /// <exception cref="ArgumentOutOfRangeException">An emission figure is negative, or <paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="GwpSetMismatchException">An emission figure is not under the second period's GWP set.</exception>
    public static Article37TerCancellation Calculate(AssignedAmount assignedAmount, Co2e emissions2008, Co2e emissions2009, Co2e emissions2010, TonneRounding rounding)
    {
        CheckAssignedAmount(assignedAmount);
        AssignedAmount.CheckNotNegative(ExactCo2e.From(emissions2008), assignedAmount.Period, nameof(emissions2008));
        AssignedAmount.CheckNotNegative(ExactCo2e.From(emissions2009), assignedAmount.Period, nameof(emissions2009));
        AssignedAmount.CheckNotNegative(ExactCo2e.From(emissions2010), assignedAmount.Period, nameof(emissions2010));
        AssignedAmount.CheckRounding(rounding, nameof(rounding));
        ExactCo2e sum = ExactCo2e.From(emissions2008) + ExactCo2e.From(emissions2009) + ExactCo2e.From(emissions2010);
        return new Article37TerCancellation(assignedAmount, sum.DivideBy(3), Article37TerAverageBasis.AnnexAGasesAndSources, rounding);
    }

    /// <summary>
    /// Computes the Art. 3.7 ter quantity from an average of 2008–2010 the Party states over the same gases, sectors and
    /// source categories as those used for its second-period assigned amount (decision 2/CMP.11 ¶2(b)).
    /// </summary>
    /// <param name="assignedAmount">The second-period assigned amount.</param>
    /// <param name="averageEmissions2008To2010">The stated average annual emissions of 2008, 2009 and 2010, under the second period's GWP set.</param>
    /// <param name="rounding">How the whole-unit quantity is rounded.</param>
    /// <returns>The quantity, with <see cref="Basis"/> = <see cref="Article37TerAverageBasis.SameScopeAsAssignedAmount"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="assignedAmount"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="assignedAmount"/> is not for the second period, or is a member's of the EU joint fulfilment.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The average is negative, or <paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="GwpSetMismatchException">The average is not under the second period's GWP set.</exception>
    public static Article37TerCancellation CalculateFromStatedAverage(AssignedAmount assignedAmount, ExactCo2e averageEmissions2008To2010, TonneRounding rounding)
    {
        CheckAssignedAmount(assignedAmount);
        AssignedAmount.CheckNotNegative(averageEmissions2008To2010, assignedAmount.Period, nameof(averageEmissions2008To2010));
        AssignedAmount.CheckRounding(rounding, nameof(rounding));
        return new Article37TerCancellation(assignedAmount, averageEmissions2008To2010, Article37TerAverageBasis.SameScopeAsAssignedAmount, rounding);
    }

    /// <summary>Computes the Art. 3.7 ter quantity with the emissions of 2008–2010 read from inventory totals (Annex A gases and sources, decision 2/CMP.11 ¶2(a)).</summary>
    /// <param name="assignedAmount">The second-period assigned amount.</param>
    /// <param name="totals">Totals for the second period, without LULUCF, holding 2008, 2009 and 2010 for the Party.</param>
    /// <param name="rounding">How the whole-unit quantity is rounded.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The assigned amount or the totals are not for the second period, the totals include LULUCF, or a year is missing.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    public static Article37TerCancellation Calculate(AssignedAmount assignedAmount, EmissionTotals totals, TonneRounding rounding)
    {
        Preconditions.CheckNotNull(assignedAmount, nameof(assignedAmount));
        Preconditions.CheckNotNull(totals, nameof(totals));
        Preconditions.CheckArgument(
            ReferenceEquals(totals.Period, CommitmentPeriod.Second) && totals.Lulucf == LulucfInclusion.Excluded,
            nameof(totals),
            "Art. 3.7 ter compares with emissions under the second period's GWP set and basket, without LULUCF; these totals are " + totals + ".");
        return Calculate(assignedAmount, totals.Get(assignedAmount.Party, 2008), totals.Get(assignedAmount.Party, 2009), totals.Get(assignedAmount.Party, 2010), rounding);
    }

    private static void CheckAssignedAmount(AssignedAmount assignedAmount)
    {
        Preconditions.CheckNotNull(assignedAmount, nameof(assignedAmount));
        Preconditions.CheckArgument(ReferenceEquals(assignedAmount.Period, CommitmentPeriod.Second), nameof(assignedAmount), "Art. 3.7 ter applies to the second-period assigned amount; this one is for " + assignedAmount.Period + ".");
        Preconditions.CheckArgument(
            !JointFulfilment.EuSecondPeriod.IsMember(assignedAmount.Party),
            nameof(assignedAmount),
            "For the EU, its Member States and Iceland, Art. 3.7 ter applies to the joint assigned amount only, not to each member (joint declaration of 8 December 2012; EU–Iceland joint-fulfilment agreement, OJ L 207/17, preamble and Annex 2 ¶2); " + assignedAmount.Party.Name + " is a member of the joint fulfilment.");
    }

    /// <summary>Formats the quantity, e.g. <c>"POL Art. 3.7 ter: 0 t (difference …)"</c>.</summary>
    /// <returns>The formatted quantity.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} Art. 3.7 ter: {1} t (difference {2})", AssignedAmount.Party.Code, CancellationTonnes, Difference);
}
