using Kyoto.Accounting.Inventories;

namespace Kyoto.Accounting.Testing.Inventories;

/// <summary>A well-formed data row of the inventory CSV format and the record it stands for.</summary>
public sealed class ValidInventoryRow
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="line">The data row, without a line break.</param>
    /// <param name="record">The record the row stands for.</param>
    public ValidInventoryRow(string line, InventoryRecord record)
    {
        Line = line;
        Record = record;
    }

    /// <summary>Gets the data row, without a line break, in the column order of <see cref="InventoryCsv.Header"/>.</summary>
    public string Line { get; }

    /// <summary>Gets the record the row stands for.</summary>
    public InventoryRecord Record { get; }

    /// <summary>Returns the row.</summary>
    /// <returns>The row.</returns>
    public override string ToString() => Line;
}

/// <summary>A data row of the inventory CSV format that breaks exactly one rule, with the error the reader must report.</summary>
public sealed class InvalidInventoryRow
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="line">The data row, without a line break.</param>
    /// <param name="expectedCode">The error code the reader must report.</param>
    /// <param name="expectedField">The column the error must name, or null for a row-level error.</param>
    public InvalidInventoryRow(string line, InventoryErrorCode expectedCode, string? expectedField)
    {
        Line = line;
        ExpectedCode = expectedCode;
        ExpectedField = expectedField;
    }

    /// <summary>Gets the data row, without a line break, in the column order of <see cref="InventoryCsv.Header"/>.</summary>
    public string Line { get; }

    /// <summary>Gets the error code the reader must report for the row.</summary>
    public InventoryErrorCode ExpectedCode { get; }

    /// <summary>Gets the column the error must name (e.g. <c>mass_t</c>), or null for a row-level error.</summary>
    public string? ExpectedField { get; }

    /// <summary>Returns the row and the expected error.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Line + " => " + ExpectedCode + " (" + (ExpectedField ?? "row") + ")";
}
