using System.Globalization;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// One reason a row of an inventory CSV was rejected: where (row, column, field), what (the text), which rule (the
/// stable <see cref="Code"/>) and why (<see cref="Reason"/>).
/// </summary>
/// <remarks>
/// Rows are numbered as lines of the text, from 1 (the header); a row spanning several lines (a quoted newline) has
/// the number of its first line. <see cref="Column"/> is 1-based, and 0 when the error concerns the row or the file as a
/// whole. This type is immutable and thread-safe.
/// </remarks>
public sealed class InventoryParseError
{
    internal InventoryParseError(int row, int column, string? field, string? value, InventoryErrorCode code, string reason)
    {
        Row = row;
        Column = column;
        Field = field;
        Value = value;
        Code = code;
        Reason = reason;
    }

    /// <summary>Gets the 1-based line number of the row (1 is the header).</summary>
    public int Row { get; }

    /// <summary>Gets the 1-based column number, or 0 for the row or the file as a whole.</summary>
    public int Column { get; }

    /// <summary>Gets the name of the column (e.g. <c>mass_t</c>), or null for the row or the file as a whole.</summary>
    public string? Field { get; }

    /// <summary>Gets the rejected text, or null where no single field is at fault.</summary>
    public string? Value { get; }

    /// <summary>Gets the stable code of the rule broken.</summary>
    public InventoryErrorCode Code { get; }

    /// <summary>Gets the reason, in a full sentence.</summary>
    public string Reason { get; }

    /// <summary>Formats the error, e.g. <c>"row 7, column 5 (mass_t) 'NaN': NonFiniteMass: …"</c>.</summary>
    /// <returns>The formatted error.</returns>
    public override string ToString() => Column == 0
        ? string.Format(CultureInfo.InvariantCulture, "row {0}: {1}: {2}", Row, Code, Reason)
        : string.Format(CultureInfo.InvariantCulture, "row {0}, column {1} ({2}) '{3}': {4}: {5}", Row, Column, Field, Value, Code, Reason);
}
