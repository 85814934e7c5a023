using System;
using Kyoto.Accounting.Registry.Internal;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>Tests that measure the GC heap; they run alone, since other tests allocating in parallel distort the measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurementGroup
{
    public const string Name = "Heap measurement (not parallel)";
}

/// <summary>Memory of the block store, measured on the GC heap (in the non-parallel collection).</summary>
[Collection(HeapMeasurementGroup.Name)]
public class BlockStoreMemoryTest
{
    [Fact]
    public void Block_store_takes_at_most_64_bytes_per_live_block()
    {
        // A ledger fragmented by partial transfers (as in the benchmark): measure the store structurally and on the GC heap.
        const int blocks = 100_000;
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var tree = new BlockTree();
        for (int i = 0; i < blocks; i++)
        {
            tree.Insert(new BlockRecord((i * 2000L) + 1, (i * 2000L) + 1000, i % 7, 0));
        }

        long measured = GC.GetTotalMemory(forceFullCollection: true) - before;
        long estimated = tree.EstimateBytes();
        GC.KeepAlive(tree);

        Assert.InRange(estimated / (double)blocks, 24, 64);
        Assert.InRange(measured / (double)blocks, 24, 64);
    }
}
