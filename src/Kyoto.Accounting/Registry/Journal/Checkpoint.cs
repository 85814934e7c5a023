using System;
using System.Buffers.Binary;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// A checkpoint file beside the journal (<c>journal.checkpoint</c>): the ledger's whole state after the first
/// <see cref="Records"/> records, so recovery replays only the records after it. Written to a temporary file, flushed,
/// then renamed over the previous checkpoint, so a crash leaves the old checkpoint or the new one, never a mix. It is
/// only an accelerator: the journal stays complete, and a missing or damaged checkpoint means replay from the start.
/// </summary>
internal sealed class Checkpoint
{
    private Checkpoint(Ledger ledger, long journalOffset, long records, long lastRecordOffset, uint lastRecordChecksum)
    {
        Ledger = ledger;
        JournalOffset = journalOffset;
        Records = records;
        LastRecordOffset = lastRecordOffset;
        LastRecordChecksum = lastRecordChecksum;
    }

    internal Ledger Ledger { get; }

    internal long JournalOffset { get; }

    internal long Records { get; }

    internal long LastRecordOffset { get; }

    internal uint LastRecordChecksum { get; }

    internal static string PathFor(string journalPath) => journalPath + ".checkpoint";

    /// <summary>Writes the checkpoint of a ledger whose journal is durable up to <paramref name="journalOffset"/>.</summary>
    internal static void Write(string journalPath, Ledger ledger, long journalOffset, long records, long lastRecordOffset, uint lastRecordChecksum)
    {
        var w = new ByteWriter(1 << 16);
        JournalFormat.WriteHeader(w.Reserve(JournalFormat.HeaderLength), JournalFormat.CheckpointMagic);
        w.UInt64((ulong)journalOffset);
        w.UInt64((ulong)records);
        w.UInt64((ulong)lastRecordOffset);
        w.UInt32(lastRecordChecksum);
        int lengthAt = w.Length;
        w.UInt32(0);
        ConfigurationCodec.Encode(ledger.Configuration, null, null, w);
        BinaryPrimitives.WriteUInt32LittleEndian(w.Buffer.AsSpan(lengthAt), (uint)(w.Length - lengthAt - 4));
        ledger.WriteState(w);
        w.UInt32(JournalFormat.Checksum(w.WrittenSpan));
        string path = PathFor(journalPath);
        string temporary = path + ".tmp";
        using (SafeFileHandle file = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(file, w.WrittenSpan, 0);
            RandomAccess.FlushToDisk(file);
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Reads and validates a checkpoint against the journal it belongs to.</summary>
    internal static Checkpoint Read(string path, JournalScanner journal, bool retainJournal)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (IOException e)
        {
            throw new JournalFormatException("The checkpoint cannot be read: " + e.Message, e);
        }

        JournalFormat.ValidateHeader(bytes, JournalFormat.CheckpointMagic, "checkpoint");
        if (bytes.Length < JournalFormat.HeaderLength + 36 + 4
            || BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) != JournalFormat.Checksum(bytes.AsSpan(0, bytes.Length - 4)))
        {
            throw new JournalFormatException("The checkpoint fails its checksum.", 0);
        }

        var r = new ByteReader(bytes.AsSpan(JournalFormat.HeaderLength, bytes.Length - JournalFormat.HeaderLength - 4), JournalFormat.HeaderLength);
        long offset = (long)r.UInt64();
        long records = (long)r.UInt64();
        long lastOffset = (long)r.UInt64();
        uint lastChecksum = r.UInt32();
        if (journal.CheckFrame(lastOffset, out int payload, out uint checksum) is not null
            || checksum != lastChecksum || lastOffset + JournalFormat.FrameLength + payload != offset)
        {
            throw new JournalFormatException("The checkpoint does not match the journal (it covers records the journal does not hold as recorded).", 0);
        }

        int configLength = (int)r.UInt32();
        var config = new ByteReader(r.Bytes(configLength), JournalFormat.HeaderLength);
        if (config.Byte() != JournalFormat.ConfigurationRecord)
        {
            throw config.Malformed("the checkpoint holds no configuration");
        }

        (RegistryConfiguration configuration, _) = ConfigurationCodec.Decode(ref config, null);
        Ledger ledger = Ledger.ReadState(ref r, configuration, retainJournal);
        return new Checkpoint(ledger, offset, records, lastOffset, lastChecksum);
    }
}
