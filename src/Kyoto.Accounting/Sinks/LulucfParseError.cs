using System.Globalization;

namespace Kyoto.Accounting.Sinks;

/// <summary>One rejected field or row of LULUCF activity-data CSV, with its location.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class LulucfParseError
{
    internal LulucfParseError(int row, int column, string? field, string? value, LulucfErrorCode code, string reason)
    {
        Row = row;
        Column = column;
        Field = field;
        Value = value;
        Code = code;
        Reason = reason;
    }

    /// <summary>Gets the 1-based line of the row.</summary>
    public int Row { get; }

    /// <summary>Gets the 1-based column, or 0 for the whole row.</summary>
    public int Column { get; }

    /// <summary>Gets the column name, or null.</summary>
    public string? Field { get; }

    /// <summary>Gets the rejected text, or null.</summary>
    public string? Value { get; }

    /// <summary>Gets the stable code.</summary>
    public LulucfErrorCode Code { get; }

    /// <summary>Gets the reason.</summary>
    public string Reason { get; }

    /// <inheritdoc/>
    public override string ToString() => Column == 0
        ? string.Format(CultureInfo.InvariantCulture, "row {0}: {1} ({2})", Row, Reason, Code)
        : string.Format(CultureInfo.InvariantCulture, "row {0}, column {1} ({2} = '{3}'): {4} ({5})", Row, Column, Field, Value, Reason, Code);
}
