using System;
using System.Diagnostics;
using System.Globalization;
using Kyoto.Accounting.Registry.Internal;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <content>
/// Trusted replay: applying a transfer read back from a journal this library wrote, where it passed every check before
/// it was journaled, without running the rules again — only the structural facts that applying it depends on.
/// </content>
public sealed partial class Ledger
{
    private static readonly Comparison<SerialRange> ByOriginatorAndFirst = static (a, b) =>
        a.Originator.Index != b.Originator.Index ? a.Originator.Index.CompareTo(b.Originator.Index) : a.First.CompareTo(b.First);

    private SerialRange[] _sortedRanges = new SerialRange[16];

    /// <summary>
    /// Applies an external or internal transfer read back from a journal, without the rules of decision 13/CMP.1 annex
    /// ¶42 (they ran when it was accepted). Verifies what applying it depends on — both accounts are in the
    /// configuration; it names units; no range is empty, reversed or overlaps another; every unit is live and held by the
    /// transferring account; an Adaptation Fund account exists if a share of proceeds falls due — and otherwise changes
    /// nothing and returns what is wrong. For every transfer that <see cref="TryApply"/> accepts, the ledger afterwards
    /// equals the one <see cref="TryApply"/> leaves (same blocks, counters, identifiers, journal count and last date).
    /// </summary>
    /// <param name="type">External or internal transfer.</param>
    /// <param name="id">The transaction number.</param>
    /// <param name="date">The transaction date.</param>
    /// <param name="fromNumber">The transferring account's number.</param>
    /// <param name="toNumber">The acquiring account's number.</param>
    /// <param name="units">The ranges, as journaled.</param>
    /// <param name="retained">The transaction, for a ledger that retains its journal; otherwise null (the journal only counts it).</param>
    /// <returns>Null once applied; otherwise why it cannot be applied (nothing changed).</returns>
    internal string? ApplyJournaledTransfer(TransactionType type, long id, LocalDate date, long fromNumber, long toNumber, ReadOnlySpan<SerialRange> units, Transaction? retained)
    {
        Debug.Assert(type is TransactionType.ExternalTransfer or TransactionType.InternalTransfer, "a transfer");
        Debug.Assert(retained is not null || !_journal.Retains, "a retaining ledger is given the transaction");
        ThrowIfFaulted();
        if (!_accountIndex.TryGetValue(fromNumber, out int from) || !_accountIndex.TryGetValue(toNumber, out int to))
        {
            return "it names an account that is not in the registry configuration";
        }

        string? problem = CollectHeldUnits(units, from);
        var plan = new Plan { From = from, To = to, ReplacedFrom = -1 };
        long share = 0;
        if (problem is null && type == TransactionType.ExternalTransfer)
        {
            long total = 0;
            long firstTransfer = 0;
            foreach (Segment segment in _segments)
            {
                total = checked(total + segment.Quantity);
                if (DuesShare(_attributes[segment.Attributes], conversion: false))
                {
                    firstTransfer = checked(firstTransfer + segment.Quantity);
                }
            }

            plan.Total = total;
            bool exempt = to == _adaptationFund || (_accounts[from].IsPpsr && _accounts[to].IsPpsr);
            share = !exempt && firstTransfer > 0 ? ShareOfProceedsOf(firstTransfer) : 0;
            if (share > 0 && _adaptationFund < 0)
            {
                problem = "a share of proceeds falls due, but no Adaptation Fund account is configured";
            }
        }

        if (problem is not null)
        {
            _segments.Clear();
            TrimScratch();
            return problem;
        }

        _ids.Add(id);
        if (retained is null)
        {
            _journal.AddUnretained();
        }
        else
        {
            _journal.Add(retained);
        }

        _lastDate = date;
        try
        {
            _cachedFrom = -1;
            if (type == TransactionType.ExternalTransfer)
            {
                ExecuteExternalTransfer(plan, share);
            }
            else
            {
                MoveSegments(to, default, 0, secondPeriodOnly: false);
            }
        }
        catch (Exception e)
        {
            _fault = e;
            _faultedTransaction = TransactionId.FromNumber(id).ToString();
            throw;
        }

        TrimScratch();
        return null;
    }

    /// <summary>Collects the blocks under each range into <see cref="_segments"/>, verifying that every unit is live and held by <paramref name="holder"/> and that no two ranges overlap.</summary>
    private string? CollectHeldUnits(ReadOnlySpan<SerialRange> units, int holder)
    {
        _segments.Clear();
        if (units.IsEmpty)
        {
            return "it names no units";
        }

        bool sorted = true;
        for (int k = 0; k < units.Length; k++)
        {
            SerialRange range = units[k];
            if (range.Quantity <= 0)
            {
                return "its range " + range.ToString() + " is empty or reversed";
            }

            if (k > 0 && sorted)
            {
                SerialRange previous = units[k - 1];
                int order = previous.Originator.Index.CompareTo(range.Originator.Index);
                sorted = order < 0 || (order == 0 && previous.Last < range.First);
            }

            string? problem = CollectHeldRange(range, holder);
            if (problem is not null)
            {
                return problem;
            }
        }

        return sorted ? null : FindOverlap(units);
    }

    /// <summary>Walks the live blocks under one range; every serial must be in a block held by <paramref name="holder"/>.</summary>
    private string? CollectHeldRange(SerialRange range, int holder)
    {
        int originator = range.Originator.Index;
        long position = range.First;
        if (!_trees[originator].TryFindFloor(position, out BlockTree.Leaf leaf, out int index))
        {
            return NotHeld(range, position);
        }

        while (true)
        {
            if (leaf.Firsts[index] > position || leaf.Lasts[index] < position || leaf.Accounts[index] != holder)
            {
                return NotHeld(range, position);
            }

            long last = Math.Min(leaf.Lasts[index], range.Last);
            _segments.Add(new Segment { Group = 0, Originator = originator, First = position, Last = last, Account = holder, Attributes = leaf.Attributes[index] });
            if (last == range.Last)
            {
                return null;
            }

            position = last + 1;
            if (!BlockTree.MoveNext(ref leaf, ref index))
            {
                return NotHeld(range, position);
            }
        }
    }

    private static string NotHeld(SerialRange range, long position) =>
        "serial " + position.ToString(CultureInfo.InvariantCulture) + " of its range " + range.ToString() + " is not a live unit held by the transferring account";

    /// <summary>Sorts a copy of unsorted ranges and returns the first overlap found, or null.</summary>
    private string? FindOverlap(ReadOnlySpan<SerialRange> units)
    {
        if (_sortedRanges.Length < units.Length)
        {
            _sortedRanges = new SerialRange[units.Length];
        }

        Span<SerialRange> sorted = _sortedRanges.AsSpan(0, units.Length);
        units.CopyTo(sorted);
        sorted.Sort(ByOriginatorAndFirst);
        string? problem = null;
        for (int i = 1; i < sorted.Length && problem is null; i++)
        {
            if (sorted[i].Overlaps(sorted[i - 1]))
            {
                problem = "its ranges " + sorted[i - 1].ToString() + " and " + sorted[i].ToString() + " overlap";
            }
        }

        Scratch.Trim(ref _sortedRanges, 16);
        return problem;
    }
}
