using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Regression tests for the registry findings of the December 2026 rules audit, one per probe of its P3 section.
/// Codes are written as numbers so the file also compiles against the code before the fixes (where each test failed).
/// </summary>
public class RulesAuditRegistryTest
{
    private static readonly LocalDate Cp2Day = new(2016, 1, 5);

    private static void Rejected(TransactionResult result, int code)
    {
        Assert.False(result.IsAccepted, "accepted: " + result);
        Assert.Contains(result.Failures, f => (int)f.Code == code);
    }

    [Fact]
    public void F7_cer_retirement_checks_eligibility_to_use_cers()
    {
        var f = new RegistryFixture(c => c.WithSuspension(Deu, Mechanism.CleanDevelopmentMechanism, new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31))));
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 100);
        Rejected(f.Ledger.TryApply(Transaction.Retire(f.NextId(), new LocalDate(2011, 6, 1), DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10))), 3005);
    }

    [Fact]
    public void F8_article_37_ter_takes_only_the_partys_own_second_period_aaus()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000);
        f.IssueAau(FraHolding, FraRegistry, Cp2, 1, 1000);
        f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 500)));
        f.Accept(Transaction.TransferExternally(f.NextId(), Cp2Day, FraHolding, DeuHolding, Range(FraRegistry, 1, 100)));
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), Cp2Day, DeuPpsr, DeuArt37Ter, Deu1(1, 100))), 2005);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), Cp2Day, DeuHolding, DeuArt37Ter, Range(FraRegistry, 3, 52))), 2005);
    }

    [Fact]
    public void F10_no_carry_over_into_a_ppsr_without_a_second_period_commitment()
    {
        var jpnPpsr = AccountId.FromNumber(32);
        var f = new RegistryFixture(c => c.WithAccount(Account.ForPeriod(jpnPpsr, JpnRegistry, AccountType.PreviousPeriodSurplusReserve, Cp2)));
        f.IssueAau(JpnHolding, JpnRegistry, Cp1, 1, 1000);
        Rejected(f.Ledger.TryApply(Transaction.CarryOver(f.NextId(), AfterTrueUp, JpnHolding, jpnPpsr, Range(JpnRegistry, 1, 500))), 3006);
        Assert.Equal(0, f.Ledger.GetQuantity(jpnPpsr, UnitType.Aau, Cp2));
    }

    [Fact]
    public void F11_no_temporary_cers_in_net_source_cancellation()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 100, Cp2.Dates.End);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource1, Range(RegistryId.Cdm, 1, 10))), 2005);
    }

    [Fact]
    public void D4_no_rmus_for_deforestation()
    {
        var f = new RegistryFixture(c => c.WithLulucfIssuanceLimit(Deu, Cp1, LulucfActivity.Deforestation, 1_000_000));
        Rejected(f.Ledger.TryApply(Transaction.IssueRemovalUnits(f.NextId(), Day, DeuHolding, Cp1, LulucfActivity.Deforestation, Deu1(1, 1_000_000))), 2005);
    }

    [Fact]
    public void M2_second_period_units_need_a_second_period_commitment()
    {
        var f = new RegistryFixture(c => c.WithEligibility(Jpn, Mechanism.EmissionsTrading));
        f.IssueDeuAau(1, 1000, Cp2);
        Rejected(f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), new LocalDate(2014, 2, 1), DeuHolding, JpnHolding, Deu1(1, 100))), 3006);

        // First-period trading of the same Party stays possible.
        f.IssueDeuAau(2001, 1000);
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2014, 2, 1), DeuHolding, JpnHolding, Deu1(2001, 2100)));
    }

    [Fact]
    public void M6_retirement_closes_with_the_additional_period()
    {
        var f = new RegistryFixture(c => c.WithPpsrRetirementLimit(Deu, 1000));
        f.IssueDeuAau(1, 1000);
        f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 500)));
        Rejected(f.Ledger.TryApply(Transaction.Retire(f.NextId(), new LocalDate(2017, 1, 2), DeuHolding, DeuRetirement1, Deu1(501, 600))), 4012);
        Rejected(f.Ledger.TryApply(Transaction.Retire(f.NextId(), new LocalDate(2030, 1, 2), DeuPpsr, DeuRetirement2, Deu1(1, 10))), 4012);
        f.Accept(Transaction.Retire(f.NextId(), Cp2.AdditionalPeriodEnd, DeuPpsr, DeuRetirement2, Deu1(1, 10)));
    }

    [Fact]
    public void M6_remaining_units_are_cancelled_only_after_the_additional_period()
    {
        var f = new RegistryFixture(c => c.WithAccount(Account.ForPeriod(DeuMandatory1, DeuRegistry, AccountType.MandatoryCancellation, Cp1)));
        f.IssueDeuAau(1, 1000);
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), new LocalDate(2011, 1, 3), DeuHolding, DeuMandatory1, Deu1(101, 200))), 4013);
    }

    /// <summary>
    /// D5, decided: replacing units must be valid for the period of the replacement account (decision 5/CMP.1 annex:
    /// the replacement restores the units used for that period). A retired CP1 tCER is therefore replaced with CP1-valid
    /// units; CP2 AAUs are refused (2006). The ledger does not relax this after the CP1 true-up.
    /// </summary>
    [Fact]
    public void D5_first_period_tcers_are_replaced_with_first_period_units()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 1000));
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 100, Cp2.Dates.End);
        f.Accept(Transaction.Retire(f.NextId(), new LocalDate(2012, 1, 2), DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 100)));
        f.IssueAau(DeuHolding, DeuRegistry, Cp2, 1, 1000, new LocalDate(2014, 1, 2));
        Rejected(f.Ledger.TryApply(Transaction.Replace(f.NextId(), new LocalDate(2020, 6, 1), DeuHolding, [Deu1(1, 100)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 100)], DeuTcerReplacement1)), 2006);
    }

    /// <summary>
    /// M4 (audit probe P3.6): decision 13/CMP.1 annex ¶42(c) — the transaction log checks the tCER/lCER limit on
    /// acquisition. Forwarding 1,000 tCERs to a Party whose limit is 10 was accepted; it is rejected (4016) and changes
    /// nothing; forwarding 10 is accepted.
    /// </summary>
    [Fact]
    public void M4_forwarding_tcers_beyond_the_limit_is_rejected_on_acquisition()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 10));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Tcer, Cp1, 7, Range(RegistryId.Cdm, 1, 1000), Cp2.Dates.End));
        Rejected(f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 1, 1000))), 4016);
        Assert.Equal(0, f.Ledger.GetQuantity(DeuHolding));
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 1, 10)));
        Rejected(f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 11, 11))), 4016);
    }

    /// <summary>
    /// M5 (audit probe P3.8): expired lCERs in a holding account go to the lCER cancellation account for expiry
    /// (decision 13/CMP.1 annex ¶21(j) as inserted by decision 3/CMP.11 annex I ¶12); an expired tCER or lCER may not be
    /// further transferred (decision 5/CMP.1 annex), so the voluntary cancellation account refuses them (2007), where they
    /// were accepted and reported as voluntary cancellations.
    /// </summary>
    [Fact]
    public void M5_expired_lcers_are_not_voluntary_cancellations()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 100, new LocalDate(2012, 1, 1));
        Rejected(f.Ledger.TryApply(Transaction.Cancel(f.NextId(), new LocalDate(2012, 6, 1), DeuHolding, DeuVoluntary1, Range(RegistryId.Cdm, 1, 100))), 2007);
        Assert.Equal(0, f.Ledger.GetQuantity(DeuVoluntary1));
    }
}
