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

    private readonly int _maxLength;

    private ScenarioBuilder(RegistryConfiguration configuration, int maxLength)
    {
        _ledger = new Ledger(configuration);
        _maxLength = maxLength;
    }

    internal static RegistryScenario Build(RegistryConfiguration configuration, int[][] intents, int maxLength)
    {
        var builder = new ScenarioBuilder(configuration, maxLength);
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
        int kind = intent[1] % 16;
        int a = intent[2];
        int b = intent[3];
        int c = intent[4];
        _date = _date.PlusDays(a % 300);
        if (kind is 12 or 13)
        {
            // The life of tCERs and lCERs takes several stages; an intent advances it by one to three of them.
            for (int stage = 0; stage <= (b / 3) % 3 && _transactions.Count < _maxLength; stage++)
            {
                Submit(TemporaryUnitLifecycle(a, b, c), corrupt && stage == 0, a, b);
            }

            return;
        }

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
            11 => Transfer(b, c, a),
            14 => CarryOverAfterTrueUp(a, b, c),
            _ => RetireFromPpsr(a, b, c),
        };
        Submit(tx, corrupt, a, b);
    }

    private void Submit(Transaction? tx, bool corrupt, int a, int b)
    {
        if (tx is null || _transactions.Count >= _maxLength)
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
        if (c % 2 == 0)
        {
            return Transaction.Retire(NextId(), _date, block.Account, RegistryWorld.Retirement(party, period), part);
        }

        // Expired tCERs and lCERs are cancelled into the account for expiry of their type (decision 13/CMP.1 annex ¶21(i), (j)).
        bool expired = block.UnitType is UnitType.Tcer or UnitType.Lcer && block.ExpiryDate < _date;
        return Transaction.Cancel(NextId(), _date, block.Account, expired ? RegistryWorld.CancellationForExpiry(party, period, block.UnitType) : RegistryWorld.VoluntaryCancellation(party, period), part);
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
        // Mostly lCERs (whose expiry date follows the crediting period), sometimes any temporary unit, expired or not.
        var picked = (c % 4 == 0 ? null : PickHeld(a, b, block => block.UnitType == UnitType.Lcer && !(block.ExpiryDate < _date)))
            ?? PickHeld(a, b, block => block.ExpiryDate is not null);
        return picked is null ? null : Transaction.ChangeExpiryDate(NextId(), _date, picked.Value.Block.Account, _date.PlusDays(1 + (c % 4000)), picked.Value.Part);
    }

    private bool InAccount(SerialBlock block, AccountType type) =>
        _ledger.Configuration.TryGetAccount(block.Account, out Account? account) && account.Type == type && !account.Registry.IsCdm;

    private int PartyOf(AccountId account)
    {
        _ledger.Configuration.TryGetAccount(account, out Account? found);
        return RegistryWorld.Parties.ToList().IndexOf(found!.Registry.Party!);
    }

    private static SerialRange Head(SerialBlock block, long offset, long quantity) =>
        SerialRange.FromFirstAndQuantity(block.Originator, block.First + offset, quantity);

    /// <summary>
    /// Advances the life of tCERs and lCERs one stage: replaces retired ones (from the retirement account, by units of a
    /// national holding account valid for the same period) if there are any; otherwise retires unexpired ones held by a
    /// Party for CP1; otherwise forwards unexpired ones from the CDM registry to an eligible Party, within its tCER/lCER
    /// limit; otherwise issues some.
    /// </summary>
    private Transaction? TemporaryUnitLifecycle(int a, int b, int c) =>
        Replace(a, b, c) ?? RetireTemporary(a, b, c) ?? ForwardTemporary(a, b, c) ?? IssueTemporary(a, b, c);

    private Transaction? Replace(int a, int b, int c)
    {
        SerialBlock[] retired = _ledger.GetBlocks().Where(x => x.UnitType is UnitType.Tcer or UnitType.Lcer && InAccount(x, AccountType.Retirement)).ToArray();
        if (retired.Length == 0)
        {
            return null;
        }

        SerialBlock replaced = retired[a % retired.Length];
        int party = PartyOf(replaced.Account);
        int period = replaced.ApplicablePeriod.Number;
        AccountId[] holders = { RegistryWorld.PartyHolding(party), RegistryWorld.EntityHolding(party) };
        SerialBlock[] replacing = _ledger.GetBlocks().Where(x =>
            holders.Contains(x.Account) && x.ApplicablePeriod.Number == period && !(x.ExpiryDate < _date)
            && (x.UnitType is not (UnitType.Tcer or UnitType.Lcer) || x.UnitType == replaced.UnitType)).ToArray();
        if (replacing.Length == 0)
        {
            return null;
        }

        AccountId from = replacing[b % replacing.Length].Account;
        SerialBlock[] own = replacing.Where(x => x.Account == from).ToArray();
        long quantity = 1 + ((a / 7) % System.Math.Min(replaced.Quantity, System.Math.Min(own.Sum(x => x.Quantity), 300)));
        var ranges = new List<SerialRange>();
        for (int k = 0; quantity > ranges.Sum(r => r.Quantity); k++)
        {
            SerialBlock block = own[(c + k) % own.Length];
            ranges.Add(Head(block, 0, System.Math.Min(block.Quantity, quantity - ranges.Sum(r => r.Quantity))));
        }

        long offset = b % (replaced.Quantity - quantity + 1);
        return Transaction.Replace(
            NextId(), _date, from, ranges.ToArray(), replaced.Account, new[] { Head(replaced, offset, quantity) }, RegistryWorld.Replacement(party, period, replaced.UnitType));
    }

    private Transaction? RetireTemporary(int a, int b, int c)
    {
        SerialBlock[] held = _ledger.GetBlocks().Where(x =>
            x.UnitType is UnitType.Tcer or UnitType.Lcer && x.ApplicablePeriod.Number == 1 && !(x.ExpiryDate < _date)
            && (InAccount(x, AccountType.PartyHolding) || InAccount(x, AccountType.EntityHolding))).ToArray();
        if (held.Length == 0)
        {
            return null;
        }

        SerialBlock block = held[a % held.Length];
        long quantity = 1 + (c % System.Math.Min(block.Quantity, 60));
        return Transaction.Retire(NextId(), _date, block.Account, RegistryWorld.Retirement(PartyOf(block.Account), 1), Head(block, b % (block.Quantity - quantity + 1), quantity));
    }

    private Transaction? ForwardTemporary(int a, int b, int c)
    {
        SerialBlock[] held = _ledger.GetBlocks().Where(x =>
            x.UnitType is UnitType.Tcer or UnitType.Lcer && x.Account == RegistryWorld.CdmHolding && !(x.ExpiryDate < _date)).ToArray();
        int[] eligible = Enumerable.Range(0, RegistryWorld.Parties.Count)
            .Where(p => _ledger.Configuration.IsEligible(RegistryWorld.Parties[p], Mechanism.CleanDevelopmentMechanism)).ToArray();
        if (held.Length == 0 || eligible.Length == 0)
        {
            return null;
        }

        SerialBlock block = held[a % held.Length];
        int party = eligible[c % eligible.Length];

        // Acquisitions stay within the Party's tCER/lCER limit (check 4016, decision 13/CMP.1 annex ¶42(c)).
        long room = _ledger.Configuration.GetTemporaryCerLimit(RegistryWorld.Parties[party], block.ApplicablePeriod)
            - _ledger.GetTemporaryCersTowardsLimit(RegistryWorld.Parties[party], block.ApplicablePeriod);
        if (room <= 0)
        {
            return null;
        }

        AccountId to = (c / 3) % 3 == 0 ? RegistryWorld.EntityHolding(party) : RegistryWorld.PartyHolding(party);
        long quantity = System.Math.Min(1 + (b % System.Math.Min(block.Quantity, 200)), room);
        return Transaction.TransferExternally(NextId(), _date, block.Account, to, Head(block, 0, quantity));
    }

    private Transaction IssueTemporary(int a, int b, int c)
    {
        bool tcer = b % 2 == 0;
        LocalDate expiry = tcer ? CommitmentPeriod.Second.Dates.End : _date.PlusDays(1000 + (c % 3000));
        return Transaction.IssueCdmUnits(
            NextId(), _date, RegistryWorld.CdmHolding, tcer ? UnitType.Tcer : UnitType.Lcer, CommitmentPeriod.First, 1 + (b % 4), NewSerials(3, 1 + (a % 400), c), expiry);
    }

    /// <summary>
    /// Carries AAUs, ERUs from AAUs or CERs over after the first period's additional period, moving the date there a
    /// quarter of the time (first-period retirements, and so replacements of retired tCERs and lCERs, close with the
    /// additional period: check 4012).
    /// </summary>
    private Transaction? CarryOverAfterTrueUp(int a, int b, int c)
    {
        LocalDate trueUp = CommitmentPeriod.First.AdditionalPeriodEnd;
        if (_date <= trueUp && c % 4 == 0)
        {
            _date = trueUp.PlusDays(1 + (a % 90));
        }

        var picked = PickNational(a, b, block =>
            block.ApplicablePeriod.Number == 1 && block.UnitType is UnitType.Aau or UnitType.EruFromAau or UnitType.Cer
            && !InAccount(block, AccountType.PreviousPeriodSurplusReserve));
        if (picked is null)
        {
            return null;
        }

        (SerialBlock block, SerialRange part, int party) = picked.Value;
        if (block.UnitType != UnitType.Aau)
        {
            // ERUs and CERs are carried over up to 2.5% of the first period's assigned amount: keep the parts small.
            part = SerialRange.FromFirstAndQuantity(part.Originator, part.First, System.Math.Min(part.Quantity, 1 + (c % 100)));
        }

        return Transaction.CarryOver(NextId(), _date, block.Account, block.UnitType == UnitType.Aau ? RegistryWorld.Ppsr(party) : block.Account, part);
    }

    /// <summary>Retires PPSR units after the second period (moving the date there half of the time), or fills a PPSR by carry-over.</summary>
    private Transaction? RetireFromPpsr(int a, int b, int c)
    {
        SerialBlock[] reserve = _ledger.GetBlocks().Where(x => InAccount(x, AccountType.PreviousPeriodSurplusReserve)).ToArray();
        if (reserve.Length == 0)
        {
            return CarryOverAfterTrueUp(a, b, c);
        }

        LocalDate end = CommitmentPeriod.Second.Dates.End;
        if (_date <= end && c % 2 == 0)
        {
            _date = end.PlusDays(1 + (a % 200));
        }

        SerialBlock block = reserve[a % reserve.Length];
        long quantity = 1 + (b % System.Math.Min(block.Quantity, 300));
        return Transaction.Retire(NextId(), _date, block.Account, RegistryWorld.Retirement(PartyOf(block.Account), block.ApplicablePeriod.Number), Head(block, 0, quantity));
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
