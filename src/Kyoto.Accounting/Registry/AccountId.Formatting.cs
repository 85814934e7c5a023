using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>Text forms of <see cref="AccountId"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AccountIdJsonConverter))]
public readonly partial struct AccountId : IFormattable, ISpanFormattable, IParsable<AccountId>, ISpanParsable<AccountId>
{
    /// <summary>
    /// Formats the account identifier. A null, empty or <c>"G"</c> format gives the <see cref="ToString()"/> form (with the provider's decimal separator) form
    /// (<c>"#7"</c>); any other format is a .NET numeric format for the number (<c>"N0"</c> → <c>"#1,234"</c>), with the
    /// number symbols of <paramref name="formatProvider"/> (null: the invariant culture).
    /// </summary>
    /// <param name="format">The numeric format of the number, or null.</param>
    /// <param name="formatProvider">The culture, or null for the invariant culture.</param>
    /// <returns>The formatted account identifier.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a valid numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => "#" + TextForm.Whole(Number, format, formatProvider);

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">The numeric format of the number, or empty.</param>
    /// <param name="provider">The culture, or null for the invariant culture.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Parses a account identifier, <c>"#7"</c> (the <c>#</c> may be left out; group separators of the provider are allowed).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <returns>The account identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a positive account identifier.</exception>
    public static AccountId Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <summary>Parses the invariant text form; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <returns>The account identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a positive account identifier.</exception>
    public static AccountId Parse(string s) => Parse(s, null);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static AccountId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out AccountId result) ? result : throw TextForm.Invalid("account identifier", s, "expected '#<n>' with n ≥ 1, e.g. '#7'.");

    /// <summary>Tries to parse a account identifier; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">The culture of the number, or null for the invariant culture.</param>
    /// <param name="result">The account identifier, or <c>default</c>.</param>
    /// <returns>True if <paramref name="s"/> is a positive account identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out AccountId result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out AccountId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out AccountId result)
    {
        bool valid = TextForm.TryPositive(s, '#', provider, out long number);
        result = valid ? new AccountId(number) : default;
        return valid;
    }
}
