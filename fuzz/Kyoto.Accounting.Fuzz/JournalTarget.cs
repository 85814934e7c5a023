using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// The journal reader and recovery (<see cref="JournalFile"/>, <see cref="DurableLedger.Open"/>) on a file in a temporary
/// folder. The first byte picks how the input becomes a file: <c>0</c> the bytes as they are; <c>1</c> the known-good
/// journal of <see cref="World"/> cut at the offset in the next two bytes (little-endian, modulo its length + 1) with the
/// rest of the input as its tail; <c>2</c> the known-good header, then the rest split into payloads (two-byte length,
/// payload) framed with valid checksums, so mutations reach the record decoders.
/// </summary>
/// <remarks>
/// Oracles, against an independent model of the framing (<see cref="JournalModel"/>): nothing but
/// <see cref="JournalFormatException"/> escapes; a bad header, damage followed by a valid frame, or no initial
/// configuration record throws it; a file whose valid frames are all the known-good journal's own frames at their own
/// offsets (a good journal with a damaged tail) is recovered, never refused, and its transactions are exactly the
/// known-good journal's first ones — a prefix, nothing invented; otherwise a refusal is allowed (a decoder or replay may
/// reject a well-framed record), and on success: valid length, truncated bytes, record and transaction counts are the
/// model's; <c>ReadEntries</c>, <c>ReplayTo</c> and <c>Replay</c> agree; <c>DurableLedger.Open</c> truncates the file to
/// exactly its valid bytes and a second open finds nothing to truncate; and writing the recovered records again through
/// a new <see cref="DurableLedger"/> accepts every transaction and reads back the same transactions and holdings.
/// </remarks>
public sealed class JournalTarget : IFuzzTarget
{
    // Static initializers run in this order: the options before the known-good journal written with them.
    private static readonly JournalOptions WriteOptions = JournalOptions.Default with { Policy = DurabilityPolicy.OsBuffered, CheckpointEveryTransactions = 0 };
    private static readonly string Directory = CreateDirectory();
    private static readonly byte[] Good = World.Journal;
    private static readonly JournalModel GoodModel = JournalModel.Of(Good, Good);
    private static readonly string[] GoodTransactions = World.Transactions.Select(World.Json).ToArray();

    /// <summary>Gets the options of every journal the target writes: no checkpoints, no group commit thread.</summary>
    internal static JournalOptions Options => WriteOptions;

    /// <inheritdoc/>
    public string Name => "journal";

    /// <inheritdoc/>
    public int MaxLength => 16384;

    /// <inheritdoc/>
    public IReadOnlyList<string> Tokens { get; } = new[] { "KYOTOJNL", "KYOTOCKP", "\x01", "\x02", "\0\0\0\0", "\xFF\xFF\xFF\xFF", "\x80", "\x7F", "\x00\x00\x00\x04" };

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        byte[] file = MakeFile(data);
        JournalModel model = JournalModel.Of(file, Good);
        string path = Path.Combine(Directory, "input.kyj");
        File.WriteAllBytes(path, file);
        Ledger ledger;
        RecoveryReport report;
        try
        {
            ledger = JournalFile.Replay(path, out report);
        }
        catch (JournalFormatException e)
        {
            if (model.HeaderValid && !model.Corrupt && model.Frames.Count > 0 && Pristine(file, model) == model.Frames.Count)
            {
                throw new OracleException("A known-good journal with a damaged tail was refused: " + e.Message, e);
            }

            return;
        }

        if (!model.HeaderValid || model.Corrupt || model.Frames.Count == 0)
        {
            throw new OracleException("Recovered a journal the framing model refuses (header valid " + model.HeaderValid + ", corrupt " + model.Corrupt + ", " + model.Frames.Count + " frames): " + report);
        }

        CheckReport(file, model, report, ledger);
        string[] transactions = CheckReaders(path, report, ledger);
        int pristine = Pristine(file, model);
        int pristineTransactions = model.Frames.Take(pristine).Count(f => file[f.Offset + 8] == 1);
        for (int i = 0; i < pristineTransactions; i++)
        {
            if (transactions[i] != GoodTransactions[i])
            {
                throw new OracleException("Transaction " + (i + 1) + " of a known-good prefix was recovered as " + transactions[i] + ", written as " + GoodTransactions[i] + ".");
            }
        }

        CheckOpen(path, file, report, ledger);
        if (pristine < model.Frames.Count)
        {
            CheckRewrite(path, transactions, ledger);
        }
    }

    /// <inheritdoc/>
    public IEnumerable<(string Name, byte[] Data)> MakeSeeds()
    {
        List<(int Offset, int Length)> frames = GoodModel.Frames;
        yield return ("raw-good.bin", [0, .. Good]);
        yield return ("raw-torn.bin", [0, .. Good[..(Good.Length - 3)]]);
        byte[] flipped = Good.ToArray();
        flipped[frames[3].Offset + 12] ^= 0x10;
        yield return ("raw-corrupt-middle.bin", [0, .. flipped]);
        yield return ("raw-header-only.bin", [0, .. Good[..32]]);
        foreach (int k in new[] { 1, 4, frames.Count - 1 })
        {
            (int offset, int length) = frames[k];
            yield return (string.Create(CultureInfo.InvariantCulture, $"tail-cut-{k}.bin"), [1, .. Cut(offset + 5), .. "garbage"u8]);
            yield return (string.Create(CultureInfo.InvariantCulture, $"tail-repeat-{k}.bin"), [1, .. Cut(offset + 8 + length), .. Good.AsSpan(frames[1].Offset, 8 + frames[1].Length)]);
        }

        yield return ("tail-zeros.bin", [1, .. Cut(Good.Length), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var payloads = new List<byte>();
        foreach ((int offset, int length) in frames)
        {
            payloads.AddRange(BitConverter.GetBytes((ushort)length));
            payloads.AddRange(Good.AsSpan(offset + 8, length).ToArray());
        }

        yield return ("reframe-good.bin", [2, .. payloads]);
        (int o1, int l1) = frames[1];
        yield return ("reframe-one-transaction.bin", [2, .. BitConverter.GetBytes((ushort)frames[0].Length), .. Good.AsSpan(frames[0].Offset + 8, frames[0].Length), .. BitConverter.GetBytes((ushort)l1), .. Good.AsSpan(o1 + 8, l1)]);
    }

    private static byte[] Cut(int at) => [unchecked((byte)at), unchecked((byte)(at >> 8))];

    private static byte[] MakeFile(ReadOnlySpan<byte> data)
    {
        switch (data[0] % 3)
        {
            case 0:
                return data[1..].ToArray();
            case 1:
                int cut = data.Length >= 3 ? BinaryPrimitives.ReadUInt16LittleEndian(data[1..]) % (Good.Length + 1) : Good.Length;
                return [.. Good.AsSpan(0, cut), .. data[Math.Min(3, data.Length)..]];
            default:
                var file = new List<byte>(Good.AsSpan(0, 32).ToArray());
                ReadOnlySpan<byte> rest = data[1..];
                while (rest.Length >= 2)
                {
                    int length = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(rest), rest.Length - 2);
                    JournalModel.Frame(file, rest.Slice(2, length));
                    rest = rest[(2 + length)..];
                }

                return file.ToArray();
        }
    }

    // The number of leading valid frames that are the known-good journal's own frames, byte for byte, at their offsets.
    private static int Pristine(byte[] file, JournalModel model)
    {
        int n = 0;
        while (n < model.Frames.Count && n < GoodModel.Frames.Count && model.Frames[n] == GoodModel.Frames[n]
            && file.AsSpan(model.Frames[n].Offset, 8 + model.Frames[n].Length).SequenceEqual(Good.AsSpan(model.Frames[n].Offset, 8 + model.Frames[n].Length)))
        {
            n++;
        }

        return n;
    }

    private static void CheckReport(byte[] file, JournalModel model, RecoveryReport report, Ledger ledger)
    {
        long transactionFrames = model.Frames.Count(f => file[f.Offset + 8] == 1);

        // Zeros after the records are preallocated space: the torn tail runs to the last non-zero byte.
        long dataEnd = file.AsSpan().LastIndexOfAnyExcept((byte)0) + 1;
        long torn = Math.Max(0, dataEnd - model.ValidLength);
        if (report.ValidLength != model.ValidLength || report.TruncatedBytes != torn || report.Records != model.Frames.Count
            || report.Transactions != ledger.TransactionCount || ledger.TransactionCount != transactionFrames
            || (report.TailProblem is null) != (torn == 0))
        {
            throw new OracleException(string.Create(CultureInfo.InvariantCulture, $"Recovery report '{report}' (tail problem '{report.TailProblem}', {ledger.TransactionCount} transactions) disagrees with the framing model: {model.ValidLength} valid bytes of {file.Length}, {model.Frames.Count} records, {transactionFrames} transaction records."));
        }
    }

    private static string[] CheckReaders(string path, RecoveryReport report, Ledger ledger)
    {
        IReadOnlyList<JournalEntry> entries = JournalFile.ReadEntries(path);
        Ledger replayed = JournalFile.ReplayTo(path, long.MaxValue);
        string[] listed = entries.Where(e => e.Transaction is not null).Select(e => World.Json(e.Transaction!)).ToArray();
        string[] journal = replayed.Journal.Select(World.Json).ToArray();
        if (entries.Count != report.Records || !listed.SequenceEqual(journal) || !replayed.HasSameHoldings(ledger)
            || entries.Select(e => e.Sequence).SequenceEqual(Enumerable.Range(1, entries.Count).Select(i => (long)i)) is false
            || entries[0].Kind != JournalEntryKind.Configuration || entries[0].EffectiveDate is not null)
        {
            throw new OracleException("ReadEntries (" + entries.Count + " records, " + listed.Length + " transactions), ReplayTo (" + journal.Length + ") and Replay (" + report + ") disagree.");
        }

        return journal;
    }

    private static void CheckOpen(string path, byte[] file, RecoveryReport report, Ledger ledger)
    {
        using (DurableLedger opened = DurableLedger.Open(path, Options))
        {
            if (opened.Recovery!.TruncatedBytes != report.TruncatedBytes || opened.Recovery.Records != report.Records || !opened.Ledger.HasSameHoldings(ledger))
            {
                throw new OracleException("DurableLedger.Open recovered '" + opened.Recovery + "', JournalFile.Replay '" + report + "'.");
            }
        }

        byte[] after = File.ReadAllBytes(path);
        if (!after.AsSpan().SequenceEqual(file.AsSpan(0, (int)report.ValidLength)))
        {
            throw new OracleException("After DurableLedger.Open the file is not the input's first " + report.ValidLength + " bytes (it has " + after.Length + ").");
        }

        using DurableLedger again = DurableLedger.Open(path, Options);
        if (again.Recovery!.TruncatedBytes != 0 || again.Recovery.Records != report.Records || again.Recovery.TailProblem is not null)
        {
            throw new OracleException("A second open after truncation reports '" + again.Recovery + "'.");
        }
    }

    // Writes the recovered records again through the public API and reads them back.
    private static void CheckRewrite(string path, string[] transactions, Ledger ledger)
    {
        IReadOnlyList<JournalEntry> entries = JournalFile.ReadEntries(path);
        string copy = Path.Combine(Directory, "rewrite.kyj");
        File.Delete(copy);
        using (DurableLedger durable = DurableLedger.Create(copy, entries[0].Configuration!, Options))
        {
            foreach (JournalEntry entry in entries.Skip(1))
            {
                if (entry.Transaction is Transaction tx)
                {
                    TransactionResult result = durable.TryApply(tx);
                    if (!result.IsAccepted)
                    {
                        throw new OracleException("Replay accepted " + World.Json(tx) + " but TryApply rejects it: " + result);
                    }
                }
                else
                {
                    durable.ChangeConfiguration(entry.Configuration!, entry.EffectiveDate!.Value);
                }
            }
        }

        Ledger reread = JournalFile.Replay(copy, out RecoveryReport report);
        if (report.Records != entries.Count || !JournalFile.ReplayTo(copy, long.MaxValue).Journal.Select(World.Json).SequenceEqual(transactions) || !reread.HasSameHoldings(ledger))
        {
            throw new OracleException("Writing the recovered records again does not read back the same transactions and holdings: " + report);
        }
    }

    private static string CreateDirectory()
    {
        string root = System.IO.Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        string directory = Path.Combine(root, "kyoto-fuzz-journal-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => System.IO.Directory.Delete(directory, true);
        return directory;
    }
}
