using System;
using System.Buffers.Binary;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>What a scan of the journal's records found at their end.</summary>
/// <remarks>
/// <paramref name="TornBytes"/> counts the bytes after the valid records up to the last non-zero byte: zeros after the
/// records are space the writer preallocated (see <see cref="JournalWriter"/>), not a torn tail.
/// </remarks>
internal readonly record struct ScanEnd(long ValidLength, long Records, long LastRecordOffset, uint LastRecordChecksum, string? TailProblem, long TornBytes = 0);

/// <summary>
/// Reads the framed records of a journal file in order, checking each frame's length and checksum. A bad frame with no
/// valid frame after it is a torn tail (the end of an interrupted write); a bad frame followed by a valid one is
/// corruption and throws <see cref="JournalFormatException"/>. Zeros after the last record end the journal cleanly:
/// the writer preallocates the file with zeros so that flushing a record does not also have to flush the file's size.
/// </summary>
internal sealed class JournalScanner
{
    internal delegate void RecordHandler(ReadOnlySpan<byte> payload, long offset, long sequence);

    private readonly SafeFileHandle _file;
    private readonly long _length;
    private byte[] _buffer = new byte[1 << 20];
    private long _bufferOffset;
    private long _dataEnd = -1;
    private int _bufferLength;

    internal JournalScanner(SafeFileHandle file)
    {
        _file = file;
        _length = RandomAccess.GetLength(file);
    }

    internal long FileLength => _length;

    /// <summary>Scans from <paramref name="offset"/> (a record boundary) to the end, handing each valid record to <paramref name="handler"/>; returning false from <paramref name="stop"/> ends early.</summary>
    internal ScanEnd Scan(long offset, long records, long lastOffset, uint lastChecksum, RecordHandler handler, Func<bool>? stop = null)
    {
        long position = offset;
        while (position < _length)
        {
            if (stop is not null && stop())
            {
                return new ScanEnd(position, records, lastOffset, lastChecksum, null);
            }

            string? problem = CheckFrame(position, out int payloadLength, out uint checksum);
            if (problem is not null)
            {
                long dataEnd = DataEnd();
                if (dataEnd <= position)
                {
                    // Only zeros from here: preallocated space, the clean end of the journal.
                    return new ScanEnd(position, records, lastOffset, lastChecksum, null);
                }

                long next = FindValidFrame(position + 1, dataEnd);
                if (next >= 0)
                {
                    throw new JournalFormatException(
                        JournalFormat.Describe(position) + " is damaged (" + problem + ") and valid records follow it (at byte offset "
                        + next.ToString(System.Globalization.CultureInfo.InvariantCulture) + "): the file is corrupt, not merely cut short. Restore it from a copy; nothing was truncated.",
                        position);
                }

                return new ScanEnd(position, records, lastOffset, lastChecksum, problem, dataEnd - position);
            }

            records++;
            handler(Span(position + JournalFormat.FrameLength, payloadLength), position, records);
            lastOffset = position;
            lastChecksum = checksum;
            position += JournalFormat.FrameLength + payloadLength;
        }

        return new ScanEnd(position, records, lastOffset, lastChecksum, null);
    }

    /// <summary>Reads the frame at an offset; returns why it is not a valid record, or null.</summary>
    internal string? CheckFrame(long position, out int payloadLength, out uint checksum)
    {
        payloadLength = 0;
        checksum = 0;
        if (_length - position < JournalFormat.FrameLength)
        {
            return "the file ends inside a record's frame";
        }

        ReadOnlySpan<byte> frame = Span(position, JournalFormat.FrameLength);
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(frame);
        checksum = BinaryPrimitives.ReadUInt32LittleEndian(frame.Slice(4));
        if (length == 0 || length > JournalFormat.MaxPayload)
        {
            return "impossible record length " + length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (_length - position - JournalFormat.FrameLength < length)
        {
            return "the record's length runs past the end of the file";
        }

        payloadLength = (int)length;
        ReadOnlySpan<byte> whole = Span(position, JournalFormat.FrameLength + payloadLength);
        uint actual = ~JournalFormat.Accumulate(JournalFormat.Accumulate(0xFFFF_FFFFu, whole.Slice(0, 4)), whole.Slice(JournalFormat.FrameLength));
        return actual == checksum ? null : "checksum mismatch";
    }

    /// <summary>Returns the offset just after the file's last non-zero byte (0 if the file is all zeros).</summary>
    internal long DataEnd()
    {
        if (_dataEnd >= 0)
        {
            return _dataEnd;
        }

        var block = new byte[1 << 20];
        long end = _length;
        while (end > 0)
        {
            int count = (int)Math.Min(block.Length, end);
            long start = end - count;
            int read = 0;
            while (read < count)
            {
                int n = RandomAccess.Read(_file, block.AsSpan(read, count - read), start + read);
                if (n == 0)
                {
                    throw new IOException("The journal file shrank while it was being read.");
                }

                read += n;
            }

            int last = block.AsSpan(0, count).LastIndexOfAnyExcept((byte)0);
            if (last >= 0)
            {
                _dataEnd = start + last + 1;
                return _dataEnd;
            }

            end = start;
        }

        _dataEnd = 0;
        return 0;
    }

    /// <summary>Finds the first valid frame at or after <paramref name="from"/> that starts before <paramref name="dataEnd"/> (a frame in zeros is never valid).</summary>
    private long FindValidFrame(long from, long dataEnd)
    {
        for (long p = from; p < dataEnd && p + JournalFormat.FrameLength < _length; p++)
        {
            if (CheckFrame(p, out _, out _) is null)
            {
                return p;
            }
        }

        return -1;
    }

    /// <summary>Returns the file's bytes [offset, offset + count), reading through a window buffer.</summary>
    private ReadOnlySpan<byte> Span(long offset, int count)
    {
        if (offset < _bufferOffset || offset + count > _bufferOffset + _bufferLength)
        {
            if (count > _buffer.Length)
            {
                _buffer = new byte[Math.Max(count, _buffer.Length * 2)];
            }

            _bufferOffset = offset;
            int want = (int)Math.Min(_buffer.Length, _length - offset);
            int read = 0;
            while (read < want)
            {
                int n = RandomAccess.Read(_file, _buffer.AsSpan(read, want - read), offset + read);
                if (n == 0)
                {
                    break;
                }

                read += n;
            }

            _bufferLength = read;
            if (read < count)
            {
                throw new IOException("The journal file shrank while it was being read.");
            }
        }

        return _buffer.AsSpan((int)(offset - _bufferOffset), count);
    }
}
