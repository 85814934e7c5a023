using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// A builder split for two writers (the two-partition CSV read) joins into the records of the first part then the
/// second, whether the first part filled its range, fell short of it (the second part's records move down) or
/// either part passed its range (it grew into columns of its own).
/// </summary>
public class EmissionInventoryBuilderSplitTests
{
    [Theory]
    [InlineData(10, 4, 4, 6)] // first part exactly full: no move
    [InlineData(10, 6, 2, 3)] // first part short by 4: second part moved down
    [InlineData(10, 3, 5, 2)] // first part passes its range: it grows, the second part is copied
    [InlineData(10, 4, 4, 9)] // second part passes the capacity: it grows, then is copied
    [InlineData(0, 0, 2, 3)] // no room at all
    public void Join_GivesTheFirstPartThenTheSecond(int capacity, int offset, int firstCount, int secondCount)
    {
        var builder = new EmissionInventoryBuilder(capacity);
        EmissionInventoryBuilder second = builder.SplitAt(offset);
        for (int i = 0; i < firstCount; i++)
        {
            Add(builder, i);
        }

        for (int i = 0; i < secondCount; i++)
        {
            Add(second, 100 + i);
        }

        builder.Join(second);
        EmissionInventory inventory = builder.Build();

        var expected = Enumerable.Range(0, firstCount).Concat(Enumerable.Range(100, secondCount)).Select(Record);
        Assert.Equal(expected, inventory.GetRecords());
        Add(builder, 7);
        Assert.Equal(firstCount + secondCount + 1, builder.Count);
        Assert.Equal(firstCount + secondCount, inventory.Count);
    }

    private static InventoryRecord Record(int i)
    {
        EmissionSource.TryFromCode("1.A.1", out EmissionSource source);
        return InventoryRecord.Create(Party.FromCode(i % 2 == 0 ? "DEU" : "HUN"), 1990 + (i % 20), Gas.CarbonDioxide, source, GasMass.FromTonnes(i));
    }

    private static void Add(EmissionInventoryBuilder builder, int i)
    {
        InventoryRecord r = Record(i);
        builder.AddTrusted(r.Party.Index, r.Year - InventoryRecord.MinYear, r.Gas.Index, r.Source.StoreCode, r.Mass.Grams);
    }
}
