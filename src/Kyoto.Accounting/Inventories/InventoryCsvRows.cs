using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// What <see cref="InventoryCsvReader"/> does with each row: the header, then every data row's checks, collecting
/// every error with its row, column, field and code, and the records of valid rows in a builder.
/// </summary>
internal sealed class InventoryCsvRows
{
    private static readonly string[] Columns = InventoryCsv.Header.Split(',');

    private readonly List<InventoryParseError> _errors = new();
    private readonly CodeCache<Party> _parties = new((string text, out Party? value) => Party.TryFromCode(text, out value));
    private readonly CodeCache<Gas> _gases = new((string text, out Gas? value) => Gas.TryFromCode(text, out value));
    private readonly CodeCache<EmissionSource> _sources = new((string text, out EmissionSource value) => EmissionSource.TryFromCode(text, out value));
    private readonly int _capacity;
    private EmissionInventoryBuilder? _builder;
    private int[]? _positions;
    private int _headerFields = -1;
    private bool _headerValid;
    private InventoryParseError? _malformed;

    internal InventoryCsvRows(int capacity)
    {
        _capacity = capacity;
    }

    /// <summary>A collector for rows after a header already read as <see cref="InventoryCsv.Header"/> (columns in that order).</summary>
    internal InventoryCsvRows(int capacity, bool afterStandardHeader)
        : this(capacity)
    {
        if (afterStandardHeader)
        {
            _headerFields = Columns.Length;
            _positions = [0, 1, 2, 3, 4];
            _headerValid = true;
        }
    }

    /// <summary>A collector adding its records to <paramref name="builder"/> (a part of a builder split for two partitions).</summary>
    internal InventoryCsvRows(EmissionInventoryBuilder builder, bool afterStandardHeader)
        : this(0, afterStandardHeader)
    {
        _builder = builder;
    }

    /// <summary>Gets the number of data rows seen so far (excluding the header, comments and blank lines).</summary>
    internal int RowCount { get; private set; }

    internal void Malformed(int line) =>
        _malformed = new InventoryParseError(line, 0, null, null, InventoryErrorCode.MalformedFile, "Unterminated quoted field starting on line " + line.ToString(CultureInfo.InvariantCulture) + ". No record was read.");

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void Row(InventoryCsvReader reader, int line, bool terminated)
    {
        if (reader.FieldCount == 1 && reader.Field(0).IsEmpty)
        {
            return;
        }

        if (_headerFields < 0)
        {
            _headerFields = reader.FieldCount;
            _positions = ReadHeader(reader, line);
            _headerValid = _positions is not null;
            if (!terminated)
            {
                Unterminated(line);
            }

            return;
        }

        RowCount++;
        if (!_headerValid)
        {
            return;
        }

        if (!terminated)
        {
            Unterminated(line);
            return;
        }

        if (reader.FieldCount != _headerFields)
        {
            _errors.Add(new InventoryParseError(
                line,
                0,
                null,
                null,
                InventoryErrorCode.WrongFieldCount,
                string.Format(CultureInfo.InvariantCulture, "The row has {0} field(s) but the header has {1}.", reader.FieldCount, _headerFields)));
            return;
        }

        ReadRecord(reader, line);
    }

    internal InventoryParseResult Result()
    {
        if (_malformed is not null)
        {
            return new InventoryParseResult(null, new[] { _malformed }, 0);
        }

        if (_headerFields < 0)
        {
            _errors.Add(new InventoryParseError(1, 0, null, null, InventoryErrorCode.MissingHeader, "The text has no header row; expected '" + InventoryCsv.Header + "'."));
            return new InventoryParseResult(null, _errors, 0);
        }

        EmissionInventory? inventory = _errors.Count == 0 ? (_builder?.Build() ?? EmissionInventory.Empty) : null;
        return new InventoryParseResult(inventory, _errors, RowCount);
    }

    /// <summary>
    /// The result of a text read in two partitions, <paramref name="first"/> then <paramref name="second"/> (read with
    /// <see cref="InventoryCsvRows(int, bool)"/>, its lines numbered from 1): the second's rows are renumbered by
    /// <paramref name="lineOffset"/>, errors and records are concatenated in order. Null if either part saw a quoted
    /// field left open (the caller then reads the text in one pass). When the first part's builder was split with
    /// <see cref="EmissionInventoryBuilder.SplitAt"/> and the second writes into its other part, the parts are joined.
    /// </summary>
    internal static InventoryParseResult? Merge(InventoryCsvRows first, InventoryCsvRows second, int lineOffset)
    {
        if (first._malformed is not null || second._malformed is not null || first._headerFields < 0)
        {
            return null;
        }

        foreach (InventoryParseError e in second._errors)
        {
            first._errors.Add(new InventoryParseError(checked(e.Row + lineOffset), e.Column, e.Field, e.Value, e.Code, e.Reason));
        }

        first.RowCount = checked(first.RowCount + second.RowCount);
        if (first._errors.Count == 0 && second._builder is not null)
        {
            if (first._builder is null)
            {
                first._builder = new EmissionInventoryBuilder(first._capacity);
                first._builder.AppendFrom(second._builder);
            }
            else
            {
                first._builder.Join(second._builder);
            }
        }

        return first.Result();
    }

    private void Unterminated(int line) =>
        _errors.Add(new InventoryParseError(line, 0, null, null, InventoryErrorCode.UnterminatedRow, "The last row does not end with a line break, so the text may have been cut short; every row, the last one included, ends with LF, CRLF or CR. The row was not read."));

    private int[]? ReadHeader(InventoryCsvReader header, int line)
    {
        int before = _errors.Count;
        var positions = new int[Columns.Length];
        Array.Fill(positions, -1);
        for (int c = 0; c < header.FieldCount; c++)
        {
            ReadOnlySpan<char> name = header.Field(c).Trim();
            int index = -1;
            for (int i = 0; i < Columns.Length; i++)
            {
                if (name.Equals(Columns[i], StringComparison.OrdinalIgnoreCase))
                {
                    index = i;
                    break;
                }
            }

            if (index < 0)
            {
                string text = name.ToString();
                _errors.Add(new InventoryParseError(line, c + 1, text, text, InventoryErrorCode.UnknownColumn, "'" + text + "' is not a column of the inventory format; expected the columns " + InventoryCsv.Header + "."));
            }
            else if (positions[index] >= 0)
            {
                string text = name.ToString();
                _errors.Add(new InventoryParseError(line, c + 1, text, text, InventoryErrorCode.DuplicateColumn, "The column '" + text + "' appears twice in the header."));
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
                _errors.Add(new InventoryParseError(line, 0, Columns[i], null, InventoryErrorCode.MissingColumn, "The header lacks the required column '" + Columns[i] + "'; expected the columns " + InventoryCsv.Header + "."));
            }
        }

        if (_errors.Count > before)
        {
            _errors.Add(new InventoryParseError(line, 0, null, null, InventoryErrorCode.MissingHeader, "The header is not valid, so no data row was read."));
            return null;
        }

        return positions;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadRecord(InventoryCsvReader reader, int line)
    {
        int[] positions = _positions!;
        int before = _errors.Count;
        Party? party = Find(reader, line, positions, 0, _parties, InventoryErrorCode.UnknownParty, "the ISO 3166 alpha-3 code of a Party in Annex B (first period) or Annex B as amended at Doha (e.g. DEU, HUN, EUU)");
        int year = InventoryCsvFields.ParseYear(reader.TrimmedField(positions[1]), new FieldLocation(line, positions[1] + 1, Columns[1]), _errors);
        Gas? gas = Find(reader, line, positions, 2, _gases, InventoryErrorCode.UnknownGas, "an Annex A greenhouse gas (e.g. CO2, CH4, N2O, HFC-134a, CF4, SF6, NF3)");
        EmissionSource source = Find(reader, line, positions, 3, _sources, InventoryErrorCode.UnknownSource, "an Annex A source category code (e.g. 1.A.1, 2.F, 4.D, 6.A) or a LULUCF activity code (LULUCF-AR, -D, -FM, -CM, -GM, -RV, -WDR)");
        long grams = InventoryCsvFields.ParseMass(reader.TrimmedField(positions[4]), new FieldLocation(line, positions[4] + 1, Columns[4]), gas, source, _errors);
        if (_errors.Count == before)
        {
            _builder ??= new EmissionInventoryBuilder(_capacity);
            _builder.AddTrusted(party!.Index, year - InventoryRecord.MinYear, gas!.Index, source.StoreCode, grams);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private T? Find<T>(InventoryCsvReader reader, int line, int[] positions, int column, CodeCache<T> cache, InventoryErrorCode code, string expected)
    {
        ReadOnlySpan<char> text = reader.TrimmedField(positions[column]);
        if (cache.TryGet(text, out T? value))
        {
            return value;
        }

        string shown = text.ToString();
        _errors.Add(new FieldLocation(line, positions[column] + 1, Columns[column]).Error(code, shown, "'" + shown + "' is not " + expected + "."));
        return default;
    }
}

/// <summary>Where a field is: its row (line), 1-based column and column name.</summary>
internal readonly record struct FieldLocation(int Row, int Column, string Name)
{
    internal InventoryParseError Error(InventoryErrorCode code, string text, string reason) => new(Row, Column, Name, text, code, reason);
}
