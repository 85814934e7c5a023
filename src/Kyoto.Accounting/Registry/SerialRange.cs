using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// A range of unit serial numbers of one originating registry, as named in a transaction: first and last serial,
/// both inclusive.
/// </summary>
/// <remarks>
/// <para>
/// A range is part of a transaction <em>proposal</em>: whether its quantity is a positive whole number, whether its
/// serials were issued and who holds them are checked by the <see cref="Ledger"/> and reported as check failures
///, not thrown. Only serial numbers outside [1, <see cref="MaxSerial"/>] are misuse.
/// </para>
/// <para>Equality is by originating registry, first and last serial. This type is an immutable value type and thread-safe.</para>
/// </remarks>
public readonly partial struct SerialRange : IEquatable<SerialRange>
{
    private SerialRange(RegistryId originator, long first, long last)
    {
        Originator = originator;
        First = first;
        Last = last;
    }

    /// <summary>Gets the largest serial number supported: 10^18 − 1 (18 decimal digits).</summary>
    public static long MaxSerial => 999_999_999_999_999_999;

    /// <summary>Gets the registry in which the units were issued.</summary>
    public RegistryId Originator { get; }

    /// <summary>Gets the first serial number (inclusive).</summary>
    public long First { get; }

    /// <summary>Gets the last serial number (inclusive).</summary>
    public long Last { get; }

    /// <summary>Gets the number of units, <c>Last − First + 1</c>; zero or negative when <see cref="Last"/> is before <see cref="First"/>.</summary>
    public long Quantity => Last - First + 1;

    /// <summary>Creates a range from its first and last serial numbers.</summary>
    /// <param name="originator">The originating registry.</param>
    /// <param name="first">The first serial number, in [1, <see cref="MaxSerial"/>].</param>
    /// <param name="last">The last serial number, in [1, <see cref="MaxSerial"/>]; a value before <paramref name="first"/> makes a range the ledger rejects (check 1002).</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> or <paramref name="last"/> is outside [1, <see cref="MaxSerial"/>].</exception>
    public static SerialRange Of(RegistryId originator, long first, long last)
    {
        Preconditions.CheckArgumentRange(nameof(first), first, 1, MaxSerial, "serial numbers of Kyoto units");
        Preconditions.CheckArgumentRange(nameof(last), last, 1, MaxSerial, "serial numbers of Kyoto units");
        return new SerialRange(originator, first, last);
    }

    /// <summary>Creates a range from its first serial number and a quantity.</summary>
    /// <param name="originator">The originating registry.</param>
    /// <param name="first">The first serial number, in [1, <see cref="MaxSerial"/>].</param>
    /// <param name="quantity">The number of units; zero or negative makes a range the ledger rejects (check 1002).</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="first"/> is outside [1, <see cref="MaxSerial"/>], or the last serial would be.</exception>
    public static SerialRange FromFirstAndQuantity(RegistryId originator, long first, long quantity)
    {
        Preconditions.CheckArgumentRange(nameof(first), first, 1, MaxSerial, "serial numbers of Kyoto units");
        Preconditions.CheckArgumentRange(nameof(quantity), quantity, 2 - first, MaxSerial - first + 1, "the last serial must lie in [1, 10^18 − 1]");
        return new SerialRange(originator, first, first + quantity - 1);
    }

    /// <summary>Compares two ranges for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(SerialRange left, SerialRange right) => left.Equals(right);

    /// <summary>Compares two ranges for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left range.</param>
    /// <param name="right">The right range.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(SerialRange left, SerialRange right) => !left.Equals(right);

    /// <summary>Returns whether two ranges share a serial number of the same originating registry.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True if they overlap.</returns>
    public bool Overlaps(SerialRange other) =>
        Originator == other.Originator && First <= other.Last && other.First <= Last && Quantity > 0 && other.Quantity > 0;

    /// <summary>Returns whether the ranges are equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other range.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(SerialRange other) => Originator == other.Originator && First == other.First && Last == other.Last;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SerialRange other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Originator, First, Last);

    /// <summary>Formats the range, e.g. <c>"DEU 1001..2000 (1000 units)"</c>.</summary>
    /// <returns>The formatted range.</returns>
    public override string ToString() => Format(Originator, First, Last);

    internal static string Format(RegistryId originator, long first, long last) =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1}..{2} ({3} units)", originator, first, last, last - first + 1);
}
