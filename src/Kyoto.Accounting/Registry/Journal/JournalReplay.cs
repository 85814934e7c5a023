using System;
using System.IO;
using Kyoto.Accounting.Registry.Internal;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// Rebuilds a ledger from a journal file (optionally starting from its checkpoint, optionally stopping at a date or count).
/// Transfers are applied through the ledger's trusted path (structural verification only) unless every rule is to be
/// verified; other transactions and configuration changes are always checked in full.
/// </summary>
internal sealed class JournalReplay
{
    private readonly LocalDate? _asOfDate;
    private readonly long? _asOfTransactions;
    private readonly bool _retainJournal;
    private readonly bool _verifyRules;
    private SerialRange[] _units = new SerialRange[16];
    private int _days = int.MinValue;
    private LocalDate _date;
    private Ledger? _ledger;
    private long _replayed;
    private bool _done;

    private JournalReplay(bool retainJournal, bool verifyRules, LocalDate? asOfDate, long? asOfTransactions)
    {
        _retainJournal = retainJournal;
        _verifyRules = verifyRules;
        _asOfDate = asOfDate;
        _asOfTransactions = asOfTransactions;
    }

    internal static (Ledger Ledger, ScanEnd End, RecoveryReport Report) Run(
        SafeFileHandle file, string path, bool useCheckpoint, bool retainJournal, bool verifyRules, LocalDate? asOfDate = null, long? asOfTransactions = null)
    {
        var header = new byte[JournalFormat.HeaderLength];
        int read = RandomAccess.Read(file, header, 0);
        JournalFormat.ValidateHeader(header.AsSpan(0, read), JournalFormat.JournalMagic, "journal");
        var scanner = new JournalScanner(file);
        var replay = new JournalReplay(retainJournal, verifyRules, asOfDate, asOfTransactions);
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
            end.Records, ledger.TransactionCount, replay._replayed, checkpointRecords, checkpointProblem, end.ValidLength, end.TornBytes, end.TailProblem);
        return (ledger, end, report);
    }

    private void Handle(ReadOnlySpan<byte> payload, long offset, long sequence)
    {
        var r = new ByteReader(payload, offset);
        byte kind = r.Byte();
        if (kind == JournalFormat.TransactionRecord)
        {
            if (!_verifyRules && !_retainJournal && TransactionCodec.TryDecodeTransfer(ref r, ref _units, out DecodedTransfer transfer))
            {
                // The common case, allocation-free: a transfer in the encoder's shape, applied without the rules.
                Ledger ledger = _ledger ?? throw r.Malformed("a transaction precedes the initial configuration");
                LocalDate date = DateOf(transfer.Days);
                if (Stops(ledger, date))
                {
                    return;
                }

                string? problem = ledger.ApplyJournaledTransfer(transfer.Type, transfer.Id, date, transfer.From, transfer.To, _units.AsSpan(0, transfer.UnitCount), null);
                Scratch.Trim(ref _units, 16);
                ThrowIfCorrupt(problem, offset, transfer.Id);
            }
            else
            {
                Transaction tx = TransactionCodec.Decode(ref r);
                Ledger ledger = _ledger ?? throw r.Malformed("a transaction precedes the initial configuration");
                if (Stops(ledger, tx.Date))
                {
                    return;
                }

                Apply(ledger, tx, offset);
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

    /// <summary>Applies a decoded transaction: a transfer through the trusted path unless rules are verified; anything else with every check.</summary>
    private void Apply(Ledger ledger, Transaction tx, long offset)
    {
        if (!_verifyRules && tx.Type is TransactionType.ExternalTransfer or TransactionType.InternalTransfer)
        {
            ThrowIfCorrupt(ledger.ApplyJournaledTransfer(tx.Type, tx.Id.Number, tx.Date, tx.From!.Value.Number, tx.To.Number, tx.UnitArray.AsSpan(), tx), offset, tx.Id.Number);
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

    /// <summary>Whether replay ends before a transaction of this date (as-of replay); sets <see cref="_done"/>.</summary>
    private bool Stops(Ledger ledger, LocalDate date)
    {
        if ((_asOfDate is LocalDate end && date > end) || (_asOfTransactions is long n && ledger.TransactionCount >= n))
        {
            _done = true;
        }

        return _done;
    }

    /// <summary>The date a number of days from the origin; consecutive records mostly share a date, so the last one is kept.</summary>
    private LocalDate DateOf(int days)
    {
        if (days != _days)
        {
            _date = JournalFormat.DateOrigin.PlusDays(days);
            _days = days;
        }

        return _date;
    }

    private static void ThrowIfCorrupt(string? problem, long offset, long id)
    {
        if (problem is not null)
        {
            throw new JournalFormatException(
                JournalFormat.Describe(offset) + " holds transaction " + TransactionId.FromNumber(id).ToString() + ", which cannot be applied: " + problem
                + ". The journal is corrupt or was altered.",
                offset);
        }
    }
}
