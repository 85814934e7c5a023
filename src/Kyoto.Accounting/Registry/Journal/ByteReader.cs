using System;
using System.Buffers.Binary;
using System.Text;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>Reads what <see cref="ByteWriter"/> wrote; every overrun or malformed value is a <see cref="JournalFormatException"/> at the record's offset.</summary>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> _data;
    private readonly long _offset;
    private int _position;

    internal ByteReader(ReadOnlySpan<byte> data, long offset)
    {
        _data = data;
        _offset = offset;
        _position = 0;
    }

    internal readonly bool AtEnd => _position == _data.Length;

    internal readonly long Offset => _offset;

    internal byte Byte()
    {
        if (_position >= _data.Length)
        {
            throw Malformed("the record ends early");
        }

        return _data[_position++];
    }

    internal uint UInt32()
    {
        Need(4);
        uint value = BinaryPrimitives.ReadUInt32LittleEndian(_data.Slice(_position));
        _position += 4;
        return value;
    }

    internal ulong UInt64()
    {
        Need(8);
        ulong value = BinaryPrimitives.ReadUInt64LittleEndian(_data.Slice(_position));
        _position += 8;
        return value;
    }

    internal ulong VarUInt()
    {
        ulong value = 0;
        for (int shift = 0; shift < 64; shift += 7)
        {
            byte b = Byte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw Malformed("a variable-length integer is longer than 10 bytes");
    }

    internal long VarLong()
    {
        ulong value = VarUInt();
        return value > long.MaxValue ? throw Malformed("a count is out of range") : (long)value;
    }

    internal int VarInt(int max)
    {
        long value = VarLong();
        return value > max ? throw Malformed("a count or index is out of range (" + value.ToString(System.Globalization.CultureInfo.InvariantCulture) + " > " + max.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")") : (int)value;
    }

    internal long VarSigned()
    {
        ulong value = VarUInt();
        return unchecked((long)(value >> 1) ^ -(long)(value & 1));
    }

    internal LocalDate Date() => JournalFormat.DateOrigin.PlusDays(Days());

    /// <summary>Reads a date as its number of days from <see cref="JournalFormat.DateOrigin"/> (what <see cref="Date"/> converts).</summary>
    internal int Days()
    {
        long days = VarSigned();
        if (days < -1_000_000 || days > 1_000_000)
        {
            throw Malformed("a date is out of range");
        }

        return (int)days;
    }

    internal string String()
    {
        int length = VarInt(1 << 20);
        Need(length);
        string value;
        try
        {
            value = new UTF8Encoding(false, true).GetString(_data.Slice(_position, length));
        }
        catch (ArgumentException e)
        {
            throw Malformed("a text is not valid UTF-8 (" + e.Message + ")");
        }

        _position += length;
        return value;
    }

    internal ReadOnlySpan<byte> Bytes(int count)
    {
        Need(count);
        ReadOnlySpan<byte> span = _data.Slice(_position, count);
        _position += count;
        return span;
    }

    internal readonly JournalFormatException Malformed(string what) =>
        new(JournalFormat.Describe(_offset) + ": malformed record: " + what + ".", _offset);

    private readonly void Need(int count)
    {
        if (_data.Length - _position < count)
        {
            throw Malformed("the record ends early");
        }
    }
}
