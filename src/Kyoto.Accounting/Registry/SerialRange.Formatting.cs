using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>Text forms of <see cref="SerialRange"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SerialRangeJsonConverter))]
public readonly partial struct SerialRange : IFormattable, ISpanFormattable, IParsable<SerialRange>, ISpanParsable<SerialRange>
{
    /// <summary>
    /// Formats the range. A null, empty or <c>"G"</c> format gives the <see cref="ToString()"/> form (with the provider's decimal separator) form
    /// (<c>"DEU 1..100 (100 units)"</c>); any other format is a .NET numeric format for the serials and the count
    /// (<c>"N0"</c> → <c>"DEU 1,001..2,000 (1,000 units)"</c>), with the number symbols of
    /// <paramref name="formatProvider"/> (null: the invariant culture).
    /// </summary>
    /// <param name="format">The numeric format of the numbers, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The formatted range.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        Originator.ToString() + " " + TextForm.Whole(First, format, formatProvider) + ".." + TextForm.Whole(Last, format, formatProvider)
        + " (" + TextForm.Whole(Quantity, format, formatProvider) + " units)";

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The numeric format of the numbers, or empty.</param>
    /// <param name="provider">The culture, or null for the invariant culture.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>
    /// Parses a range, <c>"DEU 1..100"</c> or the full <see cref="ToString()"/> form <c>"DEU 1..100 (100 units)"</c>
    /// (the count, if given, must match). The originator is <c>"CDM"</c> or a Party code; serials lie in
    /// [1, <see cref="MaxSerial"/>], as <see cref="Of"/> requires.
    /// </summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the numbers, or null for the invariant culture.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a serial range.</exception>
    public static SerialRange Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <summary>Parses the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a serial range.</exception>
    public static SerialRange Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static SerialRange Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out SerialRange result)
            ? result
            : throw TextForm.Invalid("serial range", s, "expected '<registry> <first>..<last>' with serials in [1, 999999999999999999], e.g. 'DEU 1..100 (100 units)'.");

    /// <summary>Tries to parse a range; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the numbers, or null for the invariant culture.</param>
    /// <param name="result">The range, or <c>default</c>.</param>
    /// <returns>True if <paramref name="s"/> is a serial range.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out SerialRange result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out SerialRange)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out SerialRange result)
    {
        result = default;
        s = s.Trim();
        long count = 0;
        bool hasCount = false;
        if (TextForm.TrySplitParenthesised(s, out ReadOnlySpan<char> head, out ReadOnlySpan<char> countText))
        {
            if (!countText.EndsWith(" units", StringComparison.Ordinal) || !TextForm.TryWhole(countText[..^6], provider, out count))
            {
                return false;
            }

            hasCount = true;
            s = head;
        }

        int space = s.IndexOf(' ');
        int dots = s.IndexOf("..", StringComparison.Ordinal);
        if (space < 0 || dots < space
            || !RegistryId.TryParse(s[..space], provider, out RegistryId originator)
            || !TextForm.TryWhole(s[(space + 1)..dots], provider, out long first)
            || !TextForm.TryWhole(s[(dots + 2)..], provider, out long last)
            || first < 1 || first > MaxSerial || last < 1 || last > MaxSerial
            || (hasCount && count != last - first + 1))
        {
            return false;
        }

        result = new SerialRange(originator, first, last);
        return true;
    }
}
