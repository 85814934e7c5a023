using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Kyoto.Accounting.Registry.Internal;

/// <content>The tree's node types: leaves and inner nodes with their inline columns.</content>
internal sealed partial class BlockTree
{
    /// <summary>A leaf: up to <see cref="LeafCapacity"/> records in four inline columns, linked to its neighbours.</summary>
    internal sealed class Leaf
    {
        /// <summary>Object header and method table (16), two links (16), the count padded to 8, and the columns (64 × (8 + 8 + 4 + 4)).</summary>
        internal const long Bytes = 16 + 16 + 8 + (LeafCapacity * 24);

        /// <summary>The first serial of each record: the key column.</summary>
        internal LongColumn Firsts;

        /// <summary>The last serial of each record.</summary>
        internal LongColumn Lasts;

        /// <summary>The holding account (dense index) of each record.</summary>
        internal IntColumn Accounts;

        /// <summary>The interned attribute id of each record.</summary>
        internal IntColumn Attributes;

        internal int Count;
        internal Leaf? Next;
        internal Leaf? Prev;

        /// <summary>Gets the record at a position.</summary>
        internal BlockRecord this[int index] => new(Firsts[index], Lasts[index], Accounts[index], Attributes[index]);

        /// <summary>Writes the record at a position.</summary>
        internal void Set(int index, in BlockRecord record)
        {
            Firsts[index] = record.First;
            Lasts[index] = record.Last;
            Accounts[index] = record.Account;
            Attributes[index] = record.Attributes;
        }

        /// <summary>Copies <paramref name="length"/> records between positions of two leaves (or one; overlap is safe).</summary>
        internal static void Copy(Leaf source, int from, Leaf target, int to, int length)
        {
            if (length <= 0)
            {
                return;
            }

            if (ReferenceEquals(source, target))
            {
                Shift<long>(source.Firsts, from, to, length);
                Shift<long>(source.Lasts, from, to, length);
                Shift<int>(source.Accounts, from, to, length);
                Shift<int>(source.Attributes, from, to, length);
                return;
            }

            ((ReadOnlySpan<long>)source.Firsts).Slice(from, length).CopyTo(((Span<long>)target.Firsts).Slice(to));
            ((ReadOnlySpan<long>)source.Lasts).Slice(from, length).CopyTo(((Span<long>)target.Lasts).Slice(to));
            ((ReadOnlySpan<int>)source.Accounts).Slice(from, length).CopyTo(((Span<int>)target.Accounts).Slice(to));
            ((ReadOnlySpan<int>)source.Attributes).Slice(from, length).CopyTo(((Span<int>)target.Attributes).Slice(to));
        }
    }

    /// <summary>
    /// Builds a tree from records appended in order of first serial, straight into leaves three-quarters full (so a
    /// checkpoint of 10^6 blocks is loaded without a list of them first), then the inner levels over the leaves.
    /// </summary>
    internal sealed class Builder
    {
        private const int Fill = LeafCapacity * 3 / 4;
        private readonly BlockTree _tree = new();
        private List<object> _level = new();
        private List<long> _keys = new();
        private Leaf? _leaf;
        private int _count;

        /// <summary>Appends a record; the caller keeps first serials increasing and records disjoint.</summary>
        internal void Add(in BlockRecord record)
        {
            Debug.Assert(_leaf is null || _leaf.Lasts[_leaf.Count - 1] < record.First, "records sorted and disjoint");
            Leaf? leaf = _leaf;
            if (leaf is null || leaf.Count == Fill)
            {
                var next = new Leaf { Prev = leaf };
                if (leaf is null)
                {
                    _tree.FirstLeaf = next;
                }
                else
                {
                    leaf.Next = next;
                }

                _level.Add(next);
                _keys.Add(record.First);
                _leaf = leaf = next;
            }

            leaf.Set(leaf.Count, record);
            leaf.Count++;
            _count++;
        }

        /// <summary>Builds the inner levels and returns the tree; the builder is not used again.</summary>
        internal BlockTree Finish()
        {
            if (_count == 0)
            {
                return _tree;
            }

            int height = 0;
            while (_level.Count > 1)
            {
                var up = new List<object>();
                var upKeys = new List<long>();
                for (int start = 0; start < _level.Count; start += Fill)
                {
                    int n = Math.Min(Fill, _level.Count - start);
                    var inner = new Inner { Count = n };
                    for (int i = 0; i < n; i++)
                    {
                        inner.Keys[i] = _keys[start + i];
                        inner.Children[i] = _level[start + i];
                    }

                    up.Add(inner);
                    upKeys.Add(inner.Keys[0]);
                }

                _level = up;
                _keys = upKeys;
                height++;
            }

            _tree._root = _level[0];
            _tree._height = height;
            _tree.Count = _count;
            return _tree;
        }
    }

    /// <summary>
    /// Moves <paramref name="length"/> values of a column from <paramref name="from"/> to <paramref name="to"/> (ranges may
    /// overlap) in vector-sized chunks, from the far end when moving right. Inserting or removing records in the middle of
    /// a leaf shifts the rest of it; a span copy of overlapping ranges would leave managed code for the C runtime's
    /// memmove, once per column.
    /// </summary>
    private static void Shift<T>(Span<T> column, int from, int to, int length)
        where T : struct
    {
        // The slices check the bounds that the unchecked loads and stores below rely on.
        ref T source = ref MemoryMarshal.GetReference(column.Slice(from, length));
        ref T target = ref MemoryMarshal.GetReference(column.Slice(to, length));
        int step = Vector256<T>.Count;
        if (to > from)
        {
            int k = length;
            while (k >= step)
            {
                k -= step;
                Vector256.LoadUnsafe(ref source, (nuint)k).StoreUnsafe(ref target, (nuint)k);
            }

            while (k > 0)
            {
                k--;
                Unsafe.Add(ref target, k) = Unsafe.Add(ref source, k);
            }
        }
        else if (to < from)
        {
            int k = 0;
            for (; k + step <= length; k += step)
            {
                Vector256.LoadUnsafe(ref source, (nuint)k).StoreUnsafe(ref target, (nuint)k);
            }

            for (; k < length; k++)
            {
                Unsafe.Add(ref target, k) = Unsafe.Add(ref source, k);
            }
        }
    }

    /// <summary>A column of <see cref="LeafCapacity"/> (= <see cref="InnerCapacity"/>) serials or keys, stored inline.</summary>
    [InlineArray(LeafCapacity)]
    internal struct LongColumn
    {
        private long _element;
    }

    /// <summary>A column of <see cref="LeafCapacity"/> 32-bit ids, stored inline.</summary>
    [InlineArray(LeafCapacity)]
    internal struct IntColumn
    {
        private int _element;
    }

    /// <summary>A column of <see cref="InnerCapacity"/> child nodes, stored inline.</summary>
    [InlineArray(InnerCapacity)]
    internal struct ChildColumn
    {
        private object _element;
    }

    private sealed class Inner
    {
        /// <summary>Object header and method table (16), the count padded to 8, and two inline columns (64 × 8 each).</summary>
        internal const long Bytes = 16 + 8 + (2 * InnerCapacity * 8);

        internal LongColumn Keys;
        internal ChildColumn Children;
        internal int Count;

        /// <summary>Copies <paramref name="length"/> keys and children between positions (overlap is safe).</summary>
        internal static void Copy(Inner source, int from, Inner target, int to, int length)
        {
            if (length <= 0)
            {
                return;
            }

            ((ReadOnlySpan<long>)source.Keys).Slice(from, length).CopyTo(((Span<long>)target.Keys).Slice(to));
            ((ReadOnlySpan<object>)source.Children).Slice(from, length).CopyTo(((Span<object>)target.Children).Slice(to));
        }
    }
}
