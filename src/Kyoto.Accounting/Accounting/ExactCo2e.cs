using System;
using System.Globalization;
using System.Numerics;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Accounting;

/// <summary>
/// An exact, possibly fractional quantity of CO2-equivalent: a rational number of grams (128-bit numerator and
/// denominator), tagged with its GWP set. Base-year averages (Art. 3.5, e.g. Hungary's 1985–1987), percentages of
/// base-year emissions (Art. 3.7) and reserve fractions (decision 11/CMP.1 annex ¶6) are kept this way until a rule
/// rounds them.
/// </summary>
/// <remarks>
/// <para>
/// The fraction is always reduced with a positive denominator, so equal quantities have equal parts. Arithmetic is
/// exact and checked (overflow of 128 bits throws <see cref="OverflowException"/>). The only way to a whole number of
/// tonnes is <see cref="ToWholeTonnes"/>, which goes through the library's one named rounding step with the mode the
/// caller states; <see cref="ToCo2e"/> refuses a fractional number of grams instead of rounding it.
/// </para>
/// <para>
/// As for <see cref="Co2e"/>, values of different GWP sets cannot be combined or compared
/// (<see cref="GwpSetMismatchException"/>, Art. 5.3); the set of a result is decided by its operands, never by its
/// value, so a sum that cancels to zero keeps its set. Only <c>default(ExactCo2e)</c>, <see cref="Zero"/>, carries no
/// set. Equality compares the value and, for non-zero values, the set (every zero equals <see cref="Zero"/>). This type is an immutable value type and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct ExactCo2e : IEquatable<ExactCo2e>, IComparable<ExactCo2e>, IComparable
{
    private readonly Int128 _numerator;
    private readonly Int128 _denominatorMinusOne;
    private readonly byte _set;

    private ExactCo2e(Int128 numerator, Int128 denominator, byte set)
    {
        if (denominator < 0)
        {
            numerator = checked(-numerator);
            denominator = checked(-denominator);
        }

        Int128 gcd = Gcd(Int128.Abs(numerator), denominator);
        if (gcd > 1)
        {
            numerator /= gcd;
            denominator /= gcd;
        }

        _numerator = numerator;
        _denominatorMinusOne = numerator == 0 ? 0 : denominator - 1;
        _set = set;
    }

    /// <summary>Gets the zero that carries no GWP set (the identity of every set).</summary>
    public static ExactCo2e Zero => default;

    /// <summary>Gets the numerator of the value in grams (the value is <see cref="Numerator"/> / <see cref="Denominator"/> g).</summary>
    public Int128 Numerator => _numerator;

    /// <summary>Gets the positive denominator of the value in grams (1 for a whole number of grams).</summary>
    public Int128 Denominator => _denominatorMinusOne + 1;

    /// <summary>Gets the GWP set of the value, or null for <see cref="Zero"/>.</summary>
    public GwpSet? GwpSet => _set == 0 ? null : GwpSet.FromId(_set);

    /// <summary>Gets whether the value is a whole number of grams.</summary>
    public bool IsWholeGrams => _denominatorMinusOne == 0;

    internal byte SetId => _set;

    /// <summary>Creates an exact value from a CO2-equivalent value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The same value as a fraction with denominator 1.</returns>
    public static ExactCo2e From(Co2e value) => new(value.Grams, 1, value.SetId);

    /// <summary>Creates an exact value as a fraction of grams.</summary>
    /// <param name="numeratorGrams">The numerator, in grams.</param>
    /// <param name="denominator">The denominator, positive.</param>
    /// <param name="gwpSet">The GWP set.</param>
    /// <returns>The value, reduced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="denominator"/> is not positive.</exception>
    public static ExactCo2e FromFraction(Int128 numeratorGrams, Int128 denominator, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(gwpSet, nameof(gwpSet));
        if (denominator <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), denominator, "The denominator of an exact CO2-equivalent must be positive.");
        }

        return new ExactCo2e(numeratorGrams, denominator, gwpSet.Id);
    }

    /// <summary>
    /// Rounds the value to whole tonnes through the library's one named rounding step (<see cref="TonneRounding"/>);
    /// the caller states the mode the rule requires.
    /// </summary>
    /// <param name="rounding">How to round.</param>
    /// <returns>The whole number of tonnes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="long"/>.</exception>
    public long ToWholeTonnes(TonneRounding rounding) => Rounding.ToWholeTonnes(_numerator, Denominator, rounding, nameof(rounding));

    /// <summary>Converts a whole number of grams to <see cref="Co2e"/>; never rounds.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The value is not a whole number of grams; round it with <see cref="ToWholeTonnes"/>.</exception>
    /// <exception cref="OverflowException">The value is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e ToCo2e()
    {
        if (!IsWholeGrams)
        {
            throw new InvalidOperationException("The value " + ToString() + " is not a whole number of grams; Co2e has a 1 g resolution and no rule allows rounding here. Round with ToWholeTonnes and the mode the rule states.");
        }

        if (_numerator > long.MaxValue || _numerator < -long.MaxValue)
        {
            throw Checked.Overflow(nameof(Co2e));
        }

        return Co2e.FromGramsTrusted((long)_numerator, _set);
    }

    /// <summary>Adds two values of the same GWP set, exactly.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The result does not fit 128 bits.</exception>
    public static ExactCo2e operator +(ExactCo2e left, ExactCo2e right)
    {
        byte set = CommonSet(left, right);
        return new ExactCo2e(checked((left._numerator * right.Denominator) + (right._numerator * left.Denominator)), checked(left.Denominator * right.Denominator), set);
    }

    /// <summary>Subtracts one value from another of the same GWP set, exactly.</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The result does not fit 128 bits.</exception>
    public static ExactCo2e operator -(ExactCo2e left, ExactCo2e right) => left + (-right);

    /// <summary>Negates a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The negated value.</returns>
    public static ExactCo2e operator -(ExactCo2e value) => new(-value._numerator, value.Denominator, value._set);

    /// <summary>Multiplies a value by a whole number (e.g. the period multiplier of Art. 3.7, 3.7 bis).</summary>
    /// <param name="left">The value.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The result does not fit 128 bits.</exception>
    public static ExactCo2e operator *(ExactCo2e left, long right) => new(checked(left._numerator * right), left.Denominator, left._set);

    /// <summary>Adds two values (the method twin of +).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The result does not fit 128 bits.</exception>
    public static ExactCo2e Add(ExactCo2e left, ExactCo2e right) => left + right;

    /// <summary>Subtracts one value from another (the method twin of −).</summary>
    /// <param name="left">The value to subtract from.</param>
    /// <param name="right">The value to subtract.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    /// <exception cref="OverflowException">The result does not fit 128 bits.</exception>
    public static ExactCo2e Subtract(ExactCo2e left, ExactCo2e right) => left - right;

    /// <summary>Negates a value (the method twin of unary −).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The negated value.</returns>
    public static ExactCo2e Negate(ExactCo2e value) => -value;

    /// <summary>Multiplies a value by a whole number (the method twin of *).</summary>
    /// <param name="value">The value.</param>
    /// <param name="factor">The factor.</param>
    /// <returns>The product.</returns>
    /// <exception cref="OverflowException">The result does not fit 128 bits.</exception>
    public static ExactCo2e Multiply(ExactCo2e value, long factor) => value * factor;

    /// <summary>Multiplies by a percentage given as a decimal (e.g. 92.5 %), exactly.</summary>
    internal ExactCo2e MultiplyByPercent(decimal percent)
    {
        (Int128 mantissa, Int128 scale) = ToFraction(percent);
        return new ExactCo2e(checked(_numerator * mantissa), checked(Denominator * scale * 100), _set);
    }

    /// <summary>Divides by a positive whole number (e.g. the years of an averaged base period), exactly.</summary>
    internal ExactCo2e DivideBy(long divisor) => new(_numerator, checked(Denominator * divisor), _set);

    /// <summary>Writes a decimal as mantissa / 10^scale.</summary>
    internal static (Int128 Mantissa, Int128 Scale) ToFraction(decimal value)
    {
        byte scale = value.Scale;
        Int128 power = Int128.One;
        for (int i = 0; i < scale; i++)
        {
            power *= 10;
        }

        return ((Int128)(value * (decimal)power), power);
    }

    /// <summary>Returns true if both values are equal. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ExactCo2e left, ExactCo2e right) => left.Equals(right);

    /// <summary>Returns true if the values differ. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if they differ.</returns>
    public static bool operator !=(ExactCo2e left, ExactCo2e right) => !left.Equals(right);

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator <(ExactCo2e left, ExactCo2e right) => left.CompareTo(right) < 0;

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator <=(ExactCo2e left, ExactCo2e right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator >(ExactCo2e left, ExactCo2e right) => left.CompareTo(right) > 0;

    /// <summary>Compares two values of one GWP set.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True if <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public static bool operator >=(ExactCo2e left, ExactCo2e right) => left.CompareTo(right) >= 0;

    /// <summary>Compares this value with another of the same GWP set, exactly.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>A negative number, zero or a positive number as this value is less than, equal to or greater than <paramref name="other"/>.</returns>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    public int CompareTo(ExactCo2e other)
    {
        CommonSet(this, other);
        if (_denominatorMinusOne == other._denominatorMinusOne)
        {
            return _numerator.CompareTo(other._numerator);
        }

        // Cross-multiplication is exact in 128 bits for most values; wider products are compared exactly as BigInteger
        // rather than throwing an OverflowException for two representable values.
        Int128 d1 = Denominator, d2 = other.Denominator;
        if (Fits(_numerator, d2) && Fits(other._numerator, d1))
        {
            return (_numerator * d2).CompareTo(other._numerator * d1);
        }

        return ((BigInteger)_numerator * d2).CompareTo((BigInteger)other._numerator * d1);
    }

    private static bool Fits(Int128 numerator, Int128 denominator) =>
        numerator != Int128.MinValue && Int128.Abs(numerator) <= Int128.MaxValue / denominator;

    /// <summary>Implements <see cref="IComparable.CompareTo"/> explicitly, so that it is not called by accident.</summary>
    /// <param name="obj">The object to compare with; null sorts first.</param>
    /// <returns>The ordering of this value against <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not an <see cref="ExactCo2e"/>.</exception>
    /// <exception cref="GwpSetMismatchException">The values are of different GWP sets.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }

        Preconditions.CheckArgument(obj is ExactCo2e, nameof(obj), "Object must be of type Kyoto.Accounting.Accounting.ExactCo2e.");
        return CompareTo((ExactCo2e)obj);
    }

    /// <summary>Returns true if the other value is equal, with the same set. See the type documentation.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ExactCo2e other) =>
        _numerator == other._numerator && _denominatorMinusOne == other._denominatorMinusOne && (_set == other._set || _numerator == 0);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExactCo2e other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _numerator == 0 ? 0 : HashCode.Combine(_numerator, _denominatorMinusOne, _set);

    /// <summary>
    /// Formats the value culture-invariantly: a whole number of grams as tonnes (<c>"1234.5 tCO2e (SAR)"</c>), a
    /// fraction as grams over its denominator (<c>"37037/3 gCO2e (SAR)"</c>); zero is <c>"0 tCO2e"</c>.
    /// </summary>
    /// <returns>The formatted value.</returns>
    public override string ToString()
    {
        if (_set == 0)
        {
            return "0 tCO2e";
        }

        string set = " (" + GwpSet.FromId(_set).Name + ")";
        return IsWholeGrams && _numerator <= long.MaxValue && _numerator >= -long.MaxValue
            ? Grams.FormatTonnes((long)_numerator) + " tCO2e" + set
            : _numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture) + " gCO2e" + set;
    }

    private static Int128 Gcd(Int128 a, Int128 b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    private static byte CommonSet(ExactCo2e left, ExactCo2e right)
    {
        if (left._set == right._set || right._set == 0)
        {
            return left._set;
        }

        if (left._set == 0)
        {
            return right._set;
        }

        throw new GwpSetMismatchException(GwpSet.FromId(left._set), GwpSet.FromId(right._set));
    }
}
