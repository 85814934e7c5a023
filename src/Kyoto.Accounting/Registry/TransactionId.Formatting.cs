using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>Text forms of <see cref="TransactionId"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TransactionIdJsonConverter))]
public readonly partial struct TransactionId : IFormattable, ISpanFormattable, IParsable<TransactionId>, ISpanParsable<TransactionId>
{
    /// <summary>
    /// Formats the transaction identifier. A null, empty or <c>"G"</c> format gives the <see cref="ToString()"/> form (with the provider's decimal separator) form
    /// (<c>"T12"</c>); any other format is a .NET numeric format for the number (<c>"N0"</c> → <c>"T1,234"</c>), with the
    /// number symbols of <paramref name="formatProvider"/> (null: the invariant culture).
    /// </summary>
    /// <param name="format">The numeric format of the number, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The formatted transaction identifier.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => "T" + TextForm.Whole(Number, format, formatProvider);

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The numeric format of the number, or empty.</param>
    /// <param name="provider">The culture, or null for the invariant culture.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Parses a transaction identifier, <c>"T12"</c> (the <c>T</c> may be left out; group separators of the provider are allowed).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The transaction identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a positive transaction identifier.</exception>
    public static TransactionId Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <summary>Parses the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The transaction identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a positive transaction identifier.</exception>
    public static TransactionId Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static TransactionId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out TransactionId result) ? result : throw TextForm.Invalid("transaction identifier", s, "expected 'T<n>' with n ≥ 1, e.g. 'T12'.");

    /// <summary>Tries to parse a transaction identifier; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The transaction identifier, or <c>default</c>.</param>
    /// <returns>True if <paramref name="s"/> is a positive transaction identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out TransactionId result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out TransactionId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out TransactionId result)
    {
        bool valid = TextForm.TryPositive(s, 'T', provider, out long number);
        result = valid ? new TransactionId(number) : default;
        return valid;
    }
}
