using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Quantities;
using Xunit;

namespace Kyoto.Accounting.Tests.Quantities;

public class TonneRoundingTests
{
    [Theory]
    [InlineData(2_500_000, TonneRounding.NearestHalfAwayFromZero, 3)]
    [InlineData(2_500_000, TonneRounding.NearestHalfToEven, 2)]
    [InlineData(3_500_000, TonneRounding.NearestHalfToEven, 4)]
    [InlineData(2_499_999, TonneRounding.NearestHalfAwayFromZero, 2)]
    [InlineData(2_000_001, TonneRounding.Up, 3)]
    [InlineData(2_000_000, TonneRounding.Up, 2)]
    [InlineData(2_999_999, TonneRounding.Down, 2)]
    [InlineData(2_999_999, TonneRounding.TowardZero, 2)]
    [InlineData(-2_500_000, TonneRounding.NearestHalfAwayFromZero, -3)]
    [InlineData(-2_000_001, TonneRounding.Up, -2)]
    [InlineData(-2_000_001, TonneRounding.Down, -3)]
    [InlineData(-2_999_999, TonneRounding.TowardZero, -2)]
    public void ToWholeTonnes_RoundsOnlyAsTheModeSays(long grams, TonneRounding mode, long expected) =>
        Assert.Equal(expected, Co2e.FromGrams(grams, GwpSet.Sar).ToWholeTonnes(mode));

    [Fact]
    public void ToWholeTonnes_UndefinedMode_Throws() =>
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Co2e.FromGrams(1, GwpSet.Sar).ToWholeTonnes((TonneRounding)42));
}
