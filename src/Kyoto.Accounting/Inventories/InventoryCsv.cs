using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Reads and writes emission inventories as CSV: a header row naming the columns <c>party</c>, <c>year</c>,
/// <c>gas</c>, <c>source</c> and <c>mass_t</c> (any order), then one record per row. The format is documented in
/// <see href="https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/formats.md">docs/formats.md</see> in the repository.
/// </summary>
/// <remarks>
/// <para>
/// Reading never stops at the first bad row and never drops a row: every rejected field is reported with its row,
/// column, field, text, stable code and reason (<see cref="InventoryParseError"/>), and if there is any error there is
/// no inventory. NaN, infinities, exponent notation, non-numeric text, more than six decimals of a tonne, masses
/// beyond <see cref="InventoryRecord.MaxMagnitude"/>, negative masses of source categories, years outside
/// [<see cref="InventoryRecord.MinYear"/>, <see cref="InventoryRecord.MaxYear"/>] and unknown codes are rejected.
/// </para>
/// <para>
/// Fields follow RFC 4180 (quotes allowed); lines starting with <c>#</c> are comments; blank lines are skipped. LF, CRLF
/// and a lone CR each end a line, everywhere. Every row, the last one included, must end with a line end: a last row
/// without one is reported as <see cref="InventoryErrorCode.UnterminatedRow"/>, because a file cut short in its last
/// number would otherwise read as a different value.
/// </para>
/// <para>
/// Reading streams: the text is read in blocks into one buffer, and a valid row allocates nothing, so memory is the
/// inventory being built plus a few buffers. Streams and files are read as UTF-8. This type is thread-safe.
/// </para>
/// </remarks>
public static class InventoryCsv
{
    /// <summary>The header row <see cref="Write"/> produces (the order of columns is free when reading).</summary>
    public const string Header = "party,year,gas,source,mass_t";

    /// <summary>Reads an inventory, collecting every error instead of throwing.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static InventoryParseResult Parse(TextReader reader) => Parse(reader, null);

    /// <summary>Reads an inventory, collecting every error instead of throwing, and reports progress.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="progress">Receives the rows and characters read so far, or null.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    public static InventoryParseResult Parse(TextReader reader, IProgress<InventoryCsvProgress>? progress)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        return new InventoryCsvReader(reader, progress, 16).Run();
    }

    /// <summary>Reads an inventory from a string, collecting every error instead of throwing.</summary>
    /// <param name="text">The CSV text.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static InventoryParseResult Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        using var reader = new StringReader(text);
        return new InventoryCsvReader(reader, null, CountLineFeeds(text)).Run();
    }

    /// <summary>Reads an inventory from a UTF-8 stream (a byte order mark is skipped), collecting every error instead of throwing.</summary>
    /// <param name="stream">The CSV bytes; read to its end, not closed.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static InventoryParseResult Parse(Stream stream) => Parse(stream, null);

    /// <summary>Reads an inventory from a UTF-8 stream (a byte order mark is skipped), collecting every error instead of throwing.</summary>
    /// <param name="stream">The CSV bytes; read to its end, not closed.</param>
    /// <param name="progress">Receives the rows and bytes read so far, or null.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static InventoryParseResult Parse(Stream stream, IProgress<InventoryCsvProgress>? progress)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        return StreamReaderFor(stream, progress).Run();
    }

    /// <summary>Reads an inventory from a UTF-8 stream asynchronously, collecting every error instead of throwing.</summary>
    /// <param name="stream">The CSV bytes; read to its end, not closed.</param>
    /// <param name="progress">Receives the rows and bytes read so far, or null.</param>
    /// <param name="cancellationToken">Cancels the reading (checked before each block of input).</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static Task<InventoryParseResult> ParseAsync(Stream stream, IProgress<InventoryCsvProgress>? progress, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        return StreamReaderFor(stream, progress).RunAsync(cancellationToken);
    }

    /// <summary>Reads an inventory from a text reader asynchronously, collecting every error instead of throwing.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="progress">Receives the rows and characters read so far, or null.</param>
    /// <param name="cancellationToken">Cancels the reading (checked before each block of input).</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    public static Task<InventoryParseResult> ParseAsync(TextReader reader, IProgress<InventoryCsvProgress>? progress, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(reader, nameof(reader));
        return new InventoryCsvReader(reader, progress, 16).RunAsync(cancellationToken);
    }

    /// <summary>Reads an inventory from a UTF-8 file, collecting every error instead of throwing.</summary>
    /// <param name="path">The path of the CSV file.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static InventoryParseResult ParseFile(string path) => ParseFile(path, null);

    /// <summary>Reads an inventory from a UTF-8 file, collecting every error instead of throwing, and reports progress.</summary>
    /// <param name="path">The path of the CSV file.</param>
    /// <param name="progress">Receives the rows and bytes read so far, or null.</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <remarks>
    /// Without <paramref name="progress"/>, a file of 1 MB or more whose first line is exactly <see cref="Header"/> and
    /// which contains no quote character is read in two halves on two threads, split at a line end; the result (records,
    /// their order, every error) is the same as reading it in one pass.
    /// </remarks>
    /// <example>
    /// <code>
    /// InventoryParseResult result = InventoryCsv.ParseFile("inventory.csv", new Progress&lt;InventoryCsvProgress&gt;(p => Console.Write($"\r{p.Position * 100 / (p.Length ?? 1)} %")));
    /// if (!result.Success) { foreach (InventoryParseError e in result.Errors) Console.WriteLine(e); }
    /// </code>
    /// </example>
    public static InventoryParseResult ParseFile(string path, IProgress<InventoryCsvProgress>? progress)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        if (progress is null && Environment.ProcessorCount >= 2 && new FileInfo(path).Length >= InventoryCsvParallel.MinimumLength
            && InventoryCsvParallel.TryParse(path, null) is { } parallel)
        {
            return parallel;
        }

        using FileStream file = OpenFile(path, useAsync: false);
        return StreamReaderFor(file, progress).Run();
    }

    /// <summary>Reads an inventory from a UTF-8 file asynchronously, collecting every error instead of throwing.</summary>
    /// <param name="path">The path of the CSV file.</param>
    /// <param name="progress">Receives the rows and bytes read so far, or null.</param>
    /// <param name="cancellationToken">Cancels the reading (checked before each block of input).</param>
    /// <returns>The inventory, or every error found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Cancelled.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static async Task<InventoryParseResult> ParseFileAsync(string path, IProgress<InventoryCsvProgress>? progress, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        FileStream file = OpenFile(path, useAsync: true);
        await using (file.ConfigureAwait(false))
        {
            return await StreamReaderFor(file, progress).RunAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads an inventory from a UTF-8 file or throws listing every error (the throwing twin of <see cref="ParseFile(string)"/>).</summary>
    /// <param name="path">The path of the CSV file.</param>
    /// <returns>The inventory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InventoryFormatException">The file has errors; the exception lists them all.</exception>
    public static EmissionInventory ReadFile(string path) => ParseFile(path).GetValueOrThrow();

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

    private static FileStream OpenFile(string path, bool useAsync) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync ? FileOptions.Asynchronous | FileOptions.SequentialScan : FileOptions.SequentialScan);

    // A seekable stream is counted first (line feeds, at memory speed) so the builder's columns get their final size
    // and Build() hands them over without a copy; the capacity is only a hint.
    private static InventoryCsvReader StreamReaderFor(Stream stream, IProgress<InventoryCsvProgress>? progress) => stream.CanSeek
        ? new InventoryCsvReader(stream, progress, Math.Max(0, InventoryCsvReader.CountLines(stream) - 1), stream.Length - stream.Position)
        : new InventoryCsvReader(stream, progress, 16, null);

    private static int CountLineFeeds(string text)
    {
        int lines = text.AsSpan().Count('\n');
        return Math.Max(0, (lines == 0 ? text.AsSpan().Count('\r') : lines) - 1);
    }
}
