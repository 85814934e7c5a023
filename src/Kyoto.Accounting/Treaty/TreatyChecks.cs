using System;
using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace Kyoto.Accounting.Treaty;

/// <summary>Argument checks shared by the treaty types; every message names the rule it enforces.</summary>
internal static class TreatyChecks
{
    internal static string Format(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless min ≤ date ≤ max.</summary>
    internal static void CheckDateRange(LocalDate date, string paramName, LocalDate minInclusive, LocalDate maxInclusive, string rule)
    {
        if (date < minInclusive || date > maxInclusive)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                Format(date),
                Format("Date should be in range [{0}, {1}] ({2}).", Format(minInclusive), Format(maxInclusive), rule));
        }
    }

    internal static void CheckSupported(LocalDate date, string paramName) =>
        CheckDateRange(date, paramName, LocalDate.MinIsoValue, KyotoProtocol.LatestSupportedDate, "the treaty types support dates up to 9990-12-31");

    /// <summary>Checks a date of a treaty action: not before the Protocol's adoption, not after the supported range.</summary>
    internal static void CheckActionDate(LocalDate date, string paramName, string rule) =>
        CheckDateRange(date, paramName, KyotoProtocol.AdoptionDate, KyotoProtocol.LatestSupportedDate, rule);

    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, Format("Value is not a defined {0}.", typeof(TEnum).Name));
        }
    }
}
