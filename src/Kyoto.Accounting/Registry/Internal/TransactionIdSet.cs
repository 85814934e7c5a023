using System;
using System.Collections.Generic;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>
/// The transaction identifiers a ledger has accepted, as sorted disjoint intervals: identifiers issued in sequence take
/// one interval in all, so duplicate detection costs no memory per transaction; scattered identifiers cost 16 bytes each.
/// </summary>
internal sealed class TransactionIdSet
{
    private long[] _starts = new long[4];
    private long[] _ends = new long[4];
    private int _count;

    internal TransactionIdSet()
    {
    }

    internal TransactionIdSet(TransactionIdSet other)
    {
        _starts = (long[])other._starts.Clone();
        _ends = (long[])other._ends.Clone();
        _count = other._count;
    }

    internal int IntervalCount => _count;

    internal IEnumerable<(long First, long Last)> Intervals
    {
        get
        {
            for (int i = 0; i < _count; i++)
            {
                yield return (_starts[i], _ends[i]);
            }
        }
    }

    internal bool Contains(long id)
    {
        int i = Floor(id);
        return i >= 0 && _ends[i] >= id;
    }

    /// <summary>Adds an identifier (at least 1); adding one already present changes nothing.</summary>
    internal void Add(long id)
    {
        if (_count > 0 && _ends[_count - 1] == id - 1)
        {
            _ends[_count - 1] = id;
            return;
        }

        int i = Floor(id);
        if (i >= 0 && _ends[i] >= id)
        {
            return;
        }

        bool joinLeft = i >= 0 && _ends[i] == id - 1;
        bool joinRight = i + 1 < _count && _starts[i + 1] - 1 == id;
        if (joinLeft && joinRight)
        {
            _ends[i] = _ends[i + 1];
            Array.Copy(_starts, i + 2, _starts, i + 1, _count - i - 2);
            Array.Copy(_ends, i + 2, _ends, i + 1, _count - i - 2);
            _count--;
        }
        else if (joinLeft)
        {
            _ends[i] = id;
        }
        else if (joinRight)
        {
            _starts[i + 1] = id;
        }
        else
        {
            AddInterval(i + 1, id, id);
        }
    }

    /// <summary>Appends an interval above every interval present (restoring a snapshot).</summary>
    internal void AddLast(long first, long last)
    {
        if (_count > 0 && first <= _ends[_count - 1] + 1)
        {
            throw new ArgumentException("Identifier intervals must be sorted, disjoint and not adjacent.", nameof(first));
        }

        AddInterval(_count, first, last);
    }

    internal void Clear() => _count = 0;

    private void AddInterval(int at, long first, long last)
    {
        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, _count * 2);
            Array.Resize(ref _ends, _count * 2);
        }

        Array.Copy(_starts, at, _starts, at + 1, _count - at);
        Array.Copy(_ends, at, _ends, at + 1, _count - at);
        _starts[at] = first;
        _ends[at] = last;
        _count++;
    }

    /// <summary>The index of the last interval starting at or before <paramref name="id"/>, or -1.</summary>
    private int Floor(long id)
    {
        int lo = 0;
        int hi = _count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] <= id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return hi;
    }
}
