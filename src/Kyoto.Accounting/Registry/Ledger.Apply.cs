using System;
using Kyoto.Accounting.Registry.Internal;

namespace Kyoto.Accounting.Registry;

/// <content>Application of a checked transaction: nothing here can fail a rule; every check ran before.</content>
public sealed partial class Ledger
{
    private int _cachedFrom = -1;
    private int _cachedTo;

    private void Execute(Transaction tx, Plan plan, long share)
    {
        _cachedFrom = -1;
        switch (tx.Type)
        {
            case TransactionType.Issuance:
                ExecuteIssuance(tx, plan, share);
                break;
            case TransactionType.Conversion:
                MoveSegments(plan.From, new AttributeChange { Convert = true, ProjectId = tx.ProjectId!.Value, Track = tx.Track }, share, secondPeriodOnly: true);
                break;
            case TransactionType.ExternalTransfer:
                ExecuteExternalTransfer(plan, share);
                break;
            case TransactionType.Retirement:
                MoveSegments(plan.To, default, 0, false);
                int retiring = _accounts[plan.To].Registry;
                int slot = (retiring * 2) + _accounts[plan.To].Period - 1;
                _temporaryRetired[slot] = checked(_temporaryRetired[slot] + plan.Temporary);
                if (_accounts[plan.From].IsPpsr)
                {
                    _ppsrRetired[retiring] = checked(_ppsrRetired[retiring] + plan.Total);
                }

                break;
            case TransactionType.CarryOver:
                MoveSegments(plan.To, new AttributeChange { ApplicablePeriod = 2 }, 0, false);
                int carrying = _accounts[plan.From].Registry;
                _carriedEru[carrying] = checked(_carriedEru[carrying] + plan.Eru);
                _carriedCer[carrying] = checked(_carriedCer[carrying] + plan.Cer);
                break;
            case TransactionType.ExpiryDateChange:
                MoveSegments(plan.From, new AttributeChange { SetExpiry = true, Expiry = tx.ExpiryDate }, 0, false);
                break;
            default:
                // Internal transfer, cancellation, replacement: both groups of segments move to the destination unchanged.
                MoveSegments(plan.To, default, 0, false);
                break;
        }
    }

    /// <summary>Moves the collected segments of an external transfer (second-period AAUs become internationally transferred) and counts PPSR acquisitions.</summary>
    private void ExecuteExternalTransfer(in Plan plan, long share)
    {
        MoveSegments(plan.To, new AttributeChange { MarkTransferred = true }, share, secondPeriodOnly: false);
        if (_accounts[plan.To].IsPpsr && _accounts[plan.To].IsNational)
        {
            int party = _accounts[plan.To].Registry;
            _ppsrAcquired[party] = checked(_ppsrAcquired[party] + plan.Total);
        }
    }

    private void ExecuteIssuance(Transaction tx, Plan plan, long share)
    {
        SerialRange range = tx.UnitArray[0];
        int period = tx.Period!.Number;
        var attributes = new BlockAttributes(tx.IssuedUnitType!.Value, (byte)period, (byte)period, tx.Activity, tx.ProjectId ?? 0, EruTrack.None, tx.ExpiryDate, false);
        int id = _attributes.Intern(attributes);
        int originator = range.Originator.Index;
        if (share > 0)
        {
            InsertIssued(originator, new BlockRecord(range.First, range.First + share - 1, _adaptationFund, id));
        }

        if (range.First + share <= range.Last)
        {
            InsertIssued(originator, new BlockRecord(range.First + share, range.Last, plan.To, id));
        }

        int party = _accounts[plan.To].Registry;
        long quantity = range.Quantity;
        if (attributes.UnitType == UnitType.Aau)
        {
            _issuedAau[(party * 2) + period - 1] = checked(_issuedAau[(party * 2) + period - 1] + quantity);
        }
        else if (attributes.UnitType == UnitType.Rmu)
        {
            int slot = (party * 16) + RegistryConfiguration.LulucfSlot(period, tx.Activity!.Value);
            _issuedRmu[slot] = checked(_issuedRmu[slot] + quantity);
        }
    }

    /// <summary>Moves every collected segment to <paramref name="destination"/> (the first <paramref name="share"/> eligible units to the Adaptation Fund).</summary>
    private void MoveSegments(int destination, AttributeChange change, long share, bool secondPeriodOnly)
    {
        long remaining = share;
        for (int s = 0; s < _segments.Count; s++)
        {
            Segment segment = _segments[s];
            if (remaining > 0 && DuesShare(_attributes[segment.Attributes], secondPeriodOnly))
            {
                long part = Math.Min(remaining, segment.Quantity);
                remaining -= part;
                Move(segment.Originator, segment.First, segment.First + part - 1, _adaptationFund, change);
                if (part < segment.Quantity)
                {
                    Move(segment.Originator, segment.First + part, segment.Last, destination, change);
                }
            }
            else
            {
                Move(segment.Originator, segment.First, segment.Last, destination, change);
            }

            FaultHook?.Invoke(s);
        }
    }

    private static bool DuesShare(in BlockAttributes a, bool conversion) =>
        conversion ? a.OriginalPeriod == 2 : a.UnitType == UnitType.Aau && a.OriginalPeriod == 2 && !a.InternationallyTransferred;

    /// <summary>Inserts an issued block, merging it with contiguous neighbours of the same account and attributes.</summary>
    private void InsertIssued(int originator, BlockRecord record)
    {
        BlockTree tree = _trees[originator];
        int n = 0;
        bool hasFloor = tree.TryFindFloor(record.First, out BlockTree.Leaf leaf, out int index);
        if (hasFloor && leaf.Lasts[index] + 1 == record.First)
        {
            _oldRun[n++] = leaf[index];
        }

        if (BlockTree.MoveNext(ref leaf, ref index) && leaf.Firsts[index] == record.Last + 1)
        {
            _oldRun[n++] = leaf[index];
        }

        Count(record.Account, record.Attributes, record.Quantity);
        if (n == 0)
        {
            tree.Insert(record);
            return;
        }

        int m = 0;
        if (_oldRun[0].First < record.First)
        {
            Append(ref m, _oldRun[0]);
            Append(ref m, record);
            if (n == 2)
            {
                Append(ref m, _oldRun[1]);
            }
        }
        else
        {
            Append(ref m, record);
            Append(ref m, _oldRun[0]);
        }

        tree.ReplaceRun(_oldRun[0].First, n, _newRun.AsSpan(0, m));
    }

    /// <summary>
    /// Moves serials [<paramref name="first"/>, <paramref name="last"/>] (all live, checked) to an account, changing their
    /// attributes, and restores canonical form: the run from the contiguous predecessor to the contiguous successor is
    /// rebuilt with splits and merges and written back in one step.
    /// </summary>
    private void Move(int originator, long first, long last, int account, in AttributeChange change)
    {
        BlockTree tree = _trees[originator];
        tree.TryFindFloor(first, out BlockTree.Leaf leaf, out int index);
        int n = 0;
        BlockTree.Leaf previousLeaf = leaf;
        int previousIndex = index;
        if (BlockTree.MovePrevious(ref previousLeaf, ref previousIndex) && previousLeaf.Lasts[previousIndex] + 1 == leaf.Firsts[index])
        {
            _oldRun[n++] = previousLeaf[previousIndex];
        }

        while (true)
        {
            if (n == _oldRun.Length)
            {
                Array.Resize(ref _oldRun, n * 2);
            }

            _oldRun[n++] = leaf[index];
            if (leaf.Lasts[index] >= last || !BlockTree.MoveNext(ref leaf, ref index))
            {
                break;
            }
        }

        if (BlockTree.MoveNext(ref leaf, ref index) && leaf.Firsts[index] == _oldRun[n - 1].Last + 1)
        {
            if (n == _oldRun.Length)
            {
                Array.Resize(ref _oldRun, n * 2);
            }

            _oldRun[n++] = leaf[index];
        }

        if (_newRun.Length < (2 * n) + 2)
        {
            _newRun = new BlockRecord[(2 * n) + 2];
        }

        int m = 0;
        for (int k = 0; k < n; k++)
        {
            BlockRecord record = _oldRun[k];
            if (record.Last < first || record.First > last)
            {
                Append(ref m, record);
                continue;
            }

            if (record.First < first)
            {
                Append(ref m, new BlockRecord(record.First, first - 1, record.Account, record.Attributes));
            }

            long lo = Math.Max(record.First, first);
            long hi = Math.Min(record.Last, last);
            int attributes = change.IsNone ? record.Attributes : Transform(record.Attributes, change);
            Count(record.Account, record.Attributes, -(hi - lo + 1));
            Count(account, attributes, hi - lo + 1);
            Append(ref m, new BlockRecord(lo, hi, account, attributes));
            if (record.Last > last)
            {
                Append(ref m, new BlockRecord(last + 1, record.Last, record.Account, record.Attributes));
            }
        }

        tree.ReplaceRun(_oldRun[0].First, n, _newRun.AsSpan(0, m));
    }

    private void Append(ref int m, in BlockRecord record)
    {
        if (m > 0)
        {
            ref BlockRecord previous = ref _newRun[m - 1];
            if (previous.Last + 1 == record.First && previous.Account == record.Account && previous.Attributes == record.Attributes)
            {
                previous.Last = record.Last;
                return;
            }
        }

        _newRun[m++] = record;
    }

    private int Transform(int attributes, in AttributeChange change)
    {
        if (attributes != _cachedFrom)
        {
            _cachedFrom = attributes;
            _cachedTo = _attributes.Intern(change.Apply(_attributes[attributes]));
        }

        return _cachedTo;
    }

    /// <summary>Adds a signed quantity to an account's totals and, where it counts, to its Party's reserve holdings.</summary>
    private void Count(int account, int attributes, long quantity)
    {
        BlockAttributes a = _attributes[attributes];
        int slot = (account * TotalsPerAccount) + ((int)a.UnitType * 2) + a.ApplicablePeriod - 1;
        _accountTotals[slot] += quantity;
        AccountInfo info = _accounts[account];
        if (info.CountsForReserve && a.CountsForReserve)
        {
            int reserve = (info.Registry * 2) + a.ApplicablePeriod - 1;
            _reserveHoldings[reserve] += quantity;
        }
    }
}
