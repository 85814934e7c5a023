using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
internal sealed class BlockTree
{
    internal const int LeafCapacity = 64;
    internal const int InnerCapacity = 64;
    private const int MaxDepth = 16;

    private readonly Inner[] _path = new Inner[MaxDepth];
    private readonly int[] _pathIndex = new int[MaxDepth];
    private object _root;
    private int _height;
    private long[] _scratch = new long[16];

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
        var tree = new BlockTree();
        if (sorted.Count == 0)
        {
            return tree;
        }

        const int fill = LeafCapacity * 3 / 4;
        var level = new List<object>();
        var keys = new List<long>();
        Leaf? previous = null;
        for (int start = 0; start < sorted.Count; start += fill)
        {
            int n = Math.Min(fill, sorted.Count - start);
            var leaf = new Leaf { Count = n, Prev = previous };
            sorted.CopyTo(start, leaf.Items, 0, n);
            if (previous is null)
            {
                tree.FirstLeaf = leaf;
            }
            else
            {
                previous.Next = leaf;
            }

            previous = leaf;
            level.Add(leaf);
            keys.Add(leaf.Items[0].First);
        }

        int height = 0;
        while (level.Count > 1)
        {
            var up = new List<object>();
            var upKeys = new List<long>();
            for (int start = 0; start < level.Count; start += fill)
            {
                int n = Math.Min(fill, level.Count - start);
                var inner = new Inner { Count = n };
                keys.CopyTo(start, inner.Keys, 0, n);
                level.CopyTo(start, inner.Children, 0, n);
                up.Add(inner);
                upKeys.Add(inner.Keys[0]);
            }

            level = up;
            keys = upKeys;
            height++;
        }

        tree._root = level[0];
        tree._height = height;
        tree.Count = sorted.Count;
        return tree;
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
        index = LeafFloor(leaf, key);
        return index >= 0;
    }

    /// <summary>Inserts a record that overlaps no other.</summary>
    internal void Insert(in BlockRecord record)
    {
        Leaf leaf = Descend(record.First);
        int position = LeafFloor(leaf, record.First) + 1;
        if (leaf.Count == LeafCapacity)
        {
            Leaf right = SplitLeaf(leaf);
            InsertChild(_height - 1, right.Items[0].First, right);
            if (position > leaf.Count)
            {
                position -= leaf.Count;
                leaf = right;
            }
        }

        Array.Copy(leaf.Items, position, leaf.Items, position + 1, leaf.Count - position);
        leaf.Items[position] = record;
        leaf.Count++;
        Count++;
    }

    /// <summary>Removes the record whose first serial is <paramref name="first"/>.</summary>
    internal void Remove(long first)
    {
        Leaf leaf = Descend(first);
        int index = LeafFloor(leaf, first);
        Debug.Assert(index >= 0 && leaf.Items[index].First == first, "record to remove exists");
        leaf.Count--;
        Array.Copy(leaf.Items, index + 1, leaf.Items, index, leaf.Count - index);
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
            UpdateKeyUpwards(_height - 1, leaf.Items[0].First);
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
        int index = LeafFloor(leaf, runFirst);
        Debug.Assert(index >= 0 && leaf.Items[index].First == runFirst, "run starts at a record");
        int newCount = leaf.Count - oldCount + replacement.Length;
        if (replacement.Length > 0 && replacement[0].First == runFirst && index + oldCount <= leaf.Count && newCount <= LeafCapacity)
        {
            if (replacement.Length != oldCount)
            {
                Array.Copy(leaf.Items, index + oldCount, leaf.Items, index + replacement.Length, leaf.Count - index - oldCount);
            }

            replacement.CopyTo(leaf.Items.AsSpan(index));
            leaf.Count = newCount;
            Count += replacement.Length - oldCount;
            if (_height > 0 && newCount < LeafCapacity / 4)
            {
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
            _scratch[k] = leaf.Items[index].First;
            MoveNext(ref leaf, ref index);
        }

        for (int k = 0; k < oldCount; k++)
        {
            Remove(_scratch[k]);
        }

        foreach (BlockRecord record in replacement)
        {
            Insert(record);
        }
    }

    /// <summary>Estimates the bytes the tree occupies on a 64-bit runtime (object headers, fields and arrays).</summary>
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

    private static int ChildIndex(Inner inner, long key)
    {
        int lo = 1;
        int hi = inner.Count - 1;
        int result = 0;
        long[] keys = inner.Keys;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (keys[mid] <= key)
            {
                result = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return result;
    }

    private static int LeafFloor(Leaf leaf, long key)
    {
        int lo = 0;
        int hi = leaf.Count - 1;
        int result = -1;
        BlockRecord[] items = leaf.Items;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (items[mid].First <= key)
            {
                result = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return result;
    }

    private static Leaf SplitLeaf(Leaf leaf)
    {
        int half = leaf.Count / 2;
        var right = new Leaf { Count = leaf.Count - half, Prev = leaf, Next = leaf.Next };
        Array.Copy(leaf.Items, half, right.Items, 0, right.Count);
        leaf.Count = half;
        if (leaf.Next is not null)
        {
            leaf.Next.Prev = right;
        }

        leaf.Next = right;
        return right;
    }

    private Leaf Descend(long key)
    {
        object node = _root;
        for (int level = 0; level < _height; level++)
        {
            Inner inner = Unsafe.As<Inner>(node);
            int i = ChildIndex(inner, key);
            _path[level] = inner;
            _pathIndex[level] = i;
            node = inner.Children[i];
        }

        return Unsafe.As<Leaf>(node);
    }

    private void InsertChild(int level, long key, object child)
    {
        if (level < 0)
        {
            var root = new Inner { Count = 2 };
            root.Keys[0] = _height == 0 ? Unsafe.As<Leaf>(_root).Items[0].First : Unsafe.As<Inner>(_root).Keys[0];
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
            Array.Copy(parent.Keys, half, right.Keys, 0, right.Count);
            Array.Copy(parent.Children, half, right.Children, 0, right.Count);
            Array.Clear(parent.Children, half, right.Count);
            parent.Count = half;
            InsertChild(level - 1, right.Keys[0], right);
            if (at > half)
            {
                parent = right;
                at -= half;
            }
        }

        Array.Copy(parent.Keys, at, parent.Keys, at + 1, parent.Count - at);
        Array.Copy(parent.Children, at, parent.Children, at + 1, parent.Count - at);
        parent.Keys[at] = key;
        parent.Children[at] = child;
        parent.Count++;
    }

    private void RemoveChild(int level)
    {
        Inner node = _path[level];
        int at = _pathIndex[level];
        node.Count--;
        Array.Copy(node.Keys, at + 1, node.Keys, at, node.Count - at);
        Array.Copy(node.Children, at + 1, node.Children, at, node.Count - at);
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
                Array.Copy(right.Items, 0, leaf.Items, leaf.Count, right.Count);
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
                Array.Copy(leaf.Items, 0, left.Items, left.Count, leaf.Count);
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

    /// <summary>A leaf: up to <see cref="LeafCapacity"/> records, linked to its neighbours.</summary>
    internal sealed class Leaf
    {
        /// <summary>Object header and fields (40) plus the array (24 + 64 × 24), rounded to 8.</summary>
        internal const long Bytes = 40 + 24 + (LeafCapacity * 24);

        internal readonly BlockRecord[] Items = new BlockRecord[LeafCapacity];
        internal int Count;
        internal Leaf? Next;
        internal Leaf? Prev;
    }

    private sealed class Inner
    {
        /// <summary>Object header and fields (32) plus two arrays (2 × (24 + 64 × 8)).</summary>
        internal const long Bytes = 32 + (2 * (24 + (InnerCapacity * 8)));

        internal readonly long[] Keys = new long[InnerCapacity];
        internal readonly object[] Children = new object[InnerCapacity];
        internal int Count;
    }
}
