using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

public class ReserveAndArticle37TerTests
{
    [Fact]
    public void FirstPeriodReserve_IsTheLowerOf90PercentOfTheAssignedAmountAnd5TimesTheLatestInventory()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("CHE"), CommitmentPeriod.First, Tonnes(1000m, GwpSet.Sar), AssignedAmount.DefaultRounding); // 92 % × 5 → 4600 t
        var byInventory = CommitmentPeriodReserve.Calculate(aa, Co2e.FromTonnes(800.3m, GwpSet.Sar), CommitmentPeriodReserve.DefaultRounding);
        Assert.Equal(Tonnes(4140m, GwpSet.Sar), byInventory.AssignedAmountLimit);
        Assert.Equal(Tonnes(4001.5m, GwpSet.Sar), byInventory.InventoryLimit);
        Assert.Equal(4002, byInventory.Tonnes);
        Assert.Equal(4001, CommitmentPeriodReserve.Calculate(aa, Co2e.FromTonnes(800.3m, GwpSet.Sar), TonneRounding.Down).Tonnes);
        var byAmount = CommitmentPeriodReserve.Calculate(aa, Co2e.FromTonnes(900m, GwpSet.Sar), CommitmentPeriodReserve.DefaultRounding);
        Assert.Equal(4140, byAmount.Tonnes);
    }

    [Fact]
    public void SecondPeriodReserve_UsesEightTimesTheLatestInventory()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, Tonnes(1000m, GwpSet.Ar4), 84m, AssignedAmount.DefaultRounding); // 6720 t
        var reserve = CommitmentPeriodReserve.Calculate(aa, Co2e.FromTonnes(700m, GwpSet.Ar4), CommitmentPeriodReserve.DefaultRounding);
        Assert.Equal(5600, reserve.Tonnes);
        Assert.Throws<GwpSetMismatchException>(() => CommitmentPeriodReserve.Calculate(aa, Co2e.FromTonnes(700m, GwpSet.Sar), CommitmentPeriodReserve.DefaultRounding));
    }

    [Fact]
    public void Article37Ter_CancelsThePositiveDifference()
    {
        // AA = 1000 t × 84 % × 8 = 6720 t; 2008–2010 average = (700 + 800 + 901)/3 = 800⅓ t; 8 × = 6402⅔ t; difference 317⅓ t.
        var aa = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, Tonnes(1000m, GwpSet.Ar4), 84m, AssignedAmount.DefaultRounding);
        var inventory = new EmissionInventoryBuilder()
            .Add("NOR", 2008, Gas.CarbonDioxide, Energy, 700m)
            .Add("NOR", 2009, Gas.CarbonDioxide, Energy, 800m)
            .Add("NOR", 2010, Gas.CarbonDioxide, Energy, 901m)
            .Build();
        var ter = Article37TerCancellation.Calculate(aa, inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded), TonneRounding.NearestHalfAwayFromZero);
        Assert.Equal(ExactCo2e.FromFraction(2_401_000_000, 3, GwpSet.Ar4), ter.AverageEmissions2008To2010);
        Assert.Equal(ExactCo2e.FromFraction(952_000_000, 3, GwpSet.Ar4), ter.Difference);
        Assert.Equal(317, ter.CancellationTonnes);
        Assert.Equal(318, Article37TerCancellation.Calculate(aa, inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded), TonneRounding.Up).CancellationTonnes);

        // Reserve with Art. 3.7 ter: lower of 90 % × 6402⅔ = 5762.4 t and 8 × 750 = 6000 t.
        var reserve = CommitmentPeriodReserve.CalculateWithArticle37Ter(ter, Co2e.FromTonnes(750m, GwpSet.Ar4), CommitmentPeriodReserve.DefaultRounding);
        Assert.True(reserve.IsArticle37TerVariant);
        Assert.Equal(Tonnes(5762.4m, GwpSet.Ar4), reserve.Exact);
        Assert.Equal(5762, reserve.Tonnes);
    }

    [Fact]
    public void Article37Ter_IsZeroWhenEmissionsExceedTheAssignedAmount_AndOnlyForTheSecondPeriod()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, Tonnes(100m, GwpSet.Ar4), 84m, AssignedAmount.DefaultRounding);
        Co2e high = Co2e.FromTonnes(500m, GwpSet.Ar4);
        var ter = Article37TerCancellation.Calculate(aa, high, high, high, TonneRounding.NearestHalfAwayFromZero);
        Assert.Equal(0, ter.CancellationTonnes);
        Assert.True(ter.Difference < ExactCo2e.Zero);

        var first = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.First, Tonnes(100m, GwpSet.Sar), AssignedAmount.DefaultRounding);
        Co2e sar = Co2e.FromTonnes(1m, GwpSet.Sar);
        Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(first, sar, sar, sar, TonneRounding.NearestHalfAwayFromZero));
    }

    [Fact]
    public void Article37Ter_NeedsTheThreeYears()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, Tonnes(100m, GwpSet.Ar4), 84m, AssignedAmount.DefaultRounding);
        var inventory = new EmissionInventoryBuilder().Add("NOR", 2008, Gas.CarbonDioxide, Energy, 1m).Build();
        Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(aa, inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded), TonneRounding.NearestHalfAwayFromZero));
        Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(aa, inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included), TonneRounding.NearestHalfAwayFromZero));
    }
}
