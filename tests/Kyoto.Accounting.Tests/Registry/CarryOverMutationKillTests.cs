using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Boundaries and conditions of the carry-over checks (decision 13/CMP.1 annex ¶15–16; decision 1/CMP.8 ¶23–24): the
/// 2.5% limits per unit type, the first day after the additional period, the accounts and the unit types.
/// </summary>
public sealed class CarryOverMutationKillTests
{
    private static readonly LocalDate FirstAllowed = Cp1.AdditionalPeriodEnd.PlusDays(1);

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    /// <summary>Germany with 30,000 CERs (CDM 1–30,000) and 30,000 ERUs converted from CP1 AAUs (DEU 1–30,000); limit 25,000 each.</summary>
    private static RegistryFixture WithCersAndErus()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 40_000);
        f.Accept(Transaction.Convert(f.NextId(), Day, DeuHolding, 11, EruTrack.Track1, Deu1(1, 30_000)));
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 30_000);
        return f;
    }

    [Fact]
    public void Cers_up_to_exactly_two_and_a_half_percent_in_two_steps_are_carried_over_and_one_more_is_not()
    {
        RegistryFixture f = WithCersAndErus();
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(1, 10_000)));
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(10_001, 25_000)));
        Assert.Equal(25_000, f.Ledger.GetQuantity(DeuHolding, UnitType.Cer, Cp2));

        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(25_001, 25_001)), CheckCode.CarryOverBeyondLimit));
        Assert.Null(failure.Units);
    }

    [Fact]
    public void Erus_up_to_exactly_the_limit_in_two_steps_are_carried_over_and_one_more_is_not()
    {
        RegistryFixture f = WithCersAndErus();
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(1, 20_000)));
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(20_001, 25_000)));
        Assert.Equal(25_000, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromAau, Cp2));
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(25_001, 25_001)), CheckCode.CarryOverBeyondLimit);
    }

    [Fact]
    public void The_limits_of_erus_and_cers_are_separate_and_a_single_step_over_is_rejected()
    {
        RegistryFixture f = WithCersAndErus();
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(1, 25_000)));
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(1, 25_000)));
        Assert.Equal(25_000, f.Ledger.GetQuantity(DeuHolding, UnitType.Cer, Cp2));
        Assert.Equal(25_000, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromAau, Cp2));

        RegistryFixture g = WithCersAndErus();
        RejectWith(g, Transaction.CarryOver(g.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(1, 25_001)), CheckCode.CarryOverBeyondLimit);
        RejectWith(g, Transaction.CarryOver(g.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(1, 25_001)), CheckCode.CarryOverBeyondLimit);

        // Both over in one transaction: one failure per unit type.
        RejectWith(g, Transaction.CarryOver(g.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(1, 25_001), Deu1(1, 25_001)), CheckCode.CarryOverBeyondLimit, CheckCode.CarryOverBeyondLimit);
    }

    [Fact]
    public void Aaus_carried_into_the_ppsr_count_towards_neither_limit_even_when_the_limit_is_already_exceeded()
    {
        RegistryFixture f = WithCersAndErus();
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(1, 25_000), Deu1(1, 25_000)));

        // The assigned amount is revised down: 25,000 carried is now beyond 2.5% of it, but carrying AAUs adds nothing.
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithAssignedAmount(Deu, Cp1, 100_000), FirstAllowed);
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Deu1(30_001, 40_000)));
        Assert.Equal(10_000, f.Ledger.GetQuantity(DeuPpsr, UnitType.Aau, Cp2));
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(25_001, 25_001)), CheckCode.CarryOverBeyondLimit);
    }

    [Fact]
    public void Carry_over_opens_the_day_after_the_additional_period()
    {
        RegistryFixture f = WithCersAndErus();
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.CarryOver(f.NextId(), Cp1.AdditionalPeriodEnd, DeuHolding, DeuPpsr, Deu1(30_001, 30_010)), CheckCode.CarryOverTooEarly));
        Assert.Null(failure.Units);
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Deu1(30_001, 30_010)));
    }

    [Fact]
    public void The_source_must_be_a_national_non_ppsr_holding_account()
    {
        RegistryFixture f = WithCersAndErus();
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(30_011, 30_020)));
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Deu1(30_001, 30_010)));

        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuPpsr, DeuPpsr, Deu1(30_001, 30_010)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuRetirement1, DeuPpsr, Deu1(30_011, 30_020)), CheckCode.AccountTypeNotValid);
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), FirstAllowed, CdmHolding, UnitType.Cer, Cp1, 7, Cdm(50_001, 50_010)));
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, CdmHolding, CdmHolding, Cdm(50_001, 50_010)), CheckCode.AccountTypeNotValid);

        // An entity holding account is a national holding account.
        f.Accept(Transaction.TransferInternally(f.NextId(), FirstAllowed, DeuHolding, DeuEntity, Cdm(1, 10)));
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuEntity, DeuEntity, Cdm(1, 10)));
    }

    [Fact]
    public void Aaus_go_to_the_ppsr_and_cers_and_erus_stay_in_their_account()
    {
        RegistryFixture f = WithCersAndErus();
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(30_001, 30_010)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Cdm(1, 10)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuEntity, Deu1(1, 10)), CheckCode.AccountTypeNotValid);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuEntity, Cdm(1, 10)), CheckCode.AccountTypeNotValid);
        // A mix that fits: only the AAUs are wrong.
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Deu1(30_001, 30_010), Deu1(1, 10)), CheckCode.AccountTypeNotValid);

        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Deu1(30_001, 30_010)));
        f.Accept(Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Cdm(1, 10), Deu1(1, 10)));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuPpsr, UnitType.Aau, Cp2));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuHolding, UnitType.Cer, Cp2));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromAau, Cp2));
    }

    [Fact]
    public void The_destination_is_in_the_same_registry()
    {
        RegistryFixture f = WithCersAndErus();
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, FraPpsr, Deu1(30_001, 30_010)), CheckCode.RegistryNotValid);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, FraHolding, Cdm(1, 10)), CheckCode.RegistryNotValid, CheckCode.AccountTypeNotValid);
    }

    [Fact]
    public void Units_of_the_second_period_and_other_unit_types_fail_with_their_units()
    {
        var f = new RegistryFixture(c => c.WithLulucfIssuanceLimit(Deu, Cp1, Kyoto.Accounting.Sectors.LulucfActivity.AfforestationAndReforestation, 100).WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 10, Cp2);
        f.IssueRmu(Cp1, Kyoto.Accounting.Sectors.LulucfActivity.AfforestationAndReforestation, 101, 10);
        f.Accept(Transaction.Convert(f.NextId(), Day, DeuHolding, 11, EruTrack.Track1, Deu1(106, 110)));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, Cp2.Dates.End);
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 11, 10, new LocalDate(2030, 1, 1));

        CheckFailure period = Single(RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuPpsr, Deu1(1, 10)), CheckCode.PeriodNotValid), CheckCode.PeriodNotValid);
        Assert.Equal(Deu1(1, 10), period.Units);

        CheckFailure[] failures = RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, DeuHolding, Deu1(101, 110), Cdm(1, 20)), CheckCode.UnitTypeNotValid, CheckCode.UnitTypeNotValid, CheckCode.UnitTypeNotValid, CheckCode.UnitTypeNotValid);
        Assert.Equal([Deu1(101, 105), Deu1(106, 110), Cdm(1, 10), Cdm(11, 20)], System.Linq.Enumerable.Select(failures, x => x.Units!.Value));
    }

    [Fact]
    public void A_party_without_a_second_period_commitment_carries_nothing_over()
    {
        var f = new RegistryFixture();
        f.IssueAau(JpnHolding, JpnRegistry, Cp1, 1, 100);
        f.Accept(Transaction.Convert(f.NextId(), Day, JpnHolding, 11, EruTrack.Track1, Range(JpnRegistry, 1, 10)));
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, JpnHolding, JpnHolding, Range(JpnRegistry, 1, 10)), CheckCode.NoSecondPeriodCommitment);
    }

    [Fact]
    public void Unknown_accounts_are_reported_and_nothing_else_is_checked_against_them()
    {
        RegistryFixture f = WithCersAndErus();
        AccountId unknown = AccountId.FromNumber(999);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, DeuHolding, unknown, Cdm(1, 10)), CheckCode.UnknownAccount);
        RejectWith(f, Transaction.CarryOver(f.NextId(), FirstAllowed, unknown, DeuHolding, Cdm(1, 10)), CheckCode.UnknownAccount);
    }
}
