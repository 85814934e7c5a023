namespace Kyoto.Accounting.Registry.Journal;

/// <summary>The kind of a journal record.</summary>
public enum JournalEntryKind
{
    /// <summary>An accepted transaction.</summary>
    Transaction = 1,

    /// <summary>The initial configuration (the first record) or a configuration change with its effective date.</summary>
    Configuration = 2,
}
