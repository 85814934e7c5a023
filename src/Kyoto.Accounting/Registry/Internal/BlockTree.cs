using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>
/// A live serial block: serials [First, Last] held by account <see cref="Account"/> (dense index) with interned
/// attributes <see cref="Attributes"/>. 24 bytes; the originating registry is the tree it lives in.
/// </summary>
[StructLayout(LayoutKind.Sequential)]
internal struct BlockRecord
{
    internal long First;
    internal long Last;
    internal int Account;
    internal int Attributes;

    internal BlockRecord(long first, long last, int account, int attributes)
    {
        First = first;
        Last = last;
        Account = account;
        Attributes = attributes;
    }

    internal readonly long Quantity => Last - First + 1;
}

/// <summary>
/// The serial blocks of one originating registry in a B+tree keyed by first serial: non-overlapping, sorted, leaves
/// linked both ways. Separator keys are exact (the smallest first serial of each subtree), so a run of records that
/// keeps its first serial and its span can be rewritten in place inside a leaf. Lookups, inserts and removals are
/// O(log n). Not thread-safe; one writer.
/// </summary>
/// <remarks>
/// Nodes are single objects with their columns inline (struct of arrays): a leaf holds its first serials, last serials,
/// accounts and attribute ids in four fixed-size columns, an inner node its keys and children. A search reads only the
/// key column of each node it passes (8 cache lines at most) and counts the keys ≤ the probe with vector compares,
/// whose loads are independent of each other, so the cache misses of a large tree overlap instead of forming the
/// dependent chain of a binary search.
/// </remarks>
internal sealed partial class BlockTree
{
    internal const int LeafCapacity = 64;
    internal const int InnerCapacity = 64;
    private const int MaxDepth = 16;

    private readonly Inner[] _path = new Inner[MaxDepth];
    private readonly int[] _pathIndex = new int[MaxDepth];
    private object _root;
    private int _height;
    private long[] _scratch = new long[16];

    // Folds the loads of Touch, so that they are not dropped as unused.
    private long _touched;

    // The finger: the leaf of the last full descent, valid (with _path) while no change since then touched the tree's shape or keys.
    private Leaf? _finger;
    private int _version;
    private int _fingerVersion;

    internal BlockTree()
    {
        var leaf = new Leaf();
        _root = leaf;
        FirstLeaf = leaf;
    }

    /// <summary>Gets the number of records.</summary>
    internal int Count { get; private set; }

    /// <summary>Gets the leftmost leaf (empty only when the tree is empty).</summary>
    internal Leaf FirstLeaf { get; private set; }

    /// <summary>Builds a tree from records sorted by first serial, leaves three-quarters full.</summary>
    internal static BlockTree Build(List<BlockRecord> sorted)
    {
        var builder = new Builder();
        foreach (BlockRecord record in sorted)
        {
            builder.Add(record);
        }

        return builder.Finish();
    }

    /// <summary>Moves a cursor to the next record; false at the end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MoveNext(ref Leaf leaf, ref int index)
    {
        index++;
        while (index >= leaf.Count)
        {
            Leaf? next = leaf.Next;
            if (next is null)
            {
                return false;
            }

            leaf = next;
            index = 0;
        }

        return true;
    }

    /// <summary>Moves a cursor to the previous record; false at the start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool MovePrevious(ref Leaf leaf, ref int index)
    {
        index--;
        while (index < 0)
        {
            Leaf? previous = leaf.Prev;
            if (previous is null)
            {
                return false;
            }

            leaf = previous;
            index = leaf.Count - 1;
        }

        return true;
    }

    /// <summary>
    /// Positions a cursor on the record with the greatest first serial ≤ <paramref name="key"/>; returns false (index −1
    /// in the leftmost leaf) when every record starts after the key or the tree is empty.
    /// </summary>
    internal bool TryFindFloor(long key, out Leaf leaf, out int index)
    {
        leaf = Descend(key);
        index = CountAtMost(ref leaf.Firsts[0], leaf.Count, key) - 1;
        return index >= 0;
    }

    /// <summary>Inserts a record that overlaps no other.</summary>
    internal void Insert(in BlockRecord record)
    {
        Leaf leaf = Descend(record.First);
        _version = unchecked(_version + 1);
        int position = CountAtMost(ref leaf.Firsts[0], leaf.Count, record.First);
        if (leaf.Count == LeafCapacity)
        {
            Leaf right = SplitLeaf(leaf);
            InsertChild(_height - 1, right.Firsts[0], right);
            if (position > leaf.Count)
            {
                position -= leaf.Count;
                leaf = right;
            }
        }

        Leaf.Copy(leaf, position, leaf, position + 1, leaf.Count - position);
        leaf.Set(position, record);
        leaf.Count++;
        Count++;
    }

    /// <summary>Removes the record whose first serial is <paramref name="first"/>.</summary>
    internal void Remove(long first)
    {
        Leaf leaf = Descend(first);
        _version = unchecked(_version + 1);
        int index = CountAtMost(ref leaf.Firsts[0], leaf.Count, first) - 1;
        Debug.Assert(index >= 0 && leaf.Firsts[index] == first, "record to remove exists");
        leaf.Count--;
        Leaf.Copy(leaf, index + 1, leaf, index, leaf.Count - index);
        Count--;
        if (_height == 0)
        {
            return;
        }

        if (leaf.Count == 0)
        {
            Unlink(leaf);
            RemoveChild(_height - 1);
            return;
        }

        if (index == 0)
        {
            UpdateKeyUpwards(_height - 1, leaf.Firsts[0]);
        }

        if (leaf.Count < LeafCapacity / 4)
        {
            TryMergeLeaf(leaf, _height - 1);
        }
    }

    /// <summary>
    /// Replaces <paramref name="oldCount"/> consecutive records, the first of which starts at <paramref name="runFirst"/>,
    /// by <paramref name="replacement"/> (sorted, covering the same serials). In place when the run lies in one leaf, the
    /// first serial is kept and the result fits; otherwise by removals and inserts.
    /// </summary>
    internal void ReplaceRun(long runFirst, int oldCount, ReadOnlySpan<BlockRecord> replacement)
    {
        Leaf leaf = Descend(runFirst);
        int index = CountAtMost(ref leaf.Firsts[0], leaf.Count, runFirst) - 1;
        Debug.Assert(index >= 0 && leaf.Firsts[index] == runFirst, "run starts at a record");
        int newCount = leaf.Count - oldCount + replacement.Length;
        if (replacement.Length > 0 && replacement[0].First == runFirst && index + oldCount <= leaf.Count && newCount <= LeafCapacity)
        {
            if (replacement.Length != oldCount)
            {
                Leaf.Copy(leaf, index + oldCount, leaf, index + replacement.Length, leaf.Count - index - oldCount);
            }

            for (int k = 0; k < replacement.Length; k++)
            {
                leaf.Set(index + k, replacement[k]);
            }

            leaf.Count = newCount;
            Count += replacement.Length - oldCount;
            if (_height > 0 && newCount < LeafCapacity / 4)
            {
                _version = unchecked(_version + 1);
                TryMergeLeaf(leaf, _height - 1);
            }

            return;
        }

        if (_scratch.Length < oldCount)
        {
            _scratch = new long[Math.Max(oldCount, _scratch.Length * 2)];
        }

        for (int k = 0; k < oldCount; k++)
        {
            _scratch[k] = leaf.Firsts[index];
            MoveNext(ref leaf, ref index);
        }

        for (int k = 0; k < oldCount; k++)
        {
            Remove(_scratch[k]);
        }

        Scratch.Trim(ref _scratch, 16);

        foreach (BlockRecord record in replacement)
        {
            Insert(record);
        }
    }

    /// <summary>Estimates the bytes the tree occupies on a 64-bit runtime (object headers, fields and inline columns).</summary>
    internal long EstimateBytes()
    {
        long leaves = 0;
        for (Leaf? leaf = FirstLeaf; leaf is not null; leaf = leaf.Next)
        {
            leaves++;
        }

        long inners = CountInners(_root, _height);
        return (leaves * Leaf.Bytes) + (inners * Inner.Bytes);
    }

    /// <summary>
    /// Counts the keys ≤ <paramref name="key"/> among the first <paramref name="count"/> (at most 64, sorted) of a key
    /// column, that is the index of the floor plus one. Vector compares over whole column chunks (the column is 64 long,
    /// so a chunk never reads past it), masked to <paramref name="count"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountAtMost(ref long keys, int count, long key)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<long> probe = Vector256.Create(key);
            int total = 0;
            for (int i = 0; i < count; i += Vector256<long>.Count)
            {
                uint bits = Vector256.LessThanOrEqual(Vector256.LoadUnsafe(ref keys, (nuint)i), probe).ExtractMostSignificantBits();
                int left = count - i;
                if (left < Vector256<long>.Count)
                {
                    bits &= (1u << left) - 1;
                }

                total += BitOperations.PopCount(bits);
            }

            return total;
        }

        int lo = 0;
        int hi = count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (Unsafe.Add(ref keys, mid) <= key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private static long CountInners(object node, int height)
    {
        if (height == 0)
        {
            return 0;
        }

        var inner = Unsafe.As<Inner>(node);
        long count = 1;
        for (int i = 0; i < inner.Count; i++)
        {
            count += CountInners(inner.Children[i], height - 1);
        }

        return count;
    }

    private static Leaf SplitLeaf(Leaf leaf)
    {
        int half = leaf.Count / 2;
        var right = new Leaf { Count = leaf.Count - half, Prev = leaf, Next = leaf.Next };
        Leaf.Copy(leaf, half, right, 0, right.Count);
        leaf.Count = half;
        if (leaf.Next is not null)
        {
            leaf.Next.Prev = right;
        }

        leaf.Next = right;
        return right;
    }

    /// <summary>
    /// Finds the leaf for a key and leaves the path to it in <see cref="_path"/>. When the key falls in the leaf of the
    /// previous descent and nothing has changed the tree's shape or keys since (a check followed by its split and merge
    /// descends for the same serials up to three times), that leaf and its path are reused: with exact separator keys the
    /// leaf for a key is the one whose first serial is ≤ the key and whose successor's first serial is greater.
    /// </summary>
    private Leaf Descend(long key)
    {
        Leaf? finger = _finger;
        if (finger is not null && _fingerVersion == _version && finger.Count > 0 && finger.Firsts[0] <= key && key < FirstAfterFinger(finger))
        {
            return finger;
        }

        object node = _root;
        for (int level = 0; level < _height; level++)
        {
            Inner inner = Unsafe.As<Inner>(node);
            // The child is the last whose smallest key is ≤ the probe, or the first when none is.
            int i = Math.Max(CountAtMost(ref inner.Keys[0], inner.Count, key) - 1, 0);
            _path[level] = inner;
            _pathIndex[level] = i;
            node = inner.Children[i];
        }

        Leaf leaf = Unsafe.As<Leaf>(node);
        _finger = leaf;
        _fingerVersion = _version;
        _touched ^= Touch(leaf);
        return leaf;
    }

    /// <summary>
    /// The first serial of the leaf after the finger (<see cref="long.MaxValue"/> if none): its separator key in the
    /// finger's parent, which the finger's descent left in cache and which is exact, unless the finger is its parent's
    /// last child. Reading the next leaf itself would usually miss the cache for nothing: a probe for a serial far away
    /// then waits for memory once before its descent even starts.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long FirstAfterFinger(Leaf finger)
    {
        if (_height > 0)
        {
            Inner parent = _path[_height - 1];
            int next = _pathIndex[_height - 1] + 1;
            if (next < parent.Count)
            {
                Debug.Assert(parent.Keys[next] == finger.Next!.Firsts[0], "separator keys are exact");
                return parent.Keys[next];
            }
        }

        return finger.Next is null ? long.MaxValue : finger.Next.Firsts[0];
    }

    /// <summary>
    /// Reads one value from every cache line of a leaf's last-serial, account and attribute columns. A leaf reached by a
    /// full descent is usually not in cache (10^6 blocks span tens of megabytes); the caller's floor search reads the key
    /// column, then the record it finds reads the other three columns, then a split or merge reads its neighbours and
    /// shifts the rest of the leaf: three waits for memory in a row. These loads are independent of each other and of
    /// the key search, so all their misses overlap with the key column's, and what follows finds the leaf in cache.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static long Touch(Leaf leaf)
    {
        int count = leaf.Count;
        long touched = 0;
        for (int i = 0; i < count; i += 8)
        {
            touched ^= leaf.Lasts[i];
        }

        for (int i = 0; i < count; i += 16)
        {
            touched ^= leaf.Accounts[i] ^ leaf.Attributes[i];
        }

        return touched;
    }

    private void InsertChild(int level, long key, object child)
    {
        if (level < 0)
        {
            var root = new Inner { Count = 2 };
            root.Keys[0] = _height == 0 ? Unsafe.As<Leaf>(_root).Firsts[0] : Unsafe.As<Inner>(_root).Keys[0];
            root.Children[0] = _root;
            root.Keys[1] = key;
            root.Children[1] = child;
            _root = root;
            _height++;
            return;
        }

        Inner parent = _path[level];
        int at = _pathIndex[level] + 1;
        if (parent.Count == InnerCapacity)
        {
            int half = parent.Count / 2;
            var right = new Inner { Count = parent.Count - half };
            Inner.Copy(parent, half, right, 0, right.Count);
            ((Span<object>)parent.Children).Slice(half, right.Count).Clear();
            parent.Count = half;
            InsertChild(level - 1, right.Keys[0], right);
            if (at > half)
            {
                parent = right;
                at -= half;
            }
        }

        Inner.Copy(parent, at, parent, at + 1, parent.Count - at);
        parent.Keys[at] = key;
        parent.Children[at] = child;
        parent.Count++;
    }

    private void RemoveChild(int level)
    {
        Inner node = _path[level];
        int at = _pathIndex[level];
        node.Count--;
        Inner.Copy(node, at + 1, node, at, node.Count - at);
        node.Children[node.Count] = null!;
        if (node.Count == 0)
        {
            if (level == 0)
            {
                var leaf = new Leaf();
                _root = leaf;
                FirstLeaf = leaf;
                _height = 0;
                return;
            }

            RemoveChild(level - 1);
            return;
        }

        if (at == 0 && level > 0)
        {
            UpdateKeyUpwards(level - 1, node.Keys[0]);
        }

        while (_height > 0 && Unsafe.As<Inner>(_root).Count == 1)
        {
            _root = Unsafe.As<Inner>(_root).Children[0];
            _height--;
        }
    }

    private void UpdateKeyUpwards(int level, long key)
    {
        for (int l = level; l >= 0; l--)
        {
            _path[l].Keys[_pathIndex[l]] = key;
            if (_pathIndex[l] != 0)
            {
                return;
            }
        }
    }

    private void TryMergeLeaf(Leaf leaf, int level)
    {
        Inner parent = _path[level];
        int at = _pathIndex[level];
        const int limit = LeafCapacity * 3 / 4;
        if (at + 1 < parent.Count)
        {
            Leaf right = Unsafe.As<Leaf>(parent.Children[at + 1]);
            if (leaf.Count + right.Count <= limit)
            {
                Leaf.Copy(right, 0, leaf, leaf.Count, right.Count);
                leaf.Count += right.Count;
                Unlink(right);
                _pathIndex[level] = at + 1;
                RemoveChild(level);
                return;
            }
        }

        if (at > 0)
        {
            Leaf left = Unsafe.As<Leaf>(parent.Children[at - 1]);
            if (left.Count + leaf.Count <= limit)
            {
                Leaf.Copy(leaf, 0, left, left.Count, leaf.Count);
                left.Count += leaf.Count;
                Unlink(leaf);
                RemoveChild(level);
            }
        }
    }

    private void Unlink(Leaf leaf)
    {
        if (leaf.Prev is null)
        {
            FirstLeaf = leaf.Next!;
        }
        else
        {
            leaf.Prev.Next = leaf.Next;
        }

        if (leaf.Next is not null)
        {
            leaf.Next.Prev = leaf.Prev;
        }

        leaf.Prev = null;
        leaf.Next = null;
    }
}
