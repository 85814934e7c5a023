using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>A failed check of a transaction: the check (code, rule) and a message naming the accounts, units and quantities involved.</summary>
/// <remarks>Decision 13/CMP.1 annex ¶42. Equality is by check and message. This type is immutable and thread-safe.</remarks>
public sealed class CheckFailure : IEquatable<CheckFailure>
{
    internal CheckFailure(CheckCode code, string message)
    {
        Check = RegistryCheck.FromCode(code);
        Message = message;
    }

    /// <summary>Gets the check that failed.</summary>
    public RegistryCheck Check { get; }

    /// <summary>Gets the stable code of the check.</summary>
    public CheckCode Code => Check.Code;

    /// <summary>Gets the rule the check enforces.</summary>
    public string Rule => Check.Rule;

    /// <summary>Gets the message naming the accounts, units and quantities involved.</summary>
    public string Message { get; }

    /// <summary>Creates a failure of a check with a message.</summary>
    /// <param name="code">The check code.</param>
    /// <param name="message">The message.</param>
    /// <returns>The failure.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined check code.</exception>
    public static CheckFailure Create(CheckCode code, string message) => new(code, Preconditions.CheckNotNull(message, nameof(message)));

    /// <summary>Returns whether the check and the message are equal.</summary>
    /// <param name="other">The other failure.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(CheckFailure? other) => other is not null && Code == other.Code && string.Equals(Message, other.Message, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as CheckFailure);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, StringComparer.Ordinal.GetHashCode(Message));

    /// <summary>Formats the failure, e.g. <c>"4001 ReserveInfringed (Decision 11/CMP.1 annex ¶6): …"</c>.</summary>
    /// <returns>The formatted failure.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2}): {3}", (int)Code, Check.Name, Rule, Message);
}
