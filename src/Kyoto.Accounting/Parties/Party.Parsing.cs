using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Parties;

/// <summary>Parsing of <see cref="Party"/> by code.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.PartyJsonConverter))]
public sealed partial class Party : IParsable<Party>
{
    /// <summary>Parses Party by its ISO 3166 alpha-3 code (e.g. 'DEU'), ignoring case and surrounding spaces; the <see cref="ToString()"/> form parses too.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are the same in every culture.</param>
    /// <returns>The Party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not by its ISO 3166 alpha-3 code (e.g. 'DEU').</exception>
    public static Party Parse(string s, IFormatProvider? provider) =>
        TryParse(s ?? throw TextForm.Null(nameof(s)), provider, out Party? result) ? result : throw TextForm.Invalid("Party", s, "expected by its ISO 3166 alpha-3 code (e.g. 'DEU').");

    /// <summary>Tries to parse Party by its ISO 3166 alpha-3 code (e.g. 'DEU'); see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are the same in every culture.</param>
    /// <param name="result">The Party, or null.</param>
    /// <returns>True if <paramref name="s"/> is by its ISO 3166 alpha-3 code (e.g. 'DEU').</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Party result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }

        string text = s.Trim();
        int space = text.IndexOf(' ', StringComparison.Ordinal);
        if (!ByCode.TryGetValue(space < 0 ? text : text[..space], out Party? party))
        {
            return false;
        }

        // "DEU Germany" (the ToString form) parses when the name after the code is the Party's name.
        if (space >= 0 && !text.AsSpan(space + 1).Equals(party.Name, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        result = party;
        return true;
    }
}
