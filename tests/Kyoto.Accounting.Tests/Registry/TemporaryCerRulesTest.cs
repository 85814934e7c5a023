using System;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// The tCER/lCER acquisition limit (decision 13/CMP.1 annex ¶42(c), audit finding M4) and the tCER/lCER cancellation
/// accounts (¶21(i)–(l) as inserted by decision 3/CMP.11 annex I ¶12, audit finding M5).
/// </summary>
public sealed class TemporaryCerRulesTest
{
    private static readonly LocalDate LcerExpiry = new(2012, 1, 1);
    private static readonly LocalDate AfterLcerExpiry = new(2012, 6, 1);

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    private static void Rejected(TransactionResult result, CheckCode code)
    {
        Assert.False(result.IsAccepted, "accepted: " + result);
        Assert.Contains(result.Failures, f => f.Code == code);
    }

    private static RegistryFixture WithCancellationAccounts(long limit = 1000) =>
        new(c => WithTemporaryCancellationAccounts(c).WithTemporaryCerLimit(Deu, Cp1, limit).WithTemporaryCerLimit(Deu, Cp2, limit));

    // --- M4: the limit on acquisition ---------------------------------------------------------------------------

    [Fact]
    public void Units_held_and_units_retired_both_count_and_cancelled_ones_free_the_room()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 10));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, Cp2.Dates.End);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 6)));
        Assert.Equal(10, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 7, Cdm(101, 110), new LocalDate(2030, 1, 1)));
        Rejected(f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(101, 101))), CheckCode.TemporaryCerAcquisitionBeyondLimit);

        // Four held tCERs cancelled voluntarily (not expired) no longer count: four lCERs fit.
        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuVoluntary1, Cdm(7, 10)));
        Assert.Equal(6, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuEntity, Cdm(101, 104)));
        Assert.Equal(10, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        Rejected(f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(105, 105))), CheckCode.TemporaryCerAcquisitionBeyondLimit);
    }

    [Fact]
    public void A_transfer_between_national_registries_counts_for_the_acquirer_only()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Fra, Cp1, 100).WithTemporaryCerLimit(Deu, Cp1, 5));
        f.IssueCdmTo(FraHolding, UnitType.Tcer, 1, 100, Cp2.Dates.End);
        Rejected(f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, Cdm(1, 6))), CheckCode.TemporaryCerAcquisitionBeyondLimit);
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, Cdm(1, 5)));

        // Back to the CDM registry: no limit there, and the acquisition frees Germany's room.
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, CdmHolding, Cdm(1, 5)));
        Assert.Equal(0, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
        Assert.Equal(95, f.Ledger.GetTemporaryCersTowardsLimit(Fra, Cp1));
    }

    [Fact]
    public void The_limit_is_per_period_of_the_units_and_an_unrecorded_limit_is_zero()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 1000));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Tcer, Cp2, 7, Cdm(1, 10), Cp2.Dates.End.PlusDays(1)));
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(1, 1)));
        Rejected(result, CheckCode.TemporaryCerAcquisitionBeyondLimit);
        Assert.Contains("CP2", Assert.Single(result.Failures, x => x.Code == CheckCode.TemporaryCerAcquisitionBeyondLimit).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cers_do_not_count_and_other_units_pass_unchecked()
    {
        var f = new RegistryFixture();
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 1000);
        Assert.Equal(0, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
    }

    /// <summary>
    /// The retirement check (4008) stays as a second guard: it is reached when the limit is lowered (e.g. after a review
    /// of base-year emissions) below what the Party already holds.
    /// </summary>
    [Fact]
    public void Retirement_beyond_a_limit_lowered_after_the_acquisition_is_still_rejected()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 100, Cp2.Dates.End);
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithTemporaryCerLimit(Deu, Cp1, 50), Day);
        Rejected(f.Ledger.TryApply(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 51))), CheckCode.TemporaryCerLimitExceeded);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 50)));
    }

    [Fact]
    public void The_query_validates_its_arguments() =>
        Assert.Throws<ArgumentNullException>(() => new RegistryFixture().Ledger.GetTemporaryCersTowardsLimit(null!, Cp1));

    // --- M5: the cancellation accounts -------------------------------------------------------------------------

    [Fact]
    public void Expired_lcers_are_cancelled_into_the_lcer_cancellation_account_for_expiry()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 100, LcerExpiry);
        f.Accept(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuLcerCancellation1, Cdm(1, 100)));
        Assert.Equal(100, f.Ledger.GetQuantity(DeuLcerCancellation1, UnitType.Lcer, Cp1));
        Assert.Equal(0, f.Ledger.GetTemporaryCersTowardsLimit(Deu, Cp1));
    }

    [Fact]
    public void The_accounts_for_expiry_take_only_expired_units_the_expiry_date_itself_being_the_last_valid_day()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 10, LcerExpiry);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), LcerExpiry, DeuHolding, DeuLcerCancellation1, Cdm(1, 10))), CheckCode.UnitsNotExpired);
        f.Accept(Transaction.Cancel(f.NextId(), LcerExpiry.PlusDays(1), DeuHolding, DeuLcerCancellation1, Cdm(1, 10)));
    }

    [Fact]
    public void The_tcer_account_takes_tcers_only_and_the_lcer_accounts_lcers_only()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 10, LcerExpiry);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 11, 10);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 21, 10, Cp2.Dates.End);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuTcerCancellation1, Cdm(1, 10))), CheckCode.UnitTypeNotValid);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuLcerCancellation1, Cdm(11, 20))), CheckCode.UnitTypeNotValid);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuLcerReversalCancellation1, Cdm(21, 30))), CheckCode.UnitTypeNotValid);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuLcerNonSubmissionCancellation1, Cdm(11, 20))), CheckCode.UnitTypeNotValid);
    }

    [Fact]
    public void Expired_tcers_are_cancelled_into_the_tcer_account_of_their_period()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, Cp2.Dates.End);
        LocalDate expired = Cp2.Dates.End.PlusDays(1);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), expired, DeuHolding, DeuTcerCancellation2, Cdm(1, 10))), CheckCode.PeriodNotValid);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), expired, DeuHolding, DeuVoluntary1, Cdm(1, 10))), CheckCode.UnitsExpired);
        f.Accept(Transaction.Cancel(f.NextId(), expired, DeuHolding, DeuTcerCancellation1, Cdm(1, 10)));
    }

    [Fact]
    public void Reversal_and_non_submission_accounts_take_unexpired_lcers_from_holding_accounts()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 30, LcerExpiry);
        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuLcerReversalCancellation1, Cdm(1, 10)));
        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuLcerNonSubmissionCancellation1, Cdm(11, 20)));

        // Retired lCERs are replaced (decision 5/CMP.1 annex ¶47(b), (c)), not cancelled: the retirement account is no source.
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(21, 25)));
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), Day, DeuRetirement1, DeuLcerReversalCancellation1, Cdm(21, 25))), CheckCode.AccountTypeNotValid);

        // Once expired, the lCERs go to the account for expiry.
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuLcerReversalCancellation1, Cdm(26, 30))), CheckCode.UnitsExpired);
        f.Accept(Transaction.Cancel(f.NextId(), AfterLcerExpiry, DeuHolding, DeuLcerCancellation1, Cdm(26, 30)));
    }

    [Fact]
    public void Expired_units_go_to_no_other_cancellation_account()
    {
        RegistryFixture f = WithCancellationAccounts();
        f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithAccount(Account.ForPeriod(DeuMandatory1, DeuRegistry, AccountType.MandatoryCancellation, Cp1)), Day);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, Cp2.Dates.End);
        LocalDate expired = Cp2.Dates.End.PlusDays(1);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), expired, DeuHolding, DeuMandatory1, Cdm(1, 10))), CheckCode.UnitsExpired);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), expired, DeuHolding, DeuNetSource1, Cdm(1, 10))), CheckCode.UnitsExpired);

        // Before expiry, remaining CP1 tCERs are cancelled as remaining units (decision 13/CMP.1 annex ¶36).
        f.Accept(Transaction.Cancel(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuMandatory1, Cdm(1, 5)));
        f.Accept(Transaction.Cancel(f.NextId(), expired, DeuHolding, DeuTcerCancellation1, Cdm(6, 10)));
    }

    [Fact]
    public void The_cdm_registry_has_no_tcer_or_lcer_cancellation_account()
    {
        foreach (AccountType type in new[] { AccountType.TcerCancellationForExpiry, AccountType.LcerCancellationForExpiry, AccountType.LcerCancellationForReversalOfStorage, AccountType.LcerCancellationForNonSubmissionOfCertificationReport })
        {
            Assert.Throws<ArgumentException>(() => Account.ForPeriod(AccountId.FromNumber(99), RegistryId.Cdm, type, Cp1));
            Assert.True(Account.ForPeriod(AccountId.FromNumber(99), DeuRegistry, type, Cp1).IsTerminal);
        }
    }
}
