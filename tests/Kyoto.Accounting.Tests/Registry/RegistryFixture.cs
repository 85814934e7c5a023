using System;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// A small registry world for examples: Germany and France eligible under every mechanism, Japan under Art. 6 only,
/// the CDM registry with an Adaptation Fund account. Assigned amounts 1,000,000 t per period; other limits unset (0).
/// </summary>
public sealed class RegistryFixture
{
    public static readonly Party Deu = Party.FromCode("DEU");
    public static readonly Party Fra = Party.FromCode("FRA");
    public static readonly Party Jpn = Party.FromCode("JPN");
    public static readonly RegistryId DeuRegistry = RegistryId.National(Deu);
    public static readonly RegistryId FraRegistry = RegistryId.National(Fra);
    public static readonly RegistryId JpnRegistry = RegistryId.National(Jpn);
    public static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    public static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;

    public static readonly AccountId DeuHolding = AccountId.FromNumber(1);
    public static readonly AccountId DeuEntity = AccountId.FromNumber(2);
    public static readonly AccountId DeuRogueEntity = AccountId.FromNumber(3);
    public static readonly AccountId DeuPpsr = AccountId.FromNumber(4);
    public static readonly AccountId DeuRetirement1 = AccountId.FromNumber(5);
    public static readonly AccountId DeuRetirement2 = AccountId.FromNumber(6);
    public static readonly AccountId DeuVoluntary1 = AccountId.FromNumber(7);
    public static readonly AccountId DeuVoluntary2 = AccountId.FromNumber(8);
    public static readonly AccountId DeuArt37Ter = AccountId.FromNumber(9);
    public static readonly AccountId DeuTcerReplacement1 = AccountId.FromNumber(10);
    public static readonly AccountId DeuLcerReplacement1 = AccountId.FromNumber(11);
    public static readonly AccountId DeuNetSource1 = AccountId.FromNumber(12);
    public static readonly AccountId DeuMandatory1 = AccountId.FromNumber(13);
    public static readonly AccountId DeuLcerReversal1 = AccountId.FromNumber(14);
    public static readonly AccountId DeuTcerCancellation1 = AccountId.FromNumber(15);
    public static readonly AccountId DeuLcerCancellation1 = AccountId.FromNumber(16);
    public static readonly AccountId DeuLcerReversalCancellation1 = AccountId.FromNumber(17);
    public static readonly AccountId DeuLcerNonSubmissionCancellation1 = AccountId.FromNumber(18);
    public static readonly AccountId DeuTcerCancellation2 = AccountId.FromNumber(61);
    public static readonly AccountId DeuLcerCancellation2 = AccountId.FromNumber(62);
    public static readonly AccountId DeuLcerReversalCancellation2 = AccountId.FromNumber(63);
    public static readonly AccountId DeuLcerNonSubmissionCancellation2 = AccountId.FromNumber(64);
    public static readonly Party Ukr = Party.FromCode("UKR");
    public static readonly RegistryId UkrRegistry = RegistryId.National(Ukr);
    public static readonly AccountId UkrHolding = AccountId.FromNumber(51);
    public static readonly AccountId UkrPpsr = AccountId.FromNumber(52);
    public static readonly AccountId FraHolding = AccountId.FromNumber(21);
    public static readonly AccountId FraPpsr = AccountId.FromNumber(22);
    public static readonly AccountId FraRetirement1 = AccountId.FromNumber(23);
    public static readonly AccountId JpnHolding = AccountId.FromNumber(31);
    public static readonly AccountId CdmHolding = AccountId.FromNumber(41);
    public static readonly AccountId AdaptationFund = AccountId.FromNumber(42);

    public static readonly LocalDate Day = new(2010, 3, 1);
    public static readonly LocalDate AfterTrueUp = new(2016, 1, 4);

    private long _nextId = 1;

    public RegistryFixture(Func<RegistryConfiguration, RegistryConfiguration>? configure = null)
    {
        RegistryConfiguration configuration = BaseConfiguration();
        Ledger = new Ledger(configure is null ? configuration : configure(configuration));
    }

    public Ledger Ledger { get; }

    public static RegistryConfiguration BaseConfiguration() => RegistryConfiguration.Empty
        .WithAccount(Account.PartyHolding(DeuHolding, DeuRegistry))
        .WithAccount(Account.EntityHolding(DeuEntity, DeuRegistry, "Authorised GmbH"))
        .WithAccount(Account.EntityHolding(DeuRogueEntity, DeuRegistry, "Rogue GmbH"))
        .WithAccount(Account.ForPeriod(DeuPpsr, DeuRegistry, AccountType.PreviousPeriodSurplusReserve, Cp2))
        .WithAccount(Account.ForPeriod(DeuRetirement1, DeuRegistry, AccountType.Retirement, Cp1))
        .WithAccount(Account.ForPeriod(DeuRetirement2, DeuRegistry, AccountType.Retirement, Cp2))
        .WithAccount(Account.ForPeriod(DeuVoluntary1, DeuRegistry, AccountType.VoluntaryCancellation, Cp1))
        .WithAccount(Account.ForPeriod(DeuVoluntary2, DeuRegistry, AccountType.VoluntaryCancellation, Cp2))
        .WithAccount(Account.ForPeriod(DeuArt37Ter, DeuRegistry, AccountType.Article37TerCancellation, Cp2))
        .WithAccount(Account.ForPeriod(DeuTcerReplacement1, DeuRegistry, AccountType.TcerReplacementForExpiry, Cp1))
        .WithAccount(Account.ForPeriod(DeuLcerReplacement1, DeuRegistry, AccountType.LcerReplacementForExpiry, Cp1))
        .WithAccount(Account.ForPeriod(DeuNetSource1, DeuRegistry, AccountType.NetSourceCancellation, Cp1))
        .WithAccount(Account.PartyHolding(FraHolding, FraRegistry))
        .WithAccount(Account.ForPeriod(FraPpsr, FraRegistry, AccountType.PreviousPeriodSurplusReserve, Cp2))
        .WithAccount(Account.ForPeriod(FraRetirement1, FraRegistry, AccountType.Retirement, Cp1))
        .WithAccount(Account.PartyHolding(JpnHolding, JpnRegistry))
        .WithAccount(Account.PartyHolding(CdmHolding, RegistryId.Cdm))
        .WithAccount(Account.PartyHolding(AdaptationFund, RegistryId.Cdm))
        .WithAdaptationFundAccount(AdaptationFund)
        .WithLeastDevelopedCountryProject(7)
        .WithAuthorisedLegalEntity(Deu, "Authorised GmbH")
        .WithEligibility(Deu, Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading)
        .WithEligibility(Fra, Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading)
        .WithEligibility(Jpn, Mechanism.JointImplementation)
        .WithAssignedAmount(Deu, Cp1, 1_000_000).WithAssignedAmount(Deu, Cp2, 1_000_000)
        .WithAssignedAmount(Fra, Cp1, 1_000_000).WithAssignedAmount(Fra, Cp2, 1_000_000)
        .WithAssignedAmount(Jpn, Cp1, 1_000_000);

    /// <summary>Adds Ukraine (an economy in transition, not fulfilling jointly) with an Art. 3.7 ter adjustment, a PPSR and full eligibility.</summary>
    public static RegistryConfiguration WithUkraine(RegistryConfiguration c) => c
        .WithAccount(Account.PartyHolding(UkrHolding, UkrRegistry))
        .WithAccount(Account.ForPeriod(UkrPpsr, UkrRegistry, AccountType.PreviousPeriodSurplusReserve, Cp2))
        .WithEligibility(Ukr, Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading)
        .WithAssignedAmount(Ukr, Cp1, 1_000_000).WithAssignedAmount(Ukr, Cp2, 1_000_000)
        .WithArticle37TerQuantity(Ukr, 1_000);

    /// <summary>Adds Germany's tCER and lCER cancellation accounts of decision 13/CMP.1 annex ¶21(i)–(l), for both periods.</summary>
    public static RegistryConfiguration WithTemporaryCancellationAccounts(RegistryConfiguration c) => c
        .WithAccount(Account.ForPeriod(DeuTcerCancellation1, DeuRegistry, AccountType.TcerCancellationForExpiry, Cp1))
        .WithAccount(Account.ForPeriod(DeuLcerCancellation1, DeuRegistry, AccountType.LcerCancellationForExpiry, Cp1))
        .WithAccount(Account.ForPeriod(DeuLcerReversalCancellation1, DeuRegistry, AccountType.LcerCancellationForReversalOfStorage, Cp1))
        .WithAccount(Account.ForPeriod(DeuLcerNonSubmissionCancellation1, DeuRegistry, AccountType.LcerCancellationForNonSubmissionOfCertificationReport, Cp1))
        .WithAccount(Account.ForPeriod(DeuTcerCancellation2, DeuRegistry, AccountType.TcerCancellationForExpiry, Cp2))
        .WithAccount(Account.ForPeriod(DeuLcerCancellation2, DeuRegistry, AccountType.LcerCancellationForExpiry, Cp2))
        .WithAccount(Account.ForPeriod(DeuLcerReversalCancellation2, DeuRegistry, AccountType.LcerCancellationForReversalOfStorage, Cp2))
        .WithAccount(Account.ForPeriod(DeuLcerNonSubmissionCancellation2, DeuRegistry, AccountType.LcerCancellationForNonSubmissionOfCertificationReport, Cp2));

    public static SerialRange Deu1(long first, long last) => SerialRange.Of(DeuRegistry, first, last);

    public static SerialRange Range(RegistryId originator, long first, long last) => SerialRange.Of(originator, first, last);

    public TransactionId NextId() => TransactionId.FromNumber(_nextId++);

    public TransactionResult Accept(Transaction transaction)
    {
        TransactionResult result = Ledger.TryApply(transaction);
        Assert.True(result.IsAccepted, result.ToString());
        return result;
    }

    public void IssueAau(AccountId account, RegistryId registry, CommitmentPeriod period, long first, long quantity, LocalDate? date = null) =>
        Accept(Transaction.IssueAssignedAmountUnits(NextId(), date ?? Day, account, period, SerialRange.FromFirstAndQuantity(registry, first, quantity)));

    public void IssueDeuAau(long first, long quantity, CommitmentPeriod? period = null) => IssueAau(DeuHolding, DeuRegistry, period ?? Cp1, first, quantity);

    public void IssueRmu(CommitmentPeriod period, LulucfActivity activity, long first, long quantity) =>
        Accept(Transaction.IssueRemovalUnits(NextId(), Day, DeuHolding, period, activity, SerialRange.FromFirstAndQuantity(DeuRegistry, first, quantity)));

    /// <summary>Issues CDM units (project 7; no share of proceeds when the project is an LDC project) and forwards them to a national account.</summary>
    public void IssueCdmTo(AccountId account, UnitType type, long first, long quantity, LocalDate? expiry = null, CommitmentPeriod? period = null)
    {
        Accept(Transaction.IssueCdmUnits(NextId(), Day, CdmHolding, type, period ?? Cp1, 7, SerialRange.FromFirstAndQuantity(RegistryId.Cdm, first, quantity), expiry));
        Accept(Transaction.TransferExternally(NextId(), Day, CdmHolding, account, SerialRange.FromFirstAndQuantity(RegistryId.Cdm, first, quantity)));
    }
}
