using System;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Inventories;

public class EmissionInventoryTests
{
    [Fact]
    public void BytesPerRecord_IsAtMostSixteen_AndStorageScalesWithCount()
    {
        Assert.InRange(EmissionInventory.BytesPerRecord, 1, 16);
        var inventory = new EmissionInventoryBuilder()
            .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m)
            .Add("DEU", 1991, Gas.Methane, Enteric, 2m)
            .Add("HUN", 1985, Gas.NitrousOxide, Enteric, 3m)
            .Build();
        Assert.Equal(3, inventory.Count);
        Assert.Equal(3L * EmissionInventory.BytesPerRecord, inventory.StorageBytes);
    }

    [Fact]
    public void BytesPerRecord_MatchesTheColumnsActuallyStored()
    {
        var inventory = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).Build();
        int bytes = inventory.PartyColumn.Length + inventory.YearColumn.Length + inventory.GasKeyColumn.Length
            + inventory.SourceColumn.Length + (inventory.GramsColumn.Length * sizeof(long));
        Assert.Equal(EmissionInventory.BytesPerRecord, bytes);
    }

    [Fact]
    public void Records_RoundTripThroughTheColumns()
    {
        var record = InventoryRecord.Create(Party.FromCode("AUS"), 1990, Gas.CarbonDioxide, Deforestation, GasMass.FromTonnes(-12.5m));
        var inventory = new EmissionInventoryBuilder().Add(record).Build();
        Assert.Equal(record, inventory[0]);
        Assert.Equal(new[] { record }, inventory.GetRecords());
        Assert.True(inventory.HasData(Party.FromCode("AUS"), 1990));
        Assert.False(inventory.HasData(Party.FromCode("AUS"), 1991));
        Assert.Equal(new[] { Party.FromCode("AUS") }, inventory.Parties);
    }

    [Fact]
    public void Build_IsUnaffectedByLaterAdds()
    {
        var builder = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m);
        EmissionInventory first = builder.Build();
        builder.Add("DEU", 1991, Gas.CarbonDioxide, Energy, 1m);
        Assert.Equal(1, first.Count);
        Assert.Equal(2, builder.Build().Count);
    }

    [Fact]
    public void Merge_ConcatenatesRecordsFromSeveralSources()
    {
        var a = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m).Build();
        var b = new EmissionInventoryBuilder().Add("HUN", 1985, Gas.Methane, Enteric, 2m).Build();
        EmissionInventory merged = EmissionInventory.Merge(new[] { a, b, EmissionInventory.Empty });
        Assert.Equal(a.GetRecords().Concat(b.GetRecords()), merged.GetRecords());
        Assert.Equal(merged.GetRecords(), a.Merge(b).GetRecords());
    }

    [Fact]
    public void Create_RejectsNegativeEmissionsOfASourceCategory()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            InventoryRecord.Create(Party.FromCode("DEU"), 1990, Gas.CarbonDioxide, Energy, GasMass.FromTonnes(-1m)));
        Assert.Equal("mass", ex.ParamName);
        Assert.Contains("Art. 3.1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_AllowsNetRemovalsOfALulucfActivity()
    {
        var record = InventoryRecord.Create(Party.FromCode("DEU"), 1990, Gas.CarbonDioxide, ForestManagement, GasMass.FromTonnes(-1m));
        Assert.Equal(-1_000_000, record.Mass.Grams);
    }

    [Theory]
    [InlineData(1969)]
    [InlineData(2101)]
    public void Create_RejectsYearsOutsideTheSupportedRange(int year)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            InventoryRecord.Create(Party.FromCode("DEU"), year, Gas.CarbonDioxide, Energy, GasMass.FromTonnes(1m)));
        Assert.Equal("year", ex.ParamName);
    }

    [Fact]
    public void Create_RejectsAMassWhoseCo2eCannotBeRepresented()
    {
        GasMass max = InventoryRecord.MaxMagnitude(Gas.SulphurHexafluoride);
        Assert.Equal(long.MaxValue / 23_900, max.Grams);
        InventoryRecord.Create(Party.FromCode("DEU"), 1990, Gas.SulphurHexafluoride, Halocarbons, max);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            InventoryRecord.Create(Party.FromCode("DEU"), 1990, Gas.SulphurHexafluoride, Halocarbons, max + GasMass.FromGrams(1)));
        Assert.Equal("mass", ex.ParamName);
    }

    [Fact]
    public void Builder_RejectsDefaultValues_AndStaysUnchanged()
    {
        var builder = new EmissionInventoryBuilder().Add("DEU", 1990, Gas.CarbonDioxide, Energy, 1m);
        Assert.Throws<ArgumentException>(() => builder.Add(default(InventoryRecord)));
        Assert.Throws<ArgumentException>(() => builder.Add(Party.FromCode("DEU"), 1990, Gas.CarbonDioxide, default, GasMass.Zero));
        var good = InventoryRecord.Create(Party.FromCode("DEU"), 1991, Gas.CarbonDioxide, Energy, GasMass.Zero);
        Assert.Throws<ArgumentException>(() => builder.AddRange(new[] { good, default }));
        Assert.Equal(1, builder.Count);
    }

    [Fact]
    public void EmissionSource_CodesRoundTrip()
    {
        foreach (string code in new[] { "1.A.3", "4.D", "6.A", "LULUCF-AR", "LULUCF-D", "LULUCF-WDR" })
        {
            Assert.Equal(code, EmissionSource.FromCode(code).Code);
        }

        Assert.True(EmissionSource.FromCode("lulucf-fm").IsLulucf);
        Assert.Equal(Kyoto.Accounting.Sectors.LulucfActivity.ForestManagement, EmissionSource.FromCode("LULUCF-FM").Activity);
        Assert.Throws<ArgumentException>(() => EmissionSource.FromCode("5.A"));
    }
}
