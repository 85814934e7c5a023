using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Types;
using Kyoto.Accounting.Arrow.Internal;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Arrow;

/// <summary>
/// Reads and writes emission inventories as Arrow IPC record batches with the columns <c>party</c> (Party code, e.g.
/// <c>DEU</c>), <c>year</c>, <c>gas</c> (gas code, e.g. <c>CO2</c>), <c>source</c> (source category code, e.g.
/// <c>1.A.1</c>, or LULUCF activity, e.g. <c>LULUCF-AR</c>) and <c>mass_g</c> (the gas mass in whole grams): the
/// same records as <see cref="InventoryCsv"/>, with the mass exact in grams instead of tonnes with six decimals.
/// </summary>
/// <remarks>
/// <para>
/// Reading takes the columns by name in any order and ignores others; strings may be plain, large, view or
/// dictionary-encoded (as DuckDB, Polars and Spark write them), integers of any width. Every record is validated as
/// <see cref="InventoryCsv"/> validates a row, and every bad one is reported (<see cref="InventoryParseError"/>, whose
/// <see cref="InventoryParseError.Row"/> is the record's 1-based position over all batches, 0 for the schema); if
/// there is any error there is no inventory.
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// InventoryArrow.WriteFile(inventory, "inventory.arrow");
/// EmissionInventory back = InventoryArrow.ReadFile("inventory.arrow").GetValueOrThrow();
/// </code>
/// </example>
public static class InventoryArrow
{
    /// <summary>The number of records per record batch <see cref="ToRecordBatches"/> produces by default.</summary>
    public const int DefaultBatchSize = 1 << 16;

    private static readonly string[] Names = { "party", "year", "gas", "source", "mass_g" };

    /// <summary>Gets the schema written: party (utf8), year (int16), gas (utf8), source (utf8), mass_g (int64), none nullable.</summary>
    public static Schema Schema { get; } = new Schema.Builder()
        .Field(f => f.Name("party").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("year").DataType(Int16Type.Default).Nullable(false))
        .Field(f => f.Name("gas").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("source").DataType(StringType.Default).Nullable(false))
        .Field(f => f.Name("mass_g").DataType(Int64Type.Default).Nullable(false))
        .Build();

    /// <summary>Converts an inventory to record batches of <paramref name="batchSize"/> records, in record order.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="batchSize">The records per batch, at least 1.</param>
    /// <returns>The batches, built lazily; the caller disposes each.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="batchSize"/> is less than 1.</exception>
    public static IEnumerable<RecordBatch> ToRecordBatches(EmissionInventory inventory, int batchSize = DefaultBatchSize)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        return Batches(inventory, batchSize);
    }

    /// <summary>Writes an inventory as Arrow IPC.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="stream">The stream written to (left open).</param>
    /// <param name="format">The IPC framing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    public static void Write(EmissionInventory inventory, Stream stream, ArrowIpcFormat format = ArrowIpcFormat.File) =>
        Ipc.Write(stream, Schema, ToRecordBatches(inventory), format);

    /// <summary>Writes an inventory to an Arrow IPC file (<c>.arrow</c>).</summary>
    /// <param name="inventory">The inventory.</param>
    /// <param name="path">The file path (created or overwritten).</param>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> or <paramref name="path"/> is null.</exception>
    public static void WriteFile(EmissionInventory inventory, string path)
    {
        ArgumentNullException.ThrowIfNull(inventory);
        using FileStream file = File.Create(path);
        Write(inventory, file, ArrowIpcFormat.File);
    }

    /// <summary>Reads an inventory from Arrow IPC, collecting every error instead of throwing.</summary>
    /// <param name="stream">The stream (left open); seekable for <see cref="ArrowIpcFormat.File"/>.</param>
    /// <param name="format">The IPC framing.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined value.</exception>
    /// <exception cref="InvalidDataException">The bytes are not Arrow IPC of the given framing.</exception>
    public static InventoryParseResult Read(Stream stream, ArrowIpcFormat format = ArrowIpcFormat.File) =>
        FromRecordBatches(Ipc.Read(stream, format));

    /// <summary>Reads an inventory from an Arrow IPC file (<c>.arrow</c>), collecting every error instead of throwing.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static InventoryParseResult ReadFile(string path)
    {
        using FileStream file = File.OpenRead(path);
        return Read(file, ArrowIpcFormat.File);
    }

    /// <summary>Builds an inventory from record batches (e.g. from a query engine in the same process), collecting every error.</summary>
    /// <param name="batches">The batches, each with the columns of <see cref="Schema"/> (by name; integer widths and string layouts are free). Each is disposed after reading.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> is null.</exception>
    public static InventoryParseResult FromRecordBatches(IEnumerable<RecordBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var reader = new RecordReader();
        foreach (RecordBatch batch in batches)
        {
            using (batch)
            {
                reader.Add(batch);
            }
        }

        return reader.Finish();
    }

    private static IEnumerable<RecordBatch> Batches(EmissionInventory inventory, int batchSize)
    {
        for (int start = 0; start < inventory.Count; start += batchSize)
        {
            int n = Math.Min(batchSize, inventory.Count - start);
            var party = new StringArray.Builder().Reserve(n);
            var year = new Int16Array.Builder().Reserve(n);
            var gas = new StringArray.Builder().Reserve(n);
            var source = new StringArray.Builder().Reserve(n);
            var mass = new Int64Array.Builder().Reserve(n);
            for (int i = start; i < start + n; i++)
            {
                InventoryRecord record = inventory[i];
                party.Append(record.Party.Code);
                year.Append((short)record.Year);
                gas.Append(record.Gas.Code);
                source.Append(record.Source.Code);
                mass.Append(record.Mass.Grams);
            }

            yield return new RecordBatch(Schema, new IArrowArray[] { party.Build(), year.Build(), gas.Build(), source.Build(), mass.Build() }, n);
        }
    }

    /// <summary>Validates records batch by batch into a builder, collecting errors.</summary>
    private sealed class RecordReader
    {
        private readonly EmissionInventoryBuilder _builder = new();
        private readonly List<InventoryParseError> _errors = new();
        private readonly Internal.CodeLookup<Party> _parties = new(code => Party.TryFromCode(code, out Party? p) ? p : null);
        private readonly Internal.CodeLookup<Gas> _gases = new(code => Gas.TryFromCode(code, out Gas? g) ? g : null);
        private readonly Internal.CodeLookup<object> _sources = new(code => EmissionSource.TryFromCode(code, out EmissionSource s) ? s : null);
        private readonly int[] _at = new int[Names.Length];
        private long _rows;
        private bool _schemaFailed;

        internal void Add(RecordBatch batch)
        {
            if (_schemaFailed)
            {
                _rows += batch.Length;
                return;
            }

            int[] at = _at;
            for (int c = 0; c < Names.Length; c++)
            {
                at[c] = Columns.Find(batch.Schema, Names[c]);
                if (at[c] < 0)
                {
                    SchemaError(InventoryErrorCode.MissingColumn, "The record batches have no column '" + Names[c] + "'; expected the columns " + Columns.Names(Names) + ".");
                }
            }

            if (_schemaFailed)
            {
                _rows += batch.Length;
                return;
            }

            bool typed = StringColumn.TryCreate(batch.Column(at[0]), out StringColumn party)
                & IntegerColumn.TryCreate(batch.Column(at[1]), out IntegerColumn year)
                & StringColumn.TryCreate(batch.Column(at[2]), out StringColumn gas)
                & StringColumn.TryCreate(batch.Column(at[3]), out StringColumn source)
                & IntegerColumn.TryCreate(batch.Column(at[4]), out IntegerColumn mass);
            if (!typed)
            {
                SchemaError(InventoryErrorCode.MalformedFile, "The columns must be party, gas and source as strings, year and mass_g as integers; the batches have " + batch.Schema + ".");
                _rows += batch.Length;
                return;
            }

            for (int i = 0; i < batch.Length; i++)
            {
                _rows++;
                int row = (int)Math.Min(_rows, int.MaxValue);
                bool ok = TryCode(party, i, _parties, row, 0, InventoryErrorCode.UnknownParty, "an Annex I or non-Annex I Party code (ISO 3166 alpha-3)", out Party? p)
                    & TryYear(year, i, row, 1, out int y)
                    & TryCode(gas, i, _gases, row, 2, InventoryErrorCode.UnknownGas, "an Annex A gas code", out Gas? g)
                    & TryCode(source, i, _sources, row, 3, InventoryErrorCode.UnknownSource, "a source category code (e.g. 1.A.1) or LULUCF activity (e.g. LULUCF-AR)", out object? s)
                    & TryMass(mass, i, row, 4, out long grams);
                if (!ok)
                {
                    continue;
                }

                var emissionSource = (EmissionSource)s!;
                if (Math.Abs(grams) > InventoryRecord.MaxMagnitude(g!).Grams)
                {
                    Error(row, 4, InventoryErrorCode.MassOutOfRange, grams, "The mass of " + g!.Code + " is beyond " + InventoryRecord.MaxMagnitude(g).Grams.ToString(CultureInfo.InvariantCulture) + " g, the largest whose CO2-equivalent is representable under every GWP set.");
                }
                else if (grams < 0 && !emissionSource.IsLulucf)
                {
                    Error(row, 4, InventoryErrorCode.NegativeEmission, grams, "A source category reports emissions, which cannot be negative; only LULUCF activities have removals (Art. 3.3, 3.4).");
                }
                else if (_errors.Count == 0)
                {
                    _builder.Add(p!, y, g!, emissionSource, GasMass.FromGrams(grams));
                }
            }
        }

        internal InventoryParseResult Finish()
        {
            int rows = (int)Math.Min(_rows, int.MaxValue);
            return _errors.Count == 0
                ? new InventoryParseResult(_builder.Build(), System.Array.Empty<InventoryParseError>(), rows)
                : new InventoryParseResult(null, _errors.ToArray(), rows);
        }

        private bool TryCode<T>(StringColumn column, int i, Internal.CodeLookup<T> lookup, int row, int name, InventoryErrorCode code, string expected, out T? value)
        {
            value = default;
            if (column.IsNull(i))
            {
                Error(row, name, code, null, "The field is null; expected " + expected + ".");
                return false;
            }

            ReadOnlySpan<byte> bytes = column.GetBytes(i);
            if (lookup.TryGet(bytes, out T found))
            {
                value = found;
                return true;
            }

            Error(row, name, code, System.Text.Encoding.UTF8.GetString(bytes), "Unknown code; expected " + expected + ".");
            return false;
        }

        private bool TryYear(IntegerColumn column, int i, int row, int name, out int year)
        {
            year = 0;
            if (column.IsNull(i))
            {
                Error(row, name, InventoryErrorCode.InvalidYear, null, "The year is null.");
                return false;
            }

            long value = column.Get(i);
            if (value < InventoryRecord.MinYear || value > InventoryRecord.MaxYear)
            {
                Error(row, name, InventoryErrorCode.YearOutOfRange, value, "The year must be from " + InventoryRecord.MinYear + " to " + InventoryRecord.MaxYear + ".");
                return false;
            }

            year = (int)value;
            return true;
        }

        private bool TryMass(IntegerColumn column, int i, int row, int name, out long grams)
        {
            grams = 0;
            if (column.IsNull(i))
            {
                Error(row, name, InventoryErrorCode.InvalidMass, null, "The mass is null; a missing value is not a zero.");
                return false;
            }

            grams = column.Get(i);
            return true;
        }

        private void Error(int row, int name, InventoryErrorCode code, object? value, string reason) =>
            _errors.Add(new InventoryParseError(row, _at[name] + 1, Names[name], value is null ? null : Convert.ToString(value, CultureInfo.InvariantCulture), code, reason));

        private void SchemaError(InventoryErrorCode code, string reason)
        {
            _schemaFailed = true;
            _errors.Add(new InventoryParseError(0, 0, null, null, code, reason));
        }
    }
}
