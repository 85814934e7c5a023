using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Serialization;
using NodaTime;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// A small registry world the seeds are made from, by the library itself: Germany, France and the CDM registry; a year
/// of first- and second-period transactions of most kinds, one configuration change; the journal a
/// <see cref="DurableLedger"/> writes for them (the "known-good journal" of the journal target).
/// </summary>
internal static class World
{
    internal static readonly Party Deu = Party.FromCode("DEU");
    internal static readonly Party Fra = Party.FromCode("FRA");
    internal static readonly RegistryId DeuRegistry = RegistryId.National(Deu);
    internal static readonly RegistryId FraRegistry = RegistryId.National(Fra);
    internal static readonly AccountId DeuHolding = AccountId.FromNumber(1);
    internal static readonly AccountId DeuRetirement2 = AccountId.FromNumber(6);
    internal static readonly AccountId DeuVoluntary2 = AccountId.FromNumber(8);
    internal static readonly AccountId DeuRetirement1 = AccountId.FromNumber(5);
    internal static readonly AccountId FraHolding = AccountId.FromNumber(21);
    internal static readonly AccountId CdmHolding = AccountId.FromNumber(41);
    internal static readonly AccountId AdaptationFund = AccountId.FromNumber(42);
    internal static readonly AccountId DeuEntity = AccountId.FromNumber(2);

    private static readonly Lazy<byte[]> LazyJournal = new(WriteJournal);

    /// <summary>Gets the initial configuration.</summary>
    internal static RegistryConfiguration Configuration { get; } = RegistryConfiguration.Empty
        .WithAccount(Account.PartyHolding(DeuHolding, DeuRegistry))
        .WithAccount(Account.ForPeriod(DeuRetirement1, DeuRegistry, AccountType.Retirement, CommitmentPeriod.First))
        .WithAccount(Account.ForPeriod(DeuRetirement2, DeuRegistry, AccountType.Retirement, CommitmentPeriod.Second))
        .WithAccount(Account.ForPeriod(DeuVoluntary2, DeuRegistry, AccountType.VoluntaryCancellation, CommitmentPeriod.Second))
        .WithAccount(Account.PartyHolding(FraHolding, FraRegistry))
        .WithAccount(Account.PartyHolding(CdmHolding, RegistryId.Cdm))
        .WithAccount(Account.PartyHolding(AdaptationFund, RegistryId.Cdm))
        .WithAdaptationFundAccount(AdaptationFund)
        .WithEligibility(Deu, Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading)
        .WithEligibility(Fra, Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading)
        .WithAssignedAmount(Deu, CommitmentPeriod.First, 1_000_000).WithAssignedAmount(Deu, CommitmentPeriod.Second, 1_000_000)
        .WithAssignedAmount(Fra, CommitmentPeriod.First, 1_000_000).WithAssignedAmount(Fra, CommitmentPeriod.Second, 1_000_000)
        .WithLulucfIssuanceLimit(Deu, CommitmentPeriod.Second, LulucfActivity.ForestManagement, 1_000)
        .WithTemporaryCerLimit(Deu, CommitmentPeriod.Second, 1_000); // tCERs are forwarded to DEU: the acquisition check (4016) needs a limit

    /// <summary>Gets the configuration change journaled after the sixth transaction (an entity holding account more).</summary>
    internal static RegistryConfiguration Changed { get; } = Configuration
        .WithAccount(Account.EntityHolding(DeuEntity, DeuRegistry, "Authorised GmbH"))
        .WithAuthorisedLegalEntity(Deu, "Authorised GmbH");

    internal static LocalDate ChangeDate { get; } = new(2014, 5, 15);

    /// <summary>Gets the transactions, all accepted in this order.</summary>
    internal static IReadOnlyList<Transaction> Transactions { get; } = BuildTransactions();

    /// <summary>Gets the journal file the transactions make (a fresh copy each time).</summary>
    internal static byte[] Journal => (byte[])LazyJournal.Value.Clone();

    /// <summary>Gets the ledger after every transaction.</summary>
    internal static Ledger Ledger()
    {
        var ledger = new Ledger(Configuration);
        for (int i = 0; i < Transactions.Count; i++)
        {
            if (i == 6)
            {
                ledger.ChangeConfiguration(Changed, ChangeDate);
            }

            ledger.TryApply(Transactions[i]).ThrowIfRejected();
        }

        return ledger;
    }

    /// <summary>The canonical JSON of a transaction (transactions have no value equality; their JSON form is canonical).</summary>
    internal static string Json(Transaction transaction) => JsonSerializer.Serialize(transaction, KyotoJsonContext.Default.Transaction);

    private static List<Transaction> BuildTransactions()
    {
        long id = 0;
        TransactionId Next() => TransactionId.FromNumber(++id);
        SerialRange Deu1(long first, long last) => SerialRange.Of(DeuRegistry, first, last);
        return
        [
            Transaction.IssueAssignedAmountUnits(Next(), new LocalDate(2008, 1, 10), DeuHolding, CommitmentPeriod.First, Deu1(1_000_001, 1_000_500)),
            Transaction.Retire(Next(), new LocalDate(2009, 6, 1), DeuHolding, DeuRetirement1, Deu1(1_000_001, 1_000_020)),
            Transaction.IssueAssignedAmountUnits(Next(), new LocalDate(2014, 1, 10), DeuHolding, CommitmentPeriod.Second, Deu1(1, 1000)),
            Transaction.Convert(Next(), new LocalDate(2014, 2, 1), DeuHolding, 11, EruTrack.Track1, Deu1(1, 250)),
            Transaction.TransferExternally(Next(), new LocalDate(2014, 3, 1), DeuHolding, FraHolding, Deu1(251, 401)),
            Transaction.IssueRemovalUnits(Next(), new LocalDate(2014, 5, 1), DeuHolding, CommitmentPeriod.Second, LulucfActivity.ForestManagement, Deu1(2001, 2200)),
            Transaction.TransferInternally(Next(), new LocalDate(2014, 5, 20), DeuHolding, DeuEntity, Deu1(900, 950)),
            Transaction.Retire(Next(), new LocalDate(2014, 6, 1), DeuHolding, DeuRetirement2, Deu1(402, 441)),
            Transaction.Cancel(Next(), new LocalDate(2014, 7, 1), DeuHolding, DeuVoluntary2, Deu1(442, 451)),
            Transaction.IssueCdmUnits(Next(), new LocalDate(2014, 8, 1), CdmHolding, UnitType.Tcer, CommitmentPeriod.Second, 7, SerialRange.Of(RegistryId.Cdm, 1, 100), new LocalDate(2021, 1, 1)),
            Transaction.TransferExternally(Next(), new LocalDate(2014, 9, 1), CdmHolding, DeuHolding, SerialRange.Of(RegistryId.Cdm, 1, 50)),
            Transaction.TransferExternally(Next(), new LocalDate(2015, 2, 1), DeuHolding, FraHolding, Deu1(457, 466)),
        ];
    }

    private static byte[] WriteJournal()
    {
        string directory = Path.Combine(Path.GetTempPath(), "kyoto-fuzz-world-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, "world.kyj");
        File.Delete(path);
        using (DurableLedger durable = DurableLedger.Create(path, Configuration, JournalTarget.Options))
        {
            for (int i = 0; i < Transactions.Count; i++)
            {
                if (i == 6)
                {
                    durable.ChangeConfiguration(Changed, ChangeDate);
                }

                durable.Apply(Transactions[i]);
            }
        }

        byte[] bytes = File.ReadAllBytes(path);
        Directory.Delete(directory, true);
        return bytes;
    }
}
