using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>One record of a journal file, as listed by <see cref="JournalFile.ReadEntries"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JournalEntry
{
    internal JournalEntry(long sequence, long offset, Transaction? transaction, RegistryConfiguration? configuration, LocalDate? effectiveDate)
    {
        Sequence = sequence;
        Offset = offset;
        Transaction = transaction;
        Configuration = configuration;
        EffectiveDate = effectiveDate;
    }

    /// <summary>Gets the kind of record.</summary>
    public JournalEntryKind Kind => Transaction is null ? JournalEntryKind.Configuration : JournalEntryKind.Transaction;

    /// <summary>Gets the record's position in the journal, 1-based (record 1 is the initial configuration).</summary>
    public long Sequence { get; }

    /// <summary>Gets the byte offset of the record in the file.</summary>
    public long Offset { get; }

    /// <summary>Gets the transaction of a transaction record; otherwise null.</summary>
    public Transaction? Transaction { get; }

    /// <summary>Gets the configuration of a configuration record; otherwise null.</summary>
    public RegistryConfiguration? Configuration { get; }

    /// <summary>Gets the effective date of a configuration change; null for the initial configuration and for transactions.</summary>
    public LocalDate? EffectiveDate { get; }

    /// <summary>Formats the entry: the transaction, or the configuration record.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Transaction?.ToString() ?? (EffectiveDate is LocalDate date
            ? "configuration change from " + date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : "initial configuration");
}
