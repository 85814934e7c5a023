using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Kyoto.Accounting.Internal;

/// <summary>
/// Argument checks in the NodaTime shape: the check is inlined, the throw lives in a separate
/// helper so the fast path stays small. Every message names the argument, the valid range or
/// relation, and where there is one, the rule (article or decision paragraph).
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> if <paramref name="argument"/> is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? argument, string paramName)
        where T : class
    {
        if (argument is null)
        {
            ThrowArgumentNull(paramName);
        }

        return argument;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with <paramref name="message"/> unless <paramref name="expression"/> holds.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool expression, string paramName, string message)
    {
        if (!expression)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless min ≤ value ≤ max.</summary>
    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive, string? rule = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive, rule);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless min ≤ value ≤ max.</summary>
    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive, string? rule = null)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowArgumentOutOfRange(paramName, value, minInclusive, maxInclusive, rule);
        }
    }

    [DoesNotReturn]
    internal static void ThrowArgumentNull(string paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    internal static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    private static void ThrowArgumentOutOfRange<T>(string paramName, T value, T minInclusive, T maxInclusive, string? rule)
        where T : IFormattable
    {
        string range = string.Format(
            CultureInfo.InvariantCulture,
            "Value should be in range [{0}, {1}]",
            minInclusive,
            maxInclusive);
        string message = rule is null ? range + "." : range + " (" + rule + ").";
        throw new ArgumentOutOfRangeException(paramName, value, message);
    }
}
