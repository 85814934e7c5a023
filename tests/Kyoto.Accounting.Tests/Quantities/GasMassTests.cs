using System;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Tests.Support;
using UnitsNet;
using Xunit;

namespace Kyoto.Accounting.Tests.Quantities;

public class GasMassTests
{
    [Fact]
    public void Factories_AreExact_AtOneGramResolution()
    {
        Assert.Equal(1_234_567_891L, GasMass.FromTonnes(1234.567891m).Grams);
        Assert.Equal(1_500L, GasMass.FromKilograms(1.5m).Grams);
        Assert.Equal(-2_000_000L, GasMass.FromTonnes(-2L).Grams);
        Assert.Equal(1234.567891m, GasMass.FromGrams(1_234_567_891).Tonnes);
        Assert.Equal(1.5m, GasMass.FromGrams(1_500).Kilograms);
    }

    [Fact]
    public void FromTonnes_MoreThanSixDecimals_ThrowsNamingTheArgument()
    {
        var ex = Assert.Throws<ArgumentException>(() => GasMass.FromTonnes(0.0000001m));
        Assert.Equal("tonnes", ex.ParamName);
        Assert.Contains("resolution is 1 g", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromKilograms_MoreThanThreeDecimals_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => GasMass.FromKilograms(0.0005m));
        Assert.Equal("kilograms", ex.ParamName);
    }

    [Fact]
    public void FromTonnes_BeyondRange_ThrowsOutOfRange()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GasMass.FromTonnes(10_000_000_000_000m));
        Assert.Equal("tonnes", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => GasMass.FromGrams(long.MinValue));
    }

    [Fact]
    public void Addition_Overflow_ThrowsInsteadOfWrapping()
    {
        Assert.Throws<OverflowException>(() => GasMass.MaxValue + GasMass.FromGrams(1));
        Assert.Throws<OverflowException>(() => GasMass.MinValue - GasMass.FromGrams(1));
        Assert.Throws<OverflowException>(() => GasMass.MaxValue * 2);
    }

    [Fact]
    public void Operators_AndMethodTwins_Agree()
    {
        GasMass a = GasMass.FromTonnes(3.5m);
        GasMass b = GasMass.FromTonnes(1.25m);
        Assert.Equal(GasMass.FromTonnes(4.75m), a + b);
        Assert.Equal(a + b, GasMass.Add(a, b));
        Assert.Equal(a + b, a.Plus(b));
        Assert.Equal(GasMass.FromTonnes(2.25m), a - b);
        Assert.Equal(a - b, GasMass.Subtract(a, b));
        Assert.Equal(a - b, a.Minus(b));
        Assert.Equal(GasMass.FromTonnes(-3.5m), -a);
        Assert.Equal(-a, GasMass.Negate(a));
        Assert.Equal(GasMass.FromTonnes(7m), a * 2);
        Assert.True(b < a && b <= a && a > b && a >= b && a != b);
        Assert.Equal(GasMass.Zero, default);
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheContract() =>
        EqualityContract.AssertStruct(GasMass.FromKilograms(1), GasMass.FromGrams(1000), GasMass.FromGrams(1001));

    [Fact]
    public void ToString_IsCultureInvariantTonnes()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal("1234.5 t", GasMass.FromTonnes(1234.5m).ToString());
            Assert.Equal("-0.000001 t", GasMass.FromGrams(-1).ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void UnitsNetEdge_RoundTripsWholeGramsBelow2Pow53()
    {
        GasMass mass = GasMass.FromTonnes(123456.789012m);
        Mass edge = mass.ToMass();
        Assert.Equal(mass, GasMass.FromMass(edge, MidpointRounding.ToEven));
        Assert.Equal(GasMass.FromGrams(2), GasMass.FromMass(Mass.FromGrams(1.5), MidpointRounding.AwayFromZero));
        Assert.Equal(GasMass.FromGrams(2), GasMass.FromMass(Mass.FromGrams(2.5), MidpointRounding.ToEven));
    }

    [Fact]
    public void UnitsNetEdge_RejectsNonFiniteMass()
    {
        // UnitsNet itself refuses to hold NaN; infinities and values beyond ±9.2 × 10^12 t are ours to reject.
        Assert.ThrowsAny<ArgumentException>(() => GasMass.FromMass(Mass.FromGrams(double.PositiveInfinity), MidpointRounding.ToEven));
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => GasMass.FromMass(Mass.FromTonnes(1e13), MidpointRounding.ToEven));
        Assert.Equal("mass", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => GasMass.FromMass(Mass.FromTonnes(-1e13), MidpointRounding.ToEven));
    }
}
