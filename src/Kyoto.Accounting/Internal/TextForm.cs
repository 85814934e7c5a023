using System;
using System.Globalization;

namespace Kyoto.Accounting.Internal;

/// <summary>
/// The shared rules of the library's text forms (<see cref="IFormattable"/>, <see cref="ISpanFormattable"/>,
/// <see cref="IParsable{TSelf}"/>, <see cref="ISpanParsable{TSelf}"/>):
/// <list type="bullet">
/// <item>A null, empty or <c>"G"</c> format gives the canonical form (what <c>ToString()</c> gives: no grouping, up to
/// six decimals of a tonne), written with the provider's decimal separator and sign.</item>
/// <item>Any other format is a standard or custom .NET numeric format applied to the numbers of the text
/// (<c>"N0"</c>, <c>"F2"</c>, …), with the provider's number symbols.</item>
/// <item>A null provider means the invariant culture, for formatting and for parsing, so text written by
/// <c>ToString()</c> always parses back whatever the current culture is.</item>
/// </list>
/// </summary>
internal static class TextForm
{
    internal const NumberStyles DecimalStyle = NumberStyles.Number;

    internal static IFormatProvider Provider(IFormatProvider? provider) => provider ?? CultureInfo.InvariantCulture;

    internal static bool IsDefault(ReadOnlySpan<char> format) => format.IsEmpty || format is "G" or "g";

    /// <summary>Formats tonnes: canonical (up to six decimals, no grouping; the provider's symbols) or by the numeric format.</summary>
    internal static string Tonnes(decimal tonnes, string? format, IFormatProvider? provider) =>
        tonnes.ToString(IsDefault(format) ? "0.######" : format, Provider(provider));

    /// <summary>Formats a whole number: canonical (digits only; the provider's sign) or by the numeric format.</summary>
    internal static string Whole(long value, string? format, IFormatProvider? provider) =>
        value.ToString(IsDefault(format) ? null : format, Provider(provider));

    /// <summary>Refuses a format for a value whose text has no number.</summary>
    internal static void CheckCodeFormat(string? format, string typeName)
    {
        if (!IsDefault(format))
        {
            throw new FormatException("The format '" + format + "' is not supported by " + typeName + "; use null, \"\" or \"G\".");
        }
    }

    internal static bool TryCopy(string text, Span<char> destination, out int charsWritten)
    {
        if (text.TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    internal static bool TryDecimal(ReadOnlySpan<char> s, IFormatProvider? provider, out decimal value) =>
        decimal.TryParse(s, DecimalStyle, Provider(provider), out value);

    /// <summary>Parses a whole number written with or without group separators (or a zero fraction, e.g. from F2).</summary>
    internal static bool TryWhole(ReadOnlySpan<char> s, IFormatProvider? provider, out long value)
    {
        value = 0;
        if (!TryDecimal(s, provider, out decimal number) || decimal.Truncate(number) != number || number > long.MaxValue || number < long.MinValue)
        {
            return false;
        }

        value = decimal.ToInt64(number);
        return true;
    }

    /// <summary>Parses a positive identifier number with an optional one-letter prefix (<c>"#7"</c>, <c>"T12"</c>, <c>"7"</c>).</summary>
    internal static bool TryPositive(ReadOnlySpan<char> s, char prefix, IFormatProvider? provider, out long number)
    {
        s = s.Trim();
        if (!s.IsEmpty && s[0] == prefix)
        {
            s = s[1..];
        }

        return TryWhole(s, provider, out number) && number >= 1;
    }

    /// <summary>Runs a validating factory on parsed numbers, turning its <see cref="ArgumentException"/> into a parse problem.</summary>
    internal static bool TryCreate<TState, T>(TState state, Func<TState, T> factory, out T? result, out string? problem, out Exception? inner)
    {
        try
        {
            result = factory(state);
            problem = null;
            inner = null;
            return true;
        }
        catch (ArgumentException e)
        {
            result = default;
            problem = e.Message;
            inner = e;
            return false;
        }
    }

    /// <summary>Splits <c>"text (inner)"</c> into its head and the text inside the final parentheses.</summary>
    internal static bool TrySplitParenthesised(ReadOnlySpan<char> s, out ReadOnlySpan<char> head, out ReadOnlySpan<char> inner)
    {
        head = s;
        inner = default;
        if (s.Length < 3 || s[^1] != ')')
        {
            return false;
        }

        int open = s.LastIndexOf(" (", StringComparison.Ordinal);
        if (open < 0)
        {
            return false;
        }

        head = s[..open];
        inner = s[(open + 2)..^1];
        return true;
    }

    internal static FormatException Invalid(string typeName, ReadOnlySpan<char> s, string problem, Exception? inner = null) =>
        new("'" + s.ToString() + "' is not a " + typeName + ": " + problem, inner);

    internal static ArgumentNullException Null(string paramName) => new(paramName);
}
