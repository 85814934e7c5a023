using System.Linq;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>Review findings on issuance dates, replacement, error codes, overflow in checks and PPSR retirement timing.</summary>
public class LedgerReviewFindingsTest
{
    private static readonly LocalDate EndOfSecondPeriod = Cp2.Dates.End;

    private static TransactionResult IssueCdm(RegistryFixture f, UnitType type, CommitmentPeriod period, LocalDate? expiry, long first = 1) =>
        f.Ledger.TryApply(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, type, period, 7, Range(RegistryId.Cdm, first, first + 9), expiry));

    [Fact]
    public void Cers_are_issued_without_an_expiry_date()
    {
        // Decision 5/CMP.1 annex ¶1(g), (h): only tCERs and lCERs expire.
        var f = new RegistryFixture();
        TransactionResult withExpiry = IssueCdm(f, UnitType.Cer, Cp1, new LocalDate(2030, 1, 1));

        Assert.Equal(CheckCode.ExpiryDateNotValid, Assert.Single(withExpiry.Failures).Code);
        Assert.True(IssueCdm(f, UnitType.Cer, Cp1, null).IsAccepted);
    }

    [Theory]
    [InlineData(2012, 12, 31)]
    [InlineData(2020, 12, 30)]
    [InlineData(2021, 1, 1)]
    [InlineData(2030, 12, 31)]
    public void First_period_tcers_expire_exactly_at_the_end_of_the_second_period(int year, int month, int day)
    {
        // Decision 5/CMP.1 annex ¶1(g): a tCER expires at the end of the commitment period following the one for which it was issued.
        var f = new RegistryFixture();
        TransactionResult wrong = IssueCdm(f, UnitType.Tcer, Cp1, new LocalDate(year, month, day));

        Assert.Equal(CheckCode.ExpiryDateNotValid, Assert.Single(wrong.Failures).Code);
        Assert.True(IssueCdm(f, UnitType.Tcer, Cp1, EndOfSecondPeriod).IsAccepted);
    }

    [Fact]
    public void Second_period_tcers_expire_after_the_end_of_the_second_period()
    {
        // The period after the second is not defined: the expiry date must at least lie beyond the second period.
        var f = new RegistryFixture();
        Assert.True(IssueCdm(f, UnitType.Tcer, Cp2, EndOfSecondPeriod).HasFailure(CheckCode.ExpiryDateNotValid));
        Assert.True(IssueCdm(f, UnitType.Tcer, Cp2, EndOfSecondPeriod.PlusDays(1)).IsAccepted);
    }

    [Fact]
    public void Lcers_and_tcers_must_carry_an_expiry_date()
    {
        // Decision 5/CMP.1 annex ¶1(g), (h).
        var f = new RegistryFixture();
        Assert.True(IssueCdm(f, UnitType.Lcer, Cp1, null).HasFailure(CheckCode.ExpiryDateNotValid));
        Assert.True(IssueCdm(f, UnitType.Tcer, Cp1, null).HasFailure(CheckCode.ExpiryDateNotValid));
        Assert.True(IssueCdm(f, UnitType.Lcer, Cp1, new LocalDate(2030, 1, 1)).IsAccepted);
    }

    [Fact]
    public void Replaced_tcers_come_from_a_retirement_account_not_a_holding_account()
    {
        // Decision 5/CMP.1 annex: tCERs used for compliance (retired) are replaced; tCERs expiring in holding accounts are cancelled.
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 100);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 20, EndOfSecondPeriod);

        TransactionResult fromHolding = f.Ledger.TryApply(Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 10)], DeuHolding, [Range(RegistryId.Cdm, 1, 10)], DeuTcerReplacement1));
        Assert.Equal(CheckCode.AccountTypeNotValid, Assert.Single(fromHolding.Failures).Code);

        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10)));
        f.Accept(Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 10)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuTcerReplacement1));
    }

    [Fact]
    public void Replacing_units_are_valid_for_the_period_of_the_replaced_units()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 100);
        f.IssueDeuAau(1001, 100, Cp2);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, EndOfSecondPeriod);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10)));

        TransactionResult wrongPeriod = f.Ledger.TryApply(Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1001, 1010)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuTcerReplacement1));
        Assert.Equal(CheckCode.PeriodNotValid, Assert.Single(wrongPeriod.Failures).Code);
        f.Accept(Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 10)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuTcerReplacement1));
    }

    [Fact]
    public void A_missing_Adaptation_Fund_account_has_its_own_code_not_unknown_account()
    {
        var f = new RegistryFixture(_ => RegistryConfiguration.Empty.WithAccount(Account.PartyHolding(CdmHolding, RegistryId.Cdm)));
        TransactionResult result = f.Ledger.TryApply(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Cer, Cp1, 8, Range(RegistryId.Cdm, 1, 100)));

        CheckFailure failure = Assert.Single(result.Failures);
        Assert.Equal(CheckCode.AdaptationFundAccountNotConfigured, failure.Code);
        Assert.Equal(1007, (int)failure.Code);
    }

    [Fact]
    public void Carry_over_of_more_erus_than_a_long_holds_is_rejected_by_the_limit_not_an_overflow()
    {
        // Ten registries of 10^18 ERUs each: the sum in the check exceeds long.MaxValue.
        (RegistryFixture f, SerialRange[] ranges) = ManyRegistries(convert: true);

        TransactionResult result = f.Ledger.TryApply(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, ranges));

        Assert.Equal(CheckCode.CarryOverBeyondLimit, Assert.Single(result.Failures).Code);
    }

    [Fact]
    public void Retirement_of_more_units_than_a_long_holds_is_checked_without_overflow()
    {
        (RegistryFixture f, SerialRange[] ranges) = ManyRegistries(convert: false);

        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, ranges));

        Assert.Equal(0, f.Ledger.GetQuantity(DeuHolding));
    }

    [Fact]
    public void Ppsr_units_are_retired_only_after_the_second_period()
    {
        // Reference rules §6 (decision 1/CMP.8 ¶23–26): PPSR units are retired to the extent that second-period
        // emissions exceed the assigned amount, which is known only after the period.
        var f = new RegistryFixture(c => c.WithPpsrRetirementLimit(Deu, 100));
        f.IssueDeuAau(1, 100);
        f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 100)));

        TransactionResult early = f.Ledger.TryApply(Transaction.Retire(f.NextId(), EndOfSecondPeriod, DeuPpsr, DeuRetirement2, Deu1(1, 10)));
        Assert.Equal(CheckCode.PpsrRetirementTooEarly, Assert.Single(early.Failures).Code);
        f.Accept(Transaction.Retire(f.NextId(), EndOfSecondPeriod.PlusDays(1), DeuPpsr, DeuRetirement2, Deu1(1, 10)));
    }

    /// <summary>Ten Parties issue 10^18 − 1 AAUs each (optionally converted to ERUs) and transfer them to Germany's holding account.</summary>
    private static (RegistryFixture Fixture, SerialRange[] Ranges) ManyRegistries(bool convert)
    {
        const long max = 999_999_999_999_999_999;
        Party[] parties = new[] { "AUT", "BEL", "DNK", "ESP", "FIN", "GBR", "IRL", "ITA", "NLD", "SWE" }.Select(Party.FromCode).ToArray();
        var f = new RegistryFixture(c =>
        {
            for (int i = 0; i < parties.Length; i++)
            {
                c = c.WithAccount(Account.PartyHolding(AccountId.FromNumber(100 + i), RegistryId.National(parties[i])))
                    .WithEligibility(parties[i], Mechanism.JointImplementation, Mechanism.EmissionsTrading)
                    .WithAssignedAmount(parties[i], Cp1, max);
            }

            return c;
        });
        var ranges = new SerialRange[parties.Length];
        for (int i = 0; i < parties.Length; i++)
        {
            AccountId holding = AccountId.FromNumber(100 + i);
            ranges[i] = SerialRange.Of(RegistryId.National(parties[i]), 1, max);
            f.IssueAau(holding, RegistryId.National(parties[i]), Cp1, 1, max);
            if (convert)
            {
                f.Accept(Transaction.Convert(f.NextId(), Day, holding, 1, EruTrack.Track2, ranges[i]));
            }

            f.Accept(Transaction.TransferExternally(f.NextId(), Day, holding, DeuHolding, ranges[i]));
        }

        return (f, ranges);
    }
}
