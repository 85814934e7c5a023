using System;
using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Testing.Registry;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>Design invariants 4–6 over random sequences of valid and invalid proposals.</summary>
[Properties(Arbitrary = new[] { typeof(RegistryArbitraries) }, MaxTest = 100)]
public class LedgerProperties
{
    private static Dictionary<(RegistryId, UnitType, int), long> ExpectedFromJournal(Ledger ledger)
    {
        // Issuance creates units; conversion moves them from AAU/RMU to ERU of the same originator and original period.
        var expected = new Dictionary<(RegistryId, UnitType, int), long>();
        var replay = new Ledger(ledger.Configuration);
        foreach (Transaction tx in ledger.Journal)
        {
            if (tx.Type == TransactionType.Issuance)
            {
                SerialRange range = tx.Units[0];
                var key = (range.Originator, tx.IssuedUnitType!.Value, tx.Period!.Number);
                expected[key] = expected.GetValueOrDefault(key) + range.Quantity;
            }
            else if (tx.Type == TransactionType.Conversion)
            {
                foreach (SerialRange range in tx.Units)
                {
                    foreach (SerialBlock block in replay.GetBlocks().Where(b => b.Originator == range.Originator && b.Last >= range.First && b.First <= range.Last))
                    {
                        long overlap = System.Math.Min(block.Last, range.Last) - System.Math.Max(block.First, range.First) + 1;
                        UnitType to = block.UnitType == UnitType.Rmu ? UnitType.EruFromRmu : UnitType.EruFromAau;
                        var from = (block.Originator, block.UnitType, block.OriginalPeriod.Number);
                        var into = (block.Originator, to, block.OriginalPeriod.Number);
                        expected[from] -= overlap;
                        expected[into] = expected.GetValueOrDefault(into) + overlap;
                    }
                }
            }

            replay.Apply(tx);
        }

        return expected.Where(e => e.Value != 0).ToDictionary(e => e.Key, e => e.Value);
    }

    [Property]
    public bool Units_are_conserved_per_originator_unit_type_and_period(RegistryScenario scenario)
    {
        Ledger ledger = scenario.Run();
        var held = ledger.GetHoldings()
            .GroupBy(h => (h.Originator, h.UnitType, h.OriginalPeriod.Number))
            .ToDictionary(g => g.Key, g => g.Sum(h => h.Quantity));
        var expected = ExpectedFromJournal(ledger);
        return held.Count == expected.Count && held.All(h => expected.TryGetValue(h.Key, out long e) && e == h.Value);
    }

    [Property]
    public bool A_serial_number_is_in_exactly_one_account_and_holdings_are_positive(RegistryScenario scenario)
    {
        Ledger ledger = scenario.Run();
        IReadOnlyList<SerialBlock> blocks = ledger.GetBlocks();
        bool disjoint = blocks.GroupBy(b => b.Originator).All(g =>
            g.OrderBy(b => b.First).Zip(g.OrderBy(b => b.First).Skip(1), (x, y) => x.Last < y.First).All(ok => ok));
        bool issuedCovered = ledger.Journal.Where(t => t.Type == TransactionType.Issuance).Sum(t => t.Units[0].Quantity) == blocks.Sum(b => b.Quantity);
        return disjoint && issuedCovered
            && blocks.All(b => b.Quantity > 0)
            && ledger.Configuration.Accounts.All(a => ledger.GetQuantity(a.Id) >= 0);
    }

    [Property]
    public bool Canonical_form_has_no_mergeable_neighbours(RegistryScenario scenario)
    {
        IReadOnlyList<SerialBlock> blocks = scenario.Run().GetBlocks();
        return blocks.Zip(blocks.Skip(1), (x, y) =>
            !(x.Originator == y.Originator && x.Last + 1 == y.First && x.Account == y.Account
              && x.UnitType == y.UnitType && x.ApplicablePeriod == y.ApplicablePeriod && x.OriginalPeriod == y.OriginalPeriod
              && x.ProjectId == y.ProjectId && x.Track == y.Track && x.ExpiryDate == y.ExpiryDate && x.Activity == y.Activity
              && x.IsInternationallyTransferred == y.IsInternationallyTransferred)).All(ok => ok);
    }

    [Property]
    public Property A_rejected_transaction_leaves_the_state_equal_to_before(RegistryScenario scenario)
    {
        var ledger = new Ledger(scenario.Configuration);
        int rejected = 0;
        bool unchanged = true;
        foreach (Transaction tx in scenario.Transactions)
        {
            Ledger before = ledger.Clone();
            TransactionResult result = ledger.TryApply(tx);
            if (!result.IsAccepted)
            {
                rejected++;
                unchanged &= result.Failures.Count > 0 && ledger.HasSameHoldings(before) && ledger.Journal.Count == before.Journal.Count;
            }
        }

        return unchanged.Classify(rejected > 0, "with rejections");
    }

    [Property]
    public bool Replaying_the_journal_equals_the_live_state(RegistryScenario scenario)
    {
        Ledger ledger = scenario.Run();
        Ledger replayed = Ledger.Replay(ledger.Configuration, ledger.Journal);
        return replayed.HasSameHoldings(ledger)
            && replayed.Journal.Select(t => t.Id).SequenceEqual(ledger.Journal.Select(t => t.Id))
            && ledger.AsOf(ledger.Journal.Count).HasSameHoldings(ledger);
    }

    [Property]
    public Property Transfer_there_and_back_restores_equal_holdings(RegistryScenario scenario, PositiveInt pick, PositiveInt cut)
    {
        Ledger ledger = scenario.Run();
        NodaTime.LocalDate date = ledger.Journal.Count == 0 ? new NodaTime.LocalDate(2030, 1, 1) : ledger.Journal[^1].Date;
        SerialBlock[] movable = Movable(ledger, date);
        if (movable.Length == 0)
        {
            return true.Classify(true, "nothing to move");
        }

        SerialBlock block = movable[pick.Get % movable.Length];
        long last = block.First + (cut.Get % block.Quantity);
        AccountId entity = ledger.Configuration.Accounts.First(a => a.Registry == Registry(ledger, block.Account) && a.Type == AccountType.EntityHolding).Id;
        Ledger before = ledger.Clone();
        SerialRange range = SerialRange.Of(block.Originator, block.First, last);
        bool there = ledger.TryApply(Transaction.TransferInternally(TransactionId.FromNumber(1_000_001), date, block.Account, entity, range)).IsAccepted;
        bool back = ledger.TryApply(Transaction.TransferInternally(TransactionId.FromNumber(1_000_002), date, entity, block.Account, range)).IsAccepted;
        return (there && back && ledger.HasSameHoldings(before)).Label(block.ToString());
    }

    [Property]
    public Property Independent_transactions_commute(RegistryScenario scenario, PositiveInt pick)
    {
        Ledger ledger = scenario.Run();
        NodaTime.LocalDate date = ledger.Journal.Count == 0 ? new NodaTime.LocalDate(2030, 1, 1) : ledger.Journal[^1].Date;
        SerialBlock[] movable = Movable(ledger, date);
        if (movable.Length < 2)
        {
            return true.Classify(true, "fewer than two blocks");
        }

        SerialBlock x = movable[pick.Get % movable.Length];
        SerialBlock y = movable[(pick.Get + 1) % movable.Length];
        Transaction tx = Transaction.TransferInternally(TransactionId.FromNumber(2_000_001), date, x.Account, Entity(ledger, x.Account), x.Range);
        Transaction ty = Transaction.TransferInternally(TransactionId.FromNumber(2_000_002), date, y.Account, Entity(ledger, y.Account), y.Range);
        Ledger first = ledger.Clone();
        Ledger second = ledger.Clone();
        bool accepted = first.TryApply(tx).IsAccepted & first.TryApply(ty).IsAccepted & second.TryApply(ty).IsAccepted & second.TryApply(tx).IsAccepted;
        return (accepted && first.HasSameHoldings(second)).Label(x + " / " + y);
    }

    /// <summary>Unexpired blocks in Party holding accounts of national registries: internal transfers of them pass every check.</summary>
    private static SerialBlock[] Movable(Ledger ledger, NodaTime.LocalDate date) => ledger.GetBlocks()
        .Where(b => !Registry(ledger, b.Account).IsCdm && IsHolder(ledger, b.Account, AccountType.PartyHolding) && !(b.ExpiryDate < date))
        .ToArray();

    private static bool IsHolder(Ledger ledger, AccountId id, AccountType type) =>
        ledger.Configuration.TryGetAccount(id, out Account? account) && account.Type == type;

    private static RegistryId Registry(Ledger ledger, AccountId id) =>
        ledger.Configuration.TryGetAccount(id, out Account? account) ? account.Registry : RegistryId.Cdm;

    private static AccountId Entity(Ledger ledger, AccountId holder) =>
        ledger.Configuration.Accounts.First(a => a.Registry == Registry(ledger, holder) && a.Type == AccountType.EntityHolding).Id;
}

public class RegistryArbitrariesTest
{
    [Fact]
    public void Generated_scenarios_accept_every_generated_transaction_type_and_reject_with_many_codes()
    {
        RegistryScenario[] scenarios = RegistryArbitraries.Scenarios(40, 20).Sample(50, new Rnd(20_100_101UL), 300);
        var accepted = new HashSet<TransactionType>();
        var codes = new HashSet<CheckCode>();
        foreach (RegistryScenario scenario in scenarios)
        {
            var ledger = new Ledger(scenario.Configuration);
            foreach (Transaction tx in scenario.Transactions)
            {
                TransactionResult result = ledger.TryApply(tx);
                if (result.IsAccepted)
                {
                    accepted.Add(tx.Type);
                }

                codes.UnionWith(result.Failures.Select(f => f.Code));
            }
        }

        Assert.Equal(Enum.GetValues<TransactionType>().Except([TransactionType.Replacement]).OrderBy(t => t), accepted.OrderBy(t => t));
        Assert.True(codes.Count >= 15, "codes seen: " + string.Join(", ", codes));
        Assert.True(scenarios.Sum(s => s.AcceptedCount) > scenarios.Sum(s => s.Transactions.Count) / 3);
    }
}
