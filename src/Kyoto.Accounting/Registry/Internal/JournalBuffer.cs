using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>
/// The events a ledger has applied: <see cref="Count"/> counts every one (transactions and configuration changes), and
/// the transactions themselves are kept in memory only when the ledger retains its journal.
/// </summary>
internal sealed class JournalBuffer
{
    private readonly List<Transaction> _retained;

    internal JournalBuffer(bool retain)
    {
        Retains = retain;
        _retained = new List<Transaction>();
        View = _retained.AsReadOnly();
    }

    internal JournalBuffer(JournalBuffer other)
    {
        Retains = other.Retains;
        _retained = new List<Transaction>(other._retained);
        View = _retained.AsReadOnly();
        Count = other.Count;
        TransactionCount = other.TransactionCount;
    }

    internal bool Retains { get; }

    /// <summary>Gets the number of events applied: transactions and configuration changes.</summary>
    internal long Count { get; private set; }

    internal long TransactionCount { get; private set; }

    internal ReadOnlyCollection<Transaction> View { get; }

    internal List<Transaction> Retained => _retained;

    internal void Add(Transaction transaction)
    {
        if (Retains)
        {
            _retained.Add(transaction);
        }

        Count++;
        TransactionCount++;
    }

    /// <summary>Counts a transaction applied by a ledger that does not retain its journal.</summary>
    internal void AddUnretained()
    {
        System.Diagnostics.Debug.Assert(!Retains, "a retained journal keeps the transaction");
        Count++;
        TransactionCount++;
    }

    internal void AddConfigurationChange() => Count++;

    internal void Restore(long count, long transactionCount)
    {
        Count = count;
        TransactionCount = transactionCount;
    }

    internal void Clear()
    {
        _retained.Clear();
        Count = 0;
        TransactionCount = 0;
    }
}
