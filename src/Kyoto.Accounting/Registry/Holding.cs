using System;
using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Registry;

/// <summary>A quantity of units held by an account, for one originating registry, unit type, original and applicable period.</summary>
/// <remarks>
/// Rows of <see cref="Ledger.GetHoldings"/>: sum them by account, unit type, originating Party or period. Conservation
/// (units are conserved) is stated over these rows. Equality is by every property. This type is an immutable value type
/// and thread-safe.
/// </remarks>
public readonly struct Holding : IEquatable<Holding>
{
    internal Holding(AccountId account, RegistryId originator, UnitType unitType, CommitmentPeriod originalPeriod, CommitmentPeriod applicablePeriod, long quantity)
    {
        Account = account;
        Originator = originator;
        UnitType = unitType;
        OriginalPeriod = Preconditions.CheckNotNull(originalPeriod, nameof(originalPeriod));
        ApplicablePeriod = Preconditions.CheckNotNull(applicablePeriod, nameof(applicablePeriod));
        Quantity = quantity;
    }

    /// <summary>Gets the holding account.</summary>
    public AccountId Account { get; }

    /// <summary>Gets the originating registry.</summary>
    public RegistryId Originator { get; }

    /// <summary>Gets the unit type.</summary>
    public UnitType UnitType { get; }

    /// <summary>Gets the period for which the units were issued.</summary>
    public CommitmentPeriod OriginalPeriod { get; }

    /// <summary>Gets the period in which the units are valid.</summary>
    public CommitmentPeriod ApplicablePeriod { get; }

    /// <summary>Gets the number of units (positive).</summary>
    public long Quantity { get; }

    /// <summary>Compares two holdings for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left holding.</param>
    /// <param name="right">The right holding.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(Holding left, Holding right) => left.Equals(right);

    /// <summary>Compares two holdings for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left holding.</param>
    /// <param name="right">The right holding.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(Holding left, Holding right) => !left.Equals(right);

    /// <summary>Returns whether every property is equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other holding.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(Holding other) =>
        Account == other.Account && Originator == other.Originator && UnitType == other.UnitType
        && Equals(OriginalPeriod, other.OriginalPeriod) && Equals(ApplicablePeriod, other.ApplicablePeriod) && Quantity == other.Quantity;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Holding other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Account, Originator, UnitType, OriginalPeriod, ApplicablePeriod, Quantity);

    /// <summary>Formats the holding, e.g. <c>"#7: 1000 AAU DEU CP1/CP1"</c>.</summary>
    /// <returns>The formatted holding.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} {2} {3} CP{4}/CP{5}", Account, Quantity, Internal.UnitTypes.Name(UnitType), Originator, OriginalPeriod?.Number, ApplicablePeriod?.Number);
}
