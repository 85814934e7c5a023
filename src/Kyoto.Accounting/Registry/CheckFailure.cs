using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// A failed check of a transaction: the check (code, rule), a message naming the accounts, units and quantities
/// involved and, for a failure of some of the transaction's units, those units as <see cref="Units"/>.
/// </summary>
/// <remarks>Decision 13/CMP.1 annex ¶42. Equality is by check, message and units. This type is immutable and thread-safe.</remarks>
/// <example>
/// Acting on the units that failed, rather than parsing the message:
/// <code>
/// TransactionResult result = ledger.TryApply(transfer);
/// foreach (CheckFailure failure in result.Failures)
/// {
///     if (failure.Units is SerialRange units)
///     {
///         Console.WriteLine($"{failure.Code}: {units.Quantity} units from {units.First} to {units.Last}");
///     }
/// }
/// </code>
/// </example>
public sealed class CheckFailure : IEquatable<CheckFailure>
{
    internal CheckFailure(CheckCode code, string message, SerialRange? units = null)
    {
        Check = RegistryCheck.FromCode(code);
        Message = message;
        Units = units;
    }

    /// <summary>Gets the check that failed.</summary>
    public RegistryCheck Check { get; }

    /// <summary>Gets the stable code of the check.</summary>
    public CheckCode Code => Check.Code;

    /// <summary>Gets the rule the check enforces.</summary>
    public string Rule => Check.Rule;

    /// <summary>Gets the message naming the accounts, units and quantities involved.</summary>
    public string Message { get; }

    /// <summary>
    /// Gets the units this failure is about, when it concerns part of the transaction's units: the sub-range of one
    /// serial range that failed the check (e.g. the units of a range held by another account, check 2001, while the
    /// rest of the range is held by the sender). A range whose units fail for different reasons gives one failure per
    /// segment, each with its own units. Null for a failure of the transaction as a whole (an account, a limit, a
    /// date) and for the final "and N more" entry of a capped list.
    /// </summary>
    /// <remarks>Decision 13/CMP.1 annex ¶42 (the checks of the units in a transaction); the same range is named in <see cref="Message"/>.</remarks>
    public SerialRange? Units { get; }

    /// <summary>Creates a failure of a check with a message.</summary>
    /// <param name="code">The check code.</param>
    /// <param name="message">The message.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined check code.</exception>
    public static CheckFailure Create(CheckCode code, string message) => new(code, Preconditions.CheckNotNull(message, nameof(message)));

    /// <summary>Creates a failure of a check about some units, with a message.</summary>
    /// <param name="code">The check code.</param>
    /// <param name="message">The message.</param>
    /// <param name="units">The units the failure is about (see <see cref="Units"/>), or null for the transaction as a whole.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined check code.</exception>
    public static CheckFailure Create(CheckCode code, string message, SerialRange? units) => new(code, Preconditions.CheckNotNull(message, nameof(message)), units);

    /// <summary>Returns whether the check, the message and the units are equal.</summary>
    /// <param name="other">The other failure.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(CheckFailure? other) =>
        other is not null && Code == other.Code && string.Equals(Message, other.Message, StringComparison.Ordinal) && Nullable.Equals(Units, other.Units);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CheckFailure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(Message), Units);

    /// <summary>Formats the failure, e.g. <c>"4001 ReserveInfringed (Decision 11/CMP.1 annex ¶6): …"</c>.</summary>
    /// <returns>The formatted failure.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}): {3}", (int)Code, Check.Name, Rule, Message);
}
