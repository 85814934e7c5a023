using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>The identifier of a registry account: a positive number unique within a <see cref="RegistryConfiguration"/>.</summary>
/// <remarks>
/// Account identifiers are assigned by the registries (decision 13/CMP.1 annex ¶21 requires each account to have a
/// unique account number). Equality and ordering are by number. <c>default(AccountId)</c> is not a valid account;
/// use <see cref="FromNumber"/>. This type is an immutable value type and thread-safe.
/// </remarks>
public readonly partial struct AccountId : IEquatable<AccountId>, IComparable<AccountId>
{
    private AccountId(long number) => Number = number;

    /// <summary>Gets the account number.</summary>
    public long Number { get; }

    /// <summary>Creates an identifier from an account number.</summary>
    /// <param name="number">The number, at least 1.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    public static AccountId FromNumber(long number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, long.MaxValue, "account numbers are positive");
        return new AccountId(number);
    }

    /// <summary>Compares two identifiers for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(AccountId left, AccountId right) => left.Number == right.Number;

    /// <summary>Compares two identifiers for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(AccountId left, AccountId right) => left.Number != right.Number;

    /// <summary>Returns whether the left identifier orders before the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if less.</returns>
    public static bool operator <(AccountId left, AccountId right) => left.Number < right.Number;

    /// <summary>Returns whether the left identifier orders after the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if greater.</returns>
    public static bool operator >(AccountId left, AccountId right) => left.Number > right.Number;

    /// <summary>Returns whether the left identifier orders before or equal to the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if less or equal.</returns>
    public static bool operator <=(AccountId left, AccountId right) => left.Number <= right.Number;

    /// <summary>Returns whether the left identifier orders after or equal to the right one.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if greater or equal.</returns>
    public static bool operator >=(AccountId left, AccountId right) => left.Number >= right.Number;

    /// <summary>Compares by number. See the type documentation for ordering semantics.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(AccountId other) => Number.CompareTo(other.Number);

    /// <summary>Returns whether the numbers are equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(AccountId other) => Number == other.Number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AccountId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Number.GetHashCode();

    /// <summary>Formats the identifier, e.g. <c>"#1001"</c>.</summary>
    /// <returns>The formatted identifier.</returns>
    public override string ToString() => "#" + Number.ToString(CultureInfo.InvariantCulture);
}
