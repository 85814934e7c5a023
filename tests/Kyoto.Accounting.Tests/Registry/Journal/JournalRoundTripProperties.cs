using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Testing.Registry;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry.Journal;

/// <summary>Ledger → journal file → recovery, over generated scenarios (invalid proposals included, so rejected ones must stay out).</summary>
[Properties(Arbitrary = new[] { typeof(RegistryArbitraries) }, MaxTest = 60)]
public class JournalRoundTripProperties
{
    internal static void AssertSameTransaction(Transaction expected, Transaction actual)
    {
        Assert.Equal(expected.ToString(), actual.ToString());
        Assert.Equal(expected.Type, actual.Type);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Date, actual.Date);
        Assert.Equal(expected.From, actual.From);
        Assert.Equal(expected.To, actual.To);
        Assert.Equal(expected.Units, actual.Units);
        Assert.Equal(expected.ReplacedFrom, actual.ReplacedFrom);
        Assert.Equal(expected.ReplacedUnits, actual.ReplacedUnits);
        Assert.Equal(expected.IssuedUnitType, actual.IssuedUnitType);
        Assert.Equal(expected.Period, actual.Period);
        Assert.Equal(expected.Activity, actual.Activity);
        Assert.Equal(expected.ProjectId, actual.ProjectId);
        Assert.Equal(expected.Track, actual.Track);
        Assert.Equal(expected.ExpiryDate, actual.ExpiryDate);
    }

    [Property]
    public void Every_transaction_round_trips_through_the_binary_encoding(RegistryScenario scenario)
    {
        var w = new ByteWriter();
        foreach (Transaction tx in scenario.Transactions)
        {
            w.Reset();
            TransactionCodec.Encode(tx, w);
            var r = new ByteReader(w.WrittenSpan, 0);
            Assert.Equal(JournalFormat.TransactionRecord, r.Byte());
            AssertSameTransaction(tx, TransactionCodec.Decode(ref r));
        }
    }

    [Property]
    public void Configuration_round_trips_and_lists_every_part(RegistryScenario scenario)
    {
        RegistryConfiguration c = scenario.Configuration;
        var w = new ByteWriter();
        ConfigurationCodec.Encode(c, null, null, w);
        var r = new ByteReader(w.WrittenSpan, 0);
        r.Byte();
        (RegistryConfiguration back, LocalDate? effective) = ConfigurationCodec.Decode(ref r, null);
        Assert.Null(effective);
        Assert.True(c.HasSameContent(back));
        Assert.Equal(c.Accounts.Select(a => a.ToString()), back.Accounts.Select(a => a.ToString()));
        Assert.Equal(c.Suspensions.Select(s => s.ToString()), back.Suspensions.Select(s => s.ToString()));
        Assert.Equal(c.ConfiguredParties, back.ConfiguredParties);
        foreach (Kyoto.Accounting.Parties.Party p in c.ConfiguredParties)
        {
            Assert.Equal(c.GetAuthorisedLegalEntities(p), back.GetAuthorisedLegalEntities(p));
            Assert.Equal(c.GetEligibleMechanisms(p), back.GetEligibleMechanisms(p));
        }
    }

    [Property]
    public void Ledger_to_journal_file_to_recovery_keeps_holdings_journal_and_configuration(RegistryScenario scenario, bool checkpointOften)
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        Ledger reference = scenario.Run();
        var options = JournalOptions.Default with
        {
            Policy = DurabilityPolicy.OsBuffered,
            CheckpointEveryTransactions = checkpointOften ? 3 : 0,
        };
        using (DurableLedger durable = DurableLedger.Create(path, scenario.Configuration, options))
        {
            foreach (Transaction tx in scenario.Transactions)
            {
                durable.TryApply(tx);
            }

            Assert.True(durable.Ledger.HasSameHoldings(reference));
            Assert.Empty(durable.Ledger.Journal);
        }

        using DurableLedger recovered = DurableLedger.Open(path, options);
        Assert.True(recovered.Ledger.HasSameHoldings(reference));
        Assert.Equal(reference.Journal.Count, recovered.Ledger.TransactionCount);
        Assert.True(recovered.Ledger.Configuration.HasSameContent(reference.Configuration));
        Assert.Equal(0, recovered.Recovery!.TruncatedBytes);
        Assert.Equal(checkpointOften && reference.Journal.Count >= 3, recovered.Recovery.CheckpointUsed);
        Transaction[] journal = JournalFile.ReadEntries(path).Where(e => e.Kind == JournalEntryKind.Transaction).Select(e => e.Transaction!).ToArray();
        Assert.Equal(reference.Journal.Count, journal.Length);
        for (int i = 0; i < journal.Length; i++)
        {
            AssertSameTransaction(reference.Journal[i], journal[i]);
        }

        // The recovered ledger continues exactly like the in-memory one: replaying the journal again changes nothing.
        Assert.True(Ledger.Replay(scenario.Configuration, journal).HasSameHoldings(reference));
    }
}
