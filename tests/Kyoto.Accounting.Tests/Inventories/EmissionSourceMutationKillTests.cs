using System;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// Source codes and records at the ends of their catalogues (mutation testing, Stryker, December 2026): every
/// category and every LULUCF activity round-trips through its code, the codes just outside are rejected, and the
/// record factory checks its arguments.
/// </summary>
public class EmissionSourceMutationKillTests
{
    [Fact]
    public void EveryCategory_RoundTripsThroughItsCode_AndKnowsItsSector()
    {
        foreach (SourceCategory category in SourceCategory.All)
        {
            EmissionSource source = EmissionSource.FromCategory(category);
            Assert.Equal(source, EmissionSource.FromCode(" " + category.Code.ToLowerInvariant() + " "));
            Assert.Equal((category, (LulucfActivity?)null, category.Sector, false), (source.Category, source.Activity, source.Sector, source.IsLulucf));
            Assert.Equal(category.Code, source.ToString());
        }
    }

    [Fact]
    public void EveryActivity_RoundTripsThroughItsCode_AndTheCodesAroundAreRejected()
    {
        LulucfActivity[] activities = Enum.GetValues<LulucfActivity>();
        Assert.Equal(Enumerable.Range(1, 7), activities.Select(a => (int)a));
        foreach (LulucfActivity activity in activities)
        {
            EmissionSource source = EmissionSource.FromActivity(activity);
            Assert.True(EmissionSource.TryFromCode(source.Code.ToLowerInvariant(), out EmissionSource parsed));
            Assert.Equal(source, parsed);
            Assert.Equal(((SourceCategory?)null, (LulucfActivity?)activity, (Sector?)null, true), (source.Category, source.Activity, source.Sector, source.IsLulucf));
            Assert.StartsWith("LULUCF-", source.Code, StringComparison.Ordinal);
        }

        Assert.Equal(
            new[] { "LULUCF-AR", "LULUCF-D", "LULUCF-FM", "LULUCF-CM", "LULUCF-GM", "LULUCF-RV", "LULUCF-WDR" },
            activities.Select(a => EmissionSource.FromActivity(a).Code));
        Assert.Equal("activity", Assert.Throws<ArgumentOutOfRangeException>(() => EmissionSource.FromActivity((LulucfActivity)0)).ParamName);
        Assert.Equal("activity", Assert.Throws<ArgumentOutOfRangeException>(() => EmissionSource.FromActivity((LulucfActivity)8)).ParamName);
        foreach (string code in new[] { "LULUCF-", "LULUCF-X", "LULUCF-WD", "LULUCFAR", "AR", "", "5.A", "1.A.9" })
        {
            Assert.False(EmissionSource.TryFromCode(code, out EmissionSource none), code);
            Assert.Equal(default, none);
        }

        Assert.False(EmissionSource.TryFromCode(null, out _));
        Assert.Equal("code", Assert.Throws<ArgumentException>(() => EmissionSource.FromCode("LULUCF-X")).ParamName);
    }

    [Fact]
    public void TheDefaultSource_IsNone_AndEqualityComparesTheCode()
    {
        EmissionSource none = default;
        Assert.Equal((string.Empty, "(none)", false), (none.Code, none.ToString(), none.IsLulucf));
        Assert.Null(none.Category);
        Assert.Null(none.Activity);
        EmissionSource a = EmissionSource.FromCode("1.A.1");
        EmissionSource b = EmissionSource.FromCode("1.A.1");
        EmissionSource d = EmissionSource.FromCode("LULUCF-D");
        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a != d);
        Assert.False(a == d);
        Assert.True(a.Equals((object)b));
        Assert.False(a.Equals((object)"1.A.1"));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a.GetHashCode(), d.GetHashCode());
    }

    [Fact]
    public void Create_ChecksEachArgument()
    {
        EmissionSource energy = EmissionSource.FromCode("1.A.1");
        Party deu = Party.FromCode("DEU");
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => InventoryRecord.Create(null!, 1990, Gas.CarbonDioxide, energy, GasMass.Zero)).ParamName);
        Assert.Equal("gas", Assert.Throws<ArgumentNullException>(() => InventoryRecord.Create(deu, 1990, null!, energy, GasMass.Zero)).ParamName);
        Assert.Equal("gas", Assert.Throws<ArgumentNullException>(() => InventoryRecord.MaxMagnitude(null!)).ParamName);
        Assert.Equal(1970, InventoryRecord.Create(deu, 1970, Gas.CarbonDioxide, energy, GasMass.Zero).Year);
        Assert.Equal(2100, InventoryRecord.Create(deu, 2100, Gas.CarbonDioxide, energy, GasMass.Zero).Year);
        InventoryRecord record = InventoryRecord.Create(deu, 1990, Gas.Methane, energy, GasMass.FromTonnes(2m));
        Assert.Equal(record, InventoryRecord.Create(deu, 1990, Gas.Methane, energy, GasMass.FromTonnes(2m)));
        Assert.NotEqual(record, InventoryRecord.Create(deu, 1990, Gas.Methane, energy, GasMass.FromTonnes(3m)));
        Assert.NotEqual(record, InventoryRecord.Create(deu, 1991, Gas.Methane, energy, GasMass.FromTonnes(2m)));
        Assert.NotEqual(record, InventoryRecord.Create(deu, 1990, Gas.NitrousOxide, energy, GasMass.FromTonnes(2m)));
        Assert.NotEqual(record, InventoryRecord.Create(deu, 1990, Gas.Methane, EmissionSource.FromCode("4.A"), GasMass.FromTonnes(2m)));
        Assert.NotEqual(record, InventoryRecord.Create(Party.FromCode("HUN"), 1990, Gas.Methane, energy, GasMass.FromTonnes(2m)));
    }
}
