using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// One row of cells of an SEF report: the six <c>UnitQty</c> cells (or the two or three <c>CerQty</c> cells of a
/// requirement for replacement) of one element, located by its path below the report's root.
/// </summary>
/// <remarks>
/// The location names each element from the table down, with the row's key in brackets:
/// <c>Table2a/TransactionType[Art33Deforestation]/Subtractions</c>, <c>Table2b/ExternalTransfer[FRA]/Additions</c>,
/// <c>Table5e/AnnualRetirements/AnnualRetirement[2014]</c>. This type is immutable and thread-safe.
/// </remarks>
public sealed class SefBlock : IEquatable<SefBlock>
{
    private readonly SefUnitType[] _columns;
    private readonly SefQuantity[] _cells;

    internal SefBlock(string location, bool isRequirement, SefUnitType[] columns, SefQuantity[] cells)
    {
        Location = location;
        IsRequirementForReplacement = isRequirement;
        _columns = columns;
        _cells = cells;
    }

    /// <summary>Gets the block's path below the root, e.g. <c>Table1/AccountType[PartyHolding]</c>.</summary>
    public string Location { get; }

    /// <summary>Gets the table element the block belongs to, e.g. <c>Table2a</c>.</summary>
    public string Table => Location.Substring(0, Location.IndexOf('/', StringComparison.Ordinal) is var i && i > 0 ? i : Location.Length);

    /// <summary>Gets whether the cells are <c>CerQty</c> cells of a requirement for replacement (else <c>UnitQty</c>).</summary>
    public bool IsRequirementForReplacement { get; }

    /// <summary>Gets the columns, in document order.</summary>
    public IReadOnlyList<SefUnitType> Columns => _columns;

    /// <summary>Gets the cells, in the order of <see cref="Columns"/>.</summary>
    public IReadOnlyList<SefQuantity> Cells => _cells;

    /// <summary>Gets the cell of a column.</summary>
    /// <param name="unitType">The column.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">The block has no such column.</exception>
    public SefQuantity this[SefUnitType unitType]
    {
        get
        {
            int i = Array.IndexOf(_columns, unitType);
            return i >= 0 ? _cells[i] : throw new ArgumentException($"{Location} has no {SefNames.Unit(unitType)} column.", nameof(unitType));
        }
    }

    /// <inheritdoc />
    public bool Equals(SefBlock? other) =>
        other is not null && Location == other.Location && IsRequirementForReplacement == other.IsRequirementForReplacement
        && _columns.AsSpan().SequenceEqual(other._columns) && _cells.AsSpan().SequenceEqual(other._cells);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SefBlock);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Location, _cells.Length, _cells.Length > 0 ? _cells[0] : default);

    /// <summary>Formats the block as <c>Location: AAU=…, CER=…, …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Location + ": " + string.Join(", ", _columns.Select((c, i) => SefNames.Unit(c) + "=" + _cells[i].ToString()));
}
