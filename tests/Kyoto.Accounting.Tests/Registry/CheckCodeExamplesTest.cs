using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// For every check code: a transaction that triggers it (and changes nothing), then the narrowest variant that passes.
/// </summary>
public class CheckCodeExamplesTest
{
    /// <summary>An example: prepares a ledger, returns the failing and the narrowly passing transaction.</summary>
    public sealed record Example(CheckCode Code, Func<RegistryFixture, (Transaction Failing, Transaction Passing)> Build, Func<RegistryConfiguration, RegistryConfiguration>? Configure = null)
    {
        public override string ToString() => Code.ToString();
    }

    public static IEnumerable<object[]> Examples() => All.Select(e => new object[] { e });

    private static readonly Example[] All =
    {
        new(CheckCode.DuplicateTransactionId, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(TransactionId.FromNumber(1), Day, DeuHolding, DeuEntity, Deu1(1, 10)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        }),
        new(CheckCode.QuantityNotPositive, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(10, 9)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(10, 10)));
        }),
        new(CheckCode.UnknownAccount, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, AccountId.FromNumber(999), Deu1(1, 10)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        }),
        new(CheckCode.DateOutOfOrder, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day.PlusDays(-1), DeuHolding, DeuEntity, Deu1(1, 10)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        }),
        new(CheckCode.AccountTypeNotValid, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        }),
        new(CheckCode.RegistryNotValid, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 10)),
                    Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 10)));
        }),
        new(CheckCode.AdaptationFundAccountNotConfigured, f =>
            (Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Cer, Cp1, 8, Range(RegistryId.Cdm, 1, 100)),
             Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Cer, Cp1, 7, Range(RegistryId.Cdm, 1, 100))),
            _ => RegistryConfiguration.Empty.WithAccount(Account.PartyHolding(CdmHolding, RegistryId.Cdm)).WithLeastDevelopedCountryProject(7)),
        new(CheckCode.UnitsNotHeld, f =>
        {
            f.IssueDeuAau(1, 100);
            f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(10, 11)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(11, 12)));
        }),
        new(CheckCode.SerialRangeUnknown, f =>
        {
            f.IssueDeuAau(1, 1000);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(991, 1001)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(991, 1000)));
        }),
        new(CheckCode.SerialRangeOverlap, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10), Deu1(10, 20)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10), Deu1(11, 20)));
        }),
        new(CheckCode.UnitsRetiredOrCancelled, f =>
        {
            f.IssueDeuAau(1, 100);
            f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10)));
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(10, 11)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(11, 12)));
        }),
        new(CheckCode.UnitTypeNotValid, f =>
        {
            f.IssueDeuAau(1, 100, Cp2);
            f.IssueRmu(Cp2, LulucfActivity.ForestManagement, 1001, 100);
            return (Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuArt37Ter, Deu1(1001, 1010)),
                    Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuArt37Ter, Deu1(1, 10)));
        }, c => c.WithLulucfIssuanceLimit(Deu, Cp2, LulucfActivity.ForestManagement, 100)),
        new(CheckCode.PeriodNotValid, f =>
        {
            f.IssueDeuAau(1, 100, Cp2);
            return (Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10)),
                    Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement2, Deu1(1, 10)));
        }),
        new(CheckCode.UnitsExpired, f =>
        {
            LocalDate expiry = Cp2.Dates.End; // a first-period tCER expires at the end of the second period
            f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Tcer, Cp1, 7, Range(RegistryId.Cdm, 1, 100), expiry));
            return (Transaction.TransferExternally(f.NextId(), expiry.PlusDays(1), CdmHolding, DeuHolding, Range(RegistryId.Cdm, 1, 10)),
                    Transaction.TransferExternally(f.NextId(), expiry, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 1, 10)));
        }, c => c.WithTemporaryCerLimit(Deu, Cp1, 10)),
        new(CheckCode.UnitsNotOfHostParty, f =>
        {
            f.IssueDeuAau(1, 100);
            f.IssueAau(FraHolding, FraRegistry, Cp1, 1, 100);
            f.Accept(Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, Range(FraRegistry, 1, 10)));
            return (Transaction.Convert(f.NextId(), Day, DeuHolding, 5, EruTrack.Track1, Range(FraRegistry, 1, 10)),
                    Transaction.Convert(f.NextId(), Day, DeuHolding, 5, EruTrack.Track1, Deu1(1, 10)));
        }),
        new(CheckCode.TransferringPartyNotEligible, f =>
        {
            f.IssueAau(JpnHolding, JpnRegistry, Cp1, 1, 100);
            f.Accept(Transaction.Convert(f.NextId(), Day, JpnHolding, 3, EruTrack.Track1, Range(JpnRegistry, 51, 100)));
            return (Transaction.TransferExternally(f.NextId(), Day, JpnHolding, DeuHolding, Range(JpnRegistry, 50, 51)),
                    Transaction.TransferExternally(f.NextId(), Day, JpnHolding, DeuHolding, Range(JpnRegistry, 51, 52)));
        }),
        new(CheckCode.AcquiringPartyNotEligible, f =>
        {
            f.IssueDeuAau(1, 100);
            f.Accept(Transaction.Convert(f.NextId(), Day, DeuHolding, 3, EruTrack.Track1, Deu1(51, 100)));
            return (Transaction.TransferExternally(f.NextId(), Day, DeuHolding, JpnHolding, Deu1(50, 51)),
                    Transaction.TransferExternally(f.NextId(), Day, DeuHolding, JpnHolding, Deu1(51, 52)));
        }),
        new(CheckCode.PartySuspended, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferExternally(f.NextId(), new LocalDate(2011, 12, 31), DeuHolding, FraHolding, Deu1(1, 10)),
                    Transaction.TransferExternally(f.NextId(), new LocalDate(2012, 1, 1), DeuHolding, FraHolding, Deu1(1, 10)));
        }, c => c.WithSuspension(Deu, Mechanism.EmissionsTrading, new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31)))),
        new(CheckCode.LegalEntityNotAuthorised, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuRogueEntity, Deu1(1, 10)),
                    Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        }),
        new(CheckCode.ReserveInfringed, f =>
        {
            f.IssueDeuAau(1, 1000);
            return (Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 101)),
                    Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 100)));
        }, c => c.WithReserve(Deu, Cp1, 900)),
        new(CheckCode.IssuanceBeyondAssignedAmount, f =>
        {
            f.IssueDeuAau(1, 999_000);
            return (Transaction.IssueAssignedAmountUnits(f.NextId(), Day, DeuHolding, Cp1, SerialRange.FromFirstAndQuantity(DeuRegistry, 999_001, 1001)),
                    Transaction.IssueAssignedAmountUnits(f.NextId(), Day, DeuHolding, Cp1, SerialRange.FromFirstAndQuantity(DeuRegistry, 999_001, 1000)));
        }),
        new(CheckCode.IssuanceBeyondLulucfLimit, f =>
            (Transaction.IssueRemovalUnits(f.NextId(), Day, DeuHolding, Cp1, LulucfActivity.ForestManagement, SerialRange.FromFirstAndQuantity(DeuRegistry, 1, 501)),
             Transaction.IssueRemovalUnits(f.NextId(), Day, DeuHolding, Cp1, LulucfActivity.ForestManagement, SerialRange.FromFirstAndQuantity(DeuRegistry, 1, 500))),
            c => c.WithLulucfIssuanceLimit(Deu, Cp1, LulucfActivity.ForestManagement, 500)),
        new(CheckCode.CarryOverBeyondLimit, f =>
        {
            f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 30_000);
            return (Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Range(RegistryId.Cdm, 1, 25_001)),
                    Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Range(RegistryId.Cdm, 1, 25_000)));
        }),
        new(CheckCode.CarryOverTooEarly, f =>
        {
            f.IssueDeuAau(1, 100);
            LocalDate end = Cp1.AdditionalPeriodEnd;
            return (Transaction.CarryOver(f.NextId(), end, DeuHolding, DeuPpsr, Deu1(1, 10)),
                    Transaction.CarryOver(f.NextId(), end.PlusDays(1), DeuHolding, DeuPpsr, Deu1(1, 10)));
        }),
        new(CheckCode.PpsrAcquisitionBeyondLimit, f =>
        {
            f.IssueDeuAau(1, 30_000);
            f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 30_000)));
            return (Transaction.TransferExternally(f.NextId(), AfterTrueUp, DeuPpsr, FraPpsr, Deu1(1, 20_001)),
                    Transaction.TransferExternally(f.NextId(), AfterTrueUp, DeuPpsr, FraPpsr, Deu1(1, 20_000)));
        }),
        new(CheckCode.PpsrRetirementBeyondLimit, f =>
        {
            f.IssueDeuAau(1, 1000);
            f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 1000)));
            LocalDate afterSecondPeriod = Cp2.Dates.End.PlusDays(1);
            return (Transaction.Retire(f.NextId(), afterSecondPeriod, DeuPpsr, DeuRetirement2, Deu1(1, 101)),
                    Transaction.Retire(f.NextId(), afterSecondPeriod, DeuPpsr, DeuRetirement2, Deu1(1, 100)));
        }, c => c.WithPpsrRetirementLimit(Deu, 100)),
        new(CheckCode.TemporaryCerLimitExceeded, f =>
        {
            // Acquired within the limit (4016 guards acquisitions); the limit is lowered afterwards.
            f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 100, new LocalDate(2020, 12, 31));
            f.Ledger.ChangeConfiguration(f.Ledger.Configuration.WithTemporaryCerLimit(Deu, Cp1, 50), Day);
            return (Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 51)),
                    Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 50)));
        }, c => c.WithTemporaryCerLimit(Deu, Cp1, 100)),
        new(CheckCode.TemporaryCerAcquisitionBeyondLimit, f =>
        {
            f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Tcer, Cp1, 7, Range(RegistryId.Cdm, 1, 100), new LocalDate(2020, 12, 31)));
            return (Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 1, 51)),
                    Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 1, 50)));
        }, c => c.WithTemporaryCerLimit(Deu, Cp1, 50)),
        new(CheckCode.UnitsNotExpired, f =>
        {
            f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 10, new LocalDate(2012, 1, 1));
            return (Transaction.Cancel(f.NextId(), new LocalDate(2012, 1, 1), DeuHolding, DeuLcerCancellation1, Range(RegistryId.Cdm, 1, 10)),
                    Transaction.Cancel(f.NextId(), new LocalDate(2012, 1, 2), DeuHolding, DeuLcerCancellation1, Range(RegistryId.Cdm, 1, 10)));
        }, c => WithTemporaryCancellationAccounts(c).WithTemporaryCerLimit(Deu, Cp1, 10)),
        new(CheckCode.ReplacementQuantityMismatch, f =>
        {
            f.IssueDeuAau(1, 100);
            f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 10, new LocalDate(2020, 12, 31));
            f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10)));
            return (Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 11)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuTcerReplacement1),
                    Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 10)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuTcerReplacement1));
        }, c => c.WithTemporaryCerLimit(Deu, Cp1, 10)),
        new(CheckCode.ExpiryDateNotValid, f =>
            (Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 7, Range(RegistryId.Cdm, 1, 10), Day),
             Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 7, Range(RegistryId.Cdm, 1, 10), Day.PlusDays(1)))),
        new(CheckCode.PpsrRetirementTooEarly, f =>
        {
            f.IssueDeuAau(1, 100);
            f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 100)));
            return (Transaction.Retire(f.NextId(), Cp2.Dates.End, DeuPpsr, DeuRetirement2, Deu1(1, 10)),
                    Transaction.Retire(f.NextId(), Cp2.Dates.End.PlusDays(1), DeuPpsr, DeuRetirement2, Deu1(1, 10)));
        }, c => c.WithPpsrRetirementLimit(Deu, 100)),
        new(CheckCode.ReplacementNotFromSameProject, f =>
        {
            var expiry = new LocalDate(2030, 1, 1);
            f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 10, expiry);
            f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10)));
            f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Lcer, Cp1, 8, Range(RegistryId.Cdm, 11, 20), expiry));
            f.Accept(Transaction.TransferExternally(f.NextId(), Day, CdmHolding, DeuHolding, Range(RegistryId.Cdm, 11, 20)));
            f.IssueCdmTo(DeuHolding, UnitType.Lcer, 21, 10, expiry);
            return (Transaction.Replace(f.NextId(), Day, DeuHolding, [Range(RegistryId.Cdm, 11, 20)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuLcerReversal1),
                    Transaction.Replace(f.NextId(), Day, DeuHolding, [Range(RegistryId.Cdm, 21, 30)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 10)], DeuLcerReversal1));
        }, c => c.WithTemporaryCerLimit(Deu, Cp1, 30).WithAccount(Account.ForPeriod(DeuLcerReversal1, DeuRegistry, AccountType.LcerReplacementForReversalOfStorage, Cp1))),
        new(CheckCode.RetiringPartyNotEligible, f =>
        {
            f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 100);
            return (Transaction.Retire(f.NextId(), new LocalDate(2011, 6, 1), DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10)),
                    Transaction.Retire(f.NextId(), new LocalDate(2012, 1, 1), DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 10)));
        }, c => c.WithSuspension(Deu, Mechanism.CleanDevelopmentMechanism, new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 12, 31)))),
        new(CheckCode.NoSecondPeriodCommitment, f =>
        {
            f.IssueDeuAau(1, 100, Cp2);
            return (Transaction.TransferExternally(f.NextId(), Day, DeuHolding, JpnHolding, Deu1(1, 10)),
                    Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 10)));
        }, c => c.WithEligibility(Jpn, Mechanism.EmissionsTrading)),
        new(CheckCode.PpsrTransferNotAllowed, f =>
        {
            f.IssueAau(UkrHolding, UkrRegistry, Cp1, 1, 100);
            f.IssueDeuAau(1, 100);
            f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, UkrHolding, UkrPpsr, Range(UkrRegistry, 1, 100)));
            f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 100)));
            return (Transaction.TransferExternally(f.NextId(), AfterTrueUp, UkrPpsr, DeuPpsr, Range(UkrRegistry, 1, 10)),
                    Transaction.TransferExternally(f.NextId(), AfterTrueUp, DeuPpsr, FraPpsr, Deu1(1, 10)));
        }, WithUkraine),
        new(CheckCode.RetirementAfterAdditionalPeriod, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.Retire(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuRetirement1, Deu1(1, 10)),
                    Transaction.Cancel(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuVoluntary1, Deu1(1, 10)));
        }),
        new(CheckCode.RemainingUnitsCancellationTooEarly, f =>
        {
            f.IssueDeuAau(1, 100);
            return (Transaction.Cancel(f.NextId(), Cp1.AdditionalPeriodEnd, DeuHolding, DeuMandatory1, Deu1(1, 10)),
                    Transaction.Cancel(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), DeuHolding, DeuMandatory1, Deu1(1, 10)));
        }, c => c.WithAccount(Account.ForPeriod(DeuMandatory1, DeuRegistry, AccountType.MandatoryCancellation, Cp1))),
        new(CheckCode.Article37TerCancellationPending, f =>
        {
            f.IssueDeuAau(1, 1000, Cp2);
            return (Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(101, 200)),
                    Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuArt37Ter, Deu1(1, 100)));
        }, c => c.WithArticle37TerQuantity(Deu, 100)),
        new(CheckCode.Article37TerBeyondRecordedQuantity, f =>
        {
            f.IssueDeuAau(1, 1000, Cp2);
            return (Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuArt37Ter, Deu1(1, 101)),
                    Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuArt37Ter, Deu1(1, 100)));
        }, c => c.WithArticle37TerQuantity(Deu, 100)),
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Failing_transaction_reports_the_code_and_changes_nothing_then_the_narrow_variant_passes(Example example)
    {
        var fixture = new RegistryFixture(example.Configure);
        (Transaction failing, Transaction passing) = example.Build(fixture);
        Ledger before = fixture.Ledger.Clone();
        int journal = fixture.Ledger.Journal.Count;

        TransactionResult rejected = fixture.Ledger.TryApply(failing);

        Assert.False(rejected.IsAccepted);
        CheckFailure failure = Assert.Single(rejected.Failures, f => f.Code == example.Code);
        Assert.Equal(RegistryCheck.FromCode(example.Code).Rule, failure.Rule);
        Assert.False(string.IsNullOrWhiteSpace(failure.Message));
        Assert.True(fixture.Ledger.HasSameHoldings(before), "a rejected transaction changed the holdings");
        Assert.Equal(journal, fixture.Ledger.Journal.Count);

        TransactionResult accepted = fixture.Ledger.TryApply(passing);
        Assert.True(accepted.IsAccepted, accepted.ToString());
        Assert.Equal(journal + 1, fixture.Ledger.Journal.Count);
    }

    [Fact]
    public void Every_check_code_has_an_example()
    {
        var covered = All.Select(e => e.Code).ToHashSet();
        Assert.All(Enum.GetValues<CheckCode>(), c => Assert.Contains(c, covered));
    }

    [Fact]
    public void Catalogue_lists_every_code_once_with_a_rule()
    {
        Assert.Equal(Enum.GetValues<CheckCode>().OrderBy(c => c), RegistryCheck.All.Select(c => c.Code));
        Assert.All(RegistryCheck.All, c => Assert.False(string.IsNullOrWhiteSpace(c.Rule)));
    }

    [Fact]
    public void Throwing_twin_lists_every_failure()
    {
        var fixture = new RegistryFixture();
        fixture.IssueDeuAau(1, 100);
        Transaction tx = Transaction.TransferInternally(fixture.NextId(), Day, DeuHolding, DeuRogueEntity, Deu1(1, 10), Deu1(5, 200));

        var ex = Assert.Throws<TransactionRejectedException>(() => fixture.Ledger.Apply(tx));

        Assert.Contains(ex.Failures, f => f.Code == CheckCode.LegalEntityNotAuthorised);
        Assert.Contains(ex.Failures, f => f.Code == CheckCode.SerialRangeOverlap);
        Assert.Contains(ex.Failures, f => f.Code == CheckCode.SerialRangeUnknown);
        Assert.Contains("3004", ex.Message, StringComparison.Ordinal);
        Assert.Same(tx, ex.Transaction);
    }
}
