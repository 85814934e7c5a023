using System;
using System.Collections.Generic;
using System.Data.SqlTypes;
using System.Globalization;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Types;
using Kyoto.Accounting.Arrow.Internal;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Arrow;

/// <summary>
/// Reads and writes exact <see cref="EmissionTotals"/> as Arrow IPC, so that totals computed per shard (one machine,
/// one file or one Party range each) travel and merge exactly (<see cref="EmissionTotals.Merge"/>).
/// </summary>
/// <remarks>
/// <para>
/// One row per Party-year with data (and, for a breakdown, per non-zero gas or source of it): <c>party</c> (utf8),
/// <c>year</c> (int16), then <c>gas</c> or <c>source</c> (utf8; null in a row that only says "data, all zero"), and
/// <c>co2e_g</c>, the exact CO2-equivalent in grams as <c>decimal(38, 0)</c> (DuckDB reads it as <c>DECIMAL(38,0)</c>;
/// cast to <c>HUGEINT</c> to sum). The schema metadata carries the period (<c>kyoto.period</c>: 1 or 2), its GWP set
/// (<c>kyoto.gwp_set</c>), the LULUCF choice (<c>kyoto.lulucf</c>) and the breakdown (<c>kyoto.breakdown</c>), and
/// reading checks them: CO2e under one GWP set never merges with CO2e under another (Art. 5.3).
/// </para>
/// <para>
/// Rows with the same key add up when read, so reading the concatenated batches of several shards gives their merge.
/// A total beyond ±(10^38 − 1) g cannot be written (<see cref="OverflowException"/>). This type is thread-safe.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// // on each shard
/// TotalsArrow.Write(shardInventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded), stream);
/// // on the coordinator
/// EmissionTotals whole = shardStreams.Select(s => TotalsArrow.Read(s)).Aggregate((a, b) => a.Merge(b));
/// </code>
/// </example>
public static class TotalsArrow
{
    private const string PeriodKey = "kyoto.period";
    private const string GwpSetKey = "kyoto.gwp_set";
    private const string LulucfKey = "kyoto.lulucf";
    private const string BreakdownKey = "kyoto.breakdown";
    private const string Co2eColumn = "co2e_g";
    private static readonly Decimal128Type Co2eType = new(38, 0);
    private static readonly Int128 MaxDecimal38 = Int128.Parse("99999999999999999999999999999999999999", CultureInfo.InvariantCulture);
    private static readonly int SourceKeyCount = SourceCategory.All.Count + Enum.GetValues<LulucfActivity>().Length;

    /// <summary>Gets the schema the totals are written with: its columns and metadata.</summary>
    /// <param name="totals">The totals.</param>
    /// <returns>The schema.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> is null.</exception>
    public static Schema GetSchema(EmissionTotals totals)
    {
        ArgumentNullException.ThrowIfNull(totals);
        var builder = new Schema.Builder()
            .Field(f => f.Name("party").DataType(StringType.Default).Nullable(false))
            .Field(f => f.Name("year").DataType(Int16Type.Default).Nullable(false));
        string? key = KeyColumn(totals.Breakdown);
        if (key is not null)
        {
            builder.Field(f => f.Name(key).DataType(StringType.Default).Nullable(true));
        }

        return builder.Field(f => f.Name(Co2eColumn).DataType(Co2eType).Nullable(false))
            .Metadata(PeriodKey, totals.Period.Number.ToString(CultureInfo.InvariantCulture))
            .Metadata(GwpSetKey, totals.GwpSet.Name)
            .Metadata(LulucfKey, totals.Lulucf == LulucfInclusion.Included ? "included" : "excluded")
            .Metadata(BreakdownKey, totals.Breakdown.ToString().ToLowerInvariant())
            .Build();
    }

    /// <summary>Converts totals to one record batch.</summary>
    /// <param name="totals">The totals.</param>
    /// <returns>The batch; the caller disposes it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> is null.</exception>
    /// <exception cref="OverflowException">A total is beyond ±(10^38 − 1) g.</exception>
    public static RecordBatch ToRecordBatch(EmissionTotals totals)
    {
        Schema schema = GetSchema(totals);
        int keys = KeyCount(totals.Breakdown);
        var party = new StringArray.Builder();
        var year = new Int16Array.Builder();
        var key = new StringArray.Builder();
        var co2e = new Decimal128Array.Builder(Co2eType);
        ReadOnlySpan<Int128> cells = totals.Cells;
        ReadOnlySpan<bool> presence = totals.Presence;
        int slots = InventoryRecord.MaxYear - InventoryRecord.MinYear + 1;
        int rows = 0;
        for (int p = 0; p < Party.All.Count; p++)
        {
            for (int y = 0; y < totals.YearCount; y++)
            {
                int yearValue = totals.FirstYear + y;
                if (!presence[(p * slots) + yearValue - InventoryRecord.MinYear])
                {
                    continue;
                }

                int cell = ((p * totals.YearCount) + y) * keys;
                bool any = false;
                for (int k = 0; k < keys; k++)
                {
                    Int128 value = cells[cell + k];
                    if (value != 0 || (keys == 1) || (k == keys - 1 && !any))
                    {
                        party.Append(Party.All[p].Code);
                        year.Append((short)yearValue);
                        if (keys > 1)
                        {
                            if (value == 0)
                            {
                                key.AppendNull();
                            }
                            else
                            {
                                key.Append(KeyCode(totals.Breakdown, k));
                            }
                        }

                        co2e.Append(ToSqlDecimal(value));
                        rows++;
                        any = true;
                    }
                }
            }
        }

        var columns = new List<IArrowArray> { party.Build(), year.Build() };
        if (keys > 1)
        {
            columns.Add(key.Build());
        }

        columns.Add(co2e.Build());
        return new RecordBatch(schema, columns, rows);
    }

    /// <summary>Writes totals as Arrow IPC.</summary>
    /// <param name="totals">The totals.</param>
    /// <param name="stream">The stream written to (left open).</param>
    /// <param name="format">The IPC framing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="totals"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="OverflowException">A total is beyond ±(10^38 − 1) g.</exception>
    public static void Write(EmissionTotals totals, Stream stream, ArrowIpcFormat format = ArrowIpcFormat.File)
    {
        RecordBatch batch = ToRecordBatch(totals);
        Ipc.Write(stream, batch.Schema, new[] { batch }, format);
    }

    /// <summary>Reads totals from Arrow IPC written by <see cref="Write"/> (or by any tool keeping its schema and metadata).</summary>
    /// <param name="stream">The stream (left open); seekable for <see cref="ArrowIpcFormat.File"/>.</param>
    /// <param name="format">The IPC framing.</param>
    /// <returns>The totals; rows with the same key add up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The data are not totals: metadata missing or contradicting (a GWP set that is not the period's), unknown codes, nulls where a value is needed, years out of range, or no batch at all.</exception>
    public static EmissionTotals Read(Stream stream, ArrowIpcFormat format = ArrowIpcFormat.File) => FromRecordBatches(Ipc.Read(stream, format));

    /// <summary>Builds totals from record batches of the schema <see cref="GetSchema"/> gives; rows with the same key add up.</summary>
    /// <param name="batches">The batches, all with the same metadata; each is disposed after reading.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="batches"/> is null.</exception>
    /// <exception cref="InvalidDataException">See <see cref="Read"/>.</exception>
    public static EmissionTotals FromRecordBatches(IEnumerable<RecordBatch> batches)
    {
        ArgumentNullException.ThrowIfNull(batches);
        int slots = InventoryRecord.MaxYear - InventoryRecord.MinYear + 1;
        Int128[]? sums = null;
        var presence = new bool[Party.All.Count * slots];
        (CommitmentPeriod Period, LulucfInclusion Lulucf, EmissionBreakdown Breakdown)? header = null;
        var parties = new Internal.CodeLookup<Party>(code => Party.TryFromCode(code, out Party? p) ? p : null);
        int keys = 1;
        int first = int.MaxValue;
        int last = int.MinValue;
        foreach (RecordBatch batch in batches)
        {
            using (batch)
            {
                var read = ReadHeader(batch.Schema);
                if (header is null)
                {
                    header = read;
                    keys = KeyCount(read.Breakdown);
                    sums = new Int128[Party.All.Count * slots * keys];
                }
                else if (header != read)
                {
                    throw new InvalidDataException("The batches disagree on the period, LULUCF choice or breakdown; only totals of one kind merge (Art. 5.3).");
                }

                int partyAt = Require(batch.Schema, "party");
                int yearAt = Require(batch.Schema, "year");
                int co2eAt = Require(batch.Schema, Co2eColumn);
                string? keyName = KeyColumn(header.Value.Breakdown);
                int keyAt = keyName is null ? -1 : Require(batch.Schema, keyName);
                if (!StringColumn.TryCreate(batch.Column(partyAt), out StringColumn party)
                    || !IntegerColumn.TryCreate(batch.Column(yearAt), out IntegerColumn year)
                    || batch.Column(co2eAt) is not Decimal128Array co2e
                    || co2e.Scale != 0)
                {
                    throw new InvalidDataException("Expected party as strings, year as integers and co2e_g as decimal(38, 0); the batches have " + batch.Schema + ".");
                }

                StringColumn key = default;
                if (keyAt >= 0 && !StringColumn.TryCreate(batch.Column(keyAt), out key))
                {
                    throw new InvalidDataException("Expected the " + keyName + " column as strings.");
                }

                for (int i = 0; i < batch.Length; i++)
                {
                    if (party.IsNull(i) || year.IsNull(i) || co2e.IsNull(i))
                    {
                        throw new InvalidDataException("Row " + (i + 1).ToString(CultureInfo.InvariantCulture) + " of a batch has a null party, year or co2e_g.");
                    }

                    if (!parties.TryGet(party.GetBytes(i), out Party p))
                    {
                        throw new InvalidDataException("Unknown Party code '" + System.Text.Encoding.UTF8.GetString(party.GetBytes(i)) + "'.");
                    }

                    long y = year.Get(i);
                    if (y < InventoryRecord.MinYear || y > InventoryRecord.MaxYear)
                    {
                        throw new InvalidDataException("Year " + y.ToString(CultureInfo.InvariantCulture) + " is outside " + InventoryRecord.MinYear + "–" + InventoryRecord.MaxYear + ".");
                    }

                    int slot = (p.Index * slots) + (int)y - InventoryRecord.MinYear;
                    int k = keyAt < 0 || key.IsNull(i) ? 0 : KeyIndex(header.Value.Breakdown, System.Text.Encoding.UTF8.GetString(key.GetBytes(i)));
                    Int128 value = FromSqlDecimal(co2e.GetSqlDecimal(i)!.Value);
                    if (keyAt >= 0 && key.IsNull(i) && value != 0)
                    {
                        throw new InvalidDataException("A row without a " + keyName + " must have co2e_g 0 (it only marks a Party-year with data).");
                    }

                    presence[slot] = true;
                    sums![(slot * keys) + k] += value;
                    first = Math.Min(first, (int)y);
                    last = Math.Max(last, (int)y);
                }
            }
        }

        if (header is null)
        {
            throw new InvalidDataException("There is no record batch, so neither the period nor the breakdown is known; write empty totals with TotalsArrow.Write, which writes one empty batch.");
        }

        int years = last < first ? 0 : last - first + 1;
        var cells = new Int128[Party.All.Count * years * keys];
        for (int p = 0; p < Party.All.Count; p++)
        {
            for (int y = 0; y < years; y++)
            {
                System.Array.Copy(sums!, ((p * slots) + first + y - InventoryRecord.MinYear) * keys, cells, ((p * years) + y) * keys, keys);
            }
        }

        return new EmissionTotals(header.Value.Period, header.Value.Lulucf, header.Value.Breakdown, years == 0 ? InventoryRecord.MinYear : first, years, cells, presence);
    }

    private static (CommitmentPeriod Period, LulucfInclusion Lulucf, EmissionBreakdown Breakdown) ReadHeader(Schema schema)
    {
        string Get(string key) => schema.Metadata is not null && schema.Metadata.TryGetValue(key, out string? value)
            ? value
            : throw new InvalidDataException("The schema metadata lacks '" + key + "'; totals carry their period, GWP set, LULUCF choice and breakdown.");

        if (!int.TryParse(Get(PeriodKey), NumberStyles.None, CultureInfo.InvariantCulture, out int number) || number < 1 || number > CommitmentPeriod.All.Count)
        {
            throw new InvalidDataException("The period '" + Get(PeriodKey) + "' is not a commitment period number (1 or 2).");
        }

        CommitmentPeriod period = CommitmentPeriod.FromNumber(number);
        if (!string.Equals(Get(GwpSetKey), period.GwpSet.Name, StringComparison.Ordinal))
        {
            throw new InvalidDataException("The totals say GWP set '" + Get(GwpSetKey) + "' but period " + number + " uses " + period.GwpSet.Name + " (Art. 5.3).");
        }

        LulucfInclusion lulucf = Get(LulucfKey) switch
        {
            "included" => LulucfInclusion.Included,
            "excluded" => LulucfInclusion.Excluded,
            string other => throw new InvalidDataException("The LULUCF choice '" + other + "' is neither 'included' nor 'excluded'."),
        };
        EmissionBreakdown breakdown = Get(BreakdownKey) switch
        {
            "none" => EmissionBreakdown.None,
            "gas" => EmissionBreakdown.Gas,
            "source" => EmissionBreakdown.Source,
            string other => throw new InvalidDataException("The breakdown '" + other + "' is not 'none', 'gas' or 'source'."),
        };
        return (period, lulucf, breakdown);
    }

    private static int Require(Schema schema, string name)
    {
        int at = Columns.Find(schema, name);
        return at >= 0 ? at : throw new InvalidDataException("The totals have no column '" + name + "'.");
    }

    private static string? KeyColumn(EmissionBreakdown breakdown) => breakdown switch
    {
        EmissionBreakdown.Gas => "gas",
        EmissionBreakdown.Source => "source",
        _ => null,
    };

    private static int KeyCount(EmissionBreakdown breakdown) => breakdown switch
    {
        EmissionBreakdown.Gas => Gas.All.Count,
        EmissionBreakdown.Source => SourceKeyCount,
        _ => 1,
    };

    private static string KeyCode(EmissionBreakdown breakdown, int key) => breakdown == EmissionBreakdown.Gas
        ? Gas.FromIndex(key).Code
        : key < SourceCategory.All.Count
            ? SourceCategory.FromIndex(key).Code
            : EmissionSource.FromActivity((LulucfActivity)(key - SourceCategory.All.Count + 1)).Code;

    private static int KeyIndex(EmissionBreakdown breakdown, string code)
    {
        if (breakdown == EmissionBreakdown.Gas)
        {
            return Gas.TryFromCode(code, out Gas? gas) ? gas.Index : throw new InvalidDataException("Unknown gas code '" + code + "'.");
        }

        if (!EmissionSource.TryFromCode(code, out EmissionSource source))
        {
            throw new InvalidDataException("Unknown source code '" + code + "'.");
        }

        return Aggregation.SourceKey(source);
    }

    private static SqlDecimal ToSqlDecimal(Int128 value)
    {
        if (value > MaxDecimal38 || value < -MaxDecimal38)
        {
            throw new OverflowException("A total of " + value.ToString(CultureInfo.InvariantCulture) + " g CO2e is beyond decimal(38, 0), the widest Arrow decimal DuckDB reads.");
        }

        UInt128 magnitude = (UInt128)(value < 0 ? -value : value);
        return unchecked(new SqlDecimal(38, 0, value >= 0, (int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), (int)(uint)(magnitude >> 96)));
    }

    private static Int128 FromSqlDecimal(SqlDecimal value)
    {
        int[] data = value.Data;
        UInt128 magnitude = unchecked(((UInt128)(uint)data[3] << 96) | ((UInt128)(uint)data[2] << 64) | ((UInt128)(uint)data[1] << 32) | (uint)data[0]);
        return value.IsPositive ? (Int128)magnitude : -(Int128)magnitude;
    }
}
