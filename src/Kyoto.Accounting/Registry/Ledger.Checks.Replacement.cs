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

/// <content>Checks of tCER and lCER replacement and expiry-date change (DES 6, 8; decision 5/CMP.1).</content>
public sealed partial class Ledger
{
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
        CheckReplacingNotReplaced(tx.UnitArray, tx.ReplacedUnitArray, ref failures);

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
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot be replaced through {Acct(to)}, which replaces {UnitTypes.Name(temporaryType)}s."), UnitsOf(segment));
                }
            }
            else
            {
                replacingTotal += segment.Quantity;
                if (a.IsTemporary && a.UnitType != temporaryType)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot replace {UnitTypes.Name(temporaryType)}s; replacements are AAUs, RMUs, ERUs, CERs or units of the replaced type (decision 5/CMP.1)."), UnitsOf(segment));
                }
            }
        }

        CheckLcerSameProject(to, ref failures);

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

    private long CheckExpiryDateChange(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int account = Resolve(tx.From, "holding", ref failures);
        plan.From = account;
        CollectUnits(tx.UnitArray, account, true, 0, ref failures);
        foreach (Segment segment in _segments)
        {
            if (!_attributes[segment.Attributes].IsTemporary)
            {
                Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} have no expiry date; only tCERs and lCERs do."), UnitsOf(segment));
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

    /// <summary>
    /// lCERs replaced for reversal of storage or for non-submission of a certification report may be replaced by lCERs
    /// only from the same project activity (decision 5/CMP.1 annex ¶47(b), (c)); other unit types are unaffected.
    /// </summary>
    private void CheckLcerSameProject(int to, ref List<CheckFailure>? failures)
    {
        if (_accounts[to].Type is not (AccountType.LcerReplacementForReversalOfStorage or AccountType.LcerReplacementForNonSubmissionOfCertificationReport))
        {
            return;
        }

        var projects = new HashSet<long>();
        foreach (Segment segment in _segments)
        {
            if (segment.Group == 1)
            {
                projects.Add(_attributes[segment.Attributes].ProjectId);
            }
        }

        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (segment.Group == 0 && a.UnitType == UnitType.Lcer && !projects.Contains(a.ProjectId))
            {
                Fail(ref failures, CheckCode.ReplacementNotFromSameProject, Invariant($"{Describe(segment)} of project {a.ProjectId} cannot replace lCERs through {Acct(to)}: lCERs replacing after reversal of storage or non-submission of a certification report come from the same project activity (decision 5/CMP.1 annex ¶47(b), (c))."), UnitsOf(segment));
            }
        }
    }

    /// <summary>
    /// Reports replacing ranges that are also replaced, in O(k log k) for k ranges: sorted by originator and first
    /// serial, each range is compared with the furthest-reaching range of the other side seen so far (one failure per
    /// overlapping range at most, where a pairwise loop was quadratic in time and in failures).
    /// </summary>
    private static void CheckReplacingNotReplaced(ImmutableArray<SerialRange> replacing, ImmutableArray<SerialRange> replaced, ref List<CheckFailure>? failures)
    {
        var all = new (SerialRange Range, int Side)[replacing.Length + replaced.Length];
        int n = 0;
        foreach (SerialRange range in replacing)
        {
            all[n++] = (range, 0);
        }

        foreach (SerialRange range in replaced)
        {
            all[n++] = (range, 1);
        }

        Array.Sort(all, (x, y) => x.Range.Originator.Index != y.Range.Originator.Index ? x.Range.Originator.Index.CompareTo(y.Range.Originator.Index) : x.Range.First.CompareTo(y.Range.First));
        var reach = new SerialRange?[2];
        int originator = -1;
        foreach ((SerialRange range, int side) in all)
        {
            if (range.Quantity <= 0)
            {
                continue;
            }

            if (range.Originator.Index != originator)
            {
                originator = range.Originator.Index;
                reach[0] = reach[1] = null;
            }

            if (reach[1 - side] is SerialRange other && other.Last >= range.First)
            {
                SerialRange replacingRange = side == 0 ? range : other;
                Fail(ref failures, CheckCode.SerialRangeOverlap, Invariant($"Serial range {replacingRange} is both replacing and replaced."));
            }

            if (reach[side] is not SerialRange mine || range.Last > mine.Last)
            {
                reach[side] = range;
            }
        }
    }
}
