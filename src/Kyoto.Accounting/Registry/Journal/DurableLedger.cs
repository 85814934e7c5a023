using System;
using System.IO;
using Kyoto.Accounting.Internal;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// A <see cref="Registry.Ledger"/> whose every accepted transaction and configuration change is written ahead to an
/// append-only journal file, acknowledged under a <see cref="DurabilityPolicy"/>, checkpointed periodically, and
/// recovered after a crash: the recovered ledger holds every acknowledged transaction and only accepted ones.
/// </summary>
/// <remarks>
/// <para>
/// <b>Write ahead</b>: a transaction that passes every check is appended to the journal before its effects are applied;
/// a rejected one is not journaled. With <see cref="DurabilityPolicy.FlushEachTransaction"/> and
/// <see cref="DurabilityPolicy.OsBuffered"/>, <see cref="TryApply"/> returns once the policy is met; with
/// <see cref="DurabilityPolicy.GroupCommit"/> it returns once applied in memory, and the transaction is acknowledged
/// when <see cref="DurableRecords"/> reaches its record (see <see cref="AppendedRecords"/>, <see cref="WaitForDurable"/>,
/// <see cref="JournalOptions.Acknowledged"/>).
/// </para>
/// <para>
/// <b>Memory</b>: the ledger does not retain its journal in memory; as-of queries replay the file
/// (<see cref="AsOf(LocalDate)"/>). <b>Threads</b>: single writer, like <see cref="Registry.Ledger"/> (concurrent calls
/// throw); the group commit thread is internal. The ledger (<see cref="Ledger"/>) may be queried between calls; applying
/// transactions to it directly throws, so nothing bypasses the journal.
/// </para>
/// <para>One process at a time may open a journal for writing; this type does not lock the file against a second writer.</para>
/// </remarks>
/// <example>
/// <code>
/// using var registry = DurableLedger.Create("registry.kyj", configuration, JournalOptions.Default with { Policy = DurabilityPolicy.FlushEachTransaction });
/// registry.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), date, holding, CommitmentPeriod.First, units));
/// // after a crash:
/// using var recovered = DurableLedger.Open("registry.kyj");
/// Console.WriteLine(recovered.Recovery);
/// </code>
/// </example>
public sealed class DurableLedger : IDisposable
{
    private readonly JournalWriter _writer;
    private readonly JournalOptions _options;
    private readonly ByteWriter _scratch = new(256);
    private readonly Action<Transaction> _journalTransaction;
    private readonly Action<RegistryConfiguration, RegistryConfiguration, LocalDate> _journalConfiguration;
    private long _lastCheckpoint;
    private bool _disposed;

    private DurableLedger(string path, Ledger ledger, JournalWriter writer, JournalOptions options, RecoveryReport? recovery, long lastCheckpoint)
    {
        Path = path;
        Ledger = ledger;
        _writer = writer;
        _options = options;
        Recovery = recovery;
        _lastCheckpoint = lastCheckpoint;
        ledger.Owner = this;
        _journalTransaction = tx =>
        {
            _scratch.Reset();
            TransactionCodec.Encode(tx, _scratch);
            _writer.Append(_scratch.WrittenSpan);
        };
        _journalConfiguration = (previous, next, effective) =>
        {
            _scratch.Reset();
            ConfigurationCodec.Encode(next, previous, effective, _scratch);
            _writer.Append(_scratch.WrittenSpan);
        };
    }

    /// <summary>Gets the journal file's path.</summary>
    public string Path { get; }

    /// <summary>Gets the ledger, for queries (applying to it directly throws; use <see cref="TryApply"/>).</summary>
    public Ledger Ledger { get; }

    /// <summary>Gets the options.</summary>
    public JournalOptions Options => _options;

    /// <summary>Gets what recovery did when the journal was opened, or null for a journal just created.</summary>
    public RecoveryReport? Recovery { get; }

    /// <summary>Gets the number of records in the journal, durable or not: 1 for the initial configuration, plus one per accepted transaction and configuration change.</summary>
    public long AppendedRecords => _writer.Appended;

    /// <summary>Gets the number of records durable under the policy: every transaction whose record number is at most this is acknowledged.</summary>
    public long DurableRecords => _writer.Durable;

    /// <summary>Creates a journal file holding the initial configuration (atomically: a crash leaves no file or a complete one) and opens it.</summary>
    /// <param name="path">The journal file; must not exist.</param>
    /// <param name="configuration">The initial configuration.</param>
    /// <param name="options">How to write; <see cref="JournalOptions.Default"/> if null.</param>
    /// <returns>The durable ledger, empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="configuration"/> is null.</exception>
    /// <exception cref="IOException">The file exists or cannot be written.</exception>
    public static DurableLedger Create(string path, RegistryConfiguration configuration, JournalOptions? options = null)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckNotNull(configuration, nameof(configuration));
        if (File.Exists(path))
        {
            throw new IOException("The journal file " + path + " already exists; open it with DurableLedger.Open.");
        }

        var w = new ByteWriter(1 << 12);
        JournalFormat.WriteHeader(w.Reserve(JournalFormat.HeaderLength), JournalFormat.JournalMagic);
        var record = new ByteWriter();
        ConfigurationCodec.Encode(configuration, null, null, record);
        w.UInt32((uint)record.Length);
        w.UInt32(0);
        w.Bytes(record.WrittenSpan);
        uint crc = ~JournalFormat.Accumulate(JournalFormat.Accumulate(0xFFFF_FFFFu, w.WrittenSpan.Slice(JournalFormat.HeaderLength, 4)), record.WrittenSpan);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(w.Buffer.AsSpan(JournalFormat.HeaderLength + 4), crc);
        string temporary = path + ".tmp";
        using (SafeFileHandle file = File.OpenHandle(temporary, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(file, w.WrittenSpan, 0);
            RandomAccess.FlushToDisk(file);
        }

        File.Move(temporary, path, overwrite: false);
        File.Delete(Journal.Checkpoint.PathFor(path));
        return Open(path, options);
    }

    /// <summary>
    /// Opens a journal file and recovers its ledger: validates the header, starts from the checkpoint if it is valid,
    /// replays every later record (transfers without the rules unless <see cref="JournalOptions.VerifyRules"/>), and
    /// truncates a torn tail (reported in <see cref="Recovery"/>).
    /// </summary>
    /// <param name="path">The journal file.</param>
    /// <param name="options">How to write from now on; <see cref="JournalOptions.Default"/> if null.</param>
    /// <returns>The durable ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="JournalFormatException">The file is not a journal of this format version, is corrupt before its end, holds a transfer of units its account does not hold, or holds a transaction the rules now reject (transfers: only with <see cref="JournalOptions.VerifyRules"/>).</exception>
    /// <exception cref="IOException">The file cannot be opened for writing.</exception>
    public static DurableLedger Open(string path, JournalOptions? options = null)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        options ??= JournalOptions.Default;
        SafeFileHandle file = File.OpenHandle(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        try
        {
            (Ledger ledger, ScanEnd end, RecoveryReport report) = JournalReplay.Run(file, path, useCheckpoint: true, retainJournal: false, options.VerifyRules);
            if (RandomAccess.GetLength(file) > end.ValidLength)
            {
                // A torn tail, or zeros the writer preallocated: cut both, so no stale byte can follow the next record.
                RandomAccess.SetLength(file, end.ValidLength);
                RandomAccess.FlushToDisk(file);
            }

            var writer = new JournalWriter(file, end.ValidLength, end.Records, end.LastRecordOffset, end.LastRecordChecksum, options);
            return new DurableLedger(path, ledger, writer, options, report, ledger.TransactionCount);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Checks a transaction and, if it passes every check, journals and applies it; acknowledged under the policy (see the remarks of <see cref="DurableLedger"/>).</summary>
    /// <param name="transaction">The proposed transaction.</param>
    /// <returns>Accepted, or rejected with every failed check (a rejected transaction is not journaled).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="transaction"/> is null.</exception>
    /// <exception cref="IOException">Writing the journal failed: the transaction is not acknowledged and may or may not be in the file; reopen the journal.</exception>
    /// <exception cref="InvalidOperationException">Concurrent use, a faulted ledger, or the durable ledger is disposed.</exception>
    public TransactionResult TryApply(Transaction transaction)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        TransactionResult result = Ledger.TryApplyCore(transaction, _journalTransaction);
        if (result.IsAccepted && _options.CheckpointEveryTransactions > 0 && Ledger.TransactionCount - _lastCheckpoint >= _options.CheckpointEveryTransactions)
        {
            Checkpoint();
        }

        return result;
    }

    /// <summary>Checks, journals and applies a transaction, throwing if a check fails; the throwing twin of <see cref="TryApply"/>.</summary>
    /// <param name="transaction">The proposed transaction.</param>
    /// <returns>The accepted result.</returns>
    /// <exception cref="TransactionRejectedException">A check failed; nothing changed or was journaled.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="transaction"/> is null.</exception>
    /// <exception cref="IOException">Writing the journal failed.</exception>
    public TransactionResult Apply(Transaction transaction)
    {
        TransactionResult result = TryApply(transaction);
        result.ThrowIfRejected();
        return result;
    }

    /// <summary>Journals and applies a configuration change in force from a date (see <see cref="Ledger.ChangeConfiguration"/>).</summary>
    /// <param name="configuration">The new configuration (the current accounts unchanged, possibly more).</param>
    /// <param name="effectiveDate">The date from which it is in force.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Ledger.ChangeConfiguration"/>.</exception>
    /// <exception cref="IOException">Writing the journal failed.</exception>
    public void ChangeConfiguration(RegistryConfiguration configuration, LocalDate effectiveDate)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        Ledger.ChangeConfigurationCore(configuration, effectiveDate, _journalConfiguration);
    }

    /// <summary>Blocks until every record up to <paramref name="record"/> is durable under the policy (immediately except for group commit).</summary>
    /// <param name="record">A record number, e.g. <see cref="AppendedRecords"/> after a call to <see cref="TryApply"/>.</param>
    /// <exception cref="IOException">Writing the journal failed.</exception>
    public void WaitForDurable(long record) => _writer.WaitForDurable(record);

    /// <summary>Writes and flushes to disk every record appended so far, whatever the policy.</summary>
    /// <exception cref="IOException">Writing the journal failed.</exception>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
    }

    /// <summary>
    /// Flushes the journal and writes a checkpoint of the ledger beside it (<c>path.checkpoint</c>), so recovery replays
    /// only later records. Called automatically every <see cref="JournalOptions.CheckpointEveryTransactions"/> transactions.
    /// </summary>
    /// <exception cref="IOException">Writing failed; the journal is unaffected.</exception>
    public void Checkpoint()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writer.Flush();
        (long offset, uint checksum) = _writer.LastRecord;
        Journal.Checkpoint.Write(Path, Ledger, _writer.WrittenLength, _writer.Appended, offset, checksum);
        _lastCheckpoint = Ledger.TransactionCount;
    }

    /// <summary>Rebuilds the ledger at the end of a date by replaying the journal file (flushed first; rules verified as <see cref="JournalOptions.VerifyRules"/> says).</summary>
    /// <param name="date">The date.</param>
    /// <returns>A new, independent ledger retaining its journal in memory.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="IOException">Reading or flushing the journal failed.</exception>
    public Ledger AsOf(LocalDate date)
    {
        Transaction.CheckIsoCalendar(date, nameof(date));
        Flush();
        return JournalFile.ReplayTo(Path, date, _options.VerifyRules);
    }

    /// <summary>Flushes every appended record to disk and closes the journal.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _writer.Dispose();
        }
    }
}
