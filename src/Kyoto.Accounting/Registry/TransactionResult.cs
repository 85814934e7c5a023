using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// The outcome of submitting a transaction to a <see cref="Ledger"/>: accepted (and applied), or rejected with every
/// failed check.
/// </summary>
/// <remarks>
/// all or nothing and decision 13/CMP.1 annex ¶42: a rejected transaction changes nothing and lists every failed
/// check, each with its code and rule. <see cref="ShareOfProceeds"/> reports the units an accepted transaction sent to
/// the Adaptation Fund. <c>default(TransactionResult)</c> is a rejection of no transaction without failures and is not
/// produced by a ledger. Equality is by transaction (reference), share of proceeds and failures. This type is an
/// immutable value type and thread-safe.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TransactionResultJsonConverter))]
public readonly struct TransactionResult : IEquatable<TransactionResult>
{
    private readonly CheckFailure[]? _failures;

    internal TransactionResult(Transaction transaction, CheckFailure[]? failures, long shareOfProceeds)
    {
        Transaction = transaction;
        _failures = failures;
        ShareOfProceeds = shareOfProceeds;
        IsAccepted = failures is null;
    }

    /// <summary>Gets the transaction.</summary>
    public Transaction? Transaction { get; }

    /// <summary>Gets whether the transaction passed every check and was applied.</summary>
    public bool IsAccepted { get; }

    /// <summary>Gets the units of an accepted transaction that went to the Adaptation Fund account (zero otherwise).</summary>
    public long ShareOfProceeds { get; }

    /// <summary>Gets every failed check (empty when accepted).</summary>
    public IReadOnlyList<CheckFailure> Failures => _failures ?? Array.Empty<CheckFailure>();

    /// <summary>Compares two results for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left result.</param>
    /// <param name="right">The right result.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(TransactionResult left, TransactionResult right) => left.Equals(right);

    /// <summary>Compares two results for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left result.</param>
    /// <param name="right">The right result.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(TransactionResult left, TransactionResult right) => !left.Equals(right);

    /// <summary>Returns whether the result has a failure with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>True if a check with that code failed.</returns>
    public bool HasFailure(CheckCode code) => _failures is not null && Array.Exists(_failures, f => f.Code == code);

    /// <summary>Throws if the transaction was rejected.</summary>
    /// <exception cref="TransactionRejectedException">The transaction was rejected; the exception lists every failure.</exception>
    public void ThrowIfRejected()
    {
        if (!IsAccepted)
        {
            throw new TransactionRejectedException(Transaction, Failures);
        }
    }

    /// <summary>Returns whether the results are equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(TransactionResult other) =>
        ReferenceEquals(Transaction, other.Transaction) && IsAccepted == other.IsAccepted && ShareOfProceeds == other.ShareOfProceeds && Failures.SequenceEqual(other.Failures);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is TransactionResult other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Transaction, IsAccepted, ShareOfProceeds, Failures.Count);

    /// <summary>Formats the result: <c>"accepted T1"</c> or <c>"rejected T1: 2001 …; 4001 …"</c>.</summary>
    /// <returns>The formatted result.</returns>
    public override string ToString() =>
        IsAccepted
            ? "accepted " + Transaction?.Id.ToString()
            : "rejected " + Transaction?.Id.ToString() + ": " + string.Join("; ", Failures.Select(f => f.ToString()));
}
