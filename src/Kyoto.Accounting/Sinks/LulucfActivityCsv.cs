using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// Reads and writes LULUCF activity data as CSV: a header naming <c>party</c>, <c>activity</c>, <c>year</c>,
/// <c>quantity</c> and <c>unit</c> (any order), then one Party × activity × year per row.
/// </summary>
/// <remarks>
/// <para>
/// <c>activity</c> is <c>AR</c>, <c>D</c>, <c>FM</c>, <c>CM</c>, <c>GM</c>, <c>RV</c> or <c>WDR</c> (or the inventory's
/// <c>LULUCF-…</c> codes); <c>unit</c> is <c>tCO2e</c> (net emissions, removals negative), <c>tC-removed</c> (a carbon-stock
/// gain, not negative) or <c>tC-emitted</c> (a carbon-stock loss, not negative). Carbon is converted exactly × 44/12.
/// Every rejected field is reported with row, column, text, code and reason (<see cref="LulucfParseError"/>); with any
/// error there is no data. Writing reproduces each quantity and unit as stated, so a round trip is exact.
/// </para>
/// <para>Fields follow RFC 4180; lines starting with <c>#</c> are comments. This type is thread-safe.</para>
/// </remarks>
public static class LulucfActivityCsv
{
    /// <summary>The header row <see cref="Write"/> produces.</summary>
    public const string Header = "party,activity,year,quantity,unit";

    private static readonly string[] Columns = Header.Split(',');

    private static readonly string[] ActivityCodes = ["AR", "D", "FM", "CM", "GM", "RV", "WDR"];

    private static readonly string[] UnitCodes = ["tCO2e", "tC-removed", "tC-emitted"];

    /// <summary>Reads activity data of a GWP set, collecting every error instead of throwing.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="gwpSet">The GWP set of the CO2e quantities (the accounted period's).</param>
    /// <returns>The data, or every error found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LulucfParseResult Parse(TextReader reader, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        Preconditions.CheckNotNull(gwpSet, nameof(gwpSet));
        List<CsvRow> rows;
        try
        {
            rows = Csv.Parse(reader);
        }
        catch (CsvFormatException ex)
        {
            return new LulucfParseResult(null, [new LulucfParseError(ex.LineNumber, 0, null, null, LulucfErrorCode.MalformedFile, ex.Message + " No record was read.")], 0);
        }

        var errors = new List<LulucfParseError>();
        if (rows.Count == 0)
        {
            errors.Add(new LulucfParseError(1, 0, null, null, LulucfErrorCode.MissingHeader, "The text has no header row; expected '" + Header + "'."));
            return new LulucfParseResult(null, errors, 0);
        }

        int[]? positions = ReadHeader(rows[0], errors);
        if (positions is null)
        {
            return new LulucfParseResult(null, errors, rows.Count - 1);
        }

        var builder = new LulucfActivityDataBuilder(gwpSet);
        for (int r = 1; r < rows.Count; r++)
        {
            ReadRow(rows[r], rows[0].Fields.Length, positions, errors, builder);
        }

        return new LulucfParseResult(errors.Count == 0 ? builder.Build() : null, errors, rows.Count - 1);
    }

    /// <summary>Reads activity data from a string, collecting every error instead of throwing.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="gwpSet">The GWP set.</param>
    /// <returns>The data, or every error found.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static LulucfParseResult Parse(string text, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        using var reader = new StringReader(text);
        return Parse(reader, gwpSet);
    }

    /// <summary>Writes activity data: the <see cref="Header"/>, then one row per record in store order, quantities as stated.</summary>
    /// <param name="data">The data.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(LulucfActivityData data, TextWriter writer)
    {
        Preconditions.CheckNotNull(data, nameof(data));
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.Write(Header + "\n");
        foreach (LulucfActivityRecord record in data.GetRecords())
        {
            writer.Write(string.Format(
                CultureInfo.InvariantCulture,
                "{0},{1},{2},{3},{4}\n",
                record.Party.Code,
                ActivityCodes[(int)record.Activity - 1],
                record.Year,
                record.Quantity.ToString("0.######", CultureInfo.InvariantCulture),
                UnitCodes[(int)record.Unit]));
        }
    }

    private static int[]? ReadHeader(CsvRow header, List<LulucfParseError> errors)
    {
        var positions = new int[Columns.Length];
        Array.Fill(positions, -1);
        for (int c = 0; c < header.Fields.Length; c++)
        {
            string name = header.Fields[c].Trim();
            int index = Array.FindIndex(Columns, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                errors.Add(new LulucfParseError(header.LineNumber, c + 1, name, name, LulucfErrorCode.UnknownColumn, "'" + name + "' is not a column of the LULUCF activity-data format; expected " + Header + "."));
            }
            else if (positions[index] >= 0)
            {
                errors.Add(new LulucfParseError(header.LineNumber, c + 1, name, name, LulucfErrorCode.DuplicateColumn, "The column '" + name + "' appears twice in the header."));
            }
            else
            {
                positions[index] = c;
            }
        }

        for (int i = 0; i < Columns.Length; i++)
        {
            if (positions[i] < 0)
            {
                errors.Add(new LulucfParseError(header.LineNumber, 0, Columns[i], null, LulucfErrorCode.MissingColumn, "The header lacks the required column '" + Columns[i] + "'; expected " + Header + "."));
            }
        }

        return errors.Count > 0 ? null : positions;
    }

    private static void ReadRow(CsvRow row, int fieldCount, int[] positions, List<LulucfParseError> errors, LulucfActivityDataBuilder builder)
    {
        if (row.Fields.Length != fieldCount)
        {
            errors.Add(new LulucfParseError(row.LineNumber, 0, null, null, LulucfErrorCode.WrongFieldCount, string.Format(CultureInfo.InvariantCulture, "The row has {0} field(s) but the header has {1}.", row.Fields.Length, fieldCount)));
            return;
        }

        int before = errors.Count;
        string Text(int i) => row.Fields[positions[i]].Trim();
        LulucfParseError Error(int i, LulucfErrorCode code, string reason) => new(row.LineNumber, positions[i] + 1, Columns[i], Text(i), code, reason);

        if (!Party.TryFromCode(Text(0), out Party? party))
        {
            errors.Add(Error(0, LulucfErrorCode.UnknownParty, "'" + Text(0) + "' is not the ISO 3166 alpha-3 code of an Annex B Party (e.g. JPN, RUS, EUU)."));
        }

        string activityText = Text(1).StartsWith("LULUCF-", StringComparison.OrdinalIgnoreCase) ? Text(1)[7..] : Text(1);
        int activityIndex = Array.FindIndex(ActivityCodes, a => string.Equals(a, activityText, StringComparison.OrdinalIgnoreCase));
        if (activityIndex < 0)
        {
            errors.Add(Error(1, LulucfErrorCode.UnknownActivity, "'" + Text(1) + "' is not a LULUCF activity; expected AR, D, FM, CM, GM, RV or WDR."));
        }

        if (!int.TryParse(Text(2), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || LulucfActivityDataBuilder.CheckKey(year) is not null)
        {
            errors.Add(Error(2, LulucfErrorCode.InvalidYear, LulucfActivityDataBuilder.CheckKey(year) is string why && Text(2).All(char.IsAsciiDigit) && Text(2).Length > 0 ? why : "'" + Text(2) + "' is not a year (digits only, e.g. 1990)."));
        }

        int unitIndex = Array.FindIndex(UnitCodes, u => string.Equals(u, Text(4), StringComparison.OrdinalIgnoreCase));
        if (unitIndex < 0)
        {
            errors.Add(Error(4, LulucfErrorCode.UnknownUnit, "'" + Text(4) + "' is not a unit of this format; expected tCO2e (net emissions, removals negative), tC-removed or tC-emitted (tonnes of carbon, not negative). Convert kt, Mt or Gg to tonnes first."));
        }

        string q = Text(3);
        bool plain = q.Length > 0 && q.TrimStart('-', '+').Length == q.Length - (q[0] is '-' or '+' ? 1 : 0)
            && q.TrimStart('-', '+').Count(ch => ch == '.') <= 1 && q.TrimStart('-', '+').Replace(".", string.Empty, StringComparison.Ordinal).Length > 0
            && q.TrimStart('-', '+').All(ch => char.IsAsciiDigit(ch) || ch == '.');
        decimal quantity = 0;
        if (!plain || !decimal.TryParse(q, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out quantity) || decimal.Round(quantity, 6) != quantity || Math.Abs(quantity) > 9_000_000_000_000m)
        {
            errors.Add(Error(3, LulucfErrorCode.InvalidQuantity, "'" + q + "' is not a plain decimal number of tonnes with at most six decimals (1 g); no exponent, thousands separators, NaN or infinity."));
        }
        else if (unitIndex > 0 && quantity < 0)
        {
            errors.Add(Error(3, LulucfErrorCode.WrongSign, "A carbon quantity is not negative: its unit states the direction (tC-removed for a stock gain, tC-emitted for a stock loss)."));
        }

        if (errors.Count != before)
        {
            return;
        }

        var activity = (LulucfActivity)(activityIndex + 1);
        try
        {
            switch ((LulucfQuantityUnit)unitIndex)
            {
                case LulucfQuantityUnit.TonnesCo2e:
                    builder.Add(party!, activity, year, quantity);
                    break;
                case LulucfQuantityUnit.TonnesCarbonRemoved:
                    builder.AddCarbonRemovals(party!, activity, year, quantity);
                    break;
                default:
                    builder.AddCarbonEmissions(party!, activity, year, quantity);
                    break;
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add(new LulucfParseError(row.LineNumber, 0, null, null, LulucfErrorCode.InvalidRecord, ex.Message));
        }
    }
}
