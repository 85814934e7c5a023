using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using Kyoto.Accounting.Parties;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>The journal file format: header, record framing, CRC-32C checksums (see <see href="https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/persistence.md">docs/persistence.md</see> in the repository).</summary>
internal static class JournalFormat
{
    /// <summary>The format version this library writes and reads.</summary>
    internal const ushort Version = 1;

    /// <summary>Header: magic (8), version (2), reserved (2), Party count (4), Party table checksum (4), reserved (8), header checksum (4).</summary>
    internal const int HeaderLength = 32;

    /// <summary>Record frame: payload length (4), checksum of length and payload (4).</summary>
    internal const int FrameLength = 8;

    /// <summary>The largest payload accepted (64 MiB); larger lengths are corrupt.</summary>
    internal const int MaxPayload = 64 << 20;

    internal const byte TransactionRecord = 1;
    internal const byte ConfigurationRecord = 2;

    internal static readonly LocalDate DateOrigin = new(2000, 1, 1);

    internal static ReadOnlySpan<byte> JournalMagic => "KYOTOJNL"u8;

    internal static ReadOnlySpan<byte> CheckpointMagic => "KYOTOCKP"u8;

    /// <summary>Gets a checksum of the Party table (codes in index order), so a file is never read with Party indexes that mean other Parties.</summary>
    internal static uint PartyTableChecksum { get; } = ComputePartyTableChecksum();

    /// <summary>CRC-32C (Castagnoli) of the bytes, as in iSCSI and ext4; hardware-accelerated where the CPU has it.</summary>
    internal static uint Checksum(ReadOnlySpan<byte> data) => ~Accumulate(0xFFFF_FFFFu, data);

    internal static uint Accumulate(uint crc, ReadOnlySpan<byte> data)
    {
        ReadOnlySpan<ulong> words = MemoryMarshal.Cast<byte, ulong>(data);
        foreach (ulong word in words)
        {
            crc = BitOperations.Crc32C(crc, BitConverter.IsLittleEndian ? word : BinaryPrimitives.ReverseEndianness(word));
        }

        for (int i = words.Length * 8; i < data.Length; i++)
        {
            crc = BitOperations.Crc32C(crc, data[i]);
        }

        return crc;
    }

    /// <summary>The checksum of a frame: its length field and payload.</summary>
    internal static uint FrameChecksum(ReadOnlySpan<byte> lengthAndPayload) => Checksum(lengthAndPayload);

    internal static void WriteHeader(Span<byte> header, ReadOnlySpan<byte> magic)
    {
        header.Slice(0, HeaderLength).Clear();
        magic.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(8), Version);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(12), (uint)Party.All.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(16), PartyTableChecksum);
        BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(28), Checksum(header.Slice(0, 28)));
    }

    /// <summary>Validates a header; throws a <see cref="JournalFormatException"/> saying what is wrong.</summary>
    internal static void ValidateHeader(ReadOnlySpan<byte> header, ReadOnlySpan<byte> magic, string what)
    {
        if (header.Length < HeaderLength)
        {
            throw new JournalFormatException(Invariant($"The {what} is {header.Length} bytes long, shorter than its {HeaderLength}-byte header: it is not a Kyoto.Accounting {what}, or its creation was interrupted."), 0);
        }

        if (!header.Slice(0, 8).SequenceEqual(magic))
        {
            throw new JournalFormatException("The file does not start with \"" + Encoding.ASCII.GetString(magic) + "\": it is not a Kyoto.Accounting " + what + ".", 0);
        }

        uint stored = BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(28));
        if (stored != Checksum(header.Slice(0, 28)))
        {
            throw new JournalFormatException("The " + what + " header fails its checksum: the header is corrupt.", 0);
        }

        ushort version = BinaryPrimitives.ReadUInt16LittleEndian(header.Slice(8));
        if (version != Version)
        {
            throw new JournalFormatException(Invariant($"The {what} has format version {version}; this library reads version {Version}."), 0);
        }

        uint parties = BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(12));
        uint table = BinaryPrimitives.ReadUInt32LittleEndian(header.Slice(16));
        if (parties != Party.All.Count || table != PartyTableChecksum)
        {
            throw new JournalFormatException(Invariant($"The {what} was written with another Party table ({parties} Parties) than this library's ({Party.All.Count}); its registry indexes cannot be read."), 0);
        }
    }

    internal static string Describe(long offset) => "Journal record at byte offset " + offset.ToString(CultureInfo.InvariantCulture);

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static uint ComputePartyTableChecksum()
    {
        var text = new StringBuilder();
        foreach (Party party in Party.All)
        {
            text.Append(party.Code).Append(',');
        }

        return Checksum(Encoding.ASCII.GetBytes(text.ToString()));
    }
}
