using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Tests.Accounting;

public class AccountingProperties
{
    private static readonly Party Norway = Party.FromCode("NOR");

    private static ExactCo2e Grams(long grams, CommitmentPeriod period) => ExactCo2e.From(Co2e.FromGrams(grams, period.GwpSet));

    private static Arbitrary<(long Grams, long More, int Percent, int MorePercent, bool Second)> Inputs() =>
        (from grams in Gen.Choose(0, int.MaxValue).Select(g => (long)g * 1_000)
         from more in Gen.Choose(0, int.MaxValue).Select(g => (long)g)
         from percent in Gen.Choose(0, 15_000)
         from morePercent in Gen.Choose(0, 5_000)
         from second in Gen.Elements(false, true)
         select (grams, more, percent, morePercent, second)).ToArbitrary();

    private static AssignedAmount Aa(long grams, decimal percent, bool second)
    {
        CommitmentPeriod period = second ? CommitmentPeriod.Second : CommitmentPeriod.First;
        return AssignedAmount.Calculate(Norway, period, Grams(grams, period), percent, AssignedAmount.DefaultRounding);
    }

    [Property(MaxTest = 200)]
    public Property AssignedAmount_IsMonotonicInBaseYearEmissionsAndInTheQelrc() =>
        Prop.ForAll(Inputs(), x =>
        {
            decimal percent = x.Percent / 100m;
            AssignedAmount aa = Aa(x.Grams, percent, x.Second);
            AssignedAmount moreBase = Aa(x.Grams + x.More, percent, x.Second);
            AssignedAmount morePercent = Aa(x.Grams, percent + (x.MorePercent / 100m), x.Second);
            return aa.Exact <= moreBase.Exact && aa.RecordedTonnes <= moreBase.RecordedTonnes
                && aa.Exact <= morePercent.Exact && aa.RecordedTonnes <= morePercent.RecordedTonnes;
        });

    [Property(MaxTest = 200)]
    public Property Reserve_IsAtMost90PercentOfTheAssignedAmount_AndTheMultiplierTimesTheLatestInventory() =>
        Prop.ForAll(Inputs(), x =>
        {
            AssignedAmount aa = Aa(x.Grams, x.Percent / 100m, x.Second);
            Co2e latest = Co2e.FromGrams(x.More * 1_000, aa.Period.GwpSet);
            var reserve = CommitmentPeriodReserve.Calculate(aa, latest, CommitmentPeriodReserve.DefaultRounding);
            ExactCo2e ninety = ExactCo2e.FromFraction((Int128)aa.RecordedTonnes * 1_000_000 * 9, 10, aa.Period.GwpSet);
            ExactCo2e inventoryLimit = ExactCo2e.From(latest) * aa.Period.AssignedAmountMultiplier;
            return reserve.Exact <= ninety && reserve.Exact <= inventoryLimit
                && (reserve.Exact == ninety || reserve.Exact == inventoryLimit)
                && reserve.Tonnes <= ninety.ToWholeTonnes(CommitmentPeriodReserve.DefaultRounding)
                && reserve.Tonnes <= inventoryLimit.ToWholeTonnes(CommitmentPeriodReserve.DefaultRounding);
        });
}
