using System;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Tests.Support;
using Xunit;

namespace Kyoto.Accounting.Tests.Gases;

public class Co2eTests
{
    [Fact]
    public void FromTonnes_CarriesItsGwpSet()
    {
        Co2e value = Co2e.FromTonnes(12.5m, GwpSet.Ar4);
        Assert.Same(GwpSet.Ar4, value.GwpSet);
        Assert.Equal(12.5m, value.Tonnes);
        Assert.Equal(12_500_000L, value.Grams);
        Assert.Equal("12.5 tCO2e (AR4)", value.ToString());
    }

    [Fact]
    public void Zero_CarriesNoSet_AndIsTheIdentityOfEverySet_WhileAZeroOfASetKeepsIt()
    {
        Co2e sar = Co2e.FromTonnes(3m, GwpSet.Sar);
        Co2e ar4 = Co2e.FromTonnes(3m, GwpSet.Ar4);
        Assert.Null(Co2e.Zero.GwpSet);
        Assert.Same(GwpSet.Sar, Co2e.FromTonnes(0m, GwpSet.Sar).GwpSet);
        Assert.Equal(Co2e.Zero, Co2e.FromTonnes(0m, GwpSet.Sar));
        Assert.Equal(sar, sar + Co2e.Zero);
        Assert.Equal(ar4, Co2e.Zero + ar4);
        Assert.Equal(Co2e.Zero, sar - sar);
        Assert.Equal("0 tCO2e", Co2e.Zero.ToString());
    }

    [Fact]
    public void MixingSets_Throws_NamingBothSets()
    {
        Co2e sar = Co2e.FromTonnes(1m, GwpSet.Sar);
        Co2e ar4 = Co2e.FromTonnes(1m, GwpSet.Ar4);
        var ex = Assert.Throws<GwpSetMismatchException>(() => sar + ar4);
        Assert.Same(GwpSet.Sar, ex.Expected);
        Assert.Same(GwpSet.Ar4, ex.Actual);
        Assert.Contains("Art. 5.3", ex.Message, StringComparison.Ordinal);
        Assert.Throws<GwpSetMismatchException>(() => sar - ar4);
        Assert.Throws<GwpSetMismatchException>(() => sar < ar4);
        Assert.Throws<GwpSetMismatchException>(() => Co2e.Sum(new[] { sar, Co2e.Zero, ar4 }));
        Assert.False(sar.Equals(ar4));
        Assert.True(sar != ar4);
    }

    [Fact]
    public void Overflow_Throws()
    {
        Co2e big = Co2e.FromGrams(long.MaxValue, GwpSet.Sar);
        Assert.Throws<OverflowException>(() => big + Co2e.FromGrams(1, GwpSet.Sar));
        Assert.Throws<OverflowException>(() => big * 2);
        Assert.Throws<OverflowException>(() => GwpSet.Sar.ToCo2e(Gas.SulphurHexafluoride, GasMass.MaxValue));
        Assert.Throws<OverflowException>(() => Co2e.Sum(new[] { big, big }));
    }

    [Fact]
    public void Sum_OfPartialsThatOverflow64Bits_IsStillExactWhenTheTotalFits()
    {
        Co2e big = Co2e.FromGrams(long.MaxValue, GwpSet.Sar);
        Assert.Equal(Co2e.FromGrams(long.MaxValue - 1, GwpSet.Sar), Co2e.Sum(new[] { big, big, -big, Co2e.FromGrams(-1, GwpSet.Sar) }));
    }

    [Fact]
    public void Factories_RejectBadInput()
    {
        Assert.Equal("gwpSet", Assert.Throws<ArgumentNullException>(() => Co2e.FromTonnes(1m, null!)).ParamName);
        Assert.Equal("tonnes", Assert.Throws<ArgumentException>(() => Co2e.FromTonnes(0.0000005m, GwpSet.Sar)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.FromGrams(long.MinValue, GwpSet.Sar));
        Assert.Throws<ArgumentNullException>(() => Co2e.Sum(null!));
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheContract() =>
        EqualityContract.AssertStruct(Co2e.FromTonnes(1m, GwpSet.Sar), Co2e.FromGrams(1_000_000, GwpSet.Sar), Co2e.FromGrams(1_000_001, GwpSet.Sar));

    [Fact]
    public void UnitsNetEdge_RoundTrips()
    {
        Co2e value = Co2e.FromTonnes(42.000001m, GwpSet.Ar4);
        Assert.Equal(value, Co2e.FromMass(value.ToMass(), GwpSet.Ar4, MidpointRounding.ToEven));
    }
}
