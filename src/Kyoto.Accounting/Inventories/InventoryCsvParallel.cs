using System;
using System.Buffers;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Reads a CSV file in two partitions on two threads, split at a line end, with a result identical to one pass:
/// the same records in the same order, the same errors with the same rows, columns and codes.
/// </summary>
/// <remarks>
/// The split is only safe when no line end can be inside a quoted field and the second partition knows the header,
/// so the file is read in two only when it contains no quote character at all and its first line is exactly
/// <see cref="InventoryCsv.Header"/> (no byte order mark), as <see cref="InventoryCsv.Write"/> produces; otherwise
/// the caller reads it in one pass. The split is after the first line end at or after the midpoint (after the LF of
/// a CRLF), so both partitions start at the beginning of a line; the second partition's rows are renumbered by the
/// line ends of the first.
/// </remarks>
internal static class InventoryCsvParallel
{
    /// <summary>Files smaller than this are read in one pass (the second thread would cost more than it saves).</summary>
    internal const long MinimumLength = 1 << 20;

    private const int ScanBlock = 1 << 17;

    private static readonly byte[] HeaderLine = Encoding.ASCII.GetBytes(InventoryCsv.Header);

    /// <summary>
    /// Reads <paramref name="path"/> in two partitions, the split searched from <paramref name="searchFrom"/> (the
    /// midpoint if null); null when the file cannot be split safely.
    /// </summary>
    internal static InventoryParseResult? TryParse(string path, long? searchFrom)
    {
        long length;
        long split;
        Scan first = default;
        Scan second = default;
        using (SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
        {
            length = RandomAccess.GetLength(handle);
            if (!StartsWithHeader(handle))
            {
                return null;
            }

            split = FindSplit(handle, length, searchFrom ?? length / 2);
            if (split <= HeaderLine.Length || split >= length)
            {
                return null;
            }

            // One pass over each half, both halves at once: its line ends (the builders' capacities) and whether it
            // holds a quote (then the file is read in one pass).
            var quoteSeen = new StrongBox<bool>();
            Parallel.Invoke(() => first = ScanRange(handle, 0, split, quoteSeen), () => second = ScanRange(handle, split, length, quoteSeen));
            if (quoteSeen.Value)
            {
                return null;
            }
        }

        // Line feeds, or carriage returns if the file has no line feed at all, as InventoryCsvReader.CountLines.
        bool byLineFeed = first.LineFeeds + second.LineFeeds > 0;
        long secondLines = byLineFeed ? second.LineFeeds : second.CarriageReturns;
        long firstLines = byLineFeed ? first.LineFeeds : first.CarriageReturns;
        int capacity = (int)Math.Clamp(firstLines + secondLines - 1, 0, Array.MaxLength);

        // One set of columns for both halves: the second half writes from the first half's line count less the
        // header (an upper bound of its records: comments, blank lines and errors add none), and Join moves its
        // records down by the gap, if any, once both are read.
        var builder = new EmissionInventoryBuilder(capacity);
        EmissionInventoryBuilder secondPart = builder.SplitAt((int)Math.Clamp(firstLines - 1, 0, capacity));
        using FileStream firstFile = Open(path, 0);
        using FileStream secondFile = Open(path, split);
        var firstReader = new InventoryCsvReader(firstFile, new InventoryCsvRows(builder, afterStandardHeader: false), split, checkBom: false);
        var secondReader = new InventoryCsvReader(secondFile, new InventoryCsvRows(secondPart, afterStandardHeader: true), length - split, checkBom: false);
        Task other = Task.Run(secondReader.ReadAll);
        try
        {
            firstReader.ReadAll();
        }
        finally
        {
            other.GetAwaiter().GetResult();
        }

        return InventoryCsvRows.Merge(firstReader.Rows, secondReader.Rows, firstReader.LinesRead);
    }

    private static FileStream Open(string path, long position)
    {
        // No FileStream buffer: the reader reads blocks of its own.
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 0, FileOptions.SequentialScan);
        file.Position = position;
        return file;
    }

    /// <summary>Counts the line feeds of [<paramref name="start"/>, <paramref name="end"/>) (and the carriage returns until the first line feed) and looks for a quote (stops early once either half saw one).</summary>
    private static Scan ScanRange(SafeFileHandle handle, long start, long end, StrongBox<bool> quoteSeen)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ScanBlock);
        long lf = 0;
        long cr = 0;
        try
        {
            for (long at = start; at < end && !Volatile.Read(ref quoteSeen.Value);)
            {
                int n = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(ScanBlock, end - at)), at);
                if (n <= 0)
                {
                    break;
                }

                ReadOnlySpan<byte> block = buffer.AsSpan(0, n);
                if (block.Contains((byte)'"'))
                {
                    Volatile.Write(ref quoteSeen.Value, true);
                }

                lf += block.Count((byte)'\n');
                if (lf == 0)
                {
                    cr += block.Count((byte)'\r');
                }
                at += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return new Scan(lf, cr);
    }

    private static bool StartsWithHeader(SafeFileHandle handle)
    {
        Span<byte> start = stackalloc byte[64];
        int n = RandomAccess.Read(handle, start[..(HeaderLine.Length + 1)], 0);
        return n == HeaderLine.Length + 1 && start[..HeaderLine.Length].SequenceEqual(HeaderLine) && start[HeaderLine.Length] is (byte)'\n' or (byte)'\r';
    }

    /// <summary>The position just after the first line end at or after <paramref name="from"/>, or -1.</summary>
    private static long FindSplit(SafeFileHandle handle, long length, long from)
    {
        byte[] chunk = new byte[1 << 16];
        int n = 0;
        while (n < chunk.Length && from + n < length)
        {
            int read = RandomAccess.Read(handle, chunk.AsSpan(n), from + n);
            if (read <= 0)
            {
                break;
            }

            n += read;
        }

        int i = chunk.AsSpan(0, n).IndexOfAny((byte)'\n', (byte)'\r');
        if (i < 0 || (chunk[i] == '\r' && i + 1 == n && from + n < length))
        {
            return -1;
        }

        return from + i + (chunk[i] == '\r' && i + 1 < n && chunk[i + 1] == '\n' ? 2 : 1);
    }

    /// <summary>The line feeds and carriage returns of one half.</summary>
    private readonly record struct Scan(long LineFeeds, long CarriageReturns);
}
