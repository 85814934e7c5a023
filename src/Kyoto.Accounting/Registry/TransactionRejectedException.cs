using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Registry;

/// <summary>Thrown by <see cref="Ledger.Apply"/> when a transaction fails one or more checks; lists every failure.</summary>
/// <remarks>
/// Decision 13/CMP.1 annex ¶42: the transaction log rejects the transaction and states each discrepancy with its code.
/// Nothing was changed (all or nothing). Like any exception, this type is not thread-safe for mutation.
/// </remarks>
public sealed class TransactionRejectedException : InvalidOperationException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public TransactionRejectedException()
        : base("The transaction was rejected by the transaction log checks (decision 13/CMP.1 annex ¶42).")
    {
        Failures = Array.Empty<CheckFailure>();
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public TransactionRejectedException(string message)
        : base(message)
    {
        Failures = Array.Empty<CheckFailure>();
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TransactionRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Failures = Array.Empty<CheckFailure>();
    }

    /// <summary>Initializes a new instance naming the transaction and every failure.</summary>
    /// <param name="transaction">The rejected transaction.</param>
    /// <param name="failures">The failed checks.</param>
    public TransactionRejectedException(Transaction? transaction, IReadOnlyList<CheckFailure> failures)
        : base(Describe(transaction, failures))
    {
        Transaction = transaction;
        Failures = failures ?? Array.Empty<CheckFailure>();
    }

    /// <summary>Gets the rejected transaction, if known.</summary>
    public Transaction? Transaction { get; }

    /// <summary>Gets every failed check.</summary>
    public IReadOnlyList<CheckFailure> Failures { get; }

    private static string Describe(Transaction? transaction, IReadOnlyList<CheckFailure>? failures) =>
        "Transaction " + (transaction?.ToString() ?? "(unknown)") + " was rejected by " + (failures?.Count ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture)
        + " check(s): " + string.Join("; ", (failures ?? Array.Empty<CheckFailure>()).Select(f => f.ToString()));
}
