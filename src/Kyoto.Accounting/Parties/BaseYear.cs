using System;
using System.Diagnostics.Contracts;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Parties;

/// <summary>
/// The base year of a Party: one calendar year (1990 by default, Art. 3.7), or the average of an inclusive range of
/// years that the COP allowed an economy in transition to use instead (Art. 3.5; Hungary: 1985–1987).
/// </summary>
/// <remarks>
/// Equality compares both ends. <c>default(BaseYear)</c> is not a valid base year; use the factories.
/// This type is an immutable value type and thread-safe.
/// </remarks>
public readonly struct BaseYear : IEquatable<BaseYear>
{
    private BaseYear(int firstYear, int lastYear)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
    }

    /// <summary>Gets the 1990 base year of Art. 3.7.</summary>
    public static BaseYear Default { get; } = new(1990, 1990);

    /// <summary>Gets the first year of the base period.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the last year of the base period (equal to <see cref="FirstYear"/> for a single year).</summary>
    public int LastYear { get; }

    /// <summary>Gets the number of years averaged (1 for a single base year).</summary>
    public int YearCount => LastYear - FirstYear + 1;

    /// <summary>Gets whether the base year is a single calendar year.</summary>
    public bool IsSingleYear => FirstYear == LastYear;

    /// <summary>Creates a single-year base year.</summary>
    /// <param name="year">The year, from 1970 to 2020.</param>
    /// <returns>The base year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static BaseYear Of(int year)
    {
        Preconditions.CheckArgumentRange(nameof(year), year, 1970, 2020);
        return new BaseYear(year, year);
    }

    /// <summary>Creates a base period whose emissions are averaged (Art. 3.5; e.g. Hungary 1985–1987).</summary>
    /// <param name="firstYear">The first year, from 1970 to 2020.</param>
    /// <param name="lastYear">The last year, not before <paramref name="firstYear"/>.</param>
    /// <returns>The base year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="lastYear"/> is before <paramref name="firstYear"/>.</exception>
    public static BaseYear Average(int firstYear, int lastYear)
    {
        Preconditions.CheckArgumentRange(nameof(firstYear), firstYear, 1970, 2020);
        Preconditions.CheckArgumentRange(nameof(lastYear), lastYear, 1970, 2020);
        Preconditions.CheckArgument(lastYear >= firstYear, nameof(lastYear), "The last year of a base period must not be before its first year.");
        return new BaseYear(firstYear, lastYear);
    }

    /// <summary>Returns whether a year is part of the base period.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True if <see cref="FirstYear"/> ≤ <paramref name="year"/> ≤ <see cref="LastYear"/>.</returns>
    [Pure]
    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Returns true if both base years are equal.</summary>
    /// <param name="left">The first base year.</param>
    /// <param name="right">The second base year.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(BaseYear left, BaseYear right) => left.Equals(right);

    /// <summary>Returns true if the base years differ.</summary>
    /// <param name="left">The first base year.</param>
    /// <param name="right">The second base year.</param>
    /// <returns>True if they differ.</returns>
    public static bool operator !=(BaseYear left, BaseYear right) => !left.Equals(right);

    /// <summary>Returns true if the other base year has the same years.</summary>
    /// <param name="other">The other base year.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(BaseYear other) => FirstYear == other.FirstYear && LastYear == other.LastYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is BaseYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(FirstYear, LastYear);

    /// <summary>Formats the base year, e.g. <c>"1990"</c> or <c>"average of 1985–1987"</c>.</summary>
    /// <returns>The formatted base year.</returns>
    public override string ToString() => IsSingleYear
        ? FirstYear.ToString(CultureInfo.InvariantCulture)
        : string.Format(CultureInfo.InvariantCulture, "average of {0}–{1}", FirstYear, LastYear);
}
