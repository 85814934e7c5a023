using System;
using System.Diagnostics.CodeAnalysis;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Periods;

/// <summary>Parsing of <see cref="CommitmentPeriod"/> by code.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CommitmentPeriodJsonConverter))]
public sealed partial class CommitmentPeriod : IParsable<CommitmentPeriod>
{
    /// <summary>Gets the code of the period, <c>"CP1"</c> or <c>"CP2"</c>, as used by <see cref="Parse"/> and the JSON form.</summary>
    public string Code => Number == 1 ? "CP1" : "CP2";

    /// <summary>Parses commitment period by its code ('CP1' or 'CP2'), ignoring case and surrounding spaces; the <see cref="ToString()"/> form parses too.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are the same in every culture.</param>
    /// <returns>The commitment period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="s"/> is not by its code ('CP1' or 'CP2').</exception>
    public static CommitmentPeriod Parse(string s, IFormatProvider? provider) =>
        TryParse(s ?? throw TextForm.Null(nameof(s)), provider, out CommitmentPeriod? result) ? result : throw TextForm.Invalid("commitment period", s, "expected by its code ('CP1' or 'CP2').");

    /// <summary>Tries to parse commitment period by its code ('CP1' or 'CP2'); see <see cref="Parse(string, IFormatProvider)"/>.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Ignored: codes are the same in every culture.</param>
    /// <param name="result">The commitment period, or null.</param>
    /// <returns>True if <paramref name="s"/> is by its code ('CP1' or 'CP2').</returns>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out CommitmentPeriod result)
    {
        result = null;
        if (s is null)
        {
            return false;
        }

        ReadOnlySpan<char> text = s.AsSpan().Trim();
        foreach (CommitmentPeriod period in All)
        {
            if (text.Equals(period.Code, StringComparison.OrdinalIgnoreCase) || text.Equals(period.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                result = period;
                return true;
            }
        }

        return false;
    }
}
