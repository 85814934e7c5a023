using System;
using System.Buffers.Binary;
using System.Text;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>A growable little-endian buffer with LEB128 variable-length integers: the journal's encoding primitives.</summary>
internal sealed class ByteWriter
{
    private byte[] _buffer;

    internal ByteWriter(int capacity = 256) => _buffer = new byte[capacity];

    internal int Length { get; private set; }

    internal ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    internal byte[] Buffer => _buffer;

    internal void Reset() => Length = 0;

    internal void SetLength(int length) => Length = length;

    internal void Byte(byte value)
    {
        Ensure(1);
        _buffer[Length++] = value;
    }

    internal void UInt32(uint value)
    {
        Ensure(4);
        BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(Length), value);
        Length += 4;
    }

    internal void UInt64(ulong value)
    {
        Ensure(8);
        BinaryPrimitives.WriteUInt64LittleEndian(_buffer.AsSpan(Length), value);
        Length += 8;
    }

    internal void VarUInt(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[Length++] = unchecked((byte)(value | 0x80));
            value >>= 7;
        }

        _buffer[Length++] = (byte)value;
    }

    /// <summary>Writes a non-negative count or identifier.</summary>
    internal void VarLong(long value)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "Value should not be negative.");
        }

        VarUInt((ulong)value);
    }

    /// <summary>Writes a signed value, zig-zag encoded.</summary>
    internal void VarSigned(long value) => VarUInt(unchecked((ulong)((value << 1) ^ (value >> 63))));

    internal void Date(LocalDate date) => VarSigned(Period.DaysBetween(JournalFormat.DateOrigin, date));

    internal void String(string value)
    {
        int bytes = Encoding.UTF8.GetByteCount(value);
        VarLong(bytes);
        Ensure(bytes);
        Length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(Length));
    }

    internal void Bytes(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    internal Span<byte> Reserve(int count)
    {
        Ensure(count);
        Span<byte> span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    private void Ensure(int more)
    {
        if (Length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + more));
        }
    }
}
