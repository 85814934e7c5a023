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

/// <summary>
/// Tests for mutants of <see cref="AssignedAmount"/>, <see cref="Article37TerCancellation"/> and
/// <see cref="CommitmentPeriodReserve"/> that survived the Stryker run of issue 13: validations (exception type and
/// parameter name), the zero boundary, and the rule, Party and period each message or description names.
/// </summary>
public class AssignedAmountMutationKillTests
{
    private static readonly Party Norway = Party.FromCode("NOR");
    private static readonly Party Cyprus = Party.FromCode("CYP");
    private static readonly Party Japan = Party.FromCode("JPN");
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;
    private static readonly TonneRounding Nearest = TonneRounding.NearestHalfAwayFromZero;
    private const TonneRounding Undefined = (TonneRounding)99;

    private static Co2e Ar4(decimal tonnes) => Co2e.FromTonnes(tonnes, GwpSet.Ar4);

    // Norway's second-period QELRC is 84 %: 1000 t × 84 % × 8 = 6720 t.
    private static AssignedAmount NorwayCp2() => AssignedAmount.Calculate(Norway, Cp2, Tonnes(1000m, GwpSet.Ar4), 84m, AssignedAmount.DefaultRounding);

    // AssignedAmount.cs L123–L126, L131.
    [Fact]
    public void FromRecorded_ValidatesEachArgument_WithItsName_AndTheRule()
    {
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => AssignedAmount.FromRecorded(null!, Cp1, 1, "CAD")).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => AssignedAmount.FromRecorded(Norway, null!, 1, "CAD")).ParamName);
        Assert.Equal("source", Assert.Throws<ArgumentNullException>(() => AssignedAmount.FromRecorded(Norway, Cp1, 1, null!)).ParamName);

        var blank = Assert.Throws<ArgumentException>(() => AssignedAmount.FromRecorded(Norway, Cp1, 1, "  "));
        Assert.Equal("source", blank.ParamName);
        Assert.Contains("13/CMP.1 annex ¶2", blank.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => AssignedAmount.FromRecorded(Norway, Cp1, -1, "CAD"));
        Assert.Equal("recordedTonnes", negative.ParamName);
        Assert.Contains("13/CMP.1 annex ¶2", negative.Message, StringComparison.Ordinal);
    }

    // AssignedAmount.cs L130: the message names the Party, the period and Art. 3.7 (CP1) or Art. 3.7 bis (CP2).
    [Fact]
    public void FromRecorded_WithoutACommitment_CitesTheArticleOfThePeriod()
    {
        // Cyprus had no first-period commitment and was outside the EU-15 bubble.
        var first = Assert.Throws<ArgumentException>(() => AssignedAmount.FromRecorded(Cyprus, Cp1, 1, "CAD"));
        Assert.Equal("party", first.ParamName);
        Assert.Contains(Cyprus.Name, first.Message, StringComparison.Ordinal);
        Assert.Contains(Cp1.ToString(), first.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 3.7)", first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("3.7 bis", first.Message, StringComparison.Ordinal);

        var second = Assert.Throws<ArgumentException>(() => AssignedAmount.FromRecorded(Japan, Cp2, 1, "CAD"));
        Assert.Contains(Japan.Name, second.Message, StringComparison.Ordinal);
        Assert.Contains(Cp2.ToString(), second.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 3.7 bis)", second.Message, StringComparison.Ordinal);
    }

    // AssignedAmount.cs L195, L196: no QELRC → Protocol Annex B / Art. 3.7 (CP1), Doha Annex B column 3 / Art. 3.7 bis (CP2).
    [Fact]
    public void Calculate_WithoutAQelrc_CitesTheAnnexBOfThePeriod()
    {
        var first = Assert.Throws<ArgumentException>(() => AssignedAmount.Calculate(Cyprus, Cp1, Tonnes(1m, GwpSet.Sar), AssignedAmount.DefaultRounding));
        Assert.Equal("party", first.ParamName);
        Assert.Contains(Cyprus.Name, first.Message, StringComparison.Ordinal);
        Assert.Contains("(Protocol Annex B)", first.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 3.7)", first.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Doha", first.Message, StringComparison.Ordinal);

        var second = Assert.Throws<ArgumentException>(() => AssignedAmount.Calculate(Japan, Cp2, Tonnes(1m, GwpSet.Ar4), AssignedAmount.DefaultRounding));
        Assert.Contains("Annex B as amended at Doha, column 3", second.Message, StringComparison.Ordinal);
        Assert.Contains("(Art. 3.7 bis)", second.Message, StringComparison.Ordinal);
    }

    // AssignedAmount.cs L148, L165, L166, L218, L219.
    [Fact]
    public void Calculate_NamesItsNullArgument()
    {
        Assert.Equal("baseYearEmissions", Assert.Throws<ArgumentNullException>(() => AssignedAmount.Calculate((BaseYearEmissions)null!, Nearest)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => AssignedAmount.Calculate(null!, Cp1, Tonnes(1m, GwpSet.Sar), Nearest)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => AssignedAmount.Calculate(Norway, null!, Tonnes(1m, GwpSet.Sar), Nearest)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => AssignedAmount.Calculate(null!, Cp1, Tonnes(1m, GwpSet.Sar), 92m, Nearest)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => AssignedAmount.Calculate(Norway, null!, Tonnes(1m, GwpSet.Sar), 92m, Nearest)).ParamName);
    }

    // AssignedAmount.cs L221: a stated percentage is from 0 to 1000 (Annex B).
    [Theory]
    [InlineData(-0.1)]
    [InlineData(1000.1)]
    public void Calculate_RefusesAPercentageOutsideTheRange(double percent)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => AssignedAmount.Calculate(Norway, Cp1, Tonnes(1000m, GwpSet.Sar), (decimal)percent, Nearest));
        Assert.Equal("qelrcPercent", ex.ParamName);
        Assert.Contains("Annex B", ex.Message, StringComparison.Ordinal);
    }

    // AssignedAmount.cs L239 (< 0 → <= 0): zero base-year emissions are not negative; they give a zero assigned amount.
    [Fact]
    public void ZeroBaseYearEmissions_GiveAZeroAssignedAmount()
    {
        AssignedAmount zero = AssignedAmount.Calculate(Norway, Cp1, ExactCo2e.Zero, 101m, Nearest);
        Assert.Equal(0, zero.RecordedTonnes);
        Assert.Equal(0, AssignedAmount.Calculate(Norway, Cp1, ExactCo2e.FromFraction(0, 1, GwpSet.Sar), 101m, Nearest).RecordedTonnes);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => AssignedAmount.Calculate(Norway, Cp1, ExactCo2e.FromFraction(-1, 3, GwpSet.Sar), 101m, Nearest));
        Assert.Equal("baseYearEmissions", negative.ParamName);
    }

    // AssignedAmount.cs L228, L230: a computed amount shows the exact figure; a recorded one its source.
    [Fact]
    public void ToString_ShowsTheExactFigure_OrTheSource()
    {
        AssignedAmount computed = AssignedAmount.Calculate(Party.FromCode("BEL"), Cp1, Tonnes(1000.1m, GwpSet.Sar), 92.5m, Nearest);
        Assert.Equal("BEL CP1 (2008–2012) assigned amount: 4625 t (exact 4625.4625 tCO2e (SAR))", computed.ToString());

        AssignedAmount recorded = AssignedAmount.FromRecorded(Party.FromCode("NZL"), Cp1, 309_564_733, "initial review report");
        Assert.Equal("NZL CP1 (2008–2012) assigned amount: 309564733 t (recorded: initial review report)", recorded.ToString());
    }

    // Article37TerCancellation.cs L80–L83: each figure and the rounding mode are checked, even when nothing is cancelled.
    [Fact]
    public void Article37Ter_ChecksEveryFigure_AndTheRounding()
    {
        AssignedAmount aa = NorwayCp2();
        Co2e high = Ar4(5_000m);
        Assert.Equal("emissions2008", Assert.Throws<ArgumentOutOfRangeException>(() => Article37TerCancellation.Calculate(aa, Ar4(-1m), high, high, Nearest)).ParamName);
        Assert.Equal("emissions2009", Assert.Throws<ArgumentOutOfRangeException>(() => Article37TerCancellation.Calculate(aa, high, Ar4(-1m), high, Nearest)).ParamName);
        Assert.Equal("emissions2010", Assert.Throws<ArgumentOutOfRangeException>(() => Article37TerCancellation.Calculate(aa, high, high, Ar4(-1m), Nearest)).ParamName);
        Assert.Equal("rounding", Assert.Throws<ArgumentOutOfRangeException>(() => Article37TerCancellation.Calculate(aa, high, high, high, Undefined)).ParamName);
    }

    // Article37TerCancellation.cs L102, L104, L129, L130: the stated-average overload checks the assigned amount and the rounding.
    [Fact]
    public void Article37Ter_FromAStatedAverage_ChecksTheAssignedAmountAndTheRounding()
    {
        Assert.Equal("assignedAmount", Assert.Throws<ArgumentNullException>(() => Article37TerCancellation.CalculateFromStatedAverage(null!, Tonnes(1m, GwpSet.Ar4), Nearest)).ParamName);

        AssignedAmount first = AssignedAmount.Calculate(Norway, Cp1, Tonnes(1000m, GwpSet.Sar), Nearest);
        var ex = Assert.Throws<ArgumentException>(() => Article37TerCancellation.CalculateFromStatedAverage(first, Tonnes(1m, GwpSet.Sar), Nearest));
        Assert.Equal("assignedAmount", ex.ParamName);
        Assert.Contains("Art. 3.7 ter", ex.Message, StringComparison.Ordinal);
        Assert.Contains(Cp1.ToString(), ex.Message, StringComparison.Ordinal);

        var rounding = Assert.Throws<ArgumentOutOfRangeException>(() => Article37TerCancellation.CalculateFromStatedAverage(NorwayCp2(), Tonnes(5_000m, GwpSet.Ar4), Undefined));
        Assert.Equal("rounding", rounding.ParamName);

        Article37TerCancellation stated = Article37TerCancellation.CalculateFromStatedAverage(NorwayCp2(), Tonnes(800m, GwpSet.Ar4), Nearest);
        Assert.Equal(Article37TerAverageBasis.SameScopeAsAssignedAmount, stated.Basis);
        Assert.Equal(6720 - 6400, stated.CancellationTonnes);

        // Article37TerCancellation.cs L140: the description names the Party, the rule and the quantity.
        Assert.StartsWith("NOR Art. 3.7 ter: 320 t", stated.ToString(), StringComparison.Ordinal);
    }

    // Article37TerCancellation.cs L134: a member of the EU joint fulfilment is named, with the source of the rule.
    [Fact]
    public void Article37Ter_ForAMemberOfTheEuJointFulfilment_NamesTheMember()
    {
        Party germany = Party.FromCode("DEU");
        AssignedAmount member = AssignedAmount.FromRecorded(germany, Cp2, 1_000, "test record");
        var ex = Assert.Throws<ArgumentException>(() => Article37TerCancellation.CalculateFromStatedAverage(member, Tonnes(1m, GwpSet.Ar4), Nearest));
        Assert.Equal("assignedAmount", ex.ParamName);
        Assert.Contains("joint declaration of 8 December 2012", ex.Message, StringComparison.Ordinal);
        Assert.Contains(germany.Name + " is a member of the joint fulfilment", ex.Message, StringComparison.Ordinal);
    }

    // Article37TerCancellation.cs L118–L123: the totals overload needs second-period totals without LULUCF.
    [Fact]
    public void Article37Ter_FromTotals_RefusesTotalsWithLulucfOrOfAnotherPeriod()
    {
        AssignedAmount aa = NorwayCp2();
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("NOR", 2008, Gas.CarbonDioxide, Energy, 700m)
            .Add("NOR", 2009, Gas.CarbonDioxide, Energy, 800m)
            .Add("NOR", 2010, Gas.CarbonDioxide, Energy, 901m)
            .Build();
        Assert.Equal(317, Article37TerCancellation.Calculate(aa, inventory.Aggregate(Cp2, LulucfInclusion.Excluded), Nearest).CancellationTonnes);

        var withLulucf = Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(aa, inventory.Aggregate(Cp2, LulucfInclusion.Included), Nearest));
        Assert.Equal("totals", withLulucf.ParamName);
        Assert.Contains("Art. 3.7 ter", withLulucf.Message, StringComparison.Ordinal);
        Assert.Contains("without LULUCF", withLulucf.Message, StringComparison.Ordinal);

        var firstPeriod = Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(aa, inventory.Aggregate(Cp1, LulucfInclusion.Excluded), Nearest));
        Assert.Equal("totals", firstPeriod.ParamName);

        Assert.Equal("assignedAmount", Assert.Throws<ArgumentNullException>(() => Article37TerCancellation.Calculate(null!, inventory.Aggregate(Cp2, LulucfInclusion.Excluded), Nearest)).ParamName);
        Assert.Equal("totals", Assert.Throws<ArgumentNullException>(() => Article37TerCancellation.Calculate(aa, (EmissionTotals)null!, Nearest)).ParamName);
    }

    // CommitmentPeriodReserve.cs L81, L82, L107, L112.
    [Fact]
    public void Reserve_ChecksItsArguments_AndIsNotTheArticle37TerVariant()
    {
        Assert.Equal("assignedAmount", Assert.Throws<ArgumentNullException>(() => CommitmentPeriodReserve.Calculate(null!, Co2e.FromTonnes(1m, GwpSet.Sar), Nearest)).ParamName);

        AssignedAmount nzl = AssignedAmount.FromRecorded(Party.FromCode("NZL"), Cp1, 309_564_733, "initial review report");
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => CommitmentPeriodReserve.Calculate(nzl, Co2e.FromTonnes(-1m, GwpSet.Sar), Nearest));
        Assert.Equal("latestInventory", negative.ParamName);

        // 90 % × 309,564,733 = 278,608,259.7 t against 5 × 80 Mt = 400 Mt.
        CommitmentPeriodReserve reserve = CommitmentPeriodReserve.Calculate(nzl, Co2e.FromTonnes(80_000_000L, GwpSet.Sar), Nearest);
        Assert.False(reserve.IsArticle37TerVariant);
        Assert.Equal(278_608_260, reserve.Tonnes);
        Assert.Equal("NZL CP1 (2008–2012) reserve: 278608260 t", reserve.ToString());
    }

    // CommitmentPeriodReserve.cs L96, L100, L107: the Art. 3.7 ter variant (decision 13/CMP.1 annex ¶8 quinquies).
    [Fact]
    public void Reserve_Article37TerVariant_IsLabelled_AndRefusedWhenNothingIsCancelled()
    {
        Assert.Equal("article37Ter", Assert.Throws<ArgumentNullException>(() => CommitmentPeriodReserve.CalculateWithArticle37Ter(null!, Ar4(1m), Nearest)).ParamName);

        Article37TerCancellation nothing = Article37TerCancellation.Calculate(NorwayCp2(), Ar4(5_000m), Ar4(5_000m), Ar4(5_000m), Nearest);
        var ex = Assert.Throws<ArgumentException>(() => CommitmentPeriodReserve.CalculateWithArticle37Ter(nothing, Ar4(1m), Nearest));
        Assert.Equal("article37Ter", ex.ParamName);
        Assert.Contains(Norway.Name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("¶8 quinquies", ex.Message, StringComparison.Ordinal);

        // Reference 8 × 800 = 6400 t: 90 % = 5760 t against 8 × 750 = 6000 t.
        Article37TerCancellation ter = Article37TerCancellation.CalculateFromStatedAverage(NorwayCp2(), Tonnes(800m, GwpSet.Ar4), Nearest);
        CommitmentPeriodReserve variant = CommitmentPeriodReserve.CalculateWithArticle37Ter(ter, Ar4(750m), Nearest);
        Assert.Equal(5_760, variant.Tonnes);
        Assert.Equal("NOR CP2 (2013–2020) reserve: 5760 t (Art. 3.7 ter)", variant.ToString());
    }
}
