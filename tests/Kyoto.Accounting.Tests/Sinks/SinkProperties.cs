using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using static Kyoto.Accounting.Tests.Sinks.SinkTestData;

namespace Kyoto.Accounting.Tests.Sinks;

[Properties(MaxTest = 200)]
public class SinkProperties
{
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;

    /// <summary>Per-year net emissions in tonnes, with a fraction of a tonne, sinks and sources mixed.</summary>
    private static Arbitrary<long[]> Years(int count) =>
        Gen.Choose(-60_000_000, 60_000_000).Select(i => (long)i).ArrayOf(count).ToArbitrary();

    private static Arbitrary<int> Year5 => Gen.Choose(0, 4).ToArbitrary();

    private static SinkAccountingResult FirstPeriod(long[] ar, long[] d, long[] fm, long[] cm, long cm1990, decimal capMtC, LulucfAccountingFrequency frequency)
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Years(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, ar)
            .Years(Deu, Cp1, LulucfActivity.Deforestation, d)
            .Years(Deu, Cp1, LulucfActivity.ForestManagement, fm)
            .Years(Deu, Cp1, LulucfActivity.CroplandManagement, cm)
            .Add(Deu, LulucfActivity.CroplandManagement, 1990, cm1990)
            .Build();
        return SinkAccounting.Account(
            Elections(Deu, Cp1, frequency, LulucfActivity.ForestManagement, LulucfActivity.CroplandManagement),
            SinkParameters.For(Deu, Cp1).WithForestManagementCap(ForestManagementCap.Stated(Deu, capMtC, "property test")),
            data);
    }

    private static SinkAccountingResult SecondPeriod(long[] fm, decimal baseYearTonnes, LulucfAccountingFrequency frequency)
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Ar4)
            .Every(Nor, Cp2, LulucfActivity.AfforestationAndReforestation, 0m)
            .Every(Nor, Cp2, LulucfActivity.Deforestation, 0m)
            .Years(Nor, Cp2, LulucfActivity.ForestManagement, fm)
            .Build();
        return SinkAccounting.Account(
            Elections(Nor, Cp2, frequency, LulucfActivity.ForestManagement),
            SinkParameters.For(Nor, Cp2).WithReferenceLevel(ForestManagementReferenceLevel.Stated(Nor, -5m, 0.25m, "property test")),
            data,
            SecondPeriodBaseYear(Nor, baseYearTonnes));
    }

    private static readonly long[] Zero5 = new long[5];

    /// <summary>FM credits never exceed the cap: ¶11 (with no Art. 3.3 net source, so no ¶10 offset) and the CP2 3.5 %.</summary>
    [Property]
    public Property Credits_NeverExceedTheCap() =>
        Prop.ForAll(Years(5), Years(8), Gen.Choose(0, 30).ToArbitrary(), (fm1, fm2, cap) =>
        {
            SinkAccountingResult first = FirstPeriod(Zero5, Zero5, fm1, Zero5, 0, cap, LulucfAccountingFrequency.Period);
            SinkAccountingResult second = SecondPeriod(fm2, cap * 10_000_000m, LulucfAccountingFrequency.Period);
            return first.GetAccountingQuantity(LulucfActivity.ForestManagement) <= first.ForestManagementCreditCap!.Value
                && second.GetAccountingQuantity(LulucfActivity.ForestManagement) <= second.ForestManagementCreditCap!.Value
                && first.GetRmusToIssue(LulucfActivity.ForestManagement) <= first.ForestManagementCreditCap!.Value.ToWholeTonnes(Kyoto.Accounting.Quantities.TonneRounding.Down);
        });

    /// <summary>
    /// Raising a removal (lowering a year's net emissions) never lowers the RMUs of that activity, never raises the units
    /// to cancel, and never lowers the net accounting quantity. (Total RMUs alone are not monotone in AR removals: a
    /// smaller Art. 3.3 net source leaves less for FM to offset under ¶10, so FM RMUs may fall as AR debits fall.)
    /// </summary>
    [Property]
    public Property MoreRemovals_NeverLowerRmus() =>
        Prop.ForAll(Years(15), Year5, Gen.Choose(0, 50_000_000).ToArbitrary(), (all, year, extra) =>
        {
            long[] ar = all[..5], d = all[5..10], fm = all[10..];
            SinkAccountingResult before = FirstPeriod(ar, d, fm, Zero5, 0, 5m, LulucfAccountingFrequency.Period);
            long[] moreFm = fm.ToArray();
            moreFm[year] -= extra;
            long[] moreAr = ar.ToArray();
            moreAr[year] -= extra;
            SinkAccountingResult afterFm = FirstPeriod(ar, d, moreFm, Zero5, 0, 5m, LulucfAccountingFrequency.Period);
            SinkAccountingResult afterAr = FirstPeriod(moreAr, d, fm, Zero5, 0, 5m, LulucfAccountingFrequency.Period);
            return afterFm.GetRmusToIssue(LulucfActivity.ForestManagement) >= before.GetRmusToIssue(LulucfActivity.ForestManagement)
                && afterFm.TotalRmusToIssue >= before.TotalRmusToIssue
                && afterFm.TotalUnitsToCancel <= before.TotalUnitsToCancel
                && afterFm.NetQuantity >= before.NetQuantity
                && afterAr.GetRmusToIssue(LulucfActivity.AfforestationAndReforestation) >= before.GetRmusToIssue(LulucfActivity.AfforestationAndReforestation)
                && afterAr.TotalUnitsToCancel <= before.TotalUnitsToCancel
                && afterAr.NetQuantity >= before.NetQuantity;
        });

    /// <summary>Debits are never hidden by a cap: an FM net source is accounted in full, in both periods.</summary>
    [Property]
    public Property Debits_AreUncapped() =>
        Prop.ForAll(Years(5), Gen.Choose(0, 30).ToArbitrary(), (fm, cap) =>
        {
            long[] source = fm.Select(x => System.Math.Abs(x) + 1).ToArray();
            SinkAccountingResult first = FirstPeriod(Zero5, Zero5, source, Zero5, 0, cap, LulucfAccountingFrequency.Period);
            long total = source.Sum();
            long[] source8 = source.Concat(source.Take(3)).Select(x => x * 10).ToArray();
            SinkAccountingResult second = SecondPeriod(source8, 1_000m, LulucfAccountingFrequency.Period);
            return first.GetUnitsToCancel(LulucfActivity.ForestManagement) == total
                && !first.Lines.Any(l => l.Step == SinkStep.CapExcess)
                && second.GetUnitsToCancel(LulucfActivity.ForestManagement) == source8.Sum() + 38_000_000
                && !second.Lines.Any(l => l.Step == SinkStep.CapExcess);
        });

    /// <summary>With no cap binding, annual accounting summed over the period equals whole-period accounting, per activity and in total.</summary>
    [Property]
    public Property Annual_SumsToPeriod_WhenNothingBinds() =>
        Prop.ForAll(Years(20), all =>
        {
            long[] ar = all[..5], d = all[5..10], fm = all[10..15], cm = all[15..];
            SinkAccountingResult period = FirstPeriod(ar, d, fm, cm, 1_234_567, 1_000_000m, LulucfAccountingFrequency.Period);
            SinkAccountingResult annual = FirstPeriod(ar, d, fm, cm, 1_234_567, 1_000_000m, LulucfAccountingFrequency.Annual);
            return period.Elections.AccountedActivities.All(a => annual.GetAccountingQuantity(a) == period.GetAccountingQuantity(a))
                && annual.NetQuantity == period.NetQuantity
                && annual.Outcomes.Count == 5 * period.Outcomes.Count
                && annual.Outcomes.All(o => o.Year is not null);
        });

    /// <summary>A net-net activity whose every year equals its 1990 figure accounts exactly zero.</summary>
    [Property]
    public Property NetNet_OfABaseYearEqualActivity_IsZero() =>
        Prop.ForAll(Gen.Choose(-60_000_000, 60_000_000).ToArbitrary(), base1990 =>
        {
            long[] same = Enumerable.Repeat((long)base1990, 5).ToArray();
            SinkAccountingResult result = FirstPeriod(Zero5, Zero5, Zero5, same, base1990, 1m, LulucfAccountingFrequency.Period);
            SinkAccountingResult annual = FirstPeriod(Zero5, Zero5, Zero5, same, base1990, 1m, LulucfAccountingFrequency.Annual);
            return result.GetAccountingQuantity(LulucfActivity.CroplandManagement).Numerator == 0
                && annual.Outcomes.Where(o => o.Activity == LulucfActivity.CroplandManagement).All(o => o.Quantity.Numerator == 0)
                && result.GetRmusToIssue(LulucfActivity.CroplandManagement) == 0
                && result.GetUnitsToCancel(LulucfActivity.CroplandManagement) == 0;
        });

    /// <summary>The lines of every activity add up exactly to its accounting quantity.</summary>
    [Property]
    public Property Lines_AddUpToTheQuantity() =>
        Prop.ForAll(Years(15), all =>
        {
            long[] ar = all[..5], d = all[5..10], fm = all[10..];
            SinkAccountingResult result = FirstPeriod(ar, d, fm, Zero5, 7, 2m, LulucfAccountingFrequency.Annual);
            return result.Outcomes.All(o =>
                result.Lines.Where(l => l.Activity == o.Activity && l.Year == o.Year && l.CountsTowardsQuantity).Sum() == o.Quantity);
        });
}
