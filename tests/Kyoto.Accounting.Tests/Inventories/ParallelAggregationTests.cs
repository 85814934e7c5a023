using System;
using System.Linq;
using FsCheck.Xunit;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Testing.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>Aggregation on several threads gives exactly the single-thread result, whatever the partition.</summary>
[Properties(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 200)]
public class ParallelAggregationTests
{
    private static readonly Party Deu = Party.FromCode("DEU");

    [Property]
    public bool AnyDegreeAndPartition_GivesTheSingleThreadTotals(InventoryRecord[] records, byte variant, byte degree, byte partition)
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().AddRange(records).Build();
        CommitmentPeriod period = CommitmentPeriod.All[variant % 2];
        LulucfInclusion lulucf = variant / 2 % 2 == 0 ? LulucfInclusion.Excluded : LulucfInclusion.Included;
        var breakdown = (EmissionBreakdown)(variant / 4 % 3);
        EmissionTotals single = inventory.Aggregate(period, lulucf, breakdown, maxDegreeOfParallelism: 1);
        EmissionTotals parallel = Aggregation.Run(inventory, period, lulucf, breakdown, 2 + (degree % 5), 1 + (partition % 8));
        return parallel.Equals(single) && parallel.GetHashCode() == single.GetHashCode();
    }

    [Fact]
    public void LargeInventory_OnAllCores_EqualsOneThread()
    {
        // 3 × 2^18 records: enough for the public entry point to split the work on a machine with 2 or more cores.
        var random = new Random(7);
        Gas[] gases = CommitmentPeriod.Second.Gases.ToArray();
        var builder = new EmissionInventoryBuilder(3 << 18);
        for (int i = 0; i < 3 << 18; i++)
        {
            builder.Add(Party.All[random.Next(Party.All.Count)], 1990 + random.Next(25), gases[random.Next(gases.Length)], EmissionSource.FromCategory(SourceCategory.All[random.Next(10)]), GasMass.FromGrams(random.NextInt64(0, 1_000_000_000_000)));
        }

        EmissionInventory inventory = builder.Build();
        foreach (EmissionBreakdown breakdown in Enum.GetValues<EmissionBreakdown>())
        {
            Assert.Equal(
                inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown, maxDegreeOfParallelism: 1),
                inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, breakdown));
        }
    }

    [Fact]
    public void PartialSumsBeyond64Bits_FallBackTo128Bits_OnEveryPath()
    {
        // Records at the largest magnitude times SF6's GWP overflow a 64-bit cell after a few records.
        GasMass max = InventoryRecord.MaxMagnitude(Gas.SulphurHexafluoride);
        var builder = new EmissionInventoryBuilder();
        for (int i = 0; i < 64; i++)
        {
            builder.Add(Deu, 2010, Gas.SulphurHexafluoride, EmissionSource.FromCategory(SourceCategory.All[0]), max);
        }

        EmissionInventory inventory = builder.Build();
        EmissionTotals single = inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.Gas, maxDegreeOfParallelism: 1);
        EmissionTotals parallel = Aggregation.Run(inventory, CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.Gas, 4, 1);
        Assert.Equal(single, parallel);
        Assert.Throws<OverflowException>(() => parallel.Get(Deu, 2010, Gas.SulphurHexafluoride));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void DegreeOfParallelism_ZeroOrBelowMinusOne_IsRejected(int degree)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => EmissionInventory.Empty.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded, EmissionBreakdown.None, degree));
        Assert.Equal("maxDegreeOfParallelism", e.ParamName);
    }
}
