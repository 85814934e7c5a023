using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The store, its builder and the CSV reader's code memo at their edges (mutation testing, Stryker, December 2026):
/// the year range of records of several Parties, the indexer's range, Parties and years at the ends of the catalogue,
/// records already CO2-equivalent under another GWP set, the builder's checks, and a memo fuller than its table.
/// </summary>
public class EmissionInventoryMutationKillTests
{
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly Party Hun = Party.FromCode("HUN");

    [Fact]
    public void TheYearRange_CoversEveryPartysYears_WhateverTheirOrder()
    {
        // DEU (earlier in the catalogue) has the later year, HUN the earlier one, the last Party the last year.
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add(Party.All[^1].Code, 2100, Gas.CarbonDioxide, Energy, 3m)
            .Add("DEU", 2000, Gas.CarbonDioxide, Energy, 1m)
            .Add("HUN", 1990, Gas.CarbonDioxide, Energy, 2m)
            .Add(Party.All[0].Code, 1970, Gas.CarbonDioxide, Energy, 4m)
            .Build();
        EmissionTotals totals = inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Equal(Co2e.FromTonnes(1m, GwpSet.Sar), totals.Get(Deu, 2000));
        Assert.Equal(Co2e.FromTonnes(2m, GwpSet.Sar), totals.Get(Hun, 1990));
        Assert.Equal(Co2e.FromTonnes(3m, GwpSet.Sar), totals.Get(Party.All[^1], 2100));
        Assert.Equal(Co2e.FromTonnes(4m, GwpSet.Sar), totals.Get(Party.All[0], 1970));
        Assert.Equal(new[] { Party.All[0], Deu, Hun, Party.All[^1] }.Distinct().OrderBy(p => p.Code, StringComparer.Ordinal), inventory.Parties);
        Assert.True(inventory.HasData(Party.All[^1], 2100));
        Assert.False(inventory.HasData(Party.All[^1], 2101));
        Assert.False(inventory.HasData(Party.All[0], 1969));
    }

    [Fact]
    public void TheIndexer_AcceptsExactlyZeroToCountMinusOne()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).Add("HUN", 1991, Gas.CarbonDioxide, Deforestation, -2m).Build();
        Assert.Equal((Hun, 1991, Gas.CarbonDioxide, Deforestation, -2_000_000L), (inventory[1].Party, inventory[1].Year, inventory[1].Gas, inventory[1].Source, inventory[1].Mass.Grams));
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => inventory[2]).ParamName);
        Assert.Equal("index", Assert.Throws<ArgumentOutOfRangeException>(() => inventory[-1]).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => EmissionInventory.Empty[0]);
        Assert.False(inventory.IsEmpty);
        Assert.True(EmissionInventory.Empty.IsEmpty);
        Assert.Equal(0, EmissionInventory.Empty.StorageBytes);
    }

    [Fact]
    public void RecordsAlreadyCo2eUnderAnotherSet_AreRejected_WhereverTheyAre()
    {
        Gas ar4Mix = Gas.FromCode("HFC-mix-AR4");
        Gas sarMix = Gas.FromCode("HFC-mix-SAR");
        EmissionInventory inventory = new EmissionInventoryBuilder()
            .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m)
            .Add("HUN", 2013, ar4Mix, Halocarbons, 5m)
            .Build();
        var e = Assert.Throws<GwpSetMismatchException>(() => inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded));
        Assert.Contains("HUN 2013", e.Message, StringComparison.Ordinal);
        Assert.Throws<GwpSetMismatchException>(() => inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Included, EmissionBreakdown.Gas));
        EmissionTotals second = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded, EmissionBreakdown.Gas);
        Assert.Equal(Co2e.FromTonnes(5m, GwpSet.Ar4), second.Get(Hun, 2013, ar4Mix));

        EmissionInventory sar = new EmissionInventoryBuilder().Add("DEU", 2000, sarMix, Halocarbons, 7m).Build();
        Assert.Equal(Co2e.FromTonnes(7m, GwpSet.Sar), sar.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded).Get(Deu, 2000));
        Assert.Throws<GwpSetMismatchException>(() => sar.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded));
        Assert.NotNull(new EmissionInventoryBuilder().Add("DEU", 2000, Gas.CarbonDioxide, Energy, 7m).Build().Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded));
    }

    [Fact]
    public void Merge_ChecksItsArguments_AndKeepsTheOrder()
    {
        EmissionInventory a = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).Build();
        EmissionInventory b = new EmissionInventoryBuilder().Add("HUN", 1991, Gas.Methane, Enteric, 2m).Add("DEU", 1992, Gas.Methane, Enteric, 3m).Build();
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => a.Merge(null!)).ParamName);
        Assert.Equal("inventories", Assert.Throws<ArgumentNullException>(() => EmissionInventory.Merge(new[] { a, null! })).ParamName);
        Assert.Equal("inventories", Assert.Throws<ArgumentNullException>(() => EmissionInventory.Merge(null!)).ParamName);
        Assert.Equal(new[] { 1991, 1992, 1990, 1991, 1992 }, EmissionInventory.Merge(new[] { b, a, EmissionInventory.Empty, b }).GetRecords().Select(r => r.Year));
        Assert.Equal(4L * EmissionInventory.BytesPerRecord, b.Merge(b).StorageBytes);
    }

    [Fact]
    public void TheBuilder_ChecksItsCapacityAndSplit()
    {
        Assert.Equal("capacity", Assert.Throws<ArgumentOutOfRangeException>(() => new EmissionInventoryBuilder(-1)).ParamName);
        Assert.Equal(0, new EmissionInventoryBuilder(0).Build().Count);
        Assert.Throws<InvalidOperationException>(() => new EmissionInventoryBuilder(4).SplitAt(5));
        Assert.Throws<InvalidOperationException>(() => new EmissionInventoryBuilder(4).SplitAt(-1));
        Assert.Throws<InvalidOperationException>(() => new EmissionInventoryBuilder(4).Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).SplitAt(2));
        var split = new EmissionInventoryBuilder(4);
        EmissionInventoryBuilder second = split.SplitAt(4);
        Assert.Throws<InvalidOperationException>(() => second.SplitAt(4));
        Assert.NotNull(new EmissionInventoryBuilder(4).SplitAt(0));
    }

    [Fact]
    public void TheBuilder_GrowsFromNoRoom_AndAddRangeOfAnInventoryAppendsItInOrder()
    {
        var builder = new EmissionInventoryBuilder(0);
        for (int i = 0; i < 100; i++)
        {
            builder.Add("DEU", 1970 + i, Gas.CarbonDioxide, Energy, i);
        }

        EmissionInventory inventory = builder.Build();
        Assert.Equal(Enumerable.Range(1970, 100), inventory.GetRecords().Select(r => r.Year));
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i * 1_000_000L), inventory.GetRecords().Select(r => r.Mass.Grams));
        var twice = new EmissionInventoryBuilder(1).AddRange(inventory).AddRange(inventory);
        Assert.Equal(200, twice.Count);
        Assert.Equal(inventory.GetRecords().Concat(inventory.GetRecords()), twice.Build().GetRecords());
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => builder.AddRange((IEnumerable<InventoryRecord>)null!)).ParamName);
        Assert.Equal("inventory", Assert.Throws<ArgumentNullException>(() => builder.AddRange((EmissionInventory)null!)).ParamName);
    }

    [Fact]
    public void TheCodeMemo_FullerThanItsTable_FindsEveryTextAsTheLookupDoes()
    {
        // 600 packable and 600 string-keyed texts: more than either table's 512 slots and the 384 entries kept.
        var calls = new Dictionary<string, int>();
        var cache = new CodeCache<string>((string text, out string? value) =>
        {
            calls[text] = calls.GetValueOrDefault(text) + 1;
            value = "<" + text + ">";
            return true;
        });
        string[] texts = Enumerable.Range(0, 600).Select(i => "P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Concat(Enumerable.Range(0, 600).Select(i => "LONGER-THAN-8-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        for (int round = 0; round < 3; round++)
        {
            foreach (string text in texts)
            {
                Assert.True(cache.TryGet(text, out string? value));
                Assert.Equal("<" + text + ">", value);
            }
        }

        Assert.Equal(384, calls.Values.Count(c => c == 1));
        Assert.Equal(texts.Length - 384, calls.Values.Count(c => c == 3));
    }
}
