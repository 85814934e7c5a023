using System;
using System.IO;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>Rebuilds a ledger from a journal file (optionally starting from its checkpoint, optionally stopping at a date or count).</summary>
internal sealed class JournalReplay
{
    private readonly LocalDate? _asOfDate;
    private readonly long? _asOfTransactions;
    private readonly bool _retainJournal;
    private Ledger? _ledger;
    private long _replayed;
    private bool _done;

    private JournalReplay(bool retainJournal, LocalDate? asOfDate, long? asOfTransactions)
    {
        _retainJournal = retainJournal;
        _asOfDate = asOfDate;
        _asOfTransactions = asOfTransactions;
    }

    internal static (Ledger Ledger, ScanEnd End, RecoveryReport Report) Run(
        SafeFileHandle file, string path, bool useCheckpoint, bool retainJournal, LocalDate? asOfDate = null, long? asOfTransactions = null)
    {
        var header = new byte[JournalFormat.HeaderLength];
        int read = RandomAccess.Read(file, header, 0);
        JournalFormat.ValidateHeader(header.AsSpan(0, read), JournalFormat.JournalMagic, "journal");
        var scanner = new JournalScanner(file);
        var replay = new JournalReplay(retainJournal, asOfDate, asOfTransactions);
        long start = JournalFormat.HeaderLength;
        long records = 0;
        long lastOffset = 0;
        uint lastChecksum = 0;
        string? checkpointProblem = null;
        if (useCheckpoint && File.Exists(Checkpoint.PathFor(path)))
        {
            try
            {
                Checkpoint checkpoint = Checkpoint.Read(Checkpoint.PathFor(path), scanner, retainJournal);
                replay._ledger = checkpoint.Ledger;
                start = checkpoint.JournalOffset;
                records = checkpoint.Records;
                lastOffset = checkpoint.LastRecordOffset;
                lastChecksum = checkpoint.LastRecordChecksum;
            }
            catch (Exception e) when (e is JournalFormatException or ArgumentException or OverflowException or IOException)
            {
                // A checkpoint is only an accelerator: replay from the start instead.
                checkpointProblem = e.Message;
            }
        }

        long checkpointRecords = records;
        ScanEnd end = scanner.Scan(start, records, lastOffset, lastChecksum, replay.Handle, () => replay._done);
        Ledger ledger = replay._ledger ?? throw new JournalFormatException("The journal holds no initial configuration record: its creation was interrupted.", JournalFormat.HeaderLength);
        var report = new RecoveryReport(
            end.Records, ledger.TransactionCount, replay._replayed, checkpointRecords, checkpointProblem, end.ValidLength, scanner.FileLength - end.ValidLength, end.TailProblem);
        return (ledger, end, report);
    }

    private void Handle(ReadOnlySpan<byte> payload, long offset, long sequence)
    {
        var r = new ByteReader(payload, offset);
        byte kind = r.Byte();
        if (kind == JournalFormat.TransactionRecord)
        {
            Transaction tx = TransactionCodec.Decode(ref r);
            Ledger ledger = _ledger ?? throw r.Malformed("a transaction precedes the initial configuration");
            if ((_asOfDate is LocalDate date && tx.Date > date) || (_asOfTransactions is long n && ledger.TransactionCount >= n))
            {
                _done = true;
                return;
            }

            TransactionResult result = ledger.TryApplyCore(tx, null);
            if (!result.IsAccepted)
            {
                throw new JournalFormatException(
                    JournalFormat.Describe(offset) + " holds " + tx.Id.ToString() + ", accepted when it was written, but replay rejects it ("
                    + string.Join("; ", result.Failures) + "): the journal does not match this library's rules or was altered.",
                    offset);
            }
        }
        else if (kind == JournalFormat.ConfigurationRecord)
        {
            (RegistryConfiguration configuration, LocalDate? effective) = ConfigurationCodec.Decode(ref r, _ledger?.Configuration);
            if (effective is not LocalDate from)
            {
                if (_ledger is not null)
                {
                    throw r.Malformed("a second initial configuration");
                }

                _ledger = new Ledger(configuration, _retainJournal);
            }
            else
            {
                Ledger ledger = _ledger ?? throw r.Malformed("a configuration change precedes the initial configuration");
                if (_asOfDate is LocalDate date && from > date)
                {
                    _done = true;
                    return;
                }

                try
                {
                    ledger.ChangeConfigurationCore(configuration, from, null);
                }
                catch (ArgumentException e)
                {
                    throw new JournalFormatException(JournalFormat.Describe(offset) + ": the configuration change cannot be applied: " + e.Message, e);
                }
            }
        }
        else
        {
            throw r.Malformed("unknown record kind " + kind.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        _replayed++;
    }
}
