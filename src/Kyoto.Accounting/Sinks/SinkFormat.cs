using System;
using System.Globalization;
using Kyoto.Accounting.Accounting;

namespace Kyoto.Accounting.Sinks;

/// <summary>Culture-invariant display of exact sink quantities.</summary>
internal static class SinkFormat
{
    /// <summary>Formats an exact quantity as tonnes with up to six decimals, marking a value that is not a whole number of grams with "≈" and its exact fraction.</summary>
    internal static string Tonnes(ExactCo2e value)
    {
        if (value.IsWholeGrams)
        {
            return ((decimal)value.Numerator / 1_000_000m).ToString("0.######", CultureInfo.InvariantCulture) + " t";
        }

        Int128 grams = value.Numerator / value.Denominator;
        return "≈" + ((decimal)grams / 1_000_000m).ToString("0.######", CultureInfo.InvariantCulture) + " t (exactly " + value.Numerator.ToString(CultureInfo.InvariantCulture) + "/" + value.Denominator.ToString(CultureInfo.InvariantCulture) + " g)";
    }

}
