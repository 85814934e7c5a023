using System;
using System.Buffers.Binary;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Testing.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry.Journal;

/// <summary>
/// Replay without the rules (the default: transfers verified only structurally) against replay with every rule
/// (<see cref="JournalOptions.VerifyRules"/>): the same ledger for every journal the library writes; a record that breaks a
/// rule is caught only when verifying; a record that moves units its account does not hold is caught by both.
/// </summary>
[Properties(Arbitrary = new[] { typeof(RegistryArbitraries) }, MaxTest = 60)]
public class TrustedReplayTest
{
    [Property]
    public void Trusted_and_verifying_replay_rebuild_the_same_ledger(RegistryScenario scenario)
    {
        using var files = new JournalTestFiles();
        string path = WriteJournal(files, scenario);
        Ledger reference = scenario.Run();

        Ledger trusted = JournalFile.Replay(path, verifyRules: false, out RecoveryReport trustedReport);
        Ledger verified = JournalFile.Replay(path, verifyRules: true, out RecoveryReport verifiedReport);
        AssertSameLedger(reference, trusted, scenario);
        AssertSameLedger(reference, verified, scenario);
        Assert.Equal(verifiedReport.ToString(), trustedReport.ToString());

        // As-of replay retains the journal: the same transactions, in order, either way.
        int half = reference.Journal.Count / 2;
        Ledger trustedHalf = JournalFile.ReplayTo(path, half, verifyRules: false);
        Ledger verifiedHalf = JournalFile.ReplayTo(path, half, verifyRules: true);
        Assert.True(trustedHalf.HasSameHoldings(reference.AsOf(half)));
        Assert.True(verifiedHalf.HasSameHoldings(reference.AsOf(half)));
        Assert.Equal(reference.Journal.Take(half).Select(t => t.ToString()), trustedHalf.Journal.Select(t => t.ToString()));
        Assert.Equal(reference.Journal.Take(half).Select(t => t.ToString()), verifiedHalf.Journal.Select(t => t.ToString()));
    }

    [Fact]
    public void Multi_range_transfers_in_any_order_with_a_share_of_proceeds_replay_identically()
    {
        var f = new RegistryFixture();
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        using (DurableLedger durable = DurableLedger.Create(path, f.Ledger.Configuration, JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered }))
        {
            void Apply(Transaction tx)
            {
                Assert.True(f.Ledger.TryApply(tx).IsAccepted);
                Assert.True(durable.TryApply(tx).IsAccepted);
            }

            Apply(Transaction.IssueAssignedAmountUnits(f.NextId(), Day, DeuHolding, Cp2, Deu1(1, 10_000)));
            Apply(Transaction.IssueAssignedAmountUnits(f.NextId(), Day, DeuHolding, Cp1, Deu1(20_001, 30_000)));

            // Ranges out of order, across blocks of both periods; the CP2 AAUs owe a share of proceeds on their first transfer.
            Apply(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(25_001, 25_100), Deu1(9_001, 9_500), Deu1(101, 200)));
            Apply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(7_000, 7_999), Deu1(1_000, 1_099), Deu1(20_001, 20_050)));
            Apply(Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, Deu1(9_101, 9_400)));
            Apply(Transaction.TransferInternally(f.NextId(), Day, DeuEntity, DeuHolding, Deu1(1_000, 1_099), Deu1(7_000, 7_999)));
        }

        Ledger trusted = JournalFile.Replay(path, verifyRules: false, out _);
        Ledger verified = JournalFile.Replay(path, verifyRules: true, out _);
        Assert.True(trusted.HasSameHoldings(f.Ledger));
        Assert.True(verified.HasSameHoldings(f.Ledger));
        Assert.True(f.Ledger.GetQuantity(AdaptationFund) > 0, "a share of proceeds was paid");
        using DurableLedger reopened = DurableLedger.Open(path);
        Assert.True(reopened.Ledger.HasSameHoldings(f.Ledger));
    }

    [Fact]
    public void A_record_that_breaks_a_rule_is_caught_only_by_verifying_replay()
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        using (DurableLedger durable = DurableLedger.Create(path, BaseConfiguration(), JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered }))
        {
            durable.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, Deu1(1, 1_000)));
        }

        // Appended behind the library's back with a valid checksum: Japan is not eligible under Art. 17 (emissions trading).
        long offset = new FileInfo(path).Length;
        AppendRecord(path, Transaction.TransferExternally(TransactionId.FromNumber(2), Day, DeuHolding, JpnHolding, Deu1(1, 100)));

        var error = Assert.Throws<JournalFormatException>(() => JournalFile.Replay(path, verifyRules: true, out _));
        Assert.Equal(offset, error.Offset);
        Assert.Contains("replay rejects it", error.Message, StringComparison.Ordinal);
        Assert.Contains("not eligible", error.Message, StringComparison.Ordinal);
        Assert.Throws<JournalFormatException>(() => DurableLedger.Open(path, JournalOptions.Default with { VerifyRules = true }).Dispose());
        Assert.Throws<JournalFormatException>(() => JournalFile.ReplayTo(path, 5, verifyRules: true));

        // Structurally sound, so replay without the rules applies it as journaled.
        Ledger trusted = JournalFile.Replay(path, out _);
        Assert.Equal(100, trusted.GetQuantity(JpnHolding));
        Assert.Equal(2, trusted.TransactionCount);
    }

    [Theory]
    [InlineData("held by another account")]
    [InlineData("never issued")]
    [InlineData("overlapping ranges")]
    [InlineData("reversed range")]
    [InlineData("unknown account")]
    public void A_transfer_record_that_cannot_be_applied_is_a_corrupt_journal_in_both_modes(string fault)
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        using (DurableLedger durable = DurableLedger.Create(path, BaseConfiguration(), JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered }))
        {
            durable.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, Deu1(1, 1_000)));
            durable.Apply(Transaction.TransferInternally(TransactionId.FromNumber(2), Day, DeuHolding, DeuEntity, Deu1(501, 1_000)));
        }

        long offset = new FileInfo(path).Length;
        TransactionId id = TransactionId.FromNumber(3);
        AppendRecord(path, fault switch
        {
            "held by another account" => Transaction.TransferExternally(id, Day, DeuHolding, FraHolding, Deu1(401, 600)),
            "never issued" => Transaction.TransferExternally(id, Day, DeuHolding, FraHolding, Deu1(1, 10), Deu1(2_001, 2_001)),
            "overlapping ranges" => Transaction.TransferExternally(id, Day, DeuHolding, FraHolding, Deu1(300, 400), Deu1(1, 10), Deu1(350, 360)),
            "reversed range" => Transaction.TransferExternally(id, Day, DeuHolding, FraHolding, Deu1(20, 10)),
            _ => Transaction.TransferExternally(id, Day, DeuHolding, AccountId.FromNumber(999), Deu1(1, 10)),
        });

        foreach (bool verify in new[] { false, true })
        {
            var error = Assert.Throws<JournalFormatException>(() => JournalFile.Replay(path, verify, out _));
            Assert.Equal(offset, error.Offset);
            Assert.Contains("T3", error.Message, StringComparison.Ordinal);
        }

        Assert.Throws<JournalFormatException>(() => DurableLedger.Open(path).Dispose());
        Assert.Throws<JournalFormatException>(() => JournalFile.ReplayTo(path, new LocalDate(2100, 1, 1)));
    }

    [Fact]
    public void A_durable_ledger_recovers_the_same_way_with_either_option_and_as_of_follows_it()
    {
        RegistryScenario scenario = RegistryArbitraries.Scenarios(40, 10).Sample(50, new Rnd(3UL), 20).MaxBy(s => s.AcceptedCount)!;
        using var files = new JournalTestFiles();
        string path = WriteJournal(files, scenario);
        Ledger reference = scenario.Run();
        foreach (bool verify in new[] { false, true })
        {
            var options = JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered, VerifyRules = verify };
            using DurableLedger reopened = DurableLedger.Open(path, options);
            Assert.True(reopened.Options.VerifyRules == verify);
            AssertSameLedger(reference, reopened.Ledger, scenario);
            LocalDate last = reference.Journal.Count > 0 ? reference.Journal[^1].Date : Day;
            Assert.True(reopened.AsOf(last).HasSameHoldings(reference));
        }
    }

    private static string WriteJournal(JournalTestFiles files, RegistryScenario scenario)
    {
        string path = files.NewPath();
        using DurableLedger durable = DurableLedger.Create(path, scenario.Configuration, JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered, CheckpointEveryTransactions = 0 });
        foreach (Transaction tx in scenario.Transactions)
        {
            durable.TryApply(tx);
        }

        return path;
    }

    /// <summary>
    /// Same holdings and counters, and the same internal state the next transactions see (identifiers, last date,
    /// reserve and PPSR counters): every transaction of the scenario, proposed again, gets the same result from both.
    /// </summary>
    private static void AssertSameLedger(Ledger reference, Ledger replayed, RegistryScenario scenario)
    {
        Assert.True(replayed.HasSameHoldings(reference));
        Assert.Equal(reference.TransactionCount, replayed.TransactionCount);
        Assert.Equal(reference.BlockCount, replayed.BlockCount);
        Ledger expected = reference.Clone();
        Ledger actual = replayed.Clone();
        foreach (Transaction tx in scenario.Transactions)
        {
            TransactionResult a = expected.TryApply(tx);
            TransactionResult b = actual.TryApply(tx);
            Assert.Equal(a.IsAccepted, b.IsAccepted);
            Assert.Equal(a.Failures.Select(x => x.Code), b.Failures.Select(x => x.Code));
        }

        Assert.True(actual.HasSameHoldings(expected));
    }

    /// <summary>Appends a transaction record with a valid frame and checksum, as a writer that skipped the checks would.</summary>
    private static void AppendRecord(string path, Transaction tx)
    {
        var payload = new ByteWriter();
        TransactionCodec.Encode(tx, payload);
        byte[] frame = new byte[JournalFormat.FrameLength + payload.Length];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)payload.Length);
        payload.WrittenSpan.CopyTo(frame.AsSpan(JournalFormat.FrameLength));
        uint crc = ~JournalFormat.Accumulate(JournalFormat.Accumulate(0xFFFF_FFFFu, frame.AsSpan(0, 4)), payload.WrittenSpan);
        BinaryPrimitives.WriteUInt32LittleEndian(frame.AsSpan(4), crc);
        using var stream = new FileStream(path, FileMode.Append);
        stream.Write(frame);
    }
}
