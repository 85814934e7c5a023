using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Boundaries of the tCER/lCER acquisition limit (decision 13/CMP.1 annex ¶42(c)) per period of the units, and the
/// conditions of the tCER/lCER cancellation accounts (¶21(i)–(l) as inserted by decision 3/CMP.11 annex I ¶12).
/// </summary>
public sealed class TemporaryCerMutationKillTests
{
    private static readonly LocalDate LcerExpiry = new(2012, 1, 1);
    private static readonly LocalDate Cp2Expiry = new(2030, 1, 1);

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    private static Transaction FromCdm(RegistryFixture f, AccountId to, SerialRange units) => Transaction.TransferExternally(f.NextId(), Day, CdmHolding, to, units);

    /// <summary>CDM 1–100 tCERs and 101–200 lCERs of CP1, 201–300 tCERs of CP2, in the CDM registry's holding account.</summary>
    private static RegistryFixture World(long cp1Limit, long cp2Limit)
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, cp1Limit).WithTemporaryCerLimit(Deu, Cp2, cp2Limit));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Tcer, Cp1, 7, Cdm(1, 100), Cp2.Dates.End));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 7, Cdm(101, 200), Cp2Expiry));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Tcer, Cp2, 7, Cdm(201, 300), Cp2Expiry));
        return f;
    }

    [Fact]
    public void Acquisition_up_to_exactly_the_limit_counting_tcers_and_lcers_in_every_holding_account()
    {
        RegistryFixture f = World(10, 0);
        f.Accept(FromCdm(f, DeuHolding, Cdm(1, 4)));
        f.Accept(FromCdm(f, DeuEntity, Cdm(101, 103)));
        f.Accept(FromCdm(f, DeuHolding, Cdm(104, 106)));
        Assert.Equal(10, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        CheckFailure failure = Assert.Single(RejectWith(f, FromCdm(f, DeuEntity, Cdm(5, 5)), CheckCode.TemporaryCerAcquisitionBeyondLimit));
        Assert.Null(failure.Units);
        RejectWith(f, FromCdm(f, DeuHolding, Cdm(107, 107)), CheckCode.TemporaryCerAcquisitionBeyondLimit);
    }

    [Fact]
    public void Cers_acquired_with_temporary_units_do_not_count()
    {
        RegistryFixture f = World(10, 0);
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Cer, Cp1, 7, Cdm(1001, 1100)));
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(1, 10), Cdm(1001, 1050)));
        Assert.Equal(10, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
    }

    [Fact]
    public void Retired_units_count_once_towards_the_acquisition_limit()
    {
        RegistryFixture f = World(10, 0);
        f.Accept(FromCdm(f, DeuHolding, Cdm(1, 4)));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 4)));
        Assert.Equal(4, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        f.Accept(FromCdm(f, DeuHolding, Cdm(101, 106)));
        RejectWith(f, FromCdm(f, DeuHolding, Cdm(5, 5)), CheckCode.TemporaryCerAcquisitionBeyondLimit);
    }

    [Fact]
    public void A_single_acquisition_one_over_the_limit_is_rejected()
    {
        RegistryFixture f = World(10, 10);
        RejectWith(f, FromCdm(f, DeuHolding, Cdm(1, 11)), CheckCode.TemporaryCerAcquisitionBeyondLimit);
        RejectWith(f, FromCdm(f, DeuHolding, Cdm(201, 211)), CheckCode.TemporaryCerAcquisitionBeyondLimit);
        f.Accept(FromCdm(f, DeuHolding, Cdm(1, 10)));
        f.Accept(FromCdm(f, DeuHolding, Cdm(201, 210)));
    }

    [Fact]
    public void Each_period_of_the_units_has_its_own_limit()
    {
        RegistryFixture f = World(10, 5);
        f.Accept(FromCdm(f, DeuHolding, Cdm(201, 205)));
        f.Accept(FromCdm(f, DeuHolding, Cdm(1, 10)));
        Assert.Equal(5, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp2));
        Assert.Equal(10, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));

        // One transaction over in one period only: one failure.
        Assert.Single(RejectWith(f, Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(11, 11)), CheckCode.TemporaryCerAcquisitionBeyondLimit));
        Assert.Single(RejectWith(f, Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(206, 206)), CheckCode.TemporaryCerAcquisitionBeyondLimit));
        RejectWith(f, Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(11, 11), Cdm(206, 206)), CheckCode.TemporaryCerAcquisitionBeyondLimit, CheckCode.TemporaryCerAcquisitionBeyondLimit);
    }

    [Fact]
    public void Cp2_units_are_checked_against_the_cp2_limit_only()
    {
        RegistryFixture f = World(0, 10);
        f.Accept(FromCdm(f, DeuHolding, Cdm(201, 210)));
        RejectWith(f, FromCdm(f, DeuHolding, Cdm(1, 1)), CheckCode.TemporaryCerAcquisitionBeyondLimit);
    }

    [Fact]
    public void A_period_without_incoming_units_is_not_checked_even_when_already_beyond_a_lowered_limit()
    {
        RegistryFixture f = World(10, 10);
        f.Accept(FromCdm(f, DeuHolding, Cdm(201, 210)));
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithTemporaryCerLimit(Deu, Cp2, 5), Day);
        f.Accept(FromCdm(f, DeuHolding, Cdm(1, 10)));
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1001, 10);
    }

    [Fact]
    public void Non_national_acquirers_have_no_limit()
    {
        RegistryFixture f = World(10, 10);
        f.Accept(FromCdm(f, DeuHolding, Cdm(1, 10)));
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithTemporaryCerLimit(Deu, Cp1, 0), Day);
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, CdmHolding, Cdm(1, 5)));
        Assert.Equal(5, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
    }

    private static RegistryFixture WithCancellationAccounts()
    {
        var f = new RegistryFixture(c => WithTemporaryCancellationAccounts(c).WithTemporaryCerLimit(Deu, Cp1, 1000));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 20, Cp2.Dates.End);
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 101, 40, LcerExpiry);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 201, 20);
        return f;
    }

    private static Transaction Cancel(RegistryFixture f, LocalDate date, AccountId to, params SerialRange[] units) => Transaction.Cancel(f.NextId(), date, DeuHolding, to, units);

    [Fact]
    public void Units_of_the_wrong_type_fail_once_whatever_their_expiry()
    {
        RegistryFixture f = WithCancellationAccounts();
        LocalDate afterLcers = LcerExpiry.PlusDays(1);
        Assert.Single(RejectWith(f, Cancel(f, afterLcers, DeuTcerCancellation1, Cdm(101, 110)), CheckCode.UnitTypeNotValid));
        Assert.Single(RejectWith(f, Cancel(f, Day, DeuTcerCancellation1, Cdm(101, 110)), CheckCode.UnitTypeNotValid));
        Assert.Single(RejectWith(f, Cancel(f, Day, DeuTcerCancellation1, Cdm(201, 210)), CheckCode.UnitTypeNotValid));
        Assert.Single(RejectWith(f, Cancel(f, Day, DeuLcerCancellation1, Cdm(1, 10)), CheckCode.UnitTypeNotValid));
        Assert.Single(RejectWith(f, Cancel(f, Day, DeuLcerCancellation1, Cdm(201, 210)), CheckCode.UnitTypeNotValid));
        Assert.Single(RejectWith(f, Cancel(f, Day, DeuLcerReversalCancellation1, Cdm(1, 10)), CheckCode.UnitTypeNotValid));
        Assert.Single(RejectWith(f, Cancel(f, Day, DeuLcerNonSubmissionCancellation1, Cdm(201, 210)), CheckCode.UnitTypeNotValid));
        RejectWith(f, Cancel(f, Day, DeuLcerReversalCancellation1, Cdm(1, 10), Cdm(201, 210), Cdm(101, 110)), CheckCode.UnitTypeNotValid, CheckCode.UnitTypeNotValid);
    }

    [Fact]
    public void The_accounts_for_expiry_take_units_from_the_day_after_their_expiry_date()
    {
        RegistryFixture f = WithCancellationAccounts();
        Assert.Single(RejectWith(f, Cancel(f, LcerExpiry, DeuLcerCancellation1, Cdm(101, 110)), CheckCode.UnitsNotExpired));
        f.Accept(Cancel(f, LcerExpiry.PlusDays(1), DeuLcerCancellation1, Cdm(101, 110)));
        Assert.Single(RejectWith(f, Cancel(f, Cp2.Dates.End, DeuTcerCancellation1, Cdm(1, 10)), CheckCode.UnitsNotExpired));
        RejectWith(f, Cancel(f, Cp2.Dates.End, DeuTcerCancellation1, Cdm(1, 5), Cdm(6, 10)), CheckCode.UnitsNotExpired, CheckCode.UnitsNotExpired);
        f.Accept(Cancel(f, Cp2.Dates.End.PlusDays(1), DeuTcerCancellation1, Cdm(1, 10)));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuTcerCancellation1, UnitType.Tcer, Cp1));
    }

    [Fact]
    public void Other_cancellation_accounts_take_temporary_units_up_to_their_expiry_date_and_cers_at_any_time()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.Accept(Cancel(f, LcerExpiry, DeuLcerReversalCancellation1, Cdm(101, 105)));
        f.Accept(Cancel(f, LcerExpiry, DeuLcerNonSubmissionCancellation1, Cdm(106, 110)));
        LocalDate after = LcerExpiry.PlusDays(1);
        Assert.Single(RejectWith(f, Cancel(f, after, DeuLcerReversalCancellation1, Cdm(111, 115)), CheckCode.UnitsExpired));
        Assert.Single(RejectWith(f, Cancel(f, after, DeuLcerNonSubmissionCancellation1, Cdm(111, 115)), CheckCode.UnitsExpired));
        Assert.Single(RejectWith(f, Cancel(f, after, DeuVoluntary1, Cdm(111, 115)), CheckCode.UnitsExpired));
        f.Accept(Cancel(f, after, DeuVoluntary1, Cdm(201, 210), Cdm(1, 5)));
    }

    [Fact]
    public void Failures_of_the_cancellation_account_checks_carry_their_units()
    {
        RegistryFixture f = WithCancellationAccounts();
        Assert.Equal(Cdm(101, 110), Assert.Single(Reject(f, Cancel(f, Day, DeuTcerCancellation1, Cdm(101, 110)))).Units);
        Assert.Equal(Cdm(101, 110), Assert.Single(Reject(f, Cancel(f, LcerExpiry, DeuLcerCancellation1, Cdm(101, 110)))).Units);
        Assert.Equal(Cdm(101, 110), Assert.Single(Reject(f, Cancel(f, LcerExpiry.PlusDays(1), DeuLcerReversalCancellation1, Cdm(101, 110)))).Units);
    }
}
