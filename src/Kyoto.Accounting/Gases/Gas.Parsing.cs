using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Gases;

/// <summary>Parsing of <see cref="Gas"/> by code.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.GasJsonConverter))]
public sealed partial class Gas : IParsable<Gas>
{
    /// <summary>Parses gas by its code (e.g. 'HFC-134a'), ignoring case and surrounding spaces; the <see cref="ToString()"/> form parses too.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are the same in every culture.</param>
    /// <returns>The gas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not by its code (e.g. 'HFC-134a').</exception>
    public static Gas Parse(string s, IFormatProvider? provider) =>
        TryParse(s ?? throw TextForm.Null(nameof(s)), provider, out Gas? result) ? result : throw TextForm.Invalid("gas", s, "expected by its code (e.g. 'HFC-134a').");

    /// <summary>Tries to parse gas by its code (e.g. 'HFC-134a'); see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are the same in every culture.</param>
    /// <param name="result">The gas, or null.</param>
    /// <returns>True if <paramref name="s"/> is by its code (e.g. 'HFC-134a').</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out Gas result)
    {
        result = null;
        return s is not null && TryFromCode(s.Trim(), out result);
    }
}
