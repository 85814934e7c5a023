using System;
using System.Diagnostics.Contracts;
using System.Numerics;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Quantities;

/// <summary>
/// An exact mass of one greenhouse gas (not CO2-equivalent), stored as a whole number of grams.
/// </summary>
/// <remarks>
/// <para>
/// The resolution is 1 g and the range is ±9.22 × 10^12 t (<see cref="long"/> grams). Arithmetic is
/// checked: a result outside the range throws <see cref="OverflowException"/> instead of wrapping.
/// Factories taking <see cref="decimal"/> never round: a value with more decimals than the resolution
/// is rejected with an <see cref="ArgumentException"/>.
/// </para>
/// <para>
/// A mass may be negative: net removals (LULUCF, Article 3.3 and 3.4) are reported as negative
/// emissions. Whether a sign is allowed is a rule of the record that holds the mass, not of this type.
/// </para>
/// <para>
/// Equality and ordering are those of the number of grams. <c>default(GasMass)</c> is <see cref="Zero"/>.
/// This type is an immutable value type and is thread-safe.
/// </para>
/// </remarks>
public readonly partial struct GasMass :
    IEquatable<GasMass>,
    IComparable<GasMass>,
    IComparable,
    IAdditionOperators<GasMass, GasMass, GasMass>,
    ISubtractionOperators<GasMass, GasMass, GasMass>,
    IUnaryNegationOperators<GasMass, GasMass>,
    IAdditiveIdentity<GasMass, GasMass>,
    IComparisonOperators<GasMass, GasMass, bool>,
    IMinMaxValue<GasMass>
{
    private readonly long _grams;

    private GasMass(long grams) => _grams = grams;

    /// <summary>Gets a mass of zero.</summary>
    public static GasMass Zero => default;

    /// <summary>Gets the smallest representable mass (−9 223 372 036 854 775 807 g).</summary>
    public static GasMass MinValue => new(-long.MaxValue);

    /// <summary>Gets the largest representable mass (9 223 372 036 854 775 807 g).</summary>
    public static GasMass MaxValue => new(long.MaxValue);

    /// <inheritdoc cref="Zero"/>
    public static GasMass AdditiveIdentity => default;

    /// <summary>Gets the mass in whole grams; this is the exact stored value.</summary>
    public long Grams => _grams;

    /// <summary>Gets the mass in tonnes, exactly.</summary>
    public decimal Tonnes => Quantities.Grams.ToTonnes(_grams);

    /// <summary>Gets the mass in kilograms, exactly.</summary>
    public decimal Kilograms => Quantities.Grams.ToKilograms(_grams);

    /// <summary>Creates a mass from a whole number of grams.</summary>
    /// <param name="grams">The mass in grams; <see cref="long.MinValue"/> is not allowed so that every mass can be negated.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="grams"/> is <see cref="long.MinValue"/>.</exception>
    public static GasMass FromGrams(long grams)
    {
        Preconditions.CheckArgumentRange(nameof(grams), grams, -long.MaxValue, long.MaxValue);
        return new GasMass(grams);
    }

    /// <summary>Creates a mass from kilograms, exactly.</summary>
    /// <param name="kilograms">The mass in kilograms, with at most three decimal places.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentException"><paramref name="kilograms"/> has more than three decimal places.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kilograms"/> is outside the representable range.</exception>
    public static GasMass FromKilograms(decimal kilograms) => new(Quantities.Grams.FromKilograms(kilograms, nameof(kilograms)));

    /// <summary>Creates a mass from tonnes, exactly.</summary>
    /// <param name="tonnes">The mass in tonnes, with at most six decimal places.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentException"><paramref name="tonnes"/> has more than six decimal places.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is outside the representable range.</exception>
    public static GasMass FromTonnes(decimal tonnes) => new(Quantities.Grams.FromTonnes(tonnes, nameof(tonnes)));

    /// <summary>Creates a mass from a whole number of tonnes.</summary>
    /// <param name="tonnes">The mass in tonnes.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is outside the representable range.</exception>
    public static GasMass FromTonnes(long tonnes) => FromTonnes((decimal)tonnes);

    /// <summary>Adds two masses. See the type documentation for the overflow rule.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static GasMass operator +(GasMass left, GasMass right) => new(Checked.Add(left._grams, right._grams, nameof(GasMass)));

    /// <summary>Subtracts one mass from another.</summary>
    /// <param name="left">The mass to subtract from.</param>
    /// <param name="right">The mass to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    public static GasMass operator -(GasMass left, GasMass right) => new(Checked.Subtract(left._grams, right._grams, nameof(GasMass)));

    /// <summary>Negates a mass.</summary>
    /// <param name="value">The mass to negate.</param>
    /// <returns>The negated mass.</returns>
    public static GasMass operator -(GasMass value) => new(-value._grams);

    /// <summary>Multiplies a mass by a whole number.</summary>
    /// <param name="left">The mass.</param>
    /// <param name="right">The factor.</param>
    /// <returns>The exact product.</returns>
    /// <exception cref="OverflowException">The product is outside the representable range.</exception>
    public static GasMass operator *(GasMass left, long right) => new(Checked.Multiply(left._grams, right, nameof(GasMass)));

    /// <summary>Adds two masses (the method twin of the + operator).</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    public static GasMass Add(GasMass left, GasMass right) => left + right;

    /// <summary>Subtracts one mass from another (the method twin of the − operator).</summary>
    /// <param name="left">The mass to subtract from.</param>
    /// <param name="right">The mass to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    public static GasMass Subtract(GasMass left, GasMass right) => left - right;

    /// <summary>Negates a mass (the method twin of unary −).</summary>
    /// <param name="value">The mass to negate.</param>
    /// <returns>The negated mass.</returns>
    public static GasMass Negate(GasMass value) => -value;

    /// <summary>Adds another mass to this one.</summary>
    /// <param name="other">The mass to add.</param>
    /// <returns>The exact sum.</returns>
    /// <exception cref="OverflowException">The sum is outside the representable range.</exception>
    [Pure]
    public GasMass Plus(GasMass other) => this + other;

    /// <summary>Subtracts another mass from this one.</summary>
    /// <param name="other">The mass to subtract.</param>
    /// <returns>The exact difference.</returns>
    /// <exception cref="OverflowException">The difference is outside the representable range.</exception>
    [Pure]
    public GasMass Minus(GasMass other) => this - other;

    /// <summary>Returns true if both masses are equal. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>True if the masses are equal.</returns>
    public static bool operator ==(GasMass left, GasMass right) => left._grams == right._grams;

    /// <summary>Returns true if the masses differ. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>True if the masses differ.</returns>
    public static bool operator !=(GasMass left, GasMass right) => left._grams != right._grams;

    /// <summary>Compares two masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>True if <paramref name="left"/> is less than <paramref name="right"/>.</returns>
    public static bool operator <(GasMass left, GasMass right) => left._grams < right._grams;

    /// <summary>Compares two masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>True if <paramref name="left"/> is less than or equal to <paramref name="right"/>.</returns>
    public static bool operator <=(GasMass left, GasMass right) => left._grams <= right._grams;

    /// <summary>Compares two masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>True if <paramref name="left"/> is greater than <paramref name="right"/>.</returns>
    public static bool operator >(GasMass left, GasMass right) => left._grams > right._grams;

    /// <summary>Compares two masses.</summary>
    /// <param name="left">The first mass.</param>
    /// <param name="right">The second mass.</param>
    /// <returns>True if <paramref name="left"/> is greater than or equal to <paramref name="right"/>.</returns>
    public static bool operator >=(GasMass left, GasMass right) => left._grams >= right._grams;

    /// <summary>Compares this mass with another. See the type documentation for ordering semantics.</summary>
    /// <param name="other">The other mass.</param>
    /// <returns>A negative number, zero or a positive number as this mass is less than, equal to or greater than <paramref name="other"/>.</returns>
    public int CompareTo(GasMass other) => _grams.CompareTo(other._grams);

    /// <summary>
    /// Implements <see cref="IComparable.CompareTo"/> explicitly, so that it is not called by accident
    /// with a value of another type.
    /// </summary>
    /// <param name="obj">The object to compare with; null sorts first.</param>
    /// <returns>The ordering of this mass against <paramref name="obj"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="GasMass"/>.</exception>
    int IComparable.CompareTo(object? obj)
    {
        if (obj is null)
        {
            return 1;
        }

        Preconditions.CheckArgument(obj is GasMass, nameof(obj), "Object must be of type Kyoto.Accounting.Quantities.GasMass.");
        return CompareTo((GasMass)obj);
    }

    /// <summary>Returns true if the other mass is equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other mass.</param>
    /// <returns>True if the masses are equal.</returns>
    public bool Equals(GasMass other) => _grams == other._grams;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GasMass other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _grams.GetHashCode();

    /// <summary>Formats the mass in tonnes, culture-invariant, e.g. <c>"12.5 t"</c>.</summary>
    /// <returns>The formatted mass.</returns>
    public override string ToString() => Quantities.Grams.FormatTonnes(_grams) + " t";
}
