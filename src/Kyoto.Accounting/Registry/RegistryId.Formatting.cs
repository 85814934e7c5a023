using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Registry;

/// <summary>Text forms of <see cref="RegistryId"/>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RegistryIdJsonConverter))]
public readonly partial struct RegistryId : IFormattable, ISpanFormattable, IParsable<RegistryId>, ISpanParsable<RegistryId>
{
    /// <summary>Formats the registry as its code: the Party's ISO 3166 alpha-3 code or <c>"CDM"</c>.</summary>
    /// <param name="format">Null, empty or <c>"G"</c>; a code has no number to format.</param>
    /// <param name="formatProvider">Ignored: the code is the same in every culture.</param>
    /// <returns>The code.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        TextForm.CheckCodeFormat(format, nameof(RegistryId));
        return ToString();
    }

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    /// <param name="destination">The span to write to.</param>
    /// <param name="charsWritten">The number of characters written.</param>
    /// <param name="format">Empty or <c>"G"</c>.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>False if <paramref name="destination"/> is too short.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        TextForm.TryCopy(ToString(format.IsEmpty ? null : format.ToString(), provider), destination, out charsWritten);

    /// <summary>Parses a registry code, ignoring case: <c>"CDM"</c> or a Party's ISO 3166 alpha-3 code (<c>"DEU"</c>).</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>The registry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not a registry code.</exception>
    public static RegistryId Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static RegistryId Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out RegistryId result) ? result : throw TextForm.Invalid("registry", s, "expected 'CDM' or the ISO 3166 alpha-3 code of an Annex B Party, e.g. 'DEU'.");

    /// <summary>Tries to parse a registry code; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The registry, or <see cref="Cdm"/>.</param>
    /// <returns>True if <paramref name="s"/> is a registry code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out RegistryId result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out RegistryId)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out RegistryId result)
    {
        s = s.Trim();
        result = Cdm;
        if (s.Equals("CDM", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (Party.TryParse(s.ToString(), provider, out Party? party))
        {
            result = new RegistryId(party);
            return true;
        }

        return false;
    }
}
