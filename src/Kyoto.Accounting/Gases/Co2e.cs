using System;
using System.Collections.Generic;
using System.Diagnostics.Contracts;
using System.Numerics;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Gases;

/// <summary>
/// An exact quantity of CO2-equivalent, stored as whole grams and tagged with the <see cref="Gases.GwpSet"/>
/// it was computed with.
/// </summary>
/// <remarks>
/// <para>
/// The resolution is 1 g and the range ±9.22 × 10^12 t. Arithmetic is checked: overflow throws
/// <see cref="OverflowException"/>, never wraps. Factories taking <see cref="decimal"/> never round; the one
/// place a value becomes whole tonnes is <see cref="ToWholeTonnes"/>, with the rounding the rule states.
/// </para>
/// <para>
/// The GWP set travels with the figure (Art. 5.3): adding, subtracting or comparing values of different sets
/// throws <see cref="GwpSetMismatchException"/>. The set of a result is decided by its operands, never by its value:
/// <c>5 t SAR + (−5 t SAR)</c> is a zero that is still SAR, so adding AR4 to it throws however the sum is grouped.
/// Only <see cref="Zero"/> (<c>default(Co2e)</c>) carries no set (<see cref="GwpSet"/> is null); it is the additive
/// identity of every set, so sums may start from it.
/// </para>
/// <para>
/// Equality compares the grams and, for non-zero values, the set: non-zero values of different sets are never
/// equal, and every zero equals <see cref="Zero"/> whatever its set (so <c>sar - sar == Co2e.Zero</c>;
/// <see cref="Equals(Co2e)"/> never throws). Ordering is by grams within one set.
/// This type lives in the Gases namespace rather than Quantities because its set tag is a Gases concept.
/// It is an immutable value type and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct Co2e :
    IEquatable<Co2e>,
    IComparable<Co2e>,
    IComparable,
    IAdditionOperators<Co2e, Co2e, Co2e>,
    ISubtractionOperators<Co2e, Co2e, Co2e>,
    IUnaryNegationOperators<Co2e, Co2e>,
    IAdditiveIdentity<Co2e, Co2e>,
    IComparisonOperators<Co2e, Co2e, bool>
{
    private readonly long _grams;
    private readonly byte _set;

    private Co2e(long grams, byte set)
    {
        _grams = grams;
        _set = set;
    }

    /// <summary>Gets zero, which carries no GWP set. See the type documentation.</summary>
    public static Co2e Zero => default;

    /// <inheritdoc cref="Zero"/>
    public static Co2e AdditiveIdentity => default;

    /// <summary>Gets the exact value in grams of CO2-equivalent.</summary>
    public long Grams => _grams;

    /// <summary>Gets the exact value in tonnes of CO2-equivalent.</summary>
    public decimal Tonnes => Quantities.Grams.ToTonnes(_grams);

    /// <summary>Gets the GWP set the value was computed with, or null for <see cref="Zero"/> (which carries no set).</summary>
    public GwpSet? GwpSet => _set == 0 ? null : GwpSet.FromId(_set);

    /// <summary>Gets whether the value is zero.</summary>
    public bool IsZero => _grams == 0;

    /// <summary>Creates a value from tonnes of CO2-equivalent, exactly.</summary>
    /// <param name="tonnes">The value in tonnes, with at most six decimal places.</param>
    /// <param name="gwpSet">The GWP set the value is expressed in.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tonnes"/> has more than six decimal places.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is outside the representable range.</exception>
    public static Co2e FromTonnes(decimal tonnes, GwpSet gwpSet) =>
        new(Quantities.Grams.FromTonnes(tonnes, nameof(tonnes)), Preconditions.CheckNotNull(gwpSet, nameof(gwpSet)).Id);

    /// <summary>Creates a value from whole tonnes of CO2-equivalent.</summary>
    /// <param name="tonnes">The value in tonnes.</param>
    /// <param name="gwpSet">The GWP set the value is expressed in.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is outside the representable range.</exception>
    public static Co2e FromTonnes(long tonnes, GwpSet gwpSet) => FromTonnes((decimal)tonnes, gwpSet);

    /// <summary>Creates a value from whole grams of CO2-equivalent.</summary>
    /// <param name="grams">The value in grams; <see cref="long.MinValue"/> is not allowed.</param>
    /// <param name="gwpSet">The GWP set the value is expressed in.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grams"/> is <see cref="long.MinValue"/>.</exception>
    public static Co2e FromGrams(long grams, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(gwpSet, nameof(gwpSet));
        Preconditions.CheckArgumentRange(nameof(grams), grams, -long.MaxValue, long.MaxValue);
        return new Co2e(grams, gwpSet.Id);
    }

    /// <summary>Creates a value without validation, for callers that have validated already.</summary>
    internal static Co2e FromGramsTrusted(long grams, byte set) => new(grams, set);

    /// <summary>Gets the small set identifier (0 for <see cref="Zero"/>) for hot paths.</summary>
    internal byte SetId => _set;

    /// <summary>
    /// Rounds the value to whole tonnes. This is the only rounding of CO2-equivalent in the library; the rule
    /// that calls it states the mode (e.g. whole-tonne assigned amounts, Decision 13/CMP.1 annex ¶2).
    /// </summary>
    /// <param name="rounding">How to round.</param>
    /// <returns>The whole number of tonnes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    [Pure]
    public long ToWholeTonnes(TonneRounding rounding) => Rounding.ToWholeTonnes(_grams, 1, rounding);

    /// <summary>Adds two values of the same GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static Co2e operator +(Co2e left, Co2e right) =>
        new(Checked.Add(left._grams, right._grams, nameof(Co2e)), CommonSet(left, right));

    /// <summary>Subtracts one value from another of the same GWP set.</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    public static Co2e operator -(Co2e left, Co2e right) =>
        new(Checked.Subtract(left._grams, right._grams, nameof(Co2e)), CommonSet(left, right));

    /// <summary>Negates a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The negated value, of the same set.</returns>
    public static Co2e operator -(Co2e value) => new(-value._grams, value._set);

    /// <summary>Multiplies a value by a whole number (e.g. the period multiplier of Art. 3.7).</summary>
    /// <param name="left">The value.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The exact product, of the same set.</returns>
    /// <exception cref="OverflowException">The product is outside the representable range.</exception>
    public static Co2e operator *(Co2e left, long right) => new(Checked.Multiply(left._grams, right, nameof(Co2e)), left._set);

    /// <summary>Adds two values (the method twin of +).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static Co2e Add(Co2e left, Co2e right) => left + right;

    /// <summary>Subtracts one value from another (the method twin of −).</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    public static Co2e Subtract(Co2e left, Co2e right) => left - right;

    /// <summary>Negates a value (the method twin of unary −).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The negated value.</returns>
    public static Co2e Negate(Co2e value) => -value;

    /// <summary>Multiplies a value by a whole number (the method twin of *).</summary>
    /// <param name="value">The value.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the representable range.</exception>
    public static Co2e Multiply(Co2e value, long factor) => value * factor;

    /// <summary>Sums values of one GWP set exactly; the result does not depend on their order.</summary>
    /// <param name="values">The values.</param>
    /// <returns>The sum (<see cref="Zero"/> for no values).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static Co2e Sum(IEnumerable<Co2e> values)
    {
        Preconditions.CheckNotNull(values, nameof(values));

        // Int128 keeps the running total exact even where a partial sum would overflow 64 bits.
        Int128 total = 0;
        byte set = 0;
        foreach (Co2e value in values)
        {
            set = CommonSet(set, value._set);
            total += value._grams;
        }

        if (total > long.MaxValue || total < -long.MaxValue)
        {
            throw Checked.Overflow(nameof(Co2e));
        }

        return new Co2e((long)total, set);
    }

    /// <summary>Adds another value to this one.</summary>
    /// <param name="other">The value to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    [Pure]
    public Co2e Plus(Co2e other) => this + other;

    /// <summary>Subtracts another value from this one.</summary>
    /// <param name="other">The value to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    [Pure]
    public Co2e Minus(Co2e other) => this - other;

    /// <summary>Returns true if both values are equal. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if both grams and set are equal.</returns>
    public static bool operator ==(Co2e left, Co2e right) => left.Equals(right);

    /// <summary>Returns true if the values differ. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if grams or set differ.</returns>
    public static bool operator !=(Co2e left, Co2e right) => !left.Equals(right);

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator <(Co2e left, Co2e right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator <=(Co2e left, Co2e right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator >(Co2e left, Co2e right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator >=(Co2e left, Co2e right) => left.CompareTo(right) >= 0;

    /// <summary>Compares this value with another of the same GWP set. See the type documentation.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public int CompareTo(Co2e other)
    {
        CommonSet(this, other);
        return _grams.CompareTo(other._grams);
    }

    /// <summary>Implements <see cref="IComparable.CompareTo"/> explicitly, so that it is not called by accident.</summary>
    /// <param name="obj">The object to compare with; null sorts first.</param>
    /// <returns>The ordering of this value against <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Co2e"/>.</exception>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }

        Preconditions.CheckArgument(obj is Co2e, nameof(obj), "Object must be of type Kyoto.Accounting.Gases.Co2e.");
        return CompareTo((Co2e)obj);
    }

    /// <summary>Returns true if the other value has the same grams and set. See the type documentation.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(Co2e other) => _grams == other._grams && (_set == other._set || _grams == 0);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Co2e other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _grams == 0 ? 0 : HashCode.Combine(_grams, _set);

    /// <summary>
    /// Formats the value culture-invariantly, e.g. <c>"1234.5 tCO2e (SAR)"</c>; <see cref="Zero"/> is <c>"0 tCO2e"</c>
    /// and a zero of a set is <c>"0 tCO2e (SAR)"</c>. See <see cref="ToString(string, IFormatProvider)"/> for format strings.
    /// </summary>
    /// <returns>The formatted value.</returns>
    public override string ToString() =>
        _set == 0 ? "0 tCO2e" : Quantities.Grams.FormatTonnes(_grams) + " tCO2e (" + GwpSet.FromId(_set).Name + ")";

    private static byte CommonSet(Co2e left, Co2e right) => CommonSet(left._set, right._set);

    // Zero (no set, id 0) combines with either; otherwise the sets must agree (Art. 5.3), whatever the values.
    private static byte CommonSet(byte left, byte right)
    {
        if (left == right || right == 0)
        {
            return left;
        }

        if (left == 0)
        {
            return right;
        }

        throw new GwpSetMismatchException(GwpSet.FromId(left), GwpSet.FromId(right));
    }
}
