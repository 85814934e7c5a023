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

/// <content>The checks shared by every transaction family: dispatch, accounts, units and their holders; every check runs before anything changes, and failures are collected, never thrown.</content>
public sealed partial class Ledger
{
    /// <summary>The accounts of each registry, found once per configuration (a configuration change may add accounts).</summary>
    private Dictionary<int, int[]>? _registryAccounts;

    /// <summary>The account table <see cref="_registryAccounts"/> was built from.</summary>
    private AccountInfo[]? _registryAccountsOf;

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Units(Int128 quantity) => quantity.ToString("N0", CultureInfo.InvariantCulture) + " units";

    /// <summary>The most failures a result lists; beyond it one final entry says how many more there were.</summary>
    internal const int MaxListedFailures = 1000;

    private static void Fail(ref List<CheckFailure>? failures, CheckCode code, string message, SerialRange? units = null)
    {
        var list = (FailureList)(failures ??= new FailureList());
        if (list.Count < MaxListedFailures)
        {
            list.Add(new CheckFailure(code, message, units));
        }
        else
        {
            list.Suppressed++;
            list.LastSuppressed = code;
        }
    }

    /// <summary>Appends the final "and N more" entry to a capped failure list.</summary>
    private static void CloseFailures(List<CheckFailure>? failures)
    {
        if (failures is FailureList { Suppressed: > 0 } list)
        {
            list.Add(new CheckFailure(list.LastSuppressed, Invariant($"… and {list.Suppressed:N0} more failures, not listed (a result lists at most {MaxListedFailures:N0}).")));
        }
    }

    /// <summary>2% of a quantity, rounded up to a whole unit by the library's one rounding step (decision 3/CMP.11).</summary>
    internal static long ShareOfProceedsOf(long quantity) =>
        Rounding.ToWholeTonnes((Int128)quantity * Grams.PerTonne * 2, 100, TonneRounding.Up);

    private string Acct(int index) => _accounts[index].Account.ToString();

    private string Describe(in Segment segment) =>
        UnitTypes.Name(_attributes[segment.Attributes].UnitType) + " " + SerialRange.Format(RegistryId.FromIndex(segment.Originator), segment.First, segment.Last);

    /// <summary>The units of a segment, for <see cref="CheckFailure.Units"/>.</summary>
    private static SerialRange UnitsOf(in Segment segment) => SerialRange.Of(RegistryId.FromIndex(segment.Originator), segment.First, segment.Last);

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

        long share = tx.Type switch
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
        CheckArticle37TerPending(tx, plan, ref failures);
        CloseFailures(failures);
        return share;
    }

    private int[] AccountsOf(int registry)
    {
        if (_registryAccounts is null || !ReferenceEquals(_registryAccountsOf, _accounts))
        {
            _registryAccounts = new Dictionary<int, int[]>();
            _registryAccountsOf = _accounts;
        }

        if (!_registryAccounts.TryGetValue(registry, out int[]? accounts))
        {
            accounts = Enumerable.Range(0, _accounts.Length).Where(i => _accounts[i].Registry == registry).ToArray();
            _registryAccounts.Add(registry, accounts);
        }

        return accounts;
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

    /// <summary>
    /// Walks the live blocks under one range. Every problem segment is reported on its own (never-issued gaps, units
    /// held by another account, units already retired, cancelled or replaced); neighbouring blocks with the same problem,
    /// holder and unit type are reported as one segment. Covered parts go to <see cref="_segments"/>.
    /// </summary>
    private void CollectRange(SerialRange range, int holder, bool holderMayBeTerminal, int group, ref List<CheckFailure>? failures)
    {
        int originator = range.Originator.Index;
        var problem = default(ProblemSegment);
        long position = range.First;
        bool found = _trees[originator].TryFindFloor(range.First, out BlockTree.Leaf leaf, out int index);
        if (found && leaf.Lasts[index] < range.First)
        {
            found = BlockTree.MoveNext(ref leaf, ref index);
        }

        while (true)
        {
            if (!found || leaf.Firsts[index] > range.Last)
            {
                FlushProblem(ref problem, range.Originator, holder, ref failures);
                Fail(ref failures, CheckCode.SerialRangeUnknown, "Serials " + SerialRange.Format(range.Originator, position, range.Last) + " were never issued.", SerialRange.Of(range.Originator, position, range.Last));
                return;
            }

            BlockRecord record = leaf[index];
            if (record.First > position)
            {
                FlushProblem(ref problem, range.Originator, holder, ref failures);
                Fail(ref failures, CheckCode.SerialRangeUnknown, "Serials " + SerialRange.Format(range.Originator, position, record.First - 1) + " were never issued.", SerialRange.Of(range.Originator, position, record.First - 1));
                position = record.First;
            }

            long last = Math.Min(record.Last, range.Last);
            if (record.Account != holder)
            {
                CheckCode code = _accounts[record.Account].IsHolding ? CheckCode.UnitsNotHeld : CheckCode.UnitsRetiredOrCancelled;
                AddProblem(ref problem, code, record.Account, _attributes[record.Attributes].UnitType, position, last, range.Originator, holder, ref failures);
            }
            else if (!holderMayBeTerminal && !_accounts[holder].IsHolding)
            {
                AddProblem(ref problem, CheckCode.UnitsRetiredOrCancelled, holder, _attributes[record.Attributes].UnitType, position, last, range.Originator, holder, ref failures);
            }
            else
            {
                FlushProblem(ref problem, range.Originator, holder, ref failures);
                _segments.Add(new Segment { Group = group, Originator = originator, First = position, Last = last, Account = record.Account, Attributes = record.Attributes });
            }

            if (last == range.Last)
            {
                FlushProblem(ref problem, range.Originator, holder, ref failures);
                return;
            }

            position = last + 1;
            found = BlockTree.MoveNext(ref leaf, ref index);
        }
    }

    /// <summary>Extends the pending problem segment when the next block continues it; otherwise reports the pending one and starts anew.</summary>
    private void AddProblem(ref ProblemSegment problem, CheckCode code, int account, UnitType unitType, long first, long last, RegistryId originator, int holder, ref List<CheckFailure>? failures)
    {
        if (problem.Active && problem.Code == code && problem.Account == account && problem.UnitType == unitType && problem.Last + 1 == first)
        {
            problem.Last = last;
            return;
        }

        FlushProblem(ref problem, originator, holder, ref failures);
        problem = new ProblemSegment { Active = true, Code = code, Account = account, UnitType = unitType, First = first, Last = last };
    }

    private void FlushProblem(ref ProblemSegment problem, RegistryId originator, int holder, ref List<CheckFailure>? failures)
    {
        if (!problem.Active)
        {
            return;
        }

        string units = UnitTypes.Name(problem.UnitType) + " " + SerialRange.Format(originator, problem.First, problem.Last);
        Fail(
            ref failures,
            problem.Code,
            problem.Code == CheckCode.UnitsRetiredOrCancelled
                ? Invariant($"{units} are already in {Acct(problem.Account)}; retired, cancelled or replaced units never move again.")
                : Invariant($"{units} are held by {Acct(problem.Account)}, not by {Acct(holder)}."),
            SerialRange.Of(originator, problem.First, problem.Last));
        problem = default;
    }

    private void CheckNotExpired(LocalDate date, string operation, ref List<CheckFailure>? failures, int onlyGroup = -1)
    {
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if ((onlyGroup < 0 || segment.Group == onlyGroup) && a.IsTemporary && a.IsExpiredOn(date))
            {
                Fail(ref failures, CheckCode.UnitsExpired, Invariant($"{Describe(segment)} expired on {Date(a.ExpiryDate!.Value)}; expired tCERs and lCERs cannot be {operation}."), UnitsOf(segment));
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
                Fail(ref failures, CheckCode.PeriodNotValid, Invariant($"{Describe(segment)} are valid for CP{_attributes[segment.Attributes].ApplicablePeriod}, but {Acct(account)} is for CP{period}."), UnitsOf(segment));
            }
        }
    }

    /// <summary>A failure list that stops growing at <see cref="MaxListedFailures"/> and counts the rest.</summary>
    private sealed class FailureList : List<CheckFailure>
    {
        internal int Suppressed { get; set; }

        internal CheckCode LastSuppressed { get; set; }
    }

    /// <summary>A run of neighbouring units with one problem, reported as one failure.</summary>
    private struct ProblemSegment
    {
        internal bool Active;
        internal CheckCode Code;
        internal int Account;
        internal UnitType UnitType;
        internal long First;
        internal long Last;
    }

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
