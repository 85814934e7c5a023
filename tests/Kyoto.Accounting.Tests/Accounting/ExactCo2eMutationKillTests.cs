using System;
using System.Globalization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Xunit;

namespace Kyoto.Accounting.Tests.Accounting;

/// <summary>
/// Tests for mutants of <see cref="ExactCo2e"/> (ExactCo2e.cs, ExactCo2e.Formatting.cs) that survived, or were not
/// covered by, the accounting and compliance tests in the Stryker run of issue 13: exact arithmetic, comparison of
/// values whose cross products exceed 128 bits, equality, text form and parsing.
/// </summary>
public class ExactCo2eMutationKillTests
{
    // 2^126 − 2: prime to 3 and 7, so Huge/3 and Huge/7 stay fractions, and Huge × 3 exceeds 128 bits.
    private static readonly Int128 Huge = (Int128.MaxValue / 2) - 1;

    private static ExactCo2e Sar(Int128 numerator, Int128 denominator) => ExactCo2e.FromFraction(numerator, denominator, GwpSet.Sar);

    // ExactCo2e.cs L134 (right._numerator / left.Denominator), L163, L171.
    [Fact]
    public void Addition_OfFractions_IsExact()
    {
        Assert.Equal(Sar(5, 6), Sar(1, 3) + Sar(1, 2));
        Assert.Equal(Sar(5, 6), ExactCo2e.Add(Sar(1, 3), Sar(1, 2)));
        Assert.Equal(Sar(-1, 6), ExactCo2e.Subtract(Sar(1, 3), Sar(1, 2)));
        Assert.Equal(Sar(7, 2), ExactCo2e.Multiply(Sar(7, 6), 3));
    }

    // ExactCo2e.cs L66: zero has no GWP set.
    [Fact]
    public void Zero_HasNoGwpSet_AndFormatsWithoutOne()
    {
        Assert.Null(ExactCo2e.Zero.GwpSet);
        Assert.Same(GwpSet.Sar, Sar(1, 3).GwpSet);
        Assert.Equal("0 tCO2e", ExactCo2e.Zero.ToString());
        Assert.Equal("0 tCO2e", ExactCo2e.Zero.ToString(null, CultureInfo.InvariantCulture));
    }

    // ExactCo2e.cs L87, L88, L90.
    [Fact]
    public void FromFraction_RefusesANullSetAndANonPositiveDenominator()
    {
        Assert.Equal("gwpSet", Assert.Throws<ArgumentNullException>(() => ExactCo2e.FromFraction(1, 1, null!)).ParamName);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => Sar(1, 0));
        Assert.Equal("denominator", zero.ParamName);
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Sar(1, -3));
        Assert.Equal("denominator", negative.ParamName);
        Assert.Equal((Int128)(-3), negative.ActualValue);
    }

    // ExactCo2e.cs L114 (message), L117–L119 (range of Co2e).
    [Fact]
    public void ToCo2e_RefusesFractionsAndValuesBeyondCo2e()
    {
        var fraction = Assert.Throws<InvalidOperationException>(() => Sar(37037, 3).ToCo2e());
        Assert.Contains("37037/3 gCO2e (SAR)", fraction.Message, StringComparison.Ordinal);
        Assert.Contains("ToWholeTonnes", fraction.Message, StringComparison.Ordinal);

        Assert.Equal(long.MaxValue, Sar(long.MaxValue, 1).ToCo2e().Grams);
        Assert.Equal(-long.MaxValue, Sar(-long.MaxValue, 1).ToCo2e().Grams);
        Assert.Throws<OverflowException>(() => Sar((Int128)long.MaxValue + 1, 1).ToCo2e());
        Assert.Throws<OverflowException>(() => Sar(long.MinValue, 1).ToCo2e());
    }

    // ExactCo2e.cs L200: a decimal percentage becomes mantissa / 10^scale.
    [Fact]
    public void ToFraction_UsesTheDecimalScale()
    {
        Assert.Equal(((Int128)925, (Int128)10), ExactCo2e.ToFraction(92.5m));
        Assert.Equal(((Int128)8, (Int128)1), ExactCo2e.ToFraction(8m));
        Assert.Equal(((Int128)1234, (Int128)1000), ExactCo2e.ToFraction(1.234m));
    }

    // ExactCo2e.cs L218, L225, L239, L246, L265.
    [Fact]
    public void ComparisonOperators_AreExact()
    {
        ExactCo2e third = Sar(1, 3), half = Sar(1, 2), twoThirds = Sar(2, 3), sameHalf = Sar(2, 4);
        Assert.True(twoThirds > half);
        Assert.True(half < twoThirds);
        Assert.False(half < sameHalf);
        Assert.False(half > sameHalf);
        Assert.True(half >= sameHalf);
        Assert.True(twoThirds >= half);
        Assert.False(half >= twoThirds);
        Assert.True(half <= sameHalf);
        Assert.True(third != half);
        Assert.False(half != Sar(2, 4));
        Assert.Equal(1, twoThirds.CompareTo(half));
        Assert.Equal(-1, half.CompareTo(twoThirds));
    }

    // ExactCo2e.cs L254: values under different GWP sets are not comparable (Art. 5.3).
    [Fact]
    public void Comparison_AcrossGwpSets_Throws()
    {
        ExactCo2e ar4 = ExactCo2e.FromFraction(1, 2, GwpSet.Ar4);
        Assert.Throws<GwpSetMismatchException>(() => Sar(1, 2).CompareTo(ar4));
        Assert.Throws<GwpSetMismatchException>(() => Sar(1, 3).CompareTo(ar4));
    }

    // ExactCo2e.cs L263, L268, L272: cross products beyond 128 bits are compared exactly, in both directions.
    [Fact]
    public void Comparison_OfValuesWhoseCrossProductsExceed128Bits_IsExact()
    {
        ExactCo2e overThree = Sar(Huge, 3), overSeven = Sar(Huge, 7);
        Assert.Equal((Int128)3, overThree.Denominator);
        Assert.Equal((Int128)7, overSeven.Denominator);
        Assert.True(overThree > overSeven);
        Assert.True(overSeven < overThree);
        Assert.Equal(1, overThree.CompareTo(overSeven));
        Assert.Equal(-1, overSeven.CompareTo(overThree));
        Assert.True(overSeven > Sar(1, 3));
        Assert.True(Sar(1, 3) < overSeven);
        Assert.Equal(-1, Sar(-Huge, 7).CompareTo(Sar(1, 3)));
    }

    // ExactCo2e.cs L281–L287 (IComparable).
    [Fact]
    public void NonGenericCompareTo_OrdersNullFirst_AndRefusesOtherTypes()
    {
        IComparable half = Sar(1, 2);
        Assert.Equal(1, half.CompareTo(null));
        Assert.Equal(1, half.CompareTo(Sar(1, 3)));
        Assert.Equal(0, half.CompareTo(Sar(3, 6)));
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => half.CompareTo("1/2")).ParamName);
    }

    // ExactCo2e.cs L294, L300: equality needs the same numerator and denominator; zero is zero under any set.
    [Fact]
    public void Equality_AndHashCode()
    {
        Assert.NotEqual(Sar(1, 3), Sar(2, 3));
        Assert.NotEqual(Sar(1, 3), Sar(1, 2));
        Assert.NotEqual(Sar(1, 2), ExactCo2e.FromFraction(1, 2, GwpSet.Ar4));
        Assert.Equal(ExactCo2e.Zero, ExactCo2e.FromFraction(0, 7, GwpSet.Ar4));
        Assert.Equal(ExactCo2e.FromFraction(0, 1, GwpSet.Sar), ExactCo2e.FromFraction(0, 1, GwpSet.Ar4));
        Assert.Equal(0, ExactCo2e.Zero.GetHashCode());
        Assert.Equal(0, ExactCo2e.FromFraction(0, 1, GwpSet.Ar4).GetHashCode());
        Assert.Equal(ExactCo2e.FromFraction(0, 1, GwpSet.Sar).GetHashCode(), ExactCo2e.FromFraction(0, 1, GwpSet.Ar4).GetHashCode());
        Assert.Equal(Sar(1, 3).GetHashCode(), Sar(2, 6).GetHashCode());
        Assert.NotEqual(Sar(1, 3).GetHashCode(), Sar(1, 2).GetHashCode());
    }

    // ExactCo2e.cs L309–L317 and ExactCo2e.Formatting.cs L25–L28: whole grams as tonnes, otherwise the exact fraction.
    [Fact]
    public void TextForm_IsTonnesForWholeGrams_AndAFractionOtherwise()
    {
        foreach (Func<ExactCo2e, string> format in new Func<ExactCo2e, string>[] { v => v.ToString(), v => v.ToString(null, CultureInfo.InvariantCulture) })
        {
            Assert.Equal("1234.5 tCO2e (SAR)", format(Sar(1_234_500_000, 1)));
            Assert.Equal("-1 tCO2e (SAR)", format(Sar(-1_000_000, 1)));
            Assert.Equal("37037/3 gCO2e (SAR)", format(Sar(37037, 3)));
            Assert.Equal("2/3 gCO2e (AR4)", format(ExactCo2e.FromFraction(2, 3, GwpSet.Ar4)));
            Assert.Equal("9223372036854.775807 tCO2e (SAR)", format(Sar(long.MaxValue, 1)));
            Assert.Equal("-9223372036854.775807 tCO2e (SAR)", format(Sar(-long.MaxValue, 1)));
            Assert.Equal("9223372036854775808/1 gCO2e (SAR)", format(Sar((Int128)long.MaxValue + 1, 1)));
            Assert.Equal("-9223372036854775808/1 gCO2e (SAR)", format(Sar(long.MinValue, 1)));
        }
    }

    // ExactCo2e.Formatting.cs L38: TryFormat passes a stated format on.
    [Fact]
    public void TryFormat_UsesTheStatedFormat()
    {
        ExactCo2e value = Sar(1_234_500_000, 1);
        Span<char> buffer = stackalloc char[64];
        Assert.True(value.TryFormat(buffer, out int written, "F2", CultureInfo.InvariantCulture));
        Assert.Equal("1234.50 tCO2e (SAR)", buffer[..written].ToString());
        Assert.True(value.TryFormat(buffer, out written, default, CultureInfo.InvariantCulture));
        Assert.Equal("1234.5 tCO2e (SAR)", buffer[..written].ToString());
        Assert.False(value.TryFormat(buffer[..3], out _, default, CultureInfo.InvariantCulture));
    }

    // ExactCo2e.Formatting.cs L54–L96: both text forms round-trip; malformed fractions are refused.
    [Fact]
    public void Parse_ReadsBothTextForms()
    {
        Assert.Equal(Sar(37037, 3), ExactCo2e.Parse("37037/3 gCO2e (SAR)", CultureInfo.InvariantCulture));
        Assert.Equal(Sar(-37037, 3), ExactCo2e.Parse("-37037/3 gCO2e (SAR)", CultureInfo.InvariantCulture));
        Assert.Equal(ExactCo2e.FromFraction(2, 3, GwpSet.Ar4), ExactCo2e.Parse(" 2/3 gCO2e (AR4) ", CultureInfo.InvariantCulture));
        Assert.Equal(Sar(1_234_500_000, 1), ExactCo2e.Parse("1234.5 tCO2e (SAR)", CultureInfo.InvariantCulture));
        Assert.Equal(Sar(37037, 3), ExactCo2e.Parse(Sar(37037, 3).ToString(), CultureInfo.InvariantCulture));

        Assert.True(ExactCo2e.TryParse("37037/3 gCO2e (SAR)", CultureInfo.InvariantCulture, out ExactCo2e parsed));
        Assert.Equal(Sar(37037, 3), parsed);
        Assert.True(ExactCo2e.TryParse("1234.5 tCO2e (SAR)", CultureInfo.InvariantCulture, out parsed));
        Assert.Equal(Sar(1_234_500_000, 1), parsed);
    }

    [Theory]
    [InlineData("37037/0 gCO2e (SAR)")]
    [InlineData("37037/-3 gCO2e (SAR)")]
    [InlineData("37037/3 gCO2e (XYZ)")]
    [InlineData("37037/x gCO2e (SAR)")]
    [InlineData("x/3 gCO2e (SAR)")]
    [InlineData("/3 gCO2e (SAR)")]
    [InlineData("37037/3 tCO2e (SAR)")]
    [InlineData("garbage")]
    [InlineData("")]
    public void Parse_RefusesMalformedText(string text)
    {
        Assert.False(ExactCo2e.TryParse(text, CultureInfo.InvariantCulture, out _));
        Assert.False(ExactCo2e.TryParse(text.AsSpan(), CultureInfo.InvariantCulture, out _));
        var ex = Assert.Throws<FormatException>(() => ExactCo2e.Parse(text, CultureInfo.InvariantCulture));
        Assert.Contains("CO2-equivalent value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ExplainsWhatItExpected()
    {
        var fraction = Assert.Throws<FormatException>(() => ExactCo2e.Parse("37037/0 gCO2e (SAR)", CultureInfo.InvariantCulture));
        Assert.Contains("positive denominator", fraction.Message, StringComparison.Ordinal);
        var other = Assert.Throws<FormatException>(() => ExactCo2e.Parse("garbage", CultureInfo.InvariantCulture));
        Assert.Contains("<tonnes> tCO2e (<GWP set>)", other.Message, StringComparison.Ordinal);
        Assert.False(ExactCo2e.TryParse((string?)null, CultureInfo.InvariantCulture, out _));
        Assert.Throws<ArgumentNullException>(() => ExactCo2e.Parse((string)null!, CultureInfo.InvariantCulture));
    }
}
