using System;
using System.Collections.Generic;
using System.IO;
using Kyoto.Accounting.Internal;
using Microsoft.Win32.SafeHandles;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// Reads journal files written by <see cref="DurableLedger"/> without changing them: list their records, rebuild the
/// ledger at the end or as of a date or transaction count, verify them. Format: <see href="https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/persistence.md">docs/persistence.md</see> in the repository.
/// </summary>
/// <remarks>
/// Reading stops before a torn tail (a last record cut short by a crash) and reports it; damage followed by valid records
/// throws <see cref="JournalFormatException"/> with the byte offset. Files are opened for reading with sharing, so a
/// journal may be read while a <see cref="DurableLedger"/> appends to it (records written after the open are not seen).
/// </remarks>
/// <example>
/// <code>
/// Ledger ledger = JournalFile.Replay("registry.kyj", out RecoveryReport report);
/// Console.WriteLine(report);
/// foreach (Holding holding in ledger.GetHoldings()) Console.WriteLine(holding);
/// </code>
/// </example>
public static class JournalFile
{
    /// <summary>Lists the valid records of a journal file, in order (a torn tail is left out).</summary>
    /// <param name="path">The journal file.</param>
    /// <returns>The records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="JournalFormatException">The file is not a journal of this format version, or is corrupt before its end.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<JournalEntry> ReadEntries(string path)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        var entries = new List<JournalEntry>();
        using SafeFileHandle file = OpenRead(path);
        var header = new byte[JournalFormat.HeaderLength];
        int read = RandomAccess.Read(file, header, 0);
        JournalFormat.ValidateHeader(header.AsSpan(0, read), JournalFormat.JournalMagic, "journal");
        RegistryConfiguration? configuration = null;
        new JournalScanner(file).Scan(JournalFormat.HeaderLength, 0, 0, 0, (payload, offset, sequence) =>
        {
            var r = new ByteReader(payload, offset);
            byte kind = r.Byte();
            if (kind == JournalFormat.TransactionRecord)
            {
                entries.Add(new JournalEntry(sequence, offset, TransactionCodec.Decode(ref r), null, null));
            }
            else if (kind == JournalFormat.ConfigurationRecord)
            {
                (RegistryConfiguration c, LocalDate? effective) = ConfigurationCodec.Decode(ref r, configuration);
                configuration = c;
                entries.Add(new JournalEntry(sequence, offset, null, c, effective));
            }
            else
            {
                throw r.Malformed("unknown record kind " + kind.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        return entries;
    }

    /// <summary>
    /// Rebuilds the ledger a journal file describes (from its checkpoint, if valid), without changing the file. Transfers
    /// are applied without the rules, verifying only that their units are held (see
    /// <see cref="Replay(string, bool, out RecoveryReport)"/> to verify every rule).
    /// </summary>
    /// <param name="path">The journal file.</param>
    /// <param name="report">What was read: records, checkpoint, torn tail (not removed).</param>
    /// <returns>The ledger, not retaining its journal in memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="JournalFormatException">The file is not a journal of this format version, is corrupt before its end, holds a transfer of units its account does not hold, or holds another transaction the rules now reject.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Ledger Replay(string path, out RecoveryReport report) => Replay(path, verifyRules: false, out report);

    /// <summary>Rebuilds the ledger a journal file describes (from its checkpoint, if valid), without changing the file, verifying every rule or only what applying each transfer depends on.</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="verifyRules">
    /// True to apply every transaction with every rule, as when it was accepted (a record the rules reject throws);
    /// false to apply transfers verifying only that their accounts exist, their ranges are valid and disjoint, and their
    /// units are live and held by the transferring account (other records are checked in full). Both give the same
    /// ledger for a journal this library wrote; see <see cref="JournalOptions.VerifyRules"/>.
    /// </param>
    /// <param name="report">What was read: records, checkpoint, torn tail (not removed).</param>
    /// <returns>The ledger, not retaining its journal in memory.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="JournalFormatException">The file is not a journal of this format version, is corrupt before its end, or holds a transaction that cannot be applied (or, verifying the rules, that the rules now reject).</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <example>
    /// <code>
    /// // An operator's audit of a journal received from elsewhere: every rule, every record.
    /// Ledger audited = JournalFile.Replay("registry.kyj", verifyRules: true, out RecoveryReport report);
    /// </code>
    /// </example>
    public static Ledger Replay(string path, bool verifyRules, out RecoveryReport report)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        using SafeFileHandle file = OpenRead(path);
        (Ledger ledger, _, report) = JournalReplay.Run(file, path, useCheckpoint: true, retainJournal: false, verifyRules);
        return ledger;
    }

    /// <summary>Rebuilds the ledger at the end of a date: every record dated on or before it (replayed from the start of the journal, retaining the journal in memory; transfers without the rules).</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="date">The date.</param>
    /// <returns>The ledger as of the end of <paramref name="date"/>, with the configuration in force then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="JournalFormatException">As for <see cref="Replay(string, out RecoveryReport)"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Ledger ReplayTo(string path, LocalDate date) => ReplayTo(path, date, verifyRules: false);

    /// <summary>Rebuilds the ledger at the end of a date: every record dated on or before it (replayed from the start of the journal, retaining the journal in memory).</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="date">The date.</param>
    /// <param name="verifyRules">Whether to apply every transaction with every rule (see <see cref="Replay(string, bool, out RecoveryReport)"/>).</param>
    /// <returns>The ledger as of the end of <paramref name="date"/>, with the configuration in force then.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="JournalFormatException">As for <see cref="Replay(string, bool, out RecoveryReport)"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Ledger ReplayTo(string path, LocalDate date, bool verifyRules)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        using SafeFileHandle file = OpenRead(path);
        return JournalReplay.Run(file, path, useCheckpoint: false, retainJournal: true, verifyRules, asOfDate: date).Ledger;
    }

    /// <summary>Rebuilds the ledger after its first <paramref name="transactionCount"/> transactions (replayed from the start of the journal, retaining the journal in memory; transfers without the rules).</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="transactionCount">The number of transactions, not negative; more than the journal holds means all.</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transactionCount"/> is negative.</exception>
    /// <exception cref="JournalFormatException">As for <see cref="Replay(string, out RecoveryReport)"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Ledger ReplayTo(string path, long transactionCount) => ReplayTo(path, transactionCount, verifyRules: false);

    /// <summary>Rebuilds the ledger after its first <paramref name="transactionCount"/> transactions (replayed from the start of the journal, retaining the journal in memory).</summary>
    /// <param name="path">The journal file.</param>
    /// <param name="transactionCount">The number of transactions, not negative; more than the journal holds means all.</param>
    /// <param name="verifyRules">Whether to apply every transaction with every rule (see <see cref="Replay(string, bool, out RecoveryReport)"/>).</param>
    /// <returns>The ledger.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="transactionCount"/> is negative.</exception>
    /// <exception cref="JournalFormatException">As for <see cref="Replay(string, bool, out RecoveryReport)"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Ledger ReplayTo(string path, long transactionCount, bool verifyRules)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        Preconditions.CheckArgumentRange(nameof(transactionCount), transactionCount, 0, long.MaxValue);
        using SafeFileHandle file = OpenRead(path);
        return JournalReplay.Run(file, path, useCheckpoint: false, retainJournal: true, verifyRules, asOfTransactions: transactionCount).Ledger;
    }

    internal static SafeFileHandle OpenRead(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
}
