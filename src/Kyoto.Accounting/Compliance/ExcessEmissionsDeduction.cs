using System;
using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// The deduction from a Party's assigned amount for the subsequent commitment period: 1.3 times its excess emissions in
/// tonnes (decision 27/CMP.1 annex XV ¶5(a)), kept exact.
/// </summary>
/// <remarks>
/// <para>
/// 1.3 × a whole number of tonnes may have a tenth of a tonne (1 t → 1.3 t). <see cref="ExactTonnes"/> is that exact
/// figure; nothing here rounds it. The decision names no rounding, so a whole number of units to deduct is obtained only
/// through <see cref="ToWholeTonnes"/>, with the mode the caller states, via the library's one named rounding step
/// (<see cref="TonneRounding"/>). For the first period the deduction applies to the second period's assigned amount; the
/// decision was written for that case and is read here as applying to "the subsequent period" in general.
/// </para>
/// <para>
/// <c>default(ExcessEmissionsDeduction)</c> is the deduction for no excess (0 t). Equality compares the excess.
/// This type is an immutable value type and thread-safe.
/// </para>
/// </remarks>
public readonly struct ExcessEmissionsDeduction : IEquatable<ExcessEmissionsDeduction>
{
    private ExcessEmissionsDeduction(long excessTonnes) => ExcessTonnes = excessTonnes;

    /// <summary>Gets the deduction rate, 1.3 (decision 27/CMP.1 annex XV ¶5(a)).</summary>
    public static decimal Rate => 1.3m;

    /// <summary>Gets the excess emissions the deduction is computed from, in whole tonnes (non-negative).</summary>
    public long ExcessTonnes { get; }

    /// <summary>Gets the numerator of the deduction in tenths of a tonne: 13 × <see cref="ExcessTonnes"/> (the deduction is this / 10 t).</summary>
    public Int128 Tenths => (Int128)ExcessTonnes * 13;

    /// <summary>Gets the exact deduction in tonnes, 1.3 × <see cref="ExcessTonnes"/>, with at most one decimal place.</summary>
    public decimal ExactTonnes => ExcessTonnes * Rate;

    /// <summary>Creates the deduction for an excess.</summary>
    /// <param name="excessTonnes">The excess emissions in whole tonnes, zero or more.</param>
    /// <returns>The deduction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="excessTonnes"/> is negative.</exception>
    public static ExcessEmissionsDeduction ForExcess(long excessTonnes)
    {
        Preconditions.CheckArgumentRange(nameof(excessTonnes), excessTonnes, 0, long.MaxValue, "excess emissions are zero or more; decision 27/CMP.1 annex XV ¶5(a)");
        return new ExcessEmissionsDeduction(excessTonnes);
    }

    /// <summary>Rounds the exact deduction to whole tonnes (units) through the library's one named rounding step; the caller states the mode.</summary>
    /// <param name="rounding">How to round; decision 27/CMP.1 annex XV ¶5(a) names no mode.</param>
    /// <returns>The whole number of tonnes.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The result is outside the range of <see cref="long"/>.</exception>
    public long ToWholeTonnes(TonneRounding rounding)
    {
        Rounding.CheckDefined(rounding, nameof(rounding));
        return Rounding.ToWholeTonnes(Tenths * Grams.PerTonne, 10, rounding);
    }

    /// <summary>Compares two deductions for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first deduction.</param>
    /// <param name="right">The second deduction.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(ExcessEmissionsDeduction left, ExcessEmissionsDeduction right) => left.Equals(right);

    /// <summary>Compares two deductions for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first deduction.</param>
    /// <param name="right">The second deduction.</param>
    /// <returns>True if they differ.</returns>
    public static bool operator !=(ExcessEmissionsDeduction left, ExcessEmissionsDeduction right) => !left.Equals(right);

    /// <summary>Returns whether the other deduction is for the same excess. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other deduction.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(ExcessEmissionsDeduction other) => ExcessTonnes == other.ExcessTonnes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ExcessEmissionsDeduction other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ExcessTonnes.GetHashCode();

    /// <summary>Formats the deduction culture-invariantly, e.g. <c>"1.3 × 10 t = 13 t"</c> or <c>"1.3 × 1 t = 1.3 t"</c>.</summary>
    /// <returns>The formatted deduction.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "1.3 × {0} t = {1} t", ExcessTonnes, ExactTonnes.ToString("0.#", CultureInfo.InvariantCulture));
}
