using System;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using Kyoto.Accounting.Tests.Registry;
using Kyoto.Accounting.Tests.Sinks;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Compliance;

/// <summary>
/// Tests for <see cref="NetSourceCancellationAssessment"/> (Art. 3.3, 3.4 net sources; decision 13/CMP.1 annex ¶32),
/// which the Stryker run of issue 13 found covered only from other test namespaces.
/// </summary>
public class NetSourceCancellationMutationKillTests
{
    private static readonly AccountId FraNetSource1 = AccountId.FromNumber(24);
    private static readonly AccountId DeuNetSource2 = AccountId.FromNumber(70);

    // AR +100 t/yr and D +20 t/yr over 2008–2012, forest management removing nothing: 600 units to cancel.
    private static SinkAccountingResult SixHundredToCancel()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Years(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, new long[] { 100, 100, 100, 100, 100 })
            .Years(Deu, Cp1, LulucfActivity.Deforestation, new long[] { 20, 20, 20, 20, 20 })
            .Years(Deu, Cp1, LulucfActivity.ForestManagement, new long[] { 0, 0, 0, 0, 0 })
            .Build();
        return SinkAccounting.Account(
            SinkTestData.Elections(Deu, Cp1, LulucfAccountingFrequency.Period, LulucfActivity.ForestManagement),
            SinkParameters.For(Deu, Cp1).WithForestManagementCap(ForestManagementCap.Stated(Deu, 0.1m, "net-source test")),
            data);
    }

    // NetSourceCancellationAssessment.cs L52, L55, L93–L101.
    [Theory]
    [InlineData(600L, 599L, 1L, false)]
    [InlineData(600L, 600L, 0L, true)]
    [InlineData(600L, 650L, 0L, true)]
    [InlineData(0L, 0L, 0L, true)]
    public void ShortfallAndIsMet_CompareCancelledWithRequired(long required, long cancelled, long shortfall, bool met)
    {
        var assessment = new NetSourceCancellationAssessment(Deu, Cp1, required, cancelled, 0);
        Assert.Equal(shortfall, assessment.Shortfall);
        Assert.Equal(met, assessment.IsMet);
    }

    [Fact]
    public void ToString_NamesTheParty_ThePeriod_TheFigures_AndTheOutcome()
    {
        var short_ = new NetSourceCancellationAssessment(Deu, Cp1, 600, 450, 30);
        string text = short_.ToString();
        Assert.StartsWith("DEU CP1 ", text, StringComparison.Ordinal);
        Assert.Contains("required 600", text, StringComparison.Ordinal);
        Assert.Contains("cancelled 450", text, StringComparison.Ordinal);
        Assert.Contains("not counted: 30", text, StringComparison.Ordinal);
        Assert.EndsWith("short by 150", text, StringComparison.Ordinal);

        string met = new NetSourceCancellationAssessment(Party.FromCode("NOR"), Cp2, 10, 10, 0).ToString();
        Assert.StartsWith("NOR CP2 ", met, StringComparison.Ordinal);
        Assert.EndsWith("met", met, StringComparison.Ordinal);
        Assert.DoesNotContain("short", met, StringComparison.Ordinal);
    }

    // NetSourceCancellationAssessment.cs L65, L66.
    [Fact]
    public void Assess_NamesItsNullArgument()
    {
        var f = new RegistryFixture();
        Assert.Equal("ledger", Assert.Throws<ArgumentNullException>(() => NetSourceCancellationAssessment.Assess(null!, SixHundredToCancel())).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => NetSourceCancellationAssessment.Assess(f.Ledger, null!)).ParamName);
    }

    // NetSourceCancellationAssessment.cs L72–L85: only units in the Party's own net-source cancellation account of the
    // period count; units held, cancelled voluntarily, cancelled by another Party or for another period do not.
    [Fact]
    public void Assess_CountsOnlyThePartysNetSourceCancellationAccountForThePeriod()
    {
        SinkAccountingResult result = SixHundredToCancel();
        Assert.Equal(600, result.TotalUnitsToCancel);
        var f = new RegistryFixture(c => c
            .WithSinkAccounting(result)
            .WithAccount(Account.ForPeriod(FraNetSource1, FraRegistry, AccountType.NetSourceCancellation, Cp1))
            .WithAccount(Account.ForPeriod(DeuNetSource2, DeuRegistry, AccountType.NetSourceCancellation, Cp2)));
        f.IssueDeuAau(1, 1_000);
        f.IssueDeuAau(5_001, 1_000, Cp2);
        f.IssueAau(FraHolding, FraRegistry, Cp1, 1, 1_000);

        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource1, Deu1(1, 250)));
        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuVoluntary1, Deu1(251, 300)));
        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource2, Deu1(5_001, 5_400)));
        f.Accept(Transaction.Cancel(f.NextId(), Day, FraHolding, FraNetSource1, Range(FraRegistry, 1, 500)));

        NetSourceCancellationAssessment assessment = NetSourceCancellationAssessment.Assess(f.Ledger, result);
        Assert.Equal(Deu, assessment.Party);
        Assert.Equal(Cp1, assessment.Period);
        Assert.Equal(600, assessment.Required);
        Assert.Equal(250, assessment.Cancelled);
        Assert.Equal(0, assessment.IneligibleCancelled);
        Assert.Equal(350, assessment.Shortfall);
        Assert.False(assessment.IsMet);
    }
}
