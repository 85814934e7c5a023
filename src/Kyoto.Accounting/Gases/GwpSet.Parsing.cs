using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Gases;

/// <summary>Parsing of <see cref="GwpSet"/> by name.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.GwpSetJsonConverter))]
public sealed partial class GwpSet : IParsable<GwpSet>, ISpanParsable<GwpSet>
{
    /// <summary>Parses a GWP set by its name (<c>"SAR"</c> or <c>"AR4"</c>), ignoring case and surrounding spaces.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: names are the same in every culture.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> names no GWP set.</exception>
    public static GwpSet Parse(string s, IFormatProvider? provider) => Parse((s ?? throw TextForm.Null(nameof(s))).AsSpan(), provider);

    /// <inheritdoc cref="Parse(string, IFormatProvider)"/>
    public static GwpSet Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out GwpSet? result) ? result : throw TextForm.Invalid("GWP set", s, "expected SAR or AR4 (Art. 5.3).");

    /// <summary>Tries to parse a GWP set by its name; see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored.</param>
    /// <param name="result">The set, or null.</param>
    /// <returns>True if <paramref name="s"/> names a GWP set.</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out GwpSet result) =>
        TryParse(s.AsSpan(), provider, out result) && s is not null;

    /// <inheritdoc cref="TryParse(string, IFormatProvider, out GwpSet)"/>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out GwpSet result)
    {
        s = s.Trim();
        foreach (GwpSet set in All)
        {
            if (s.Equals(set.Name, StringComparison.OrdinalIgnoreCase))
            {
                result = set;
                return true;
            }
        }

        result = null;
        return false;
    }
}
