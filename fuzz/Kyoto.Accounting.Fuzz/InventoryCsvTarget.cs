using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Inventories;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// The inventory CSV reader. Oracles: nothing but <see cref="InventoryFormatException"/> escapes; success exactly when
/// there are no errors; errors in row order with columns in range; on success, <c>Count == RowCount</c> and
/// <c>Write</c> then <c>Parse</c> gives the same records; and the string, a <c>TextReader</c> without <c>Peek</c>, and
/// a UTF-8 stream returning one byte per read give identical results.
/// </summary>
public sealed class InventoryCsvTarget : IFuzzTarget
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <inheritdoc/>
    public string Name => "inventory-csv";

    /// <inheritdoc/>
    public IReadOnlyList<string> Tokens { get; } = new[]
    {
        "party", "year", "gas", "source", "mass_t", InventoryCsv.Header, ",", "\"", "\"\"", "\n", "\r\n", "\r", "#", "\0", "\uFEFF",
        "DEU", "AUS", "EUU", "1990", "2100", "1969", "CO2", "CH4", "SF6", "HFC-134a", "NF3", "1.A.1", "4.D", "LULUCF-AR", "LULUCF-D",
        "-", "+", ".", "0.000001", "0.0000001", "NaN", "Infinity", "∞", "1e6", "9223372036854.775807", "9223372036854.775808",
        "-9223372036854.775808", "00000000000000000000001", "1,5", "1_000", "\u00A0", "١٢٣", "１２",
    };

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> data)
    {
        string text = Utf8.GetString(data);
        InventoryParseResult fromString = InventoryCsv.Parse(text);
        Check(fromString);
        using (var reader = new PeeklessReader(text))
        {
            Same(fromString, InventoryCsv.Parse(reader), "a TextReader without Peek");
        }

        // The stream decodes the bytes itself; compare it with the string only when the bytes are valid UTF-8 without BOM
        // (otherwise replacement characters may be placed differently across read boundaries).
        if (!data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && Utf8.GetByteCount(text) == data.Length && Utf8.GetBytes(text).AsSpan().SequenceEqual(data))
        {
            using var stream = new OneBytePerRead(data.ToArray());
            Same(fromString, InventoryCsv.Parse(stream), "a UTF-8 stream read one byte at a time");
        }
    }

    private static void Check(InventoryParseResult result)
    {
        if (result.Success != (result.Errors.Count == 0))
        {
            throw new OracleException("Success is " + result.Success + " with " + result.Errors.Count + " error(s).");
        }

        int previous = 0;
        foreach (InventoryParseError error in result.Errors)
        {
            if (error.Row < previous || error.Row < 0 || error.Column < 0 || string.IsNullOrWhiteSpace(error.Reason) || !Enum.IsDefined(error.Code))
            {
                throw new OracleException("Malformed or out-of-order error: " + error);
            }

            previous = error.Row;
        }

        if (!result.Success)
        {
            try
            {
                result.GetValueOrThrow();
                throw new OracleException("GetValueOrThrow did not throw on a failed result.");
            }
            catch (InventoryFormatException)
            {
            }

            return;
        }

        EmissionInventory inventory = result.Value;
        if (inventory.Count != result.RowCount)
        {
            throw new OracleException("Count " + inventory.Count + " differs from RowCount " + result.RowCount + ".");
        }

        using var writer = new StringWriter();
        InventoryCsv.Write(inventory, writer);
        InventoryParseResult again = InventoryCsv.Parse(writer.ToString());
        if (!again.Success || !again.Value.GetRecords().SequenceEqual(inventory.GetRecords()))
        {
            throw new OracleException("Write then Parse did not give the same records.");
        }
    }

    private static void Same(InventoryParseResult expected, InventoryParseResult actual, string how)
    {
        if (expected.Success != actual.Success
            || expected.RowCount != actual.RowCount
            || !expected.Errors.Select(e => e.ToString()).SequenceEqual(actual.Errors.Select(e => e.ToString()))
            || (expected.Success && !expected.Value.GetRecords().SequenceEqual(actual.Value.GetRecords())))
        {
            throw new OracleException("Reading through " + how + " gave a different result than reading the string.");
        }
    }

    private sealed class OneBytePerRead(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, 1)]);
    }
}
