using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Thrown by the throwing twins of the inventory CSV reader (<see cref="InventoryCsv.Read"/>,
/// <see cref="InventoryParseResult.GetValueOrThrow"/>) when the text has errors; <see cref="Errors"/> lists every one.
/// </summary>
/// <remarks>This type is not thread-safe for mutation (as any exception).</remarks>
public sealed class InventoryFormatException : FormatException
{
    /// <summary>Initializes a new instance with a default message.</summary>
    public InventoryFormatException()
        : base("The inventory CSV has errors.")
    {
        Errors = Array.Empty<InventoryParseError>();
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InventoryFormatException(string message)
        : base(message)
    {
        Errors = Array.Empty<InventoryParseError>();
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InventoryFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = Array.Empty<InventoryParseError>();
    }

    /// <summary>Initializes a new instance listing the errors.</summary>
    /// <param name="errors">Every error found.</param>
    public InventoryFormatException(IReadOnlyList<InventoryParseError> errors)
        : base(Summarize(errors))
    {
        Errors = errors ?? Array.Empty<InventoryParseError>();
    }

    /// <summary>Gets every error found, in row order.</summary>
    public IReadOnlyList<InventoryParseError> Errors { get; }

    private static string Summarize(IReadOnlyList<InventoryParseError>? errors)
    {
        if (errors is null || errors.Count == 0)
        {
            return "The inventory CSV has errors.";
        }

        const int Shown = 10;
        string more = errors.Count > Shown ? Environment.NewLine + "… and " + (errors.Count - Shown).ToString(System.Globalization.CultureInfo.InvariantCulture) + " more." : string.Empty;
        return "The inventory CSV has " + errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s); no record was read:"
            + Environment.NewLine + string.Join(Environment.NewLine, errors.Take(Shown)) + more;
    }
}
