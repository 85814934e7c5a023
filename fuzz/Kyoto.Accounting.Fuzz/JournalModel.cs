using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Numerics;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// An independent model of the journal's framing (docs/persistence.md): a 32-byte header with a CRC-32C over its first 28
/// bytes, then frames of payload length (4, little-endian, 1..64 MiB), CRC-32C of length and payload (4), payload. It
/// predicts what the reader must do with a file: refuse the header, stop at a torn tail, or refuse damage that valid
/// frames follow.
/// </summary>
internal sealed class JournalModel
{
    private const int HeaderLength = 32;
    private const int FrameLength = 8;
    private const int MaxPayload = 64 << 20;

    private JournalModel(bool headerValid, List<(int Offset, int Length)> frames, int validLength, bool corrupt)
    {
        HeaderValid = headerValid;
        Frames = frames;
        ValidLength = validLength;
        Corrupt = corrupt;
    }

    /// <summary>Gets whether the header is valid for the reference header's Party table and version.</summary>
    internal bool HeaderValid { get; }

    /// <summary>Gets the valid frames from the header on, up to the first bad one: offset and payload length.</summary>
    internal List<(int Offset, int Length)> Frames { get; }

    /// <summary>Gets the length of the header and the valid frames.</summary>
    internal int ValidLength { get; }

    /// <summary>Gets whether a bad frame is followed by a valid frame at a later offset (corruption, not a torn tail).</summary>
    internal bool Corrupt { get; }

    internal static JournalModel Of(ReadOnlySpan<byte> file, ReadOnlySpan<byte> referenceHeader)
    {
        var frames = new List<(int, int)>();
        if (file.Length < HeaderLength
            || !file[..8].SequenceEqual(referenceHeader[..8])
            || BinaryPrimitives.ReadUInt32LittleEndian(file[28..]) != Crc32C(file[..28])
            || !file.Slice(8, 2).SequenceEqual(referenceHeader.Slice(8, 2))
            || !file.Slice(12, 8).SequenceEqual(referenceHeader.Slice(12, 8)))
        {
            return new JournalModel(false, frames, 0, false);
        }

        int position = HeaderLength;
        while (position < file.Length && FrameAt(file, position) is int length)
        {
            frames.Add((position, length));
            position += FrameLength + length;
        }

        bool corrupt = false;
        for (int p = position + 1; p + FrameLength < file.Length && !corrupt; p++)
        {
            corrupt = FrameAt(file, p) is not null;
        }

        return new JournalModel(true, frames, position, corrupt);
    }

    /// <summary>Writes a frame around a payload.</summary>
    internal static void Frame(List<byte> file, ReadOnlySpan<byte> payload)
    {
        Span<byte> frame = stackalloc byte[FrameLength];
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)payload.Length);
        byte[] covered = [.. frame[..4], .. payload];
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], Crc32C(covered));
        file.AddRange(frame.ToArray());
        file.AddRange(payload.ToArray());
    }

    /// <summary>CRC-32C (Castagnoli), the journal's checksum.</summary>
    internal static uint Crc32C(ReadOnlySpan<byte> data)
    {
        uint crc = 0xFFFF_FFFFu;
        foreach (byte b in data)
        {
            crc = BitOperations.Crc32C(crc, b);
        }

        return ~crc;
    }

    private static int? FrameAt(ReadOnlySpan<byte> file, int position)
    {
        if (file.Length - position < FrameLength)
        {
            return null;
        }

        uint length = BinaryPrimitives.ReadUInt32LittleEndian(file[position..]);
        if (length == 0 || length > MaxPayload || file.Length - position - FrameLength < length)
        {
            return null;
        }

        uint stored = BinaryPrimitives.ReadUInt32LittleEndian(file[(position + 4)..]);
        byte[] covered = [.. file.Slice(position, 4), .. file.Slice(position + FrameLength, (int)length)];
        return Crc32C(covered) == stored ? (int)length : null;
    }
}
