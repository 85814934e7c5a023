using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Accounting;

/// <summary>Text forms of <see cref="ExactCo2e"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ExactCo2eJsonConverter))]
public readonly partial struct ExactCo2e : IFormattable, ISpanFormattable, IParsable<ExactCo2e>, ISpanParsable<ExactCo2e>
{
    /// <summary>
    /// Formats the value. A null, empty or <c>"G"</c> format gives the <see cref="ToString()"/> form (with the provider's decimal separator) form. Any
    /// other format is a .NET numeric format applied to the tonnes of a whole number of grams
    /// (<c>"N0"</c> → <c>"1,235 tCO2e (SAR)"</c>), with the number symbols of <paramref name="formatProvider"/>
    /// (null: the invariant culture); a fraction of a gram is always written exactly, as <c>"37037/3 gCO2e (SAR)"</c>.
    /// </summary>
    /// <param name="format">The numeric format of the tonnes, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The formatted value.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        string set = _set == 0 ? string.Empty : " (" + GwpSet.FromId(_set).Name + ")";
        return IsWholeGrams && _numerator <= long.MaxValue && _numerator >= -long.MaxValue
            ? TextForm.Tonnes(Quantities.Grams.ToTonnes((long)_numerator), format, formatProvider) + " tCO2e" + set
            : _numerator.ToString(CultureInfo.InvariantCulture) + "/" + Denominator.ToString(CultureInfo.InvariantCulture) + " gCO2e" + set;
    }

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The numeric format of the tonnes, or empty.</param>
    /// <param name="provider">The culture, or null for the invariant culture.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Parses the text form: tonnes exact to the gram (<c>"1234.5 tCO2e (SAR)"</c>, read with the provider's
    /// symbols) or a fraction of grams (<c>"37037/3 gCO2e (SAR)"</c>, invariant digits); <c>"0 tCO2e"</c> is
    /// <see cref="Zero"/>. A non-zero value must name its GWP set.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the tonnes, or null for the invariant culture.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not an exact CO2-equivalent value.</exception>
    public static ExactCo2e Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static ExactCo2e Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, provider, out ExactCo2e result, out string? problem) ? result : throw TextForm.Invalid("CO2-equivalent value", s, problem!);

    /// <summary>Tries to parse the text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the tonnes, or null for the invariant culture.</param>
    /// <param name="result">The value, or <see cref="Zero"/>.</param>
    /// <returns>True if <paramref name="s"/> is an exact CO2-equivalent value.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ExactCo2e result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out ExactCo2e)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ExactCo2e result) =>
        TryParseCore(s, provider, out result, out _);

    private static bool TryParseCore(ReadOnlySpan<char> s, IFormatProvider? provider, out ExactCo2e result, out string? problem)
    {
        result = default;
        s = s.Trim();
        const string GramsUnit = " gCO2e";
        int slash = s.IndexOf('/');
        if (slash < 0 || !TextForm.TrySplitParenthesised(s, out ReadOnlySpan<char> head, out ReadOnlySpan<char> setName) || !head.EndsWith(GramsUnit, StringComparison.Ordinal))
        {
            bool parsed = Co2e.TryParse(s, provider, out Co2e whole);
            result = From(whole);
            problem = parsed ? null : "expected '<tonnes> tCO2e (<GWP set>)' or '<numerator>/<denominator> gCO2e (<GWP set>)'.";
            return parsed;
        }

        ReadOnlySpan<char> fraction = head[..^GramsUnit.Length];
        slash = fraction.IndexOf('/');
        if (!GwpSet.TryParse(setName, null, out GwpSet? set)
            || slash < 0
            || !Int128.TryParse(fraction[..slash], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out Int128 numerator)
            || !Int128.TryParse(fraction[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out Int128 denominator)
            || denominator <= 0)
        {
            problem = "expected '<numerator>/<positive denominator> gCO2e (<GWP set>)' with invariant digits, e.g. '37037/3 gCO2e (SAR)'.";
            return false;
        }

        result = new ExactCo2e(numerator, denominator, set.Id);
        problem = null;
        return true;
    }
}
