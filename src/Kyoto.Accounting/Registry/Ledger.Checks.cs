using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry.Internal;
using Kyoto.Accounting.Sectors;
using NodaTime;
using static System.FormattableString;

namespace Kyoto.Accounting.Registry;

/// <content>The checks: every one runs before anything changes; failures are collected, never thrown.</content>
public sealed partial class Ledger
{
    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Units(Int128 quantity) => quantity.ToString("N0", CultureInfo.InvariantCulture) + " units";

    private static void Fail(ref List<CheckFailure>? failures, CheckCode code, string message) =>
        (failures ??= new List<CheckFailure>()).Add(new CheckFailure(code, message));

    /// <summary>2% of a quantity, rounded up to a whole unit by the library's one rounding step (decision 3/CMP.11).</summary>
    internal static long ShareOfProceedsOf(long quantity) =>
        Rounding.ToWholeTonnes((Int128)quantity * Grams.PerTonne * 2, 100, TonneRounding.Up);

    private string Acct(int index) => _accounts[index].Account.ToString();

    private string Describe(in Segment segment) =>
        UnitTypes.Name(_attributes[segment.Attributes].UnitType) + " " + SerialRange.Format(RegistryId.FromIndex(segment.Originator), segment.First, segment.Last);

    private long Check(Transaction tx, ref List<CheckFailure>? failures, out Plan plan)
    {
        plan = new Plan { From = -1, To = -1, ReplacedFrom = -1 };
        if (_ids.Contains(tx.Id.Number))
        {
            Fail(ref failures, CheckCode.DuplicateTransactionId, Invariant($"Transaction {tx.Id} was already applied; a transaction identifier is applied once."));
        }

        if (_journal.Count > 0 && tx.Date < _lastDate)
        {
            Fail(ref failures, CheckCode.DateOutOfOrder, Invariant($"Transaction {tx.Id} is dated {Date(tx.Date)}, before the last accepted transaction ({Date(_lastDate)})."));
        }

        return tx.Type switch
        {
            TransactionType.Issuance => CheckIssuance(tx, ref failures, ref plan),
            TransactionType.Conversion => CheckConversion(tx, ref failures, ref plan),
            TransactionType.ExternalTransfer => CheckExternalTransfer(tx, ref failures, ref plan),
            TransactionType.InternalTransfer => CheckInternalTransfer(tx, ref failures, ref plan),
            TransactionType.Cancellation => CheckCancellation(tx, ref failures, ref plan),
            TransactionType.Retirement => CheckRetirement(tx, ref failures, ref plan),
            TransactionType.Replacement => CheckReplacement(tx, ref failures, ref plan),
            TransactionType.CarryOver => CheckCarryOver(tx, ref failures, ref plan),
            _ => CheckExpiryDateChange(tx, ref failures, ref plan),
        };
    }

    private int Resolve(AccountId? id, string role, ref List<CheckFailure>? failures)
    {
        if (id is AccountId account && _accountIndex.TryGetValue(account.Number, out int index))
        {
            return index;
        }

        Fail(ref failures, CheckCode.UnknownAccount, "The " + role + " account " + id?.ToString() + " is not in the registry configuration.");
        return -1;
    }

    /// <summary>Resolves the transferring and acquiring accounts into the plan; the transferring one must be a holding account.</summary>
    private (int From, int To) ResolveMove(Transaction tx, string fromRole, string toRole, string operation, ref List<CheckFailure>? failures, ref Plan plan)
    {
        plan.From = Resolve(tx.From, fromRole, ref failures);
        plan.To = Resolve(tx.To, toRole, ref failures);
        RequireHolding(plan.From, fromRole, operation, ref failures);
        return (plan.From, plan.To);
    }

    /// <summary>Returns the destination if its type fits the operation; otherwise reports 1005 and returns −1.</summary>
    private int RequireDestination(int to, bool fits, string what, ref List<CheckFailure>? failures)
    {
        if (to >= 0 && !fits)
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"{Acct(to)} is not {what}."));
            return -1;
        }

        return to;
    }

    private void RequireHolding(int account, string role, string operation, ref List<CheckFailure>? failures)
    {
        if (account >= 0 && !_accounts[account].IsHolding)
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"The {role} account {Acct(account)} is not a holding account; {operation} take units from Party holding, entity holding or PPSR accounts."));
        }
    }

    private void RequireSameRegistry(int first, int second, string operation, ref List<CheckFailure>? failures)
    {
        if (first >= 0 && second >= 0 && _accounts[first].Registry != _accounts[second].Registry)
        {
            Fail(ref failures, CheckCode.RegistryNotValid, Invariant($"{operation} stays within one registry, but {Acct(first)} and {Acct(second)} are in different registries."));
        }
    }

    private void RequireAuthorisedEntity(int account, ref List<CheckFailure>? failures)
    {
        if (account >= 0 && !_accounts[account].EntityAuthorised)
        {
            Account a = _accounts[account].Account;
            Fail(ref failures, CheckCode.LegalEntityNotAuthorised, Invariant($"Legal entity '{a.LegalEntity}' of account {a} is not authorised by {a.Registry} to participate (Art. 6.3)."));
        }
    }

    private void RequireAdaptationFund(long share, ref List<CheckFailure>? failures)
    {
        if (share > 0 && _adaptationFund < 0)
        {
            Fail(ref failures, CheckCode.AdaptationFundAccountNotConfigured, Invariant($"A share of proceeds of {Units(share)} is due, but no Adaptation Fund account is configured (decision 3/CMP.1 annex ¶66; decision 3/CMP.11)."));
        }
    }

    /// <summary>
    /// Finds the live blocks under each range and checks quantity, overlap, existence and holder; appends the covered
    /// parts to <see cref="_segments"/> with <paramref name="group"/>.
    /// </summary>
    private void CollectUnits(ImmutableArray<SerialRange> ranges, int holder, bool holderMayBeTerminal, int group, ref List<CheckFailure>? failures)
    {
        if (ranges.Length == 0)
        {
            Fail(ref failures, CheckCode.QuantityNotPositive, "The transaction names no units.");
            return;
        }

        for (int k = 0; k < ranges.Length; k++)
        {
            SerialRange range = ranges[k];
            if (range.Quantity <= 0)
            {
                Fail(ref failures, CheckCode.QuantityNotPositive, Invariant($"Serial range {range.Originator} {range.First}..{range.Last} has quantity {range.Quantity}; quantities are positive whole numbers."));
                continue;
            }

            if (ranges.Length <= 8)
            {
                for (int j = 0; j < k; j++)
                {
                    if (range.Overlaps(ranges[j]))
                    {
                        Fail(ref failures, CheckCode.SerialRangeOverlap, Invariant($"Serial ranges {ranges[j]} and {range} of the transaction overlap."));
                    }
                }
            }

            if (holder >= 0)
            {
                CollectRange(range, holder, holderMayBeTerminal, group, ref failures);
            }
        }

        if (ranges.Length > 8)
        {
            CheckOverlapsSorted(ranges, ref failures);
        }
    }

    /// <summary>Finds overlapping ranges among many in O(k log k): sorted by originator and first serial, neighbours must not overlap.</summary>
    private static void CheckOverlapsSorted(ImmutableArray<SerialRange> ranges, ref List<CheckFailure>? failures)
    {
        SerialRange[] sorted = ranges.Where(r => r.Quantity > 0).OrderBy(r => r.Originator.Index).ThenBy(r => r.First).ToArray();
        for (int i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Overlaps(sorted[i - 1]))
            {
                Fail(ref failures, CheckCode.SerialRangeOverlap, Invariant($"Serial ranges {sorted[i - 1]} and {sorted[i]} of the transaction overlap."));
            }
        }
    }

    private void CollectRange(SerialRange range, int holder, bool holderMayBeTerminal, int group, ref List<CheckFailure>? failures)
    {
        int originator = range.Originator.Index;
        if (!_trees[originator].TryFindFloor(range.First, out BlockTree.Leaf leaf, out int index) || leaf.Lasts[index] < range.First)
        {
            long end = range.Last;
            if (BlockTree.MoveNext(ref leaf, ref index) && leaf.Firsts[index] <= range.Last)
            {
                end = leaf.Firsts[index] - 1;
            }

            Fail(ref failures, CheckCode.SerialRangeUnknown, "Serials " + SerialRange.Format(range.Originator, range.First, end) + " were never issued.");
            return;
        }

        long position = range.First;
        while (true)
        {
            BlockRecord record = leaf[index];
            if (record.First > position)
            {
                Fail(ref failures, CheckCode.SerialRangeUnknown, "Serials " + SerialRange.Format(range.Originator, position, Math.Min(record.First - 1, range.Last)) + " were never issued.");
                return;
            }

            long last = Math.Min(record.Last, range.Last);
            if (record.Account != holder)
            {
                string units = UnitTypes.Name(_attributes[record.Attributes].UnitType) + " " + SerialRange.Format(range.Originator, position, last);
                bool terminal = !_accounts[record.Account].IsHolding;
                Fail(
                    ref failures,
                    terminal ? CheckCode.UnitsRetiredOrCancelled : CheckCode.UnitsNotHeld,
                    terminal
                        ? Invariant($"{units} are already in {Acct(record.Account)}; retired, cancelled or replaced units never move again.")
                        : Invariant($"{units} are held by {Acct(record.Account)}, not by {Acct(holder)}."));
                return;
            }

            if (!holderMayBeTerminal && !_accounts[holder].IsHolding)
            {
                Fail(ref failures, CheckCode.UnitsRetiredOrCancelled, Invariant($"{SerialRange.Format(range.Originator, position, last)} are in {Acct(holder)}; retired, cancelled or replaced units never move again."));
                return;
            }

            _segments.Add(new Segment { Group = group, Originator = originator, First = position, Last = last, Account = record.Account, Attributes = record.Attributes });
            if (last == range.Last)
            {
                return;
            }

            position = last + 1;
            if (!BlockTree.MoveNext(ref leaf, ref index))
            {
                Fail(ref failures, CheckCode.SerialRangeUnknown, "Serials " + SerialRange.Format(range.Originator, position, range.Last) + " were never issued.");
                return;
            }
        }
    }

    private long CheckIssuance(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int to = Resolve(tx.To, "issuing", ref failures);
        plan.To = to;
        SerialRange range = tx.UnitArray[0];
        UnitType type = tx.IssuedUnitType!.Value;
        int period = tx.Period!.Number;
        long quantity = range.Quantity;
        if (quantity <= 0)
        {
            Fail(ref failures, CheckCode.QuantityNotPositive, Invariant($"Issuance of {range.Originator} {range.First}..{range.Last} has quantity {quantity}; quantities are positive whole numbers."));
            return 0;
        }

        int originator = range.Originator.Index;
        if (_trees[originator].TryFindFloor(range.Last, out BlockTree.Leaf leaf, out int index) && leaf.Lasts[index] >= range.First)
        {
            BlockRecord existing = leaf[index];
            Fail(ref failures, CheckCode.SerialRangeOverlap, "Issuance of " + range.ToString() + " reuses serials of " + SerialRange.Format(range.Originator, existing.First, existing.Last) + ", already issued.");
        }

        if (to < 0)
        {
            return 0;
        }

        AccountInfo account = _accounts[to];
        bool cdmUnit = type is UnitType.Cer or UnitType.Tcer or UnitType.Lcer;
        if (type is UnitType.EruFromAau or UnitType.EruFromRmu)
        {
            Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"ERUs are not issued; they are converted from AAUs or RMUs (Art. 6)."));
            return 0;
        }

        if (account.Type != AccountType.PartyHolding)
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Units are issued into a Party holding account, not into {Acct(to)}."));
        }

        if (cdmUnit != !account.IsNational || range.Originator.Index != account.Registry)
        {
            Fail(ref failures, CheckCode.RegistryNotValid, Invariant($"{UnitTypes.Name(type)} {range} cannot be issued into {Acct(to)}: AAUs and RMUs are issued in the Party's national registry with its serials, CERs, tCERs and lCERs in the CDM registry."));
            return 0;
        }

        if (!cdmUnit)
        {
            int party = account.Registry;
            if (type == UnitType.Aau)
            {
                long limit = _configuration.SettingsAt(party).AssignedAmount[period - 1];
                Int128 after = (Int128)_issuedAau[(party * 2) + period - 1] + quantity;
                if (after > limit)
                {
                    Fail(ref failures, CheckCode.IssuanceBeyondAssignedAmount, Invariant($"Issuing {Units(quantity)} of AAUs for CP{period} into {Acct(to)} would bring the AAUs issued to {after:N0}, beyond the recorded assigned amount of {limit:N0}."));
                }
            }
            else
            {
                LulucfActivity activity = tx.Activity!.Value;
                if (activity == LulucfActivity.WetlandDrainageAndRewetting && period == 1)
                {
                    Fail(ref failures, CheckCode.PeriodNotValid, "Wetland drainage and rewetting is an activity of the second period only (Art. 3.4 as amended at Doha).");
                }

                int slot = RegistryConfiguration.LulucfSlot(period, activity);
                long limit = _configuration.SettingsAt(party).LulucfLimit[slot];
                Int128 after = (Int128)_issuedRmu[(party * 16) + slot] + quantity;
                if (after > limit)
                {
                    Fail(ref failures, CheckCode.IssuanceBeyondLulucfLimit, Invariant($"Issuing {Units(quantity)} of RMUs for {activity} in CP{period} into {Acct(to)} would bring them to {after:N0}, beyond the recorded limit of {limit:N0}."));
                }
            }

            return 0;
        }

        CheckIssuedExpiryDate(tx, type, period, ref failures);

        long share = type == UnitType.Cer && !_configuration.IsLeastDevelopedCountryProject(tx.ProjectId!.Value) ? ShareOfProceedsOf(quantity) : 0;
        RequireAdaptationFund(share, ref failures);
        return share;
    }

    /// <summary>
    /// Expiry dates at CDM issuance (decision 5/CMP.1 annex ¶1(g), (h)): CERs have none; tCERs expire at the end of the
    /// period following the one for which they were issued (CP1: the end of CP2; CP2: the following period is not
    /// defined, so only a date after the end of CP2 is required); lCERs at the end of the crediting period, which the
    /// registry does not know, so any date; every expiry date lies after the issuance date.
    /// </summary>
    private static void CheckIssuedExpiryDate(Transaction tx, UnitType type, int period, ref List<CheckFailure>? failures)
    {
        string given = tx.ExpiryDate is LocalDate e ? Date(e) : "none";
        if (type == UnitType.Cer)
        {
            if (tx.ExpiryDate is not null)
            {
                Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"CERs do not expire; only tCERs and lCERs carry an expiry date (decision 5/CMP.1 annex ¶1(g), (h)); given: {given}."));
            }

            return;
        }

        if (tx.ExpiryDate is not LocalDate expiry || expiry <= tx.Date)
        {
            Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"{UnitTypes.Name(type)}s need an expiry date after the issuance date {Date(tx.Date)}; given: {given}."));
            return;
        }

        LocalDate endOfSecond = CommitmentPeriod.Second.Dates.End;
        if (type == UnitType.Tcer && (period == 1 ? expiry != endOfSecond : expiry <= endOfSecond))
        {
            string required = period == 1 ? "the end of the second period, " + Date(endOfSecond) : "after the end of the second period, " + Date(endOfSecond);
            Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"tCERs issued for CP{period} expire at the end of the following commitment period (decision 5/CMP.1 annex ¶1(g)): {required}; given: {given}."));
        }
    }

    private long CheckConversion(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int account = Resolve(tx.From, "converting", ref failures);
        plan.From = account;
        if (account >= 0 && (_accounts[account].Type != AccountType.PartyHolding || !_accounts[account].IsNational))
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Conversion to ERUs takes place in the host Party's holding account, not in {Acct(account)}."));
            account = -1;
        }

        CollectUnits(tx.UnitArray, account, false, 0, ref failures);
        if (account < 0)
        {
            return 0;
        }

        int party = _accounts[account].Registry;
        long secondPeriod = 0;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (a.UnitType is not (UnitType.Aau or UnitType.Rmu))
            {
                Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot be converted; only AAUs and RMUs become ERUs (Art. 6)."));
            }
            else if (segment.Originator != party)
            {
                Fail(ref failures, CheckCode.UnitsNotOfHostParty, Invariant($"{Describe(segment)} were issued by {RegistryId.FromIndex(segment.Originator)}; {RegistryId.FromIndex(party)} converts only its own AAUs and RMUs."));
            }

            if (a.OriginalPeriod == 2)
            {
                secondPeriod = checked(secondPeriod + segment.Quantity);
            }
        }

        if (tx.Track == EruTrack.Track1)
        {
            CheckEligibility(party, Mechanism.JointImplementation, tx.Date, CheckCode.TransferringPartyNotEligible, "host", ref failures);
        }

        long share = secondPeriod > 0 ? ShareOfProceedsOf(secondPeriod) : 0;
        RequireAdaptationFund(share, ref failures);
        return share;
    }

    private void CheckEligibility(int registry, Mechanism mechanism, LocalDate date, CheckCode code, string role, ref List<CheckFailure>? failures)
    {
        if (registry == RegistryId.CdmIndex)
        {
            return;
        }

        PartySettings settings = _configuration.SettingsAt(registry);
        string party = RegistryId.FromIndex(registry).ToString();
        if ((settings.EligibleMask & RegistryConfiguration.MechanismBit(mechanism)) == 0)
        {
            Fail(ref failures, code, Invariant($"The {role} Party {party} is not eligible under Art. {(int)mechanism}."));
        }

        if (!settings.Suspensions.IsEmpty && settings.IsSuspended(mechanism, date))
        {
            Fail(ref failures, CheckCode.PartySuspended, Invariant($"The eligibility of the {role} Party {party} under Art. {(int)mechanism} is suspended on {Date(date)}."));
        }
    }

    private long CheckExternalTransfer(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "transferring", "acquiring", "external transfers", ref failures, ref plan);
        to = RequireDestination(to, to >= 0 && _accounts[to].IsHolding, "a holding account", ref failures);

        if (from >= 0 && to >= 0)
        {
            if (_accounts[from].Registry == _accounts[to].Registry)
            {
                Fail(ref failures, CheckCode.RegistryNotValid, Invariant($"An external transfer goes to another registry, but {Acct(from)} and {Acct(to)} are both in {_accounts[from].Account.Registry}."));
            }

            if (_accounts[from].IsPpsr != _accounts[to].IsPpsr)
            {
                Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"PPSR units move only between PPSR accounts (decision 1/CMP.8 ¶23–26): {Acct(from)} → {Acct(to)}."));
            }
        }

        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        AccountInfo source = _accounts[from];
        AccountInfo target = _accounts[to];
        int mechanisms = 0;
        long outFirst = 0;
        long outSecond = 0;
        long firstTransfer = 0;
        long total = 0;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            long quantity = segment.Quantity;
            total = checked(total + quantity);
            if (a.IsTemporary && a.IsExpiredOn(tx.Date))
            {
                Fail(ref failures, CheckCode.UnitsExpired, Invariant($"{Describe(segment)} expired on {Date(a.ExpiryDate!.Value)}; expired tCERs and lCERs cannot be transferred."));
            }

            mechanisms |= RegistryConfiguration.MechanismBit(UnitTypes.MechanismOf(a.UnitType));
            if (source.CountsForReserve && a.CountsForReserve)
            {
                if (a.ApplicablePeriod == 1)
                {
                    outFirst = checked(outFirst + quantity);
                }
                else
                {
                    outSecond = checked(outSecond + quantity);
                }
            }

            if (a.UnitType == UnitType.Aau && a.OriginalPeriod == 2 && !a.InternationallyTransferred)
            {
                firstTransfer = checked(firstTransfer + quantity);
            }
        }

        plan.Total = total;
        foreach (Mechanism mechanism in AllMechanisms)
        {
            if ((mechanisms & RegistryConfiguration.MechanismBit(mechanism)) != 0)
            {
                CheckEligibility(source.Registry, mechanism, tx.Date, CheckCode.TransferringPartyNotEligible, "transferring", ref failures);
                CheckEligibility(target.Registry, mechanism, tx.Date, CheckCode.AcquiringPartyNotEligible, "acquiring", ref failures);
            }
        }

        RequireAuthorisedEntity(from, ref failures);
        RequireAuthorisedEntity(to, ref failures);
        if (source.IsNational)
        {
            CheckReserve(source.Registry, 1, outFirst, ref failures);
            CheckReserve(source.Registry, 2, outSecond, ref failures);
        }

        if (target.IsPpsr && target.IsNational)
        {
            long limitBase = _configuration.SettingsAt(target.Registry).AssignedAmount[0];
            Int128 after = (Int128)_ppsrAcquired[target.Registry] + total;
            if (after * 50 > limitBase)
            {
                Fail(ref failures, CheckCode.PpsrAcquisitionBeyondLimit, Invariant($"{RegistryId.FromIndex(target.Registry)} would have acquired {after:N0} PPSR units, beyond 2% of its first-period assigned amount of {limitBase:N0}."));
            }
        }

        bool exempt = to == _adaptationFund || (source.IsPpsr && target.IsPpsr);
        long share = !exempt && firstTransfer > 0 ? ShareOfProceedsOf(firstTransfer) : 0;
        RequireAdaptationFund(share, ref failures);
        return share;
    }

    private void CheckReserve(int party, int period, long outgoing, ref List<CheckFailure>? failures)
    {
        if (outgoing == 0)
        {
            return;
        }

        long reserve = _configuration.SettingsAt(party).Reserve[period - 1];
        Int128 after = _reserveHoldings[(party * 2) + period - 1] - outgoing;
        if (after < reserve)
        {
            Fail(ref failures, CheckCode.ReserveInfringed, Invariant($"Transferring {Units(outgoing)} valid for CP{period} would leave {RegistryId.FromIndex(party)} holding {after:N0}, below its commitment period reserve of {reserve:N0}."));
        }
    }

    private long CheckInternalTransfer(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int from = Resolve(tx.From, "transferring", ref failures);
        int to = Resolve(tx.To, "acquiring", ref failures);
        plan.From = from;
        plan.To = to;
        foreach ((int account, string role) in new[] { (from, "transferring"), (to, "acquiring") })
        {
            if (account >= 0 && (!_accounts[account].IsHolding || _accounts[account].IsPpsr))
            {
                Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"The {role} account {Acct(account)} is not a Party or entity holding account; internal transfers move units between those."));
            }
        }

        RequireSameRegistry(from, to, "An internal transfer", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        CheckNotExpired(tx.Date, "transferred", ref failures);
        RequireAuthorisedEntity(from, ref failures);
        RequireAuthorisedEntity(to, ref failures);
        return 0;
    }

    private void CheckNotExpired(LocalDate date, string operation, ref List<CheckFailure>? failures, int onlyGroup = -1)
    {
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if ((onlyGroup < 0 || segment.Group == onlyGroup) && a.IsTemporary && a.IsExpiredOn(date))
            {
                Fail(ref failures, CheckCode.UnitsExpired, Invariant($"{Describe(segment)} expired on {Date(a.ExpiryDate!.Value)}; expired tCERs and lCERs cannot be {operation}."));
            }
        }
    }

    private void CheckPeriodMatches(int account, int group, ref List<CheckFailure>? failures)
    {
        int period = _accounts[account].Period;
        foreach (Segment segment in _segments)
        {
            if (segment.Group == group && _attributes[segment.Attributes].ApplicablePeriod != period)
            {
                Fail(ref failures, CheckCode.PeriodNotValid, Invariant($"{Describe(segment)} are valid for CP{_attributes[segment.Attributes].ApplicablePeriod}, but {Acct(account)} is for CP{period}."));
            }
        }
    }

    private long CheckCancellation(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "cancelling", "cancellation", "cancellations", ref failures, ref plan);
        to = RequireDestination(to, to >= 0 && _accounts[to].IsCancellation, "a cancellation account", ref failures);

        RequireSameRegistry(from, to, "A cancellation", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (to < 0)
        {
            return 0;
        }

        CheckPeriodMatches(to, 0, ref failures);
        if (_accounts[to].Type is AccountType.Article37TerCancellation or AccountType.AmbitionIncreaseCancellation)
        {
            foreach (Segment segment in _segments)
            {
                if (_attributes[segment.Attributes].UnitType != UnitType.Aau)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot go to {Acct(to)}; only AAUs are cancelled there (Art. 3.7 ter, 3.1 ter)."));
                }
            }
        }

        return 0;
    }

    private long CheckRetirement(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "retiring", "retirement", "retirements", ref failures, ref plan);
        to = RequireDestination(to, to >= 0 && _accounts[to].Type == AccountType.Retirement, "a retirement account", ref failures);

        RequireSameRegistry(from, to, "A retirement", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        CheckPeriodMatches(to, 0, ref failures);
        CheckNotExpired(tx.Date, "retired", ref failures);
        // Units of many originating registries can together exceed a long: sums and limits compare in 128 bits.
        Int128 temporary = 0;
        Int128 total = 0;
        foreach (Segment segment in _segments)
        {
            total += segment.Quantity;
            if (_attributes[segment.Attributes].IsTemporary)
            {
                temporary += segment.Quantity;
            }
        }

        int party = _accounts[to].Registry;
        int period = _accounts[to].Period;
        if (temporary > 0)
        {
            long limit = _configuration.SettingsAt(party).TemporaryCerLimit[period - 1];
            Int128 after = _temporaryRetired[(party * 2) + period - 1] + temporary;
            if (after > limit)
            {
                Fail(ref failures, CheckCode.TemporaryCerLimitExceeded, Invariant($"{RegistryId.FromIndex(party)} would have retired {after:N0} tCERs and lCERs for CP{period}, beyond its limit of {limit:N0} (1% of base-year emissions × the period multiplier)."));
            }
            else
            {
                plan.Temporary = (long)temporary;
            }
        }

        if (_accounts[from].IsPpsr)
        {
            LocalDate end = CommitmentPeriod.Second.Dates.End;
            if (tx.Date <= end)
            {
                Fail(ref failures, CheckCode.PpsrRetirementTooEarly, Invariant($"PPSR units are retired only after the second period, to the extent that its emissions exceed the assigned amount; {Date(tx.Date)} is not after {Date(end)}."));
            }

            long limit = _configuration.SettingsAt(party).PpsrRetirementLimit;
            Int128 after = _ppsrRetired[party] + total;
            if (after > limit)
            {
                Fail(ref failures, CheckCode.PpsrRetirementBeyondLimit, Invariant($"{RegistryId.FromIndex(party)} would have retired {after:N0} PPSR units, beyond the {limit:N0} by which its second-period emissions exceed its assigned amount."));
            }
            else
            {
                // Within a long-valued limit, so the narrowing cannot fail; only PPSR retirements use the total.
                plan.Total = (long)total;
            }
        }

        return 0;
    }

    private long CheckReplacement(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "replacing", "replacement", "replacements", ref failures, ref plan);
        int replacedFrom = Resolve(tx.ReplacedFrom, "replaced-unit", ref failures);
        plan.ReplacedFrom = replacedFrom;
        if (replacedFrom >= 0 && _accounts[replacedFrom].Type != AccountType.Retirement)
        {
            // Decision 5/CMP.1 annex: tCERs and lCERs used towards a commitment (retired) are replaced before they
            // expire; those that expire in a holding account are cancelled, not replaced.
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Replaced tCERs and lCERs are taken from the retirement account in which they were used, not from {Acct(replacedFrom)}; units expiring in a holding account are cancelled (decision 5/CMP.1 annex)."));
            replacedFrom = -1;
        }

        to = RequireDestination(to, to >= 0 && _accounts[to].IsReplacement, "a tCER or lCER replacement account", ref failures);

        RequireSameRegistry(from, to, "A replacement", ref failures);
        RequireSameRegistry(replacedFrom, to, "A replacement", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        CollectUnits(tx.ReplacedUnitArray, replacedFrom, true, 1, ref failures);
        foreach (SerialRange replacing in tx.UnitArray)
        {
            foreach (SerialRange replaced in tx.ReplacedUnitArray)
            {
                if (replacing.Overlaps(replaced))
                {
                    Fail(ref failures, CheckCode.SerialRangeOverlap, Invariant($"Serial range {replacing} is both replacing and replaced."));
                }
            }
        }

        if (to < 0)
        {
            return 0;
        }

        UnitType temporaryType = _accounts[to].Type == AccountType.TcerReplacementForExpiry ? UnitType.Tcer : UnitType.Lcer;
        Int128 replacingTotal = 0;
        Int128 replacedTotal = 0;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (segment.Group == 1)
            {
                replacedTotal += segment.Quantity;
                if (a.UnitType != temporaryType)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot be replaced through {Acct(to)}, which replaces {UnitTypes.Name(temporaryType)}s."));
                }
            }
            else
            {
                replacingTotal += segment.Quantity;
                if (a.IsTemporary && a.UnitType != temporaryType)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot replace {UnitTypes.Name(temporaryType)}s; replacements are AAUs, RMUs, ERUs, CERs or units of the replaced type (decision 5/CMP.1)."));
                }
            }
        }

        // The replaced units and the replacing ones are valid for the period of the replacement account.
        CheckPeriodMatches(to, 1, ref failures);
        CheckPeriodMatches(to, 0, ref failures);
        // The replaced units are expiring or expired: that is why they are replaced (decision 5/CMP.1 annex).
        // Only the replacing units must still be valid.
        CheckNotExpired(tx.Date, "used as replacements", ref failures, onlyGroup: 0);
        if (replacingTotal != replacedTotal && replacingTotal > 0 && replacedTotal > 0)
        {
            Fail(ref failures, CheckCode.ReplacementQuantityMismatch, Invariant($"{Units(replacingTotal)} cannot replace {Units(replacedTotal)}; the quantities must be equal."));
        }

        return 0;
    }

    private long CheckCarryOver(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int from = Resolve(tx.From, "carrying-over", ref failures);
        int to = Resolve(tx.To, "destination", ref failures);
        plan.From = from;
        plan.To = to;
        if (from >= 0 && (!_accounts[from].IsHolding || _accounts[from].IsPpsr || !_accounts[from].IsNational))
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Units are carried over from a Party or entity holding account of a national registry, not from {Acct(from)}."));
            from = -1;
        }

        RequireSameRegistry(from, to, "A carry-over", ref failures);
        if (tx.Date <= CommitmentPeriod.First.AdditionalPeriodEnd)
        {
            Fail(ref failures, CheckCode.CarryOverTooEarly, Invariant($"Carry-over on {Date(tx.Date)} comes before the end of the first period's additional period ({Date(CommitmentPeriod.First.AdditionalPeriodEnd)})."));
        }

        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        Int128 eru = 0;
        Int128 cer = 0;
        bool wrongDestination = false;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (a.ApplicablePeriod != 1)
            {
                Fail(ref failures, CheckCode.PeriodNotValid, Invariant($"{Describe(segment)} are valid for CP{a.ApplicablePeriod}; only units valid for CP1 are carried over to CP2."));
            }

            switch (a.UnitType)
            {
                case UnitType.Aau:
                    wrongDestination |= !_accounts[to].IsPpsr;
                    break;
                case UnitType.EruFromAau:
                    eru += segment.Quantity;
                    wrongDestination |= to != from;
                    break;
                case UnitType.Cer:
                    cer += segment.Quantity;
                    wrongDestination |= to != from;
                    break;
                default:
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} are never carried over (RMUs, ERUs from RMUs, tCERs and lCERs; decision 13/CMP.1 annex ¶15)."));
                    break;
            }
        }

        if (wrongDestination)
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"AAUs are carried over into the Party's PPSR account and CERs and ERUs stay in their account; {Acct(to)} does not fit."));
        }

        int party = _accounts[from].Registry;
        long assigned = _configuration.SettingsAt(party).AssignedAmount[0];
        plan.Eru = CheckCarryOverLimit(party, "ERUs converted from AAUs", _carriedEru[party], eru, assigned, ref failures);
        plan.Cer = CheckCarryOverLimit(party, "CERs", _carriedCer[party], cer, assigned, ref failures);
        return 0;
    }

    /// <summary>Checks 2.5% of the assigned amount in 128 bits; returns the units added when within it (then they fit a long), else 0.</summary>
    private static long CheckCarryOverLimit(int party, string units, long carried, Int128 adding, long assigned, ref List<CheckFailure>? failures)
    {
        Int128 after = carried + adding;
        if (adding > 0 && after * 40 > assigned)
        {
            Fail(ref failures, CheckCode.CarryOverBeyondLimit, Invariant($"{RegistryId.FromIndex(party)} would have carried over {after:N0} {units}, beyond 2.5% of its first-period assigned amount of {assigned:N0}."));
            return 0;
        }

        return (long)adding;
    }

    private long CheckExpiryDateChange(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int account = Resolve(tx.From, "holding", ref failures);
        plan.From = account;
        CollectUnits(tx.UnitArray, account, true, 0, ref failures);
        foreach (Segment segment in _segments)
        {
            if (!_attributes[segment.Attributes].IsTemporary)
            {
                Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} have no expiry date; only tCERs and lCERs do."));
            }
        }

        // An expired tCER or lCER must be replaced (decision 5/CMP.1 annex); a new date cannot revive it.
        CheckNotExpired(tx.Date, "given a new expiry date", ref failures);
        if (tx.ExpiryDate is not LocalDate expiry || expiry <= tx.Date)
        {
            Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"The new expiry date must be after the transaction date {Date(tx.Date)}."));
        }

        return 0;
    }

    private static readonly Mechanism[] AllMechanisms = { Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading };

    /// <summary>What the checks found that the application needs.</summary>
    private struct Plan
    {
        internal int From;
        internal int To;
        internal int ReplacedFrom;
        internal long Total;
        internal long Temporary;
        internal long Eru;
        internal long Cer;
    }
}
