using System.Linq;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Boundaries and conditions of the replacement checks (decision 5/CMP.1 annex; ¶47(b), (c) for lCERs of the same
/// project): accounts, unit types per replacement account, periods, expiry, equal quantities and ranges that are both
/// replacing and replaced.
/// </summary>
public sealed class ReplacementMutationKillTests
{
    private static readonly LocalDate LcerExpiry = new(2030, 1, 1);
    private static readonly AccountId DeuTcerReplacement2 = AccountId.FromNumber(19);
    private static readonly AccountId DeuLcerNonSubmission1 = AccountId.FromNumber(20);

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    /// <summary>
    /// Germany: CP1 AAUs DEU 1–100 and CP2 AAUs DEU 101–200 held; CP1 tCERs CDM 1–40 retired and CDM 41–80 held; CP1
    /// lCERs of project 7 CDM 101–140 retired and 141–180 held; CERs CDM 181–200 held.
    /// </summary>
    private static RegistryFixture World()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 1000)
            .WithAccount(Account.ForPeriod(DeuLcerReversal1, DeuRegistry, AccountType.LcerReplacementForReversalOfStorage, Cp1))
            .WithAccount(Account.ForPeriod(DeuTcerReplacement2, DeuRegistry, AccountType.TcerReplacementForExpiry, Cp2))
            .WithAccount(Account.ForPeriod(DeuLcerNonSubmission1, DeuRegistry, AccountType.LcerReplacementForNonSubmissionOfCertificationReport, Cp1)));
        f.IssueDeuAau(1, 100);
        f.IssueDeuAau(101, 100, Cp2);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 80, Cp2.Dates.End);
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 101, 80, LcerExpiry);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 181, 20);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 40), Cdm(101, 140)));
        return f;
    }

    private static Transaction ReplaceTcers(RegistryFixture f, SerialRange[] replacing, SerialRange[] replaced, AccountId? to = null, LocalDate? date = null) =>
        Transaction.Replace(f.NextId(), date ?? Day, DeuHolding, replacing, DeuRetirement1, replaced, to ?? DeuTcerReplacement1);

    [Fact]
    public void Quantities_must_be_equal_one_less_or_one_more_fails_without_units()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Deu1(1, 39)], [Cdm(1, 40)]), CheckCode.ReplacementQuantityMismatch));
        Assert.Null(failure.Units);
        RejectWith(f, ReplaceTcers(f, [Deu1(1, 41)], [Cdm(1, 40)]), CheckCode.ReplacementQuantityMismatch);
        RejectWith(f, ReplaceTcers(f, [Deu1(1, 20), Deu1(21, 40)], [Cdm(1, 39)]), CheckCode.ReplacementQuantityMismatch);
        f.Accept(ReplaceTcers(f, [Deu1(1, 20), Deu1(21, 40)], [Cdm(1, 30), Cdm(31, 40)]));
        Assert.Equal(80, f.Ledger.GetQuantity(DeuTcerReplacement1));
        Assert.Equal(40, f.Ledger.GetQuantity(DeuRetirement1));
    }

    [Fact]
    public void No_quantity_mismatch_is_reported_when_one_side_has_no_units_found()
    {
        RegistryFixture f = World();
        RejectWith(f, ReplaceTcers(f, [Deu1(1, 40)], [Cdm(5001, 5040)]), CheckCode.SerialRangeUnknown);
        RejectWith(f, ReplaceTcers(f, [Deu1(5001, 5040)], [Cdm(1, 40)]), CheckCode.SerialRangeUnknown);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 40)));
        RejectWith(f, ReplaceTcers(f, [Deu1(1, 40)], [Cdm(1, 40)]), CheckCode.UnitsNotHeld);
    }

    [Fact]
    public void The_replaced_units_come_from_a_retirement_account()
    {
        RegistryFixture f = World();
        RejectWith(f, Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 40)], DeuHolding, [Cdm(41, 80)], DeuTcerReplacement1), CheckCode.AccountTypeNotValid);

        // The replaced units are not looked for in the wrong account (no quantity mismatch with what it holds).
        RejectWith(f, Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 40)], DeuHolding, [Cdm(41, 50)], DeuTcerReplacement1), CheckCode.AccountTypeNotValid);
        RejectWith(f, Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 40)], AccountId.FromNumber(999), [Cdm(1, 40)], DeuTcerReplacement1), CheckCode.UnknownAccount);
    }

    [Fact]
    public void The_destination_is_a_replacement_account_and_the_source_a_holding_account_of_the_same_registry()
    {
        RegistryFixture f = World();
        RejectWith(f, ReplaceTcers(f, [Deu1(1, 40)], [Cdm(1, 40)], to: DeuVoluntary1), CheckCode.AccountTypeNotValid);
        RejectWith(f, ReplaceTcers(f, [Deu1(1, 40)], [Cdm(1, 40)], to: AccountId.FromNumber(999)), CheckCode.UnknownAccount);
        CheckFailure[] failures = Reject(f, Transaction.Replace(f.NextId(), Day, DeuRetirement1, [Cdm(101, 140)], DeuRetirement1, [Cdm(1, 40)], DeuTcerReplacement1));
        Single(failures, CheckCode.AccountTypeNotValid);
        Assert.Equal(Cdm(101, 140), Single(failures, CheckCode.UnitsRetiredOrCancelled).Units);

        f.IssueAau(FraHolding, FraRegistry, Cp1, 1, 40);
        Single(Reject(f, Transaction.Replace(f.NextId(), Day, FraHolding, [Range(FraRegistry, 1, 40)], DeuRetirement1, [Cdm(1, 40)], DeuTcerReplacement1)), CheckCode.RegistryNotValid);
        Single(Reject(f, Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 40)], FraRetirement1, [Cdm(1, 40)], DeuTcerReplacement1)), CheckCode.RegistryNotValid);
    }

    [Fact]
    public void The_tcer_account_replaces_tcers_only_and_the_lcer_account_lcers_only()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Deu1(1, 40)], [Cdm(101, 140)]), CheckCode.UnitTypeNotValid));
        Assert.Equal(Cdm(101, 140), failure.Units);
        failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Deu1(1, 40)], [Cdm(1, 40)], to: DeuLcerReplacement1), CheckCode.UnitTypeNotValid));
        Assert.Equal(Cdm(1, 40), failure.Units);
        f.Accept(ReplaceTcers(f, [Deu1(1, 40)], [Cdm(101, 140)], to: DeuLcerReplacement1));
        f.Accept(ReplaceTcers(f, [Deu1(41, 80)], [Cdm(1, 40)]));
    }

    [Fact]
    public void Replacements_are_kyoto_units_or_units_of_the_replaced_type_only()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Cdm(141, 160), Deu1(1, 20)], [Cdm(1, 40)]), CheckCode.UnitTypeNotValid));
        Assert.Equal(Cdm(141, 160), failure.Units);
        failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Cdm(41, 60), Deu1(1, 20)], [Cdm(101, 140)], to: DeuLcerReplacement1), CheckCode.UnitTypeNotValid));
        Assert.Equal(Cdm(41, 60), failure.Units);
        f.Accept(ReplaceTcers(f, [Cdm(41, 60), Cdm(181, 200)], [Cdm(1, 40)]));
        f.Accept(ReplaceTcers(f, [Cdm(141, 160), Deu1(1, 20)], [Cdm(101, 140)], to: DeuLcerReplacement1));
    }

    [Fact]
    public void Replaced_and_replacing_units_are_valid_for_the_period_of_the_replacement_account()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Deu1(101, 140)], [Cdm(1, 40)]), CheckCode.PeriodNotValid));
        Assert.Equal(Deu1(101, 140), failure.Units);
        failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Deu1(101, 140)], [Cdm(1, 40)], to: DeuTcerReplacement2), CheckCode.PeriodNotValid));
        Assert.Equal(Cdm(1, 40), failure.Units);
    }

    [Fact]
    public void Replacing_units_must_not_be_expired_but_the_replaced_ones_may_be()
    {
        RegistryFixture f = World();
        LocalDate expired = Cp2.Dates.End.PlusDays(1);
        CheckFailure failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Cdm(41, 80)], [Cdm(1, 40)], date: expired), CheckCode.UnitsExpired));
        Assert.Equal(Cdm(41, 80), failure.Units);
        f.Accept(ReplaceTcers(f, [Cdm(41, 60)], [Cdm(1, 20)], date: Cp2.Dates.End));
        f.Accept(ReplaceTcers(f, [Deu1(1, 20)], [Cdm(21, 40)], date: expired));
    }

    [Fact]
    public void A_range_both_replacing_and_replaced_is_reported_touching_ranges_are_not()
    {
        RegistryFixture f = World();
        CheckFailure[] failures = Reject(f, ReplaceTcers(f, [Cdm(40, 79)], [Cdm(1, 40)]));
        Assert.Single(failures, x => x.Code == CheckCode.SerialRangeOverlap);
        failures = Reject(f, ReplaceTcers(f, [Cdm(1, 40)], [Cdm(40, 79)]));
        Assert.Single(failures, x => x.Code == CheckCode.SerialRangeOverlap);
        f.Accept(ReplaceTcers(f, [Cdm(41, 80)], [Cdm(1, 40)]));
    }

    [Fact]
    public void A_replacing_range_is_compared_with_the_furthest_reaching_replaced_range()
    {
        RegistryFixture f = World();

        // Replaced 1–40 and 10–20 overlap each other (one failure) and 1–40 reaches the replacing 30–35 (another).
        CheckFailure[] failures = Reject(f, ReplaceTcers(f, [Cdm(30, 35)], [Cdm(1, 40), Cdm(10, 20)]));
        Assert.Equal(2, failures.Count(x => x.Code == CheckCode.SerialRangeOverlap));

        // The same serial numbers of different originators are different units.
        f.Accept(ReplaceTcers(f, [Deu1(1, 40)], [Cdm(1, 40)]));
    }

    [Fact]
    public void Lcers_replaced_for_reversal_or_non_submission_are_replaced_by_lcers_of_their_project_only()
    {
        RegistryFixture f = World();
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 8, Cdm(1001, 1100), LcerExpiry));
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(1003, 1100)));

        foreach (AccountId account in new[] { DeuLcerReversal1, DeuLcerNonSubmission1 })
        {
            CheckFailure failure = Assert.Single(RejectWith(f, ReplaceTcers(f, [Cdm(1003, 1012), Cdm(141, 150)], [Cdm(101, 120)], to: account), CheckCode.ReplacementNotFromSameProject));
            Assert.Equal(Cdm(1003, 1012), failure.Units);
        }

        f.Accept(ReplaceTcers(f, [Cdm(141, 150), Deu1(1, 10)], [Cdm(101, 120)], to: DeuLcerReversal1));
        f.Accept(ReplaceTcers(f, [Cdm(1003, 1022)], [Cdm(121, 140)], to: DeuLcerReplacement1));
    }

    [Fact]
    public void Lcers_of_any_replaced_project_may_replace()
    {
        RegistryFixture f = World();
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 8, Cdm(1001, 1100), LcerExpiry));
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Cdm(1003, 1100)));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1003, 1012)));
        f.Accept(ReplaceTcers(f, [Cdm(1013, 1022), Cdm(141, 150)], [Cdm(1003, 1012), Cdm(101, 110)], to: DeuLcerNonSubmission1));
    }
}
