using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Internal;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

public class BlockTreeTest
{
    private static List<BlockRecord> Contents(BlockTree tree)
    {
        var records = new List<BlockRecord>();
        for (BlockTree.Leaf? leaf = tree.FirstLeaf; leaf is not null; leaf = leaf.Next)
        {
            for (int i = 0; i < leaf.Count; i++)
            {
                records.Add(leaf[i]);
            }
        }

        return records;
    }

    private static void AssertFindsEvery(BlockTree tree, List<BlockRecord> model)
    {
        foreach (BlockRecord record in model)
        {
            Assert.True(tree.TryFindFloor(record.Last, out BlockTree.Leaf leaf, out int index));
            Assert.Equal(record.First, leaf.Firsts[index]);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_inserts_removes_and_run_replacements_match_a_sorted_list(int seed)
    {
        var random = new Random(seed);
        var tree = new BlockTree();
        var model = new SortedDictionary<long, BlockRecord>();
        var slots = new Dictionary<long, int>(); // records stay inside their slot [10k, 10k + 9]; a new record needs an empty slot
        for (int step = 0; step < 20_000; step++)
        {
            int op = random.Next(3);
            if (op == 0 || model.Count < 10)
            {
                long first = random.NextInt64(1, 1_000_000) * 10;
                if (slots.GetValueOrDefault(first / 10) == 0)
                {
                    var record = new BlockRecord(first, first + random.Next(0, 9), random.Next(5), 0);
                    tree.Insert(record);
                    model.Add(first, record);
                    slots[first / 10] = 1;
                }
            }
            else if (op == 1)
            {
                long first = model.Keys.ElementAt(random.Next(model.Count));
                tree.Remove(first);
                model.Remove(first);
                slots[first / 10]--;
            }
            else
            {
                // Replace a run of consecutive records by its split into single serials' worth of pieces (or merged back).
                int start = random.Next(model.Count);
                int count = Math.Min(random.Next(1, 4), model.Count - start);
                BlockRecord[] old = model.Values.Skip(start).Take(count).ToArray();
                var replacement = new List<BlockRecord>();
                foreach (BlockRecord r in old)
                {
                    if (r.Last > r.First && random.Next(2) == 0)
                    {
                        long cut = r.First + random.Next(0, (int)(r.Last - r.First));
                        replacement.Add(new BlockRecord(r.First, cut, r.Account, 1));
                        replacement.Add(new BlockRecord(cut + 1, r.Last, r.Account, 2));
                    }
                    else
                    {
                        replacement.Add(new BlockRecord(r.First, r.Last, r.Account, 3));
                    }
                }

                tree.ReplaceRun(old[0].First, old.Length, replacement.ToArray());
                foreach (BlockRecord r in old)
                {
                    model.Remove(r.First);
                    slots[r.First / 10]--;
                }

                foreach (BlockRecord r in replacement)
                {
                    model.Add(r.First, r);
                    slots[r.First / 10]++;
                }
            }

            Assert.Equal(model.Count, tree.Count);
        }

        Assert.Equal(model.Values, Contents(tree));
        AssertFindsEvery(tree, model.Values.ToList());
        Assert.Equal(model.Values, Contents(BlockTree.Build(model.Values.ToList())));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(57)]
    [InlineData(199)]
    public void Descending_inserts_into_one_gap_split_the_same_leaf_and_its_parents_again_and_again(int gap)
    {
        // Every insert lands in the same leaf (the one holding the gap's left end) and repeated lookups of that leaf reuse
        // the previous descent; the splits below must invalidate it, or later splits would use a stale path.
        var tree = new BlockTree();
        var model = new SortedDictionary<long, BlockRecord>();
        for (int i = 0; i < 200; i++)
        {
            var record = new BlockRecord((i * 10_000_000L) + 1, (i * 10_000_000L) + 5, i % 3, 0);
            tree.Insert(record);
            model.Add(record.First, record);
        }

        long top = (gap * 10_000_000L) + 9_000_000;
        for (int k = 0; k < 30_000; k++)
        {
            var record = new BlockRecord(top - (k * 100L), top - (k * 100L) + 9, k % 5, 1);
            Assert.True(tree.TryFindFloor(record.First, out _, out _));
            tree.Insert(record);
            model.Add(record.First, record);
            if (k % 1000 == 999)
            {
                long first = top - ((k - 2) * 100L);
                tree.Remove(first);
                model.Remove(first);
            }
        }

        Assert.Equal(model.Count, tree.Count);
        Assert.Equal(model.Values, Contents(tree));
        AssertFindsEvery(tree, model.Values.ToList());
    }

    [Fact]
    public void Removing_everything_leaves_an_empty_tree()
    {
        var tree = new BlockTree();
        for (long i = 1; i <= 5000; i++)
        {
            tree.Insert(new BlockRecord(i * 10, (i * 10) + 5, 0, 0));
        }

        for (long i = 5000; i >= 1; i -= 2)
        {
            tree.Remove(i * 10);
        }

        for (long i = 1; i <= 5000; i += 2)
        {
            tree.Remove(i * 10);
        }

        Assert.Equal(0, tree.Count);
        Assert.False(tree.TryFindFloor(long.MaxValue, out _, out _));
    }
}
