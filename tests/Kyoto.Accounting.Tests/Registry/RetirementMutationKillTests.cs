using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Boundaries and conditions of the retirement checks: the account types, the period of the units, expiry, the window up
/// to the additional period (decision 13/CMP.1 annex ¶14, ¶34), CER eligibility (¶42(d)), the tCER/lCER limit and the PPSR
/// rules (decision 1/CMP.8 ¶25).
/// </summary>
public sealed class RetirementMutationKillTests
{
    private static readonly LocalDate LcerExpiry = new(2012, 1, 1);
    private static readonly LocalDate AfterSecond = Cp2.Dates.End.PlusDays(1);

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    [Fact]
    public void Retirement_goes_from_a_holding_account_to_a_retirement_account_of_the_same_registry()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(91, 100)));

        Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuVoluntary1, Deu1(1, 10)), CheckCode.AccountTypeNotValid));
        Single(Reject(f, Transaction.Retire(f.NextId(), Day, DeuRetirement1, DeuRetirement1, Deu1(91, 100))), CheckCode.AccountTypeNotValid);
        RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, FraRetirement1, Deu1(1, 10)), CheckCode.RegistryNotValid);
        RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, AccountId.FromNumber(999), Deu1(1, 10)), CheckCode.UnknownAccount);
        RejectWith(f, Transaction.Retire(f.NextId(), Day, AccountId.FromNumber(999), DeuRetirement1, Deu1(1, 10)), CheckCode.UnknownAccount);
        Assert.Equal(10, f.Ledger.GetQuantity(DeuRetirement1));
    }

    [Fact]
    public void Units_of_another_period_fail_with_their_units()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10, Cp2);
        f.IssueDeuAau(11, 10);
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 20)), CheckCode.PeriodNotValid));
        Assert.Equal(Deu1(1, 10), failure.Units);
        failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement2, Deu1(1, 20)), CheckCode.PeriodNotValid));
        Assert.Equal(Deu1(11, 20), failure.Units);
    }

    [Fact]
    public void Lcers_are_retired_up_to_their_expiry_date_and_not_after()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 20, LcerExpiry);
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), LcerExpiry.PlusDays(1), DeuHolding, DeuRetirement1, Cdm(1, 10)), CheckCode.UnitsExpired));
        Assert.Equal(Cdm(1, 10), failure.Units);
        f.Accept(Transaction.Retire(f.NextId(), LcerExpiry, DeuHolding, DeuRetirement1, Cdm(1, 10)));
    }

    [Fact]
    public void Retirement_for_the_first_period_closes_after_the_last_day_of_its_additional_period()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20);
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuRetirement1, Deu1(1, 10)), CheckCode.RetirementAfterAdditionalPeriod));
        Assert.Null(failure.Units);
        f.Accept(Transaction.Retire(f.NextId(), Cp1.AdditionalPeriodEnd, DeuHolding, DeuRetirement1, Deu1(1, 10)));
    }

    [Fact]
    public void Retirement_for_the_second_period_closes_after_the_last_day_of_its_additional_period()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20, Cp2);
        RejectWith(f, Transaction.Retire(f.NextId(), Cp2.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuRetirement2, Deu1(1, 10)), CheckCode.RetirementAfterAdditionalPeriod);
        f.Accept(Transaction.Retire(f.NextId(), Cp2.AdditionalPeriodEnd, DeuHolding, DeuRetirement2, Deu1(1, 10)));
    }

    [Fact]
    public void A_party_without_a_second_period_commitment_retires_for_the_first_period_only()
    {
        AccountId jpnRetirement1 = AccountId.FromNumber(32);
        AccountId jpnRetirement2 = AccountId.FromNumber(33);
        var f = new RegistryFixture(c => c
            .WithAccount(Account.ForPeriod(jpnRetirement1, JpnRegistry, AccountType.Retirement, Cp1))
            .WithAccount(Account.ForPeriod(jpnRetirement2, JpnRegistry, AccountType.Retirement, Cp2)));
        f.IssueAau(JpnHolding, JpnRegistry, Cp1, 1, 100);
        f.Accept(Transaction.Retire(f.NextId(), Day, JpnHolding, jpnRetirement1, Range(JpnRegistry, 1, 10)));
        CheckFailure[] failures = Reject(f, Transaction.Retire(f.NextId(), Day, JpnHolding, jpnRetirement2, Range(JpnRegistry, 11, 20)));
        Single(failures, CheckCode.NoSecondPeriodCommitment);
    }

    [Fact]
    public void Cer_retirement_needs_cdm_eligibility_but_a_transfers_only_suspension_and_other_units_do_not_matter()
    {
        var interval = new DateInterval(Day, Day.PlusDays(10));
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 100);
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithSuspension(Deu, Mechanism.CleanDevelopmentMechanism, interval), Day);
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 1)), CheckCode.RetiringPartyNotEligible));
        Assert.Null(failure.Units);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10)));
        f.Accept(Transaction.Retire(f.NextId(), Day.PlusDays(11), DeuHolding, DeuRetirement1, Cdm(1, 1)));

        var g = new RegistryFixture();
        g.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 100);
        g.Ledger.ChangeConfiguration(g.Ledger.Configuration.WithTransferSuspension(Deu, Mechanism.CleanDevelopmentMechanism, interval), Day);
        g.Accept(Transaction.Retire(g.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 1)));
    }

    [Fact]
    public void Temporary_cers_are_retired_up_to_exactly_the_limit_counting_earlier_retirements()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 10));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 5, Cp2.Dates.End);
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 6, 5, new LocalDate(2030, 1, 1));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 3), Cdm(6, 8)));
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithTemporaryCerLimit(Deu, Cp1, 9), Day);

        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(4, 5), Cdm(9, 10)), CheckCode.TemporaryCerLimitExceeded));
        Assert.Null(failure.Units);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(4, 5), Cdm(9, 9)));
        Assert.Equal(10, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(10, 10)), CheckCode.TemporaryCerLimitExceeded);
    }

    [Fact]
    public void Other_units_are_retired_even_when_the_temporary_limit_is_already_exceeded()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 10));
        f.IssueDeuAau(1, 10);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, Cp2.Dates.End);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 11, 10);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 10)));
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithTemporaryCerLimit(Deu, Cp1, 0), Day);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10), Cdm(11, 20)));
        Assert.Equal(30, f.Ledger.GetQuantity(DeuRetirement1));
    }

    [Fact]
    public void Cers_and_aaus_do_not_count_towards_the_temporary_limit()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 10);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10), Cdm(1, 10)));
        Assert.Equal(20, f.Ledger.GetQuantity(DeuRetirement1));
    }

    /// <summary>Germany with 100 AAUs of CP1 carried into its PPSR (DEU 1–100) and a PPSR retirement limit.</summary>
    private static RegistryFixture WithPpsrUnits(long limit)
    {
        var f = new RegistryFixture(c => c.WithPpsrRetirementLimit(Deu, limit));
        f.IssueDeuAau(1, 100);
        f.Accept(Transaction.CarryOver(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuPpsr, Deu1(1, 100)));
        return f;
    }

    [Fact]
    public void Ppsr_units_are_retired_from_the_day_after_the_second_period()
    {
        RegistryFixture f = WithPpsrUnits(100);
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), Cp2.Dates.End, DeuPpsr, DeuRetirement2, Deu1(1, 10)), CheckCode.PpsrRetirementTooEarly));
        Assert.Null(failure.Units);
        f.Accept(Transaction.Retire(f.NextId(), AfterSecond, DeuPpsr, DeuRetirement2, Deu1(1, 10)));
    }

    [Fact]
    public void Ppsr_units_are_retired_up_to_exactly_the_limit_counting_earlier_retirements()
    {
        RegistryFixture f = WithPpsrUnits(50);
        f.Accept(Transaction.Retire(f.NextId(), AfterSecond, DeuPpsr, DeuRetirement2, Deu1(1, 30)));
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.Retire(f.NextId(), AfterSecond, DeuPpsr, DeuRetirement2, Deu1(31, 40), Deu1(41, 51)), CheckCode.PpsrRetirementBeyondLimit));
        Assert.Null(failure.Units);
        f.Accept(Transaction.Retire(f.NextId(), AfterSecond, DeuPpsr, DeuRetirement2, Deu1(31, 40), Deu1(41, 50)));
        RejectWith(f, Transaction.Retire(f.NextId(), AfterSecond, DeuPpsr, DeuRetirement2, Deu1(51, 51)), CheckCode.PpsrRetirementBeyondLimit);
        Assert.Equal(50, f.Ledger.GetQuantity(DeuRetirement2));
    }

    [Fact]
    public void Retirement_from_a_holding_account_is_not_bound_by_the_ppsr_rules()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10, Cp2);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement2, Deu1(1, 10)));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuRetirement2, UnitType.Aau, Cp2));
    }
}
