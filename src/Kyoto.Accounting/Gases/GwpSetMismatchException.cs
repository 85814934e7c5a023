using System;

namespace Kyoto.Accounting.Gases;

/// <summary>
/// Thrown when CO2-equivalent values computed with different GWP sets are combined or compared.
/// </summary>
/// <remarks>
/// Article 5.3 binds the GWP set to a commitment period, so figures of different sets are not comparable;
/// convert through the gas masses instead. This type is not thread-safe for mutation (as any exception).
/// </remarks>
public sealed class GwpSetMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public GwpSetMismatchException()
        : base("CO2-equivalent values of different GWP sets cannot be combined (Art. 5.3).")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public GwpSetMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public GwpSetMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance naming both sets.</summary>
    /// <param name="expected">The set of the left-hand value.</param>
    /// <param name="actual">The set of the right-hand value.</param>
    public GwpSetMismatchException(GwpSet expected, GwpSet actual)
        : base("GWP set mismatch: the operation expected CO2-equivalent under " + expected?.Name + ", but the other value is under " + actual?.Name + ". Figures of different GWP sets are not comparable (Art. 5.3); convert through the gas masses.")
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Initializes a new instance with the two sets and a message that explains the operation.</summary>
    /// <param name="expected">The set the operation needs.</param>
    /// <param name="actual">The set the value is under.</param>
    /// <param name="message">The message.</param>
    internal GwpSetMismatchException(GwpSet expected, GwpSet actual, string message)
        : base(message)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>
    /// Initializes a new instance that speaks from the caller's side: which argument carried which set, and what it
    /// was passed to, e.g. "You passed CO2-equivalent under AR4 as 'emissions' to a CP1 (SAR) bubble".
    /// </summary>
    /// <param name="expected">The set the receiving object is under.</param>
    /// <param name="actual">The set of the argument.</param>
    /// <param name="paramName">The argument that carried <paramref name="actual"/>.</param>
    /// <param name="receiver">What the argument was passed to, e.g. <c>"a CP1 (SAR) bubble"</c>.</param>
    public GwpSetMismatchException(GwpSet expected, GwpSet actual, string paramName, string receiver)
        : base("You passed CO2-equivalent under " + actual?.Name + " as '" + paramName + "' to " + receiver + ", which is under " + expected?.Name
            + ". Figures of different GWP sets are not comparable (Art. 5.3): compute the argument with " + expected?.Name + " from the gas masses.")
    {
        Expected = expected;
        Actual = actual;
        ParamName = paramName;
    }

    /// <summary>Gets the argument that carried the other set, when the exception names it.</summary>
    public string? ParamName { get; }

    /// <summary>Gets the set of the left-hand value, if known.</summary>
    public GwpSet? Expected { get; }

    /// <summary>Gets the set of the right-hand value, if known.</summary>
    public GwpSet? Actual { get; }
}
