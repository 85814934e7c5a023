using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Quantities;

/// <summary>Text forms of <see cref="GasMass"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.GasMassJsonConverter))]
public readonly partial struct GasMass : IFormattable, ISpanFormattable, IParsable<GasMass>, ISpanParsable<GasMass>
{
    private const string Unit = " t";

    /// <summary>
    /// Formats the mass in tonnes. A null, empty or <c>"G"</c> format gives the <see cref="ToString()"/> form (with the provider's decimal separator)
    /// form (<c>"12.5 t"</c>); any other format is a .NET numeric format for the tonnes (<c>"N1"</c> → <c>"1,234.5 t"</c>),
    /// written with the number symbols of <paramref name="formatProvider"/> (null: the invariant culture).
    /// </summary>
    /// <param name="format">The numeric format of the tonnes, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The formatted mass.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => TextForm.Tonnes(Tonnes, format, formatProvider) + Unit;

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The numeric format of the tonnes, or empty.</param>
    /// <param name="provider">The culture, or null for the invariant culture.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Parses a mass in tonnes, e.g. <c>"12.5 t"</c> or <c>"1,234.5 t"</c>; the number must be exact to the gram.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a mass in tonnes.</exception>
    public static GasMass Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <summary>Parses the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The mass.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a mass in tonnes.</exception>
    public static GasMass Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static GasMass Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParseCore(s, provider, out GasMass result, out string? problem, out Exception? inner) ? result : throw TextForm.Invalid("mass", s, problem!, inner);

    /// <summary>Tries to parse a mass in tonnes; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The mass, or zero.</param>
    /// <returns>True if <paramref name="s"/> is a mass.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out GasMass result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <summary>Tries to parse the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="result">The mass, or zero.</param>
    /// <returns>True if <paramref name="s"/> is a mass.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, out GasMass result) => TryParse(s, null, out result);

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out GasMass)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out GasMass result) =>
        TryParseCore(s, provider, out result, out _, out _);

    private static bool TryParseCore(ReadOnlySpan<char> s, IFormatProvider? provider, out GasMass result, out string? problem, out Exception? inner)
    {
        result = default;
        inner = null;
        s = s.Trim();
        if (!s.EndsWith(Unit, StringComparison.Ordinal) || !TextForm.TryDecimal(s[..^Unit.Length], provider, out decimal tonnes))
        {
            problem = "expected '<tonnes> t', e.g. '12.5 t'.";
            return false;
        }

        return TextForm.TryCreate(tonnes, FromTonnes, out result, out problem, out inner);
    }
}
