using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using Kyoto.Accounting.Tests.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Sinks;

public class SinkRegistryTests
{
    private static SinkAccountingResult Account(long[] ar, long[] d, long[] fm, LulucfAccountingFrequency frequency)
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Years(Deu, Cp1, LulucfActivity.AfforestationAndReforestation, ar)
            .Years(Deu, Cp1, LulucfActivity.Deforestation, d)
            .Years(Deu, Cp1, LulucfActivity.ForestManagement, fm)
            .Build();
        return SinkAccounting.Account(
            SinkTestData.Elections(Deu, Cp1, frequency, LulucfActivity.ForestManagement),
            SinkParameters.For(Deu, Cp1).WithForestManagementCap(ForestManagementCap.Stated(Deu, 0.1m, "registry test")),
            data);
    }

    /// <summary>
    /// Conservation across the two layers: issuing through the ledger exactly the RMUs the accounting gives each activity
    /// succeeds, one more is refused (check 4003), and the ledger then holds exactly the accounted credits.
    /// </summary>
    [Property(MaxTest = 40)]
    public Property RmusIssuedThroughTheRegistry_EqualAccountedCredits() =>
        Prop.ForAll(
            Gen.Choose(-900_000, 300_000).Select(i => (long)i).ArrayOf(15).ToArbitrary(),
            Gen.Elements(LulucfAccountingFrequency.Period, LulucfAccountingFrequency.Annual).ToArbitrary(),
            (all, frequency) =>
            {
                long[] ar = all[..5], d = all[5..10].Select(x => -x).ToArray(), fm = all[10..];
                SinkAccountingResult result = Account(ar, d, fm, frequency);
                var f = new RegistryFixture(c => c.WithSinkAccounting(result));
                long first = 1;
                foreach (LulucfActivity activity in result.Elections.AccountedActivities)
                {
                    long quantity = result.GetRmusToIssue(activity);
                    if (quantity > 0)
                    {
                        f.IssueRmu(Cp1, activity, first, quantity);
                        first += quantity;
                    }

                    TransactionResult extra = f.Ledger.TryApply(Transaction.IssueRemovalUnits(f.NextId(), Day, DeuHolding, Cp1, activity, SerialRange.FromFirstAndQuantity(DeuRegistry, first, 1)));
                    if (extra.IsAccepted || !extra.HasFailure(CheckCode.IssuanceBeyondLulucfLimit))
                    {
                        return false;
                    }
                }

                return f.Ledger.GetQuantity(DeuHolding, UnitType.Rmu, Cp1) == result.TotalRmusToIssue
                    && f.Ledger.Configuration.GetLulucfIssuanceLimit(Deu, Cp1, LulucfActivity.Deforestation) == 0;
            });

    [Fact]
    public void NetSourceCancellation_IsMetOnlyWhenEnoughEligibleUnitsAreCancelled()
    {
        // AR +100 t/yr, D +20 t/yr: 600 units to cancel; FM removes nothing.
        SinkAccountingResult result = Account([100, 100, 100, 100, 100], [20, 20, 20, 20, 20], [0, 0, 0, 0, 0], LulucfAccountingFrequency.Period);
        Assert.Equal(600, result.TotalUnitsToCancel);
        var f = new RegistryFixture(c => c.WithSinkAccounting(result));
        f.IssueDeuAau(1, 1_000);

        NetSourceCancellationAssessment before = NetSourceCancellationAssessment.Assess(f.Ledger, result);
        Assert.False(before.IsMet);
        Assert.Equal(600, before.Shortfall);

        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource1, Deu1(1, 599)));
        NetSourceCancellationAssessment almost = NetSourceCancellationAssessment.Assess(f.Ledger, result);
        Assert.Equal((599L, 1L, false), (almost.Cancelled, almost.Shortfall, almost.IsMet));

        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource1, Deu1(600, 600)));
        NetSourceCancellationAssessment met = NetSourceCancellationAssessment.Assess(f.Ledger, result);
        Assert.True(met.IsMet);
        Assert.Equal(0, met.Shortfall);
    }

    [Fact]
    public void ComputedTemporaryCerLimit_ReachesTheRegistry()
    {
        RegistryConfiguration configuration = RegistryConfiguration.Empty.WithComputedTemporaryCerLimit(SinkTestData.FirstPeriodBaseYear(Deu, 2_000_000m));
        Assert.Equal(100_000, configuration.GetTemporaryCerLimit(Deu, Cp1));
    }
}
