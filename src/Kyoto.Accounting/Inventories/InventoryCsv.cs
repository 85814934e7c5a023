using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Reads and writes emission inventories as CSV: a header row naming the columns <c>party</c>, <c>year</c>,
/// <c>gas</c>, <c>source</c> and <c>mass_t</c> (any order), then one record per row. The format is documented in
/// <c>docs/formats.md</c>.
/// </summary>
/// <remarks>
/// <para>
/// Reading never stops at the first bad row and never drops a row: every rejected field is reported with its row,
/// column, field, text, stable code and reason (<see cref="InventoryParseError"/>), and if there is any error there is
/// no inventory. NaN, infinities, exponent notation, non-numeric text, more than six decimals of a tonne, masses
/// beyond <see cref="InventoryRecord.MaxMagnitude"/>, negative masses of source categories, years outside
/// [<see cref="InventoryRecord.MinYear"/>, <see cref="InventoryRecord.MaxYear"/>] and unknown codes are rejected.
/// </para>
/// <para>Fields follow RFC 4180 (quotes allowed); lines starting with <c>#</c> are comments; blank lines are skipped. This type is thread-safe.</para>
/// </remarks>
public static class InventoryCsv
{
    /// <summary>The header row <see cref="Write"/> produces (the order of columns is free when reading).</summary>
    public const string Header = "party,year,gas,source,mass_t";

    private static readonly string[] Columns = Header.Split(',');

    /// <summary>Reads an inventory, collecting every error instead of throwing.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static InventoryParseResult Parse(TextReader reader)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        List<CsvRow> rows;
        try
        {
            rows = Csv.Parse(reader);
        }
        catch (CsvFormatException ex)
        {
            return new InventoryParseResult(null, new[] { new InventoryParseError(ex.LineNumber, 0, null, null, InventoryErrorCode.MalformedFile, ex.Message + " No record was read.") }, 0);
        }

        var errors = new List<InventoryParseError>();
        if (rows.Count == 0)
        {
            errors.Add(new InventoryParseError(1, 0, null, null, InventoryErrorCode.MissingHeader, "The text has no header row; expected '" + Header + "'."));
            return new InventoryParseResult(null, errors, 0);
        }

        int[]? positions = ReadHeader(rows[0], errors);
        if (positions is null)
        {
            return new InventoryParseResult(null, errors, rows.Count - 1);
        }

        var builder = new EmissionInventoryBuilder(rows.Count - 1);
        for (int r = 1; r < rows.Count; r++)
        {
            ReadRow(rows[r], rows[0].Fields.Length, positions, errors, builder);
        }

        return new InventoryParseResult(errors.Count == 0 ? builder.Build() : null, errors, rows.Count - 1);
    }

    /// <summary>Reads an inventory from a string, collecting every error instead of throwing.</summary>
    /// <param name="text">The CSV text.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static InventoryParseResult Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        using var reader = new StringReader(text);
        return Parse(reader);
    }

    /// <summary>Reads an inventory or throws listing every error (the throwing twin of <see cref="Parse(TextReader)"/>).</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="InventoryFormatException">The text has errors; the exception lists them all.</exception>
    public static EmissionInventory Read(TextReader reader) => Parse(reader).GetValueOrThrow();

    /// <summary>Writes an inventory as CSV: the <see cref="Header"/> row, then one row per record in store order.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="writer">Where to write.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(EmissionInventory inventory, TextWriter writer)
    {
        Preconditions.CheckNotNull(inventory, nameof(inventory));
        Preconditions.CheckNotNull(writer, nameof(writer));
        writer.Write(Header + "\n");
        foreach (InventoryRecord record in inventory.GetRecords())
        {
            writer.Write(string.Format(
                CultureInfo.InvariantCulture,
                "{0},{1},{2},{3},{4}\n",
                record.Party.Code,
                record.Year,
                record.Gas.Code,
                record.Source.Code,
                Grams.FormatTonnes(record.Mass.Grams)));
        }
    }

    private static int[]? ReadHeader(CsvRow header, List<InventoryParseError> errors)
    {
        var positions = new int[Columns.Length];
        Array.Fill(positions, -1);
        for (int c = 0; c < header.Fields.Length; c++)
        {
            string name = header.Fields[c].Trim();
            int index = Array.FindIndex(Columns, n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
            if (index < 0)
            {
                errors.Add(new InventoryParseError(header.LineNumber, c + 1, name, name, InventoryErrorCode.UnknownColumn, "'" + name + "' is not a column of the inventory format; expected the columns " + Header + "."));
            }
            else if (positions[index] >= 0)
            {
                errors.Add(new InventoryParseError(header.LineNumber, c + 1, name, name, InventoryErrorCode.DuplicateColumn, "The column '" + name + "' appears twice in the header."));
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
                errors.Add(new InventoryParseError(header.LineNumber, 0, Columns[i], null, InventoryErrorCode.MissingColumn, "The header lacks the required column '" + Columns[i] + "'; expected the columns " + Header + "."));
            }
        }

        if (errors.Count > 0)
        {
            errors.Add(new InventoryParseError(header.LineNumber, 0, null, null, InventoryErrorCode.MissingHeader, "The header is not valid, so no data row was read."));
            return null;
        }

        return positions;
    }

    private static void ReadRow(CsvRow row, int fieldCount, int[] positions, List<InventoryParseError> errors, EmissionInventoryBuilder builder)
    {
        if (row.Fields.Length != fieldCount)
        {
            errors.Add(new InventoryParseError(
                row.LineNumber,
                0,
                null,
                null,
                InventoryErrorCode.WrongFieldCount,
                string.Format(CultureInfo.InvariantCulture, "The row has {0} field(s) but the header has {1}.", row.Fields.Length, fieldCount)));
            return;
        }

        int before = errors.Count;
        var fields = new Field[Columns.Length];
        for (int i = 0; i < Columns.Length; i++)
        {
            fields[i] = new Field(row.LineNumber, positions[i] + 1, Columns[i], row.Fields[positions[i]].Trim());
        }

        Party? party = Find<Party>(fields[0], errors, Party.TryFromCode, InventoryErrorCode.UnknownParty, "the ISO 3166 alpha-3 code of a Party in Annex B (first period) or Annex B as amended at Doha (e.g. DEU, HUN, EUU)");
        int year = ParseYear(fields[1], errors);
        Gas? gas = Find<Gas>(fields[2], errors, Gas.TryFromCode, InventoryErrorCode.UnknownGas, "an Annex A greenhouse gas (e.g. CO2, CH4, N2O, HFC-134a, CF4, SF6, NF3)");
        EmissionSource source = Find<EmissionSource>(fields[3], errors, EmissionSource.TryFromCode, InventoryErrorCode.UnknownSource, "an Annex A source category code (e.g. 1.A.1, 2.F, 4.D, 6.A) or a LULUCF activity code (LULUCF-AR, -D, -FM, -CM, -GM, -RV, -WDR)");
        long grams = ParseMass(fields[4], gas, source, errors);
        if (errors.Count == before)
        {
            builder.AddTrusted(party!.Index, year - InventoryRecord.MinYear, gas!.Index, source.StoreCode, grams);
        }
    }

    private static T? Find<T>(Field field, List<InventoryParseError> errors, TryFind<T> find, InventoryErrorCode code, string expected)
    {
        if (find(field.Text, out T? value))
        {
            return value;
        }

        errors.Add(field.Error(code, "'" + field.Text + "' is not " + expected + "."));
        return default;
    }

    private static int ParseYear(Field field, List<InventoryParseError> errors)
    {
        if (!int.TryParse(field.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            errors.Add(field.Error(InventoryErrorCode.InvalidYear, "'" + field.Text + "' is not a whole number of a calendar year (digits only, e.g. 1990)."));
            return 0;
        }

        if (year < InventoryRecord.MinYear || year > InventoryRecord.MaxYear)
        {
            errors.Add(field.Error(
                InventoryErrorCode.YearOutOfRange,
                string.Format(CultureInfo.InvariantCulture, "The year {0} is outside the supported range [{1}, {2}].", year, InventoryRecord.MinYear, InventoryRecord.MaxYear)));
        }

        return year;
    }

    private static long ParseMass(Field field, Gas? gas, EmissionSource source, List<InventoryParseError> errors)
    {
        string text = field.Text;
        string bare = text.TrimStart('+', '-');
        if (bare.Equals("NaN", StringComparison.OrdinalIgnoreCase) || bare.StartsWith("inf", StringComparison.OrdinalIgnoreCase) || bare == "∞")
        {
            errors.Add(field.Error(InventoryErrorCode.NonFiniteMass, "A mass must be a finite number of tonnes; NaN and infinities are not masses."));
            return 0;
        }

        int point = bare.IndexOf('.', StringComparison.Ordinal);
        string digits = point < 0 ? bare : bare.Remove(point, 1);
        if (digits.Length == 0 || bare.Length - text.Length < -1 || !digits.All(char.IsAsciiDigit))
        {
            errors.Add(field.Error(InventoryErrorCode.InvalidMass, "'" + text + "' is not a plain decimal number of tonnes (digits, an optional sign and decimal point; no exponent, no thousands separators)."));
            return 0;
        }

        if (point >= 0 && bare[(point + 1)..].TrimEnd('0').Length > 6)
        {
            errors.Add(field.Error(InventoryErrorCode.MassTooPrecise, "The mass has more than six decimals of a tonne; the resolution is 1 g and reading never rounds."));
            return 0;
        }

        long grams;
        try
        {
            decimal tonnes = decimal.Parse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            grams = decimal.ToInt64(tonnes * Grams.PerTonne);
        }
        catch (OverflowException)
        {
            errors.Add(field.Error(InventoryErrorCode.MassOutOfRange, "The mass is beyond the range of the 1 g fixed-point representation (±9.22 × 10^12 t)."));
            return 0;
        }

        if (grams < 0 && source.IsValid && !source.IsLulucf)
        {
            errors.Add(field.Error(InventoryErrorCode.NegativeEmission, "A source category reports emissions, which are never negative (Art. 3.1, Annex A); only a LULUCF activity may report net removals as a negative mass (Art. 3.3, 3.4)."));
        }
        else if (gas is not null && (grams > InventoryRecord.MaxMagnitude(gas).Grams || grams < -InventoryRecord.MaxMagnitude(gas).Grams))
        {
            errors.Add(field.Error(InventoryErrorCode.MassOutOfRange, InventoryRecord.CheckMass(gas, EmissionSource.FromStoreCode(EmissionSource.LulucfFlag | 1), grams)!));
        }

        return grams;
    }

    private delegate bool TryFind<T>(string? text, out T? value);

    private readonly struct Field
    {
        private readonly int _row;
        private readonly int _column;
        private readonly string _name;

        internal Field(int row, int column, string name, string text)
        {
            _row = row;
            _column = column;
            _name = name;
            Text = text;
        }

        internal string Text { get; }

        internal InventoryParseError Error(InventoryErrorCode code, string reason) => new(_row, _column, _name, Text, code, reason);
    }
}
