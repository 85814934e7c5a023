using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Testing.Inventories;

namespace Kyoto.Accounting.Tests.Inventories;

[Properties(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 150)]
public class AggregationProperties
{
    private static EmissionInventory Build(InventoryRecord[] records) => new EmissionInventoryBuilder().AddRange(records).Build();

    private static EmissionTotals Totals(EmissionInventory inventory, int variant) => inventory.Aggregate(
        CommitmentPeriod.All[variant % 2],
        variant / 2 % 2 == 0 ? LulucfInclusion.Excluded : LulucfInclusion.Included,
        (EmissionBreakdown)(variant / 4 % 3));

    [Property]
    public bool Aggregate_IsInvariantUnderPermutation(InventoryRecord[] records, int seed, byte variant)
    {
        var shuffled = records.ToArray();
        new Random(seed).Shuffle(shuffled);
        return Totals(Build(records), variant).Equals(Totals(Build(shuffled), variant));
    }

    [Property]
    public bool MergeOfPartialAggregates_EqualsAggregateOfTheWhole(InventoryRecord[] a, InventoryRecord[] b, byte variant)
    {
        EmissionTotals whole = Totals(Build(a.Concat(b).ToArray()), variant);
        EmissionTotals merged = Totals(Build(a), variant).Merge(Totals(Build(b), variant));
        return merged.Equals(whole) && merged.GetHashCode() == whole.GetHashCode();
    }

    [Property]
    public bool Merge_IsACommutativeMonoid(EmissionInventory a, EmissionInventory b, EmissionInventory c, byte variant)
    {
        EmissionTotals x = Totals(a, variant);
        EmissionTotals y = Totals(b, variant);
        EmissionTotals z = Totals(c, variant);
        EmissionTotals empty = EmissionTotals.Empty(x.Period, x.Lulucf, x.Breakdown);
        return x.Merge(y).Equals(y.Merge(x))
            && x.Merge(y).Merge(z).Equals(x.Merge(y.Merge(z)))
            && x.Merge(empty).Equals(x)
            && empty.Merge(x).Equals(x);
    }

    [Property]
    public bool Totals_EqualTheSumOfEachRecordsCo2e(InventoryRecord[] records, bool secondPeriod)
    {
        CommitmentPeriod period = secondPeriod ? CommitmentPeriod.Second : CommitmentPeriod.First;
        EmissionTotals totals = Build(records).Aggregate(period, LulucfInclusion.Included);
        return records.GroupBy(r => (r.Party, r.Year)).All(g =>
        {
            // A Party-year whose records are all outside the period's basket has no data: it is not a zero.
            InventoryRecord[] counted = g.Where(r => period.Includes(r.Gas)).ToArray();
            return counted.Length == 0
                ? !totals.HasData(g.Key.Party, g.Key.Year) && !totals.TryGet(g.Key.Party, g.Key.Year, out _)
                : totals.Get(g.Key.Party, g.Key.Year) == Co2e.Sum(counted.Select(r => period.GwpSet.ToCo2e(r.Gas, r.Mass)));
        });
    }

    [Property]
    public bool Co2eUnderAr4AndSar_DiffersExactlyByTheGwpRatio(InventoryRecord record)
    {
        if (!GwpSet.Sar.Contains(record.Gas) || !GwpSet.Ar4.Contains(record.Gas))
        {
            return true;
        }

        // Through the store: one record aggregated by gas under each period's set; the two figures stand in the
        // ratio of the GWPs, exactly (AR4 × SAR-GWP = SAR × AR4-GWP), and each is the mass times its GWP.
        var inventory = new EmissionInventoryBuilder().Add(record).Build();
        Co2e first = inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included, EmissionBreakdown.Gas).Get(record.Party, record.Year, record.Gas);
        Co2e second = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Included, EmissionBreakdown.Gas).Get(record.Party, record.Year, record.Gas);
        bool ratio = (Int128)second.Grams * GwpSet.Sar.GetValue(record.Gas) == (Int128)first.Grams * GwpSet.Ar4.GetValue(record.Gas);
        bool exact = (Int128)first.Grams == (Int128)record.Mass.Grams * GwpSet.Sar.GetValue(record.Gas);
        return ratio && exact && (record.Mass.Grams == 0 || (first.GwpSet == GwpSet.Sar && second.GwpSet == GwpSet.Ar4));
    }
}
