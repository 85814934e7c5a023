using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Testing.Registry;

/// <summary>Interprets intents against a ledger to build a scenario of proposals.</summary>
internal sealed class ScenarioBuilder
{
    private readonly Ledger _ledger;
    private readonly List<Transaction> _transactions = new();
    private readonly long[] _nextSerial = new long[4];
    private long _nextId = 1;
    private LocalDate _date = new(2008, 1, 1);
    private int _accepted;

    private ScenarioBuilder(RegistryConfiguration configuration) => _ledger = new Ledger(configuration);

    internal static RegistryScenario Build(RegistryConfiguration configuration, int[][] intents)
    {
        var builder = new ScenarioBuilder(configuration);
        foreach (int[] intent in intents)
        {
            builder.Step(intent);
        }

        return new RegistryScenario(configuration, builder._transactions.ToArray(), builder._accepted);
    }

    private static RegistryId Registry(int party) => party == 3 ? RegistryId.Cdm : RegistryId.National(RegistryWorld.Parties[party]);

    private void Step(int[] intent)
    {
        bool corrupt = intent[0] == 1;
        int kind = intent[1] % 12;
        int a = intent[2];
        int b = intent[3];
        int c = intent[4];
        _date = _date.PlusDays(a % 300);
        Transaction? tx = kind switch
        {
            0 or 1 => IssueAau(a, b, c),
            2 => IssueRmu(a, b, c),
            3 => IssueCdm(a, b, c),
            4 or 5 or 6 => Transfer(a, b, c),
            7 => RetireOrCancel(a, b, c),
            8 => Convert(a, b, c),
            9 => CarryOver(a, b, c),
            10 => ChangeExpiry(a, b, c),
            _ => Transfer(b, c, a),
        };
        if (tx is null)
        {
            return;
        }

        if (corrupt)
        {
            tx = Corrupt(tx, a, b);
        }

        _transactions.Add(tx);
        if (_ledger.TryApply(tx).IsAccepted)
        {
            _accepted++;
        }
    }

    private TransactionId NextId() => TransactionId.FromNumber(_nextId++);

    private SerialRange NewSerials(int party, int quantity, int gap)
    {
        long first = _nextSerial[party] + 1 + (gap % 2 == 0 ? 0 : 10);
        _nextSerial[party] = first + quantity - 1;
        return SerialRange.FromFirstAndQuantity(Registry(party), first, quantity);
    }

    private Transaction IssueAau(int a, int b, int c)
    {
        int party = b % 3;
        return Transaction.IssueAssignedAmountUnits(NextId(), _date, RegistryWorld.PartyHolding(party), CommitmentPeriod.FromNumber((c % 2) + 1), NewSerials(party, 1 + (a % 2000), c));
    }

    private Transaction IssueRmu(int a, int b, int c)
    {
        int party = b % 3;
        bool second = c % 2 == 1;
        return Transaction.IssueRemovalUnits(
            NextId(), _date, RegistryWorld.PartyHolding(party), CommitmentPeriod.FromNumber(second ? 2 : 1),
            second ? LulucfActivity.AfforestationAndReforestation : LulucfActivity.ForestManagement, NewSerials(party, 1 + (a % 500), c));
    }

    private Transaction IssueCdm(int a, int b, int c)
    {
        UnitType type = (b % 4) switch { 0 => UnitType.Tcer, 1 => UnitType.Lcer, _ => UnitType.Cer };
        CommitmentPeriod period = CommitmentPeriod.FromNumber((c % 2) + 1);
        LocalDate endOfSecond = CommitmentPeriod.Second.Dates.End;

        // tCERs expire at the end of the following period (decision 5/CMP.1 annex ¶1(g)): CP1 → end of CP2; CP2 → after it.
        LocalDate? expiry = type switch
        {
            UnitType.Cer => null,
            UnitType.Tcer => period.Number == 1 ? endOfSecond : endOfSecond.PlusDays(1 + (c % 3000)),
            _ => _date.PlusDays(200 + (c % 3000)),
        };
        return Transaction.IssueCdmUnits(NextId(), _date, RegistryWorld.CdmHolding, type, period, 1 + (b % 4), NewSerials(3, 1 + (a % 1000), c), expiry);
    }

    private (SerialBlock Block, SerialRange Part)? PickHeld(int a, int b, System.Func<SerialBlock, bool> filter)
    {
        SerialBlock[] blocks = _ledger.GetBlocks().Where(filter).ToArray();
        if (blocks.Length == 0)
        {
            return null;
        }

        SerialBlock block = blocks[a % blocks.Length];
        long offset = b % block.Quantity;
        long length = 1 + ((a / 7) % (block.Quantity - offset));
        return (block, SerialRange.Of(block.Originator, block.First + offset, block.First + offset + length - 1));
    }

    private bool IsHolding(SerialBlock block) =>
        _ledger.Configuration.TryGetAccount(block.Account, out Account? account) && account.IsHolding;

    private Transaction? Transfer(int a, int b, int c)
    {
        var picked = PickHeld(a, b, IsHolding);
        if (picked is null)
        {
            return null;
        }

        (SerialBlock block, SerialRange part) = picked.Value;
        _ledger.Configuration.TryGetAccount(block.Account, out Account? from);
        int party = c % 4;
        AccountId to = party == 3 ? RegistryWorld.CdmHolding : (c / 4 % 3) switch
        {
            0 => RegistryWorld.PartyHolding(party),
            1 => RegistryWorld.EntityHolding(party),
            _ => RegistryWorld.Ppsr(party),
        };
        if (from!.Type == AccountType.PreviousPeriodSurplusReserve && party != 3)
        {
            to = RegistryWorld.Ppsr(party);
        }

        _ledger.Configuration.TryGetAccount(to, out Account? target);
        return target!.Registry == from.Registry
            ? Transaction.TransferInternally(NextId(), _date, block.Account, to, part)
            : Transaction.TransferExternally(NextId(), _date, block.Account, to, part);
    }

    private Transaction? RetireOrCancel(int a, int b, int c)
    {
        var picked = PickNational(a, b, _ => true);
        if (picked is null)
        {
            return null;
        }

        (SerialBlock block, SerialRange part, int party) = picked.Value;
        int period = block.ApplicablePeriod.Number;
        return c % 2 == 0
            ? Transaction.Retire(NextId(), _date, block.Account, RegistryWorld.Retirement(party, period), part)
            : Transaction.Cancel(NextId(), _date, block.Account, RegistryWorld.VoluntaryCancellation(party, period), part);
    }

    /// <summary>Picks part of a block held in a holding account of a national registry, with the Party's position.</summary>
    private (SerialBlock Block, SerialRange Part, int Party)? PickNational(int a, int b, System.Func<SerialBlock, bool> filter)
    {
        var picked = PickHeld(a, b, block => IsHolding(block) && filter(block) && _ledger.Configuration.TryGetAccount(block.Account, out Account? from) && !from.Registry.IsCdm);
        if (picked is null)
        {
            return null;
        }

        _ledger.Configuration.TryGetAccount(picked.Value.Block.Account, out Account? account);
        return (picked.Value.Block, picked.Value.Part, RegistryWorld.Parties.ToList().IndexOf(account!.Registry.Party!));
    }

    private Transaction? Convert(int a, int b, int c)
    {
        var picked = PickHeld(a, b, block => block.UnitType is UnitType.Aau or UnitType.Rmu && RegistryWorld.Accounts.Any(x => x.Id == block.Account && x.Type == AccountType.PartyHolding));
        return picked is null ? null : Transaction.Convert(NextId(), _date, picked.Value.Block.Account, 1 + (c % 5), (c % 2) == 0 ? EruTrack.Track1 : EruTrack.Track2, picked.Value.Part);
    }

    private Transaction? CarryOver(int a, int b, int c)
    {
        var picked = PickNational(a, b, block => block.ApplicablePeriod.Number == 1);
        if (picked is null)
        {
            return null;
        }

        (SerialBlock block, SerialRange part, int party) = picked.Value;
        AccountId to = block.UnitType == UnitType.Aau && c % 5 != 0 ? RegistryWorld.Ppsr(party) : block.Account;
        return Transaction.CarryOver(NextId(), _date, block.Account, to, part);
    }

    private Transaction? ChangeExpiry(int a, int b, int c)
    {
        var picked = PickHeld(a, b, block => block.ExpiryDate is not null);
        return picked is null ? null : Transaction.ChangeExpiryDate(NextId(), _date, picked.Value.Block.Account, _date.PlusDays(1 + (c % 4000)), picked.Value.Part);
    }

    private Transaction Corrupt(Transaction tx, int a, int b)
    {
        SerialRange range = tx.Units[0];
        AccountId from = tx.From ?? tx.To;
        switch (b % 5)
        {
            case 0:
                return _nextId > 2 ? Transaction.TransferInternally(TransactionId.FromNumber(1 + (a % (_nextId - 1))), _date, from, tx.To, range) : tx;
            case 1:
                return Transaction.TransferInternally(NextId(), _date, from, tx.To, SerialRange.Of(range.Originator, range.Last, System.Math.Max(1, range.First - 1 - (a % 3))));
            case 2:
                return Transaction.TransferExternally(NextId(), _date, from, tx.To, SerialRange.FromFirstAndQuantity(range.Originator, SerialRange.MaxSerial - 1000, 1 + (a % 50)));
            case 3:
                return Transaction.TransferInternally(NextId(), _date, RegistryWorld.EntityHolding(a % 3), RegistryWorld.PartyHolding(a % 3), range);
            default:
                return Transaction.TransferInternally(NextId(), _date.PlusDays(-400), from, tx.To, range);
        }
    }
}
