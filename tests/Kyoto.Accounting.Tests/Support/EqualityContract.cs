using System;
using Xunit;

namespace Kyoto.Accounting.Tests.Support;

/// <summary>Contract checks reused for every value type, in the spirit of NodaTime's TestHelper.</summary>
public static class EqualityContract
{
    public static void AssertStruct<T>(T value, T equal, T greater)
        where T : struct, IEquatable<T>, IComparable<T>
    {
        Assert.True(value.Equals(equal));
        Assert.True(value.Equals((object)equal));
        Assert.Equal(value.GetHashCode(), equal.GetHashCode());
        Assert.False(value.Equals(greater));
        Assert.False(value.Equals((object?)null));
        Assert.Equal(0, value.CompareTo(equal));
        Assert.True(value.CompareTo(greater) < 0);
        Assert.True(greater.CompareTo(value) > 0);
        Assert.True(((IComparable)value).CompareTo(null) > 0);
        Assert.Throws<ArgumentException>(() => ((IComparable)value).CompareTo("not a value"));
    }
}
