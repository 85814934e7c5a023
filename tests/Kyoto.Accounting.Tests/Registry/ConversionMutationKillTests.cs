using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Conditions of the conversion checks (Art. 6; decision 13/CMP.1 annex ¶42): the host Party's holding account, its own
/// AAUs and RMUs, track-1 eligibility per period of the units, and the share of proceeds on second-period units only
/// (decision 3/CMP.11).
/// </summary>
public sealed class ConversionMutationKillTests
{
    private static readonly LocalDate Later = Day.PlusDays(30);

    private static Transaction Convert(RegistryFixture f, AccountId account, EruTrack track, params SerialRange[] units) =>
        Transaction.Convert(f.NextId(), Day, account, 11, track, units);

    [Fact]
    public void Only_a_national_party_holding_account_converts()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(11, 20)));
        RejectWith(f, Convert(f, DeuEntity, EruTrack.Track1, Deu1(1, 10)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Convert(f, DeuRetirement1, EruTrack.Track1, Deu1(11, 20)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Convert(f, DeuPpsr, EruTrack.Track1, Deu1(21, 30)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Convert(f, CdmHolding, EruTrack.Track1, Deu1(21, 30)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Convert(f, AccountId.FromNumber(999), EruTrack.Track1, Deu1(21, 30)), CheckCode.UnknownAccount);
        f.Accept(Convert(f, DeuHolding, EruTrack.Track1, Deu1(21, 30)));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromAau, Cp1));
    }

    [Fact]
    public void Only_aaus_and_rmus_convert_and_a_wrong_type_is_not_also_reported_as_foreign()
    {
        var f = new RegistryFixture(c => c.WithLulucfIssuanceLimit(Deu, Cp1, Kyoto.Accounting.Sectors.LulucfActivity.ForestManagement, 100));
        f.IssueDeuAau(1, 100);
        f.IssueRmu(Cp1, Kyoto.Accounting.Sectors.LulucfActivity.ForestManagement, 1001, 20);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 10);
        f.Accept(Convert(f, DeuHolding, EruTrack.Track2, Deu1(1, 10)));

        CheckFailure failure = Assert.Single(RejectWith(f, Convert(f, DeuHolding, EruTrack.Track1, Range(RegistryId.Cdm, 1, 10)), CheckCode.UnitTypeNotValid));
        Assert.Equal(Range(RegistryId.Cdm, 1, 10), failure.Units);
        failure = Assert.Single(RejectWith(f, Convert(f, DeuHolding, EruTrack.Track1, Deu1(1, 10)), CheckCode.UnitTypeNotValid));
        Assert.Equal(Deu1(1, 10), failure.Units);
        f.Accept(Convert(f, DeuHolding, EruTrack.Track1, Deu1(1001, 1010), Deu1(11, 20)));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromRmu, Cp1));
    }

    [Fact]
    public void A_party_converts_only_units_it_issued()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10);
        f.IssueAau(FraHolding, FraRegistry, Cp1, 1, 10);
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, Range(FraRegistry, 1, 10)));
        CheckFailure failure = Assert.Single(RejectWith(f, Convert(f, DeuHolding, EruTrack.Track1, Deu1(1, 10), Range(FraRegistry, 1, 10)), CheckCode.UnitsNotOfHostParty));
        Assert.Equal(Range(FraRegistry, 1, 10), failure.Units);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(250, 5)]
    public void The_share_of_proceeds_is_two_percent_of_the_second_period_units_rounded_up(long secondPeriod, long share)
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        f.IssueDeuAau(1001, secondPeriod, Cp2);
        TransactionResult result = f.Accept(Convert(f, DeuHolding, EruTrack.Track1, Deu1(1, 100), SerialRange.FromFirstAndQuantity(DeuRegistry, 1001, secondPeriod)));
        Assert.Equal(share, result.ShareOfProceeds);
        Assert.Equal(share, f.Ledger.GetQuantity(AdaptationFund, UnitType.EruFromAau, Cp2));
        Assert.Equal(100, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromAau, Cp1));
    }

    [Fact]
    public void First_period_units_owe_no_share_of_proceeds_and_need_no_adaptation_fund_account()
    {
        RegistryConfiguration configuration = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(DeuHolding, DeuRegistry))
            .WithEligibility(Deu, Mechanism.JointImplementation)
            .WithAssignedAmount(Deu, Cp1, 1_000_000).WithAssignedAmount(Deu, Cp2, 1_000_000);
        var f = new RegistryFixture(_ => configuration);
        f.IssueDeuAau(1, 100);
        f.IssueDeuAau(101, 100, Cp2);
        TransactionResult result = f.Accept(Convert(f, DeuHolding, EruTrack.Track1, Deu1(1, 100)));
        Assert.Equal(0, result.ShareOfProceeds);
        Assert.Single(RejectWith(f, Convert(f, DeuHolding, EruTrack.Track1, Deu1(101, 101)), CheckCode.AdaptationFundAccountNotConfigured));
    }

    [Fact]
    public void Track_one_needs_the_host_party_eligible_and_not_suspended_track_two_does_not()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithSuspension(Deu, Mechanism.JointImplementation, new DateInterval(Day, Later)), Day);
        CheckFailure failure = Assert.Single(RejectWith(f, Convert(f, DeuHolding, EruTrack.Track1, Deu1(1, 10)), CheckCode.PartySuspended));
        Assert.Null(failure.Units);
        f.Accept(Convert(f, DeuHolding, EruTrack.Track2, Deu1(1, 10)));
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(1, 2, true)]
    [InlineData(2, 1, true)]
    [InlineData(2, 2, false)]
    public void Track_one_eligibility_is_checked_for_each_period_of_the_units(int eligiblePeriod, int unitPeriod, bool rejected)
    {
        RegistryConfiguration configuration = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(UkrHolding, UkrRegistry))
            .WithAccount(Account.PartyHolding(AdaptationFund, RegistryId.Cdm))
            .WithAdaptationFundAccount(AdaptationFund)
            .WithEligibility(Ukr, CommitmentPeriodOf(eligiblePeriod), Mechanism.JointImplementation)
            .WithAssignedAmount(Ukr, Cp1, 1_000_000).WithAssignedAmount(Ukr, Cp2, 1_000_000);
        var f = new RegistryFixture(_ => configuration);
        f.IssueAau(UkrHolding, UkrRegistry, CommitmentPeriodOf(unitPeriod), 1, 100);
        Transaction track1 = Convert(f, UkrHolding, EruTrack.Track1, Range(UkrRegistry, 1, 10));
        if (rejected)
        {
            Assert.Single(RejectWith(f, track1, CheckCode.TransferringPartyNotEligible));
            f.Accept(Convert(f, UkrHolding, EruTrack.Track2, Range(UkrRegistry, 1, 10)));
        }
        else
        {
            f.Accept(track1);
        }
    }

    private static CommitmentPeriod CommitmentPeriodOf(int number) => number == 1 ? Cp1 : Cp2;
}
