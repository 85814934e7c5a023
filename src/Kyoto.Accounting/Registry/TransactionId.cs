using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>The identifier of a registry transaction: a positive number, never applied twice by a ledger.</summary>
/// <remarks>
/// Transaction identifiers are assigned by the proposing registry; the transaction log rejects an identifier it has
/// already seen (all or nothing; decision 13/CMP.1 annex ¶42). Equality and ordering are by number. <c>default(TransactionId)</c> is not a valid transaction;
/// use <see cref="FromNumber"/>. This type is an immutable value type and thread-safe.
/// </remarks>
public readonly partial struct TransactionId : IEquatable<TransactionId>, IComparable<TransactionId>
{
    private TransactionId(long number) => Number = number;

    /// <summary>Gets the transaction number.</summary>
    public long Number { get; }

    /// <summary>Creates an identifier from a transaction number.</summary>
    /// <param name="number">The number, at least 1.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public static TransactionId FromNumber(long number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, long.MaxValue, "transaction numbers are positive");
        return new TransactionId(number);
    }

    /// <summary>Compares two identifiers for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(TransactionId left, TransactionId right) => left.Number == right.Number;

    /// <summary>Compares two identifiers for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(TransactionId left, TransactionId right) => left.Number != right.Number;

    /// <summary>Returns whether the left identifier orders before the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if less.</returns>
    public static bool operator <(TransactionId left, TransactionId right) => left.Number < right.Number;

    /// <summary>Returns whether the left identifier orders after the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if greater.</returns>
    public static bool operator >(TransactionId left, TransactionId right) => left.Number > right.Number;

    /// <summary>Returns whether the left identifier orders before or equal to the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if less or equal.</returns>
    public static bool operator <=(TransactionId left, TransactionId right) => left.Number <= right.Number;

    /// <summary>Returns whether the left identifier orders after or equal to the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if greater or equal.</returns>
    public static bool operator >=(TransactionId left, TransactionId right) => left.Number >= right.Number;

    /// <summary>Compares by number. See the type documentation for ordering semantics.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(TransactionId other) => Number.CompareTo(other.Number);

    /// <summary>Returns whether the numbers are equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(TransactionId other) => Number == other.Number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TransactionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Number.GetHashCode();

    /// <summary>Formats the identifier, e.g. <c>"T1001"</c>.</summary>
    /// <returns>The formatted identifier.</returns>
    public override string ToString() => "T" + Number.ToString(CultureInfo.InvariantCulture);
}
