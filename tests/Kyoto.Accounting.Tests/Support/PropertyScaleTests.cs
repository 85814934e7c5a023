using System;
using System.Threading;
using Xunit;

namespace Kyoto.Accounting.Tests.Support;

public class PropertyScaleTests
{
    private static int _runs;

    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("1", 1)]
    [InlineData("50", 50)]
    public void Read_AcceptsAPositiveFactor(string? value, int expected) => Assert.Equal(expected, PropertyScale.Read(value));

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData("ten")]
    public void Read_RejectsAnythingElse(string value) => Assert.Throws<ArgumentException>(() => PropertyScale.Read(value));

    [Fact]
    public void TheAttributes_ScaleTheirCounts()
    {
        Assert.Equal(7 * PropertyScale.Factor, new PropertyAttribute { MaxTest = 7 }.MaxTest);
        Assert.Equal(PropertyScale.DefaultMaxTest * PropertyScale.Factor, new PropertyAttribute().MaxTest);
        Assert.Equal(9 * PropertyScale.Factor, new PropertiesAttribute { MaxTest = 9 }.MaxTest);
        Assert.Equal(int.MaxValue, Math.Max(PropertyScale.Apply(int.MaxValue), int.MaxValue));
    }

    // The binding check: this [Property] is the scaled one, and FsCheck runs exactly the scaled count.
    [Property(MaxTest = 13)]
    public bool ScaledProperty_Runs(int x)
    {
        _ = x;
        return Interlocked.Increment(ref _runs) <= 13 * PropertyScale.Factor;
    }

    [Fact]
    public void PropertyAttributeBinding_IsTheScaledOne() =>
        Assert.Equal(typeof(PropertyAttribute), typeof(PropertyScaleTests).GetMethod(nameof(ScaledProperty_Runs))!.GetCustomAttributes(false)[0].GetType());
}
