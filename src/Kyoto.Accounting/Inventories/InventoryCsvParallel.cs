using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;

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

    private static readonly byte[] HeaderLine = Encoding.ASCII.GetBytes(InventoryCsv.Header);

    /// <summary>
    /// Reads <paramref name="path"/> in two partitions, the split searched from <paramref name="searchFrom"/> (the
    /// midpoint if null); null when the file cannot be split safely.
    /// </summary>
    internal static InventoryParseResult? TryParse(string path, long? searchFrom)
    {
        long length;
        int capacity;
        long split;
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
        {
            length = file.Length;
            if (!StartsWithHeader(file) || InventoryCsvReader.ContainsQuote(file))
            {
                return null;
            }

            split = FindSplit(file, searchFrom ?? length / 2);
            if (split <= HeaderLine.Length || split >= length)
            {
                return null;
            }

            capacity = Math.Max(0, InventoryCsvReader.CountLines(file) - 1);
        }

        using FileStream firstFile = Open(path, 0);
        using FileStream secondFile = Open(path, split);
        var first = new InventoryCsvReader(firstFile, new InventoryCsvRows(capacity), split, checkBom: false);
        var second = new InventoryCsvReader(secondFile, new InventoryCsvRows((int)Math.Min(capacity, (capacity * (length - split) / Math.Max(1, length)) + 1024), afterStandardHeader: true), length - split, checkBom: false);
        Task other = Task.Run(second.ReadAll);
        try
        {
            first.ReadAll();
        }
        finally
        {
            other.GetAwaiter().GetResult();
        }

        return InventoryCsvRows.Merge(first.Rows, second.Rows, first.LinesRead);
    }

    private static FileStream Open(string path, long position)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        file.Position = position;
        return file;
    }

    private static bool StartsWithHeader(FileStream file)
    {
        Span<byte> start = stackalloc byte[64];
        int n = file.ReadAtLeast(start[..(HeaderLine.Length + 1)], HeaderLine.Length + 1, throwOnEndOfStream: false);
        file.Position = 0;
        return n == HeaderLine.Length + 1 && start[..HeaderLine.Length].SequenceEqual(HeaderLine) && start[HeaderLine.Length] is (byte)'\n' or (byte)'\r';
    }

    /// <summary>The position just after the first line end at or after <paramref name="from"/>, or -1.</summary>
    private static long FindSplit(FileStream file, long from)
    {
        byte[] chunk = new byte[1 << 16];
        file.Position = from;
        int n = file.ReadAtLeast(chunk, chunk.Length, throwOnEndOfStream: false);
        file.Position = 0;
        int i = chunk.AsSpan(0, n).IndexOfAny((byte)'\n', (byte)'\r');
        if (i < 0 || (chunk[i] == '\r' && i + 1 == n && from + n < file.Length))
        {
            return -1;
        }

        return from + i + (chunk[i] == '\r' && i + 1 < n && chunk[i + 1] == '\n' ? 2 : 1);
    }
}
