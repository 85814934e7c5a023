using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// The streaming tokenizer behind <see cref="InventoryCsv"/>: reads characters into one reusable buffer and hands each
/// row's fields to <see cref="InventoryCsvRows"/> as positions in that buffer, so the happy path allocates neither
/// strings nor per-row arrays.
/// </summary>
/// <remarks>
/// Line ends are LF, CRLF and a lone CR, each one line end, everywhere (rows, comments, inside quotes for the line
/// count). Quoted fields follow RFC 4180 leniently: a quote toggles quoting wherever it appears in a field, and a
/// doubled quote inside quotes is a literal quote. The reader never peeks at its source: it decides with characters
/// already in its buffer, or reads more.
/// </remarks>
internal sealed class InventoryCsvReader
{
    private const int InitialChars = 1 << 16;
    private const int ByteBufferSize = 1 << 16;
    private const long ProgressEvery = 1 << 20;

    /// <summary>The characters that end a field or row, or start quoting (a literal, not a static <c>SearchValues</c>: the hot methods are compiled fully optimised before the class's statics exist, so a static would not be folded).</summary>
    private const string Specials = ",\"\r\n";

    private readonly TextReader? _text;
    private readonly Stream? _stream;
    private readonly Decoder? _decoder;
    private readonly byte[]? _bytes;
    private readonly long? _length;
    private readonly IProgress<InventoryCsvProgress>? _progress;
    private readonly InventoryCsvRows _rows;
    private int _byteStart;
    private int _byteEnd;
    private bool _sourceDone;
    private bool _bomChecked;
    private long _position;
    private long _lastReport;

    private char[] _buf = new char[InitialChars];
    private int _pos;
    private int _end;
    private bool _eof;
    private int _line = 1;
    private int[] _fieldStart = new int[8];
    private int[] _fieldLength = new int[8];
    private int _fieldCount;
    private long _limit = long.MaxValue;

    internal InventoryCsvReader(TextReader reader, IProgress<InventoryCsvProgress>? progress, int capacity)
    {
        _text = reader;
        _progress = progress;
        _rows = new InventoryCsvRows(capacity);
    }

    internal InventoryCsvReader(Stream stream, IProgress<InventoryCsvProgress>? progress, int capacity, long? length)
    {
        _stream = stream;
        _decoder = new UTF8Encoding(false, false).GetDecoder();
        _bytes = new byte[ByteBufferSize];
        _length = length;
        _progress = progress;
        _rows = new InventoryCsvRows(capacity);
    }

    /// <summary>A reader of one partition of a file: at most <paramref name="limit"/> bytes from the stream's position, into <paramref name="rows"/>.</summary>
    internal InventoryCsvReader(Stream stream, InventoryCsvRows rows, long limit, bool checkBom)
    {
        _stream = stream;
        _decoder = new UTF8Encoding(false, false).GetDecoder();
        _bytes = new byte[ByteBufferSize];
        _rows = rows;
        _limit = limit;
        _bomChecked = !checkBom;
    }

    private enum Step
    {
        Row,
        NeedMore,
        Stop,
    }

    /// <summary>Gets the rows' collector.</summary>
    internal InventoryCsvRows Rows => _rows;

    /// <summary>Gets the number of line ends read (rows, comments and blank lines); valid after <see cref="ReadAll"/>.</summary>
    internal int LinesRead => _line - 1;

    internal InventoryParseResult Run()
    {
        ReadAll();
        return Finish();
    }

    /// <summary>Reads every row into <see cref="Rows"/> without building the result.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal void ReadAll()
    {
        while (true)
        {
            Compact();
            int read = _text is not null ? _text.Read(_buf, _end, _buf.Length - _end) : DecodeFromStream();
            AfterRead(read);
            if (ParseAvailable())
            {
                ReportEnd();
                return;
            }
        }
    }

    internal async Task<InventoryParseResult> RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Compact();
            int read = _text is not null
                ? await _text.ReadAsync(_buf.AsMemory(_end), cancellationToken).ConfigureAwait(false)
                : await DecodeFromStreamAsync(cancellationToken).ConfigureAwait(false);
            AfterRead(read);
            if (ParseAvailable())
            {
                ReportEnd();
                return Finish();
            }
        }
    }

    /// <summary>Counts the line feeds (or, if there are none, carriage returns) of a seekable stream: a capacity hint.</summary>
    internal static int CountLines(Stream stream)
    {
        long start = stream.Position;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        long lf = 0;
        long cr = 0;
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                lf += buffer.AsSpan(0, n).Count((byte)'\n');
                if (lf == 0)
                {
                    cr += buffer.AsSpan(0, n).Count((byte)'\r');
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
        }

        return (int)Math.Min(Array.MaxLength, lf > 0 ? lf : cr);
    }

    /// <summary>Whether a seekable stream holds a quote character anywhere (then a split point may fall inside a quoted field).</summary>
    internal static bool ContainsQuote(Stream stream)
    {
        long start = stream.Position;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            int n;
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (buffer.AsSpan(0, n).Contains((byte)'"'))
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            stream.Position = start;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Compact()
    {
        if (_pos > 0)
        {
            _buf.AsSpan(_pos, _end - _pos).CopyTo(_buf);
            _end -= _pos;
            _pos = 0;
        }

        // At least two characters of room: a decoder cannot write half of a surrogate pair, so one char of room
        // before a character outside the BMP would make it throw instead of reading on.
        if (_buf.Length - _end < 2)
        {
            Array.Resize(ref _buf, checked(_buf.Length * 2));
        }
    }

    private void AfterRead(int read)
    {
        if (read <= 0)
        {
            _eof = true;
        }
        else
        {
            _end += read;
            if (_text is not null)
            {
                _position += read;
            }
        }

        // The final report comes from ReportEnd, once the rows that needed the end of input have been read.
        if (_progress is not null && !_eof && _position - _lastReport >= ProgressEvery)
        {
            _lastReport = _position;
            _progress.Report(new InventoryCsvProgress(_rows.RowCount, _position, _length));
        }
    }

    private void ReportEnd()
    {
        if (_progress is not null)
        {
            _lastReport = _position;
            _progress.Report(new InventoryCsvProgress(_rows.RowCount, _position, _length));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int DecodeFromStream()
    {
        int chars;
        while ((chars = DecodeBuffered()) < 0)
        {
            FilledBytes(_stream!.Read(_bytes!, _byteEnd, Wanted()));
        }

        return chars;
    }

    private async Task<int> DecodeFromStreamAsync(CancellationToken cancellationToken)
    {
        int chars;
        while ((chars = DecodeBuffered()) < 0)
        {
            FilledBytes(await _stream!.ReadAsync(_bytes.AsMemory(_byteEnd, Wanted()), cancellationToken).ConfigureAwait(false));
        }

        return chars;
    }

    private int Wanted() => (int)Math.Min(_bytes!.Length - _byteEnd, _limit);

    private void FilledBytes(int n)
    {
        _limit -= n;
        _byteEnd += n;
        _sourceDone = n == 0;
        _position += n;
    }

    /// <summary>Decodes buffered bytes: the characters decoded, 0 at the end of the stream, or -1 if more bytes are needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int DecodeBuffered()
    {
        int available = _byteEnd - _byteStart;
        if (!_bomChecked && (available >= 3 || _sourceDone))
        {
            _bomChecked = true;
            if (_bytes.AsSpan(_byteStart, available).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                _byteStart += 3;
                available -= 3;
            }
        }

        if (_bomChecked)
        {
            _decoder!.Convert(_bytes.AsSpan(_byteStart, available), _buf.AsSpan(_end), _sourceDone, out int used, out int chars, out _);
            _byteStart += used;
            if (chars > 0 || (_sourceDone && _byteStart == _byteEnd))
            {
                return chars;
            }
        }

        // Keep what is left (part of a BOM or of a multi-byte character) at the front and read on.
        _bytes.AsSpan(_byteStart, _byteEnd - _byteStart).CopyTo(_bytes);
        _byteEnd -= _byteStart;
        _byteStart = 0;
        return -1;
    }

    /// <summary>Reads every complete row in the buffer; returns true when the text is done.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ParseAvailable()
    {
        while (true)
        {
            switch (NextRow())
            {
                case Step.Row:
                    continue;
                case Step.Stop:
                    return true;
                default:
                    return _eof;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Step NextRow()
    {
        int p = _pos;
        if (p == _end)
        {
            return _eof ? Step.Stop : Step.NeedMore;
        }

        char[] buf = _buf;
        if (buf[p] == '#')
        {
            int i = buf.AsSpan(p, _end - p).IndexOfAny('\r', '\n');
            if (i < 0)
            {
                if (!_eof)
                {
                    return Step.NeedMore;
                }

                _pos = _end;
                return Step.Row;
            }

            int ending = LineEndLength(p + i);
            if (ending == 0)
            {
                return Step.NeedMore;
            }

            _pos = p + i + ending;
            _line++;
            return Step.Row;
        }

        _fieldCount = 0;
        int s = p;
        while (true)
        {
            int i = IndexOfSpecial(buf, s, _end);
            if (i < 0)
            {
                if (!_eof)
                {
                    return Step.NeedMore;
                }

                AddField(s, _end - s);
                _pos = _end;
                _rows.Row(this, _line, terminated: false);
                return Step.Row;
            }

            char c = buf[s + i];
            if (c == ',')
            {
                AddField(s, i);
                s += i + 1;
                continue;
            }

            if (c == '"')
            {
                return QuotedRow(p);
            }

            int ending = LineEndLength(s + i);
            if (ending == 0)
            {
                return Step.NeedMore;
            }

            AddField(s, i);
            _pos = s + i + ending;
            _rows.Row(this, _line, terminated: true);
            _line++;
            return Step.Row;
        }
    }

    /// <summary>
    /// The index of the first of <c>, " CR LF</c> in <paramref name="buf"/>[<paramref name="start"/>..<paramref name="end"/>]
    /// relative to <paramref name="start"/>, or -1: the next 16 characters in one vector compare (a field usually ends
    /// there), else the general search.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexOfSpecial(char[] buf, int start, int end)
    {
        if (Vector256.IsHardwareAccelerated && end - start >= Vector256<ushort>.Count)
        {
            Vector256<ushort> v = Vector256.Create(MemoryMarshal.Cast<char, ushort>(buf.AsSpan(start, Vector256<ushort>.Count)));
            uint mask = (Vector256.Equals(v, Vector256.Create((ushort)','))
                | Vector256.Equals(v, Vector256.Create((ushort)'"'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\r'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\n'))).ExtractMostSignificantBits();
            if (mask != 0)
            {
                return BitOperations.TrailingZeroCount(mask);
            }
        }

        return buf.AsSpan(start, end - start).IndexOfAny(Specials.AsSpan());
    }

    /// <summary>The length of the line end at <paramref name="at"/> (1 or 2), or 0 if a CR is last in the buffer and more may follow.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int LineEndLength(int at)
    {
        if (_buf[at] == '\n')
        {
            return 1;
        }

        if (at + 1 < _end)
        {
            return _buf[at + 1] == '\n' ? 2 : 1;
        }

        return _eof ? 1 : 0;
    }

    /// <summary>A row with a quote somewhere: find its end first (nothing changes if more text is needed), then unquote in place.</summary>
    private Step QuotedRow(int p)
    {
        char[] buf = _buf;
        bool quoted = false;
        int j = p;
        int rowEnd = -1;
        for (; j < _end; j++)
        {
            char c = buf[j];
            if (quoted)
            {
                if (c == '"')
                {
                    if (j + 1 == _end && !_eof)
                    {
                        return Step.NeedMore;
                    }

                    if (j + 1 < _end && buf[j + 1] == '"')
                    {
                        j++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is '\r' or '\n')
            {
                rowEnd = j;
                break;
            }
        }

        int ending = 0;
        if (rowEnd < 0)
        {
            if (!_eof)
            {
                return Step.NeedMore;
            }

            if (quoted)
            {
                _rows.Malformed(_line);
                return Step.Stop;
            }

            rowEnd = _end;
        }
        else
        {
            ending = LineEndLength(rowEnd);
            if (ending == 0)
            {
                return Step.NeedMore;
            }
        }

        int rowLine = _line;
        _fieldCount = 0;
        int w = p;
        int fieldStart = p;
        quoted = false;
        for (int r = p; r < rowEnd; r++)
        {
            char c = buf[r];
            if (c == '"')
            {
                if (quoted && r + 1 < rowEnd && buf[r + 1] == '"')
                {
                    buf[w++] = '"';
                    r++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                AddField(fieldStart, w - fieldStart);
                w++;
                fieldStart = w;
            }
            else
            {
                if (c == '\n' || (c == '\r' && (r + 1 >= rowEnd || buf[r + 1] != '\n')))
                {
                    _line++;
                }

                buf[w++] = c;
            }
        }

        AddField(fieldStart, w - fieldStart);
        _pos = rowEnd + ending;
        _rows.Row(this, rowLine, terminated: ending > 0);
        _line++;
        return Step.Row;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddField(int start, int length)
    {
        int f = _fieldCount;
        if (f == _fieldStart.Length)
        {
            Array.Resize(ref _fieldStart, f * 2);
            Array.Resize(ref _fieldLength, f * 2);
        }

        _fieldStart[f] = start;
        _fieldLength[f] = length;
        _fieldCount = f + 1;
    }

    internal int FieldCount => _fieldCount;

    internal ReadOnlySpan<char> Field(int index) => _buf.AsSpan(_fieldStart[index], _fieldLength[index]);

    /// <summary>The field without leading and trailing white space (<see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>), with a shortcut when both ends are printable ASCII.</summary>
    internal ReadOnlySpan<char> TrimmedField(int index)
    {
        ReadOnlySpan<char> field = Field(index);
        return !field.IsEmpty && unchecked((uint)(field[0] - '!')) <= '~' - '!' && unchecked((uint)(field[^1] - '!')) <= '~' - '!' ? field : field.Trim();
    }

    private InventoryParseResult Finish() => _rows.Result();
}
