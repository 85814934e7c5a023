using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Inventories;

/// <summary>The year and mass fields of the inventory CSV format: a fast path without allocation, and the reasons for rejection.</summary>
internal static class InventoryCsvFields
{
    private static readonly long[] PowersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int ParseYear(ReadOnlySpan<char> text, FieldLocation at, List<InventoryParseError> errors)
    {
        // Digits only: int.TryParse alone would accept trailing NULs. Up to nine digits always fit in an int, so
        // they are read here; longer runs go to int.TryParse, which decides whether they overflow.
        bool digits = !text.IsEmpty;
        int year = 0;
        foreach (char c in text)
        {
            digits &= char.IsAsciiDigit(c);
            year = unchecked((year * 10) + (c - '0'));
        }

        if (!digits || (text.Length > 9 && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year)))
        {
            string shown = text.ToString();
            errors.Add(at.Error(InventoryErrorCode.InvalidYear, shown, "'" + shown + "' is not a whole number of a calendar year (digits only, e.g. 1990)."));
            return 0;
        }

        if (year < InventoryRecord.MinYear || year > InventoryRecord.MaxYear)
        {
            errors.Add(at.Error(
                InventoryErrorCode.YearOutOfRange,
                text.ToString(),
                string.Format(CultureInfo.InvariantCulture, "The year {0} is outside the supported range [{1}, {2}].", year, InventoryRecord.MinYear, InventoryRecord.MaxYear)));
        }

        return year;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static long ParseMass(ReadOnlySpan<char> text, FieldLocation at, Gas? gas, EmissionSource source, List<InventoryParseError> errors)
    {
        if (!TryParseGrams(text, out long grams) && !TryParseGramsSlow(text.ToString(), at, errors, out grams))
        {
            return 0;
        }

        if (grams < 0 && source.IsValid && !source.IsLulucf)
        {
            errors.Add(at.Error(InventoryErrorCode.NegativeEmission, text.ToString(), "A source category reports emissions, which are never negative (Art. 3.1, Annex A); only a LULUCF activity may report net removals as a negative mass (Art. 3.3, 3.4)."));
        }
        else if (gas is not null && (grams > InventoryRecord.MaxMagnitude(gas).Grams || grams < -InventoryRecord.MaxMagnitude(gas).Grams))
        {
            errors.Add(at.Error(InventoryErrorCode.MassOutOfRange, text.ToString(), InventoryRecord.CheckMass(gas, EmissionSource.FromStoreCode(EmissionSource.LulucfFlag | 1), grams)!));
        }

        return grams;
    }

    /// <summary>
    /// The happy path: an optional sign, digits, an optional point and at most six significant decimals, within the
    /// range of a <see cref="long"/> of grams. Anything else goes to <see cref="TryParseGramsSlow"/>, which decides the
    /// error (or accepts what this path does not try, such as a very long run of leading zeros).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool TryParseGrams(ReadOnlySpan<char> text, out long grams)
    {
        grams = 0;
        int i = 0;
        bool negative = false;
        if (!text.IsEmpty && (text[0] == '-' || text[0] == '+'))
        {
            negative = text[0] == '-';
            i = 1;
        }

        ulong value = 0;
        int digits = 0;
        for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
        {
            if (value > (ulong.MaxValue / 10) - 1)
            {
                return false;
            }

            value = (value * 10) + (uint)(text[i] - '0');
            digits++;
        }

        int decimals = 0;
        if (i < text.Length && text[i] == '.')
        {
            for (i++; i < text.Length && char.IsAsciiDigit(text[i]); i++)
            {
                if (decimals == 6)
                {
                    if (text[i] != '0')
                    {
                        return false;
                    }

                    continue;
                }

                if (value > (ulong.MaxValue / 10) - 1)
                {
                    return false;
                }

                value = (value * 10) + (uint)(text[i] - '0');
                decimals++;
                digits++;
            }
        }

        if (i != text.Length || digits == 0)
        {
            return false;
        }

        ulong scale = (ulong)PowersOfTen[6 - decimals];
        if (value > (ulong)long.MaxValue / scale + 1)
        {
            return false;
        }

        // At most long.MaxValue + scale after the check above, so the product fits in 64 bits.
        ulong scaled = value * scale;
        if (negative ? scaled > (ulong)long.MaxValue + 1 : scaled > long.MaxValue)
        {
            return false;
        }

        grams = negative ? unchecked((long)(0UL - scaled)) : (long)scaled;
        return true;
    }

    private static bool TryParseGramsSlow(string text, FieldLocation at, List<InventoryParseError> errors, out long grams)
    {
        grams = 0;
        string bare = text.TrimStart('+', '-');
        if (bare.Equals("NaN", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("inf", StringComparison.OrdinalIgnoreCase) || bare == "∞")
        {
            errors.Add(at.Error(InventoryErrorCode.NonFiniteMass, text, "A mass must be a finite number of tonnes; NaN and infinities are not masses."));
            return false;
        }

        int point = bare.IndexOf('.', StringComparison.Ordinal);
        string digits = point < 0 ? bare : bare.Remove(point, 1);
        if (digits.Length == 0 || bare.Length - text.Length < -1 || digits.AsSpan().ContainsAnyExceptInRange('0', '9'))
        {
            errors.Add(at.Error(InventoryErrorCode.InvalidMass, text, "'" + text + "' is not a plain decimal number of tonnes (digits, an optional sign and decimal point; no exponent, no thousands separators)."));
            return false;
        }

        if (point >= 0 && bare[(point + 1)..].TrimEnd('0').Length > 6)
        {
            errors.Add(at.Error(InventoryErrorCode.MassTooPrecise, text, "The mass has more than six decimals of a tonne; the resolution is 1 g and reading never rounds."));
            return false;
        }

        try
        {
            decimal tonnes = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            grams = decimal.ToInt64(tonnes * Grams.PerTonne);
            return true;
        }
        catch (OverflowException)
        {
            errors.Add(at.Error(InventoryErrorCode.MassOutOfRange, text, "The mass is beyond the range of the 1 g fixed-point representation (±9.22 × 10^12 t)."));
            return false;
        }
    }
}
