using System;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Gases;

/// <summary>Text forms, set access and percentages of <see cref="Co2e"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.Co2eJsonConverter))]
public readonly partial struct Co2e : IFormattable, ISpanFormattable, IParsable<Co2e>, ISpanParsable<Co2e>
{
    private const string Unit = " tCO2e";

    /// <summary>Gets the GWP set of the value, if it has one (every value but <see cref="Zero"/> has).</summary>
    /// <param name="gwpSet">The set, or null for <see cref="Zero"/>.</param>
    /// <returns>True if the value carries a set.</returns>
    public bool TryGetGwpSet([NotNullWhen(true)] out GwpSet? gwpSet)
    {
        gwpSet = _set == 0 ? null : GwpSet.FromId(_set);
        return gwpSet is not null;
    }

    /// <summary>Gets the GWP set of the value; unlike <see cref="GwpSet"/> the result is never null.</summary>
    /// <returns>The set.</returns>
    /// <exception cref="InvalidOperationException">The value is <see cref="Zero"/>, which carries no set.</exception>
    [Pure]
    public GwpSet GetGwpSetOrThrow() =>
        _set == 0
            ? throw new InvalidOperationException("Co2e.Zero carries no GWP set; use TryGetGwpSet, or take the set from the commitment period (Art. 5.3).")
            : GwpSet.FromId(_set);

    /// <summary>
    /// Checks that the value is under <paramref name="expected"/> (or is <see cref="Zero"/>), for methods that take
    /// CO2-equivalent arguments: the exception names the argument and the receiver from the caller's side.
    /// </summary>
    /// <param name="expected">The set the receiver is under (e.g. the commitment period's).</param>
    /// <param name="paramName">The caller's argument name.</param>
    /// <param name="receiver">What the value is passed to, e.g. <c>"a CP1 (SAR) bubble"</c>.</param>
    /// <returns>This value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    /// <exception cref="GwpSetMismatchException">The value is under another set.</exception>
    [Pure]
    public Co2e CheckGwpSet(GwpSet expected, string paramName, string receiver)
    {
        Preconditions.CheckNotNull(expected, nameof(expected));
        return _set == 0 || _set == expected.Id ? this : throw new GwpSetMismatchException(expected, GwpSet.FromId(_set), paramName, receiver);
    }

    /// <summary>Applies a percentage exactly (e.g. 2.5 % of an assigned amount); the result keeps the set.</summary>
    /// <param name="percent">The percentage, e.g. <c>2.5m</c> for 2.5 %.</param>
    /// <returns>The exact result, possibly a fraction of a gram; round it with <see cref="ExactCo2e.ToWholeTonnes"/>.</returns>
    /// <exception cref="OverflowException">The exact result is outside the range of <see cref="ExactCo2e"/>.</exception>
    [Pure]
    public ExactCo2e ApplyPercentage(decimal percent) => ExactCo2e.From(this).MultiplyByPercent(percent);

    /// <summary>Applies a percentage and rounds the result to whole tonnes with the mode the caller's rule states.</summary>
    /// <param name="percent">The percentage, e.g. <c>2.5m</c> for 2.5 %.</param>
    /// <param name="rounding">How to round to whole tonnes.</param>
    /// <returns>The rounded result, of the same set.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rounding"/> is not a defined mode.</exception>
    /// <exception cref="OverflowException">The result is outside the representable range.</exception>
    /// <example>
    /// <code>
    /// Co2e aa = Co2e.FromTonnes(1_000_001, GwpSet.Sar);
    /// Co2e cap = aa.ApplyPercentage(2.5m, TonneRounding.Down); // 25000 tCO2e (SAR)
    /// </code>
    /// </example>
    [Pure]
    public Co2e ApplyPercentage(decimal percent, TonneRounding rounding)
    {
        Rounding.CheckDefined(rounding, nameof(rounding));
        long tonnes = ApplyPercentage(percent).ToWholeTonnes(rounding);
        return new Co2e(Checked.Multiply(tonnes, Quantities.Grams.PerTonne, nameof(Co2e)), _set);
    }

    /// <summary>
    /// Formats the value. A null, empty or <c>"G"</c> format gives the <see cref="ToString()"/> form (with the provider's decimal separator) form;
    /// any other format is a .NET numeric format for the tonnes (<c>"N0"</c> → <c>"1,225,900,813 tCO2e (SAR)"</c>),
    /// written with the number symbols of <paramref name="formatProvider"/> (null: the invariant culture).
    /// Numeric formats are for display: they may round; accounting rounds with <see cref="ToWholeTonnes"/>.
    /// </summary>
    /// <param name="format">The numeric format of the tonnes, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The formatted value.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        TextForm.Tonnes(Tonnes, format, formatProvider) + Unit + (_set == 0 ? string.Empty : " (" + GwpSet.FromId(_set).Name + ")");

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The numeric format of the tonnes, or empty.</param>
    /// <param name="provider">The culture, or null for the invariant culture.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Parses the text form, e.g. <c>"1234.5 tCO2e (SAR)"</c>, <c>"1,234.5 tCO2e (AR4)"</c> or <c>"0 tCO2e"</c>
    /// (<see cref="Zero"/>); the number is read with the provider's symbols (null: invariant culture) and must be
    /// exact to the gram. A non-zero value must name its GWP set.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a CO2-equivalent value.</exception>
    public static Co2e Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <summary>Parses the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a CO2-equivalent value.</exception>
    public static Co2e Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static Co2e Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, provider, out Co2e result, out string? problem, out Exception? inner) ? result : throw TextForm.Invalid("CO2-equivalent value", s, problem!, inner);

    /// <summary>Tries to parse the text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The value, or <see cref="Zero"/>.</param>
    /// <returns>True if <paramref name="s"/> is a CO2-equivalent value.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Co2e result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <summary>Tries to parse the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The value, or <see cref="Zero"/>.</param>
    /// <returns>True if <paramref name="s"/> is a CO2-equivalent value.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out Co2e result) => TryParse(s, null, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out Co2e)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Co2e result) =>
        TryParseCore(s, provider, out result, out _, out _);

    private static bool TryParseCore(ReadOnlySpan<char> s, IFormatProvider? provider, out Co2e result, out string? problem, out Exception? inner)
    {
        result = default;
        inner = null;
        s = s.Trim();
        GwpSet? set = null;
        if (TextForm.TrySplitParenthesised(s, out ReadOnlySpan<char> head, out ReadOnlySpan<char> setName))
        {
            if (!GwpSet.TryParse(setName, null, out set))
            {
                problem = "'" + setName.ToString() + "' is not a GWP set; expected SAR or AR4 (Art. 5.3).";
                return false;
            }

            s = head;
        }

        if (!s.EndsWith(Unit, StringComparison.Ordinal) || !TextForm.TryDecimal(s[..^Unit.Length], provider, out decimal tonnes))
        {
            problem = "expected '<tonnes> tCO2e (<GWP set>)', e.g. '1234.5 tCO2e (SAR)'.";
            return false;
        }

        if (set is null)
        {
            problem = tonnes == 0 ? null : "a non-zero CO2-equivalent must name its GWP set (Art. 5.3), e.g. '1234.5 tCO2e (SAR)'.";
            return problem is null;
        }

        return TextForm.TryCreate((tonnes, set), x => FromTonnes(x.tonnes, x.set), out result, out problem, out inner);
    }
}
