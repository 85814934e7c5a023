using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// The outcome of reading an inventory CSV: the inventory, or every error found (in the style of NodaTime's
/// <c>ParseResult&lt;T&gt;</c>).
/// </summary>
/// <remarks>
/// All or nothing: if any row is rejected there is no inventory, so no row is ever dropped silently. This type is
/// immutable and thread-safe.
/// </remarks>
public sealed class InventoryParseResult
{
    private readonly EmissionInventory? _inventory;

    internal InventoryParseResult(EmissionInventory? inventory, IReadOnlyList<InventoryParseError> errors, int rowCount)
    {
        _inventory = inventory;
        Errors = errors;
        RowCount = rowCount;
    }

    /// <summary>Gets whether every row was read.</summary>
    [MemberNotNullWhen(true, nameof(_inventory))]
    public bool Success => _inventory is not null;

    /// <summary>Gets every error found, in row order (empty on success).</summary>
    public IReadOnlyList<InventoryParseError> Errors { get; }

    /// <summary>Gets the number of data rows in the text (excluding the header, comments and blank lines).</summary>
    public int RowCount { get; }

    /// <summary>Gets the inventory.</summary>
    /// <exception cref="InventoryFormatException">The text has errors; the exception lists them.</exception>
    public EmissionInventory Value => GetValueOrThrow();

    /// <summary>Returns the inventory, or throws listing every error.</summary>
    /// <returns>The inventory.</returns>
    /// <exception cref="InventoryFormatException">The text has errors; the exception lists them.</exception>
    public EmissionInventory GetValueOrThrow() => Success ? _inventory : throw new InventoryFormatException(Errors);

    /// <summary>Gets the inventory if every row was read.</summary>
    /// <param name="inventory">The inventory, or null.</param>
    /// <returns>True on success.</returns>
    public bool TryGetValue([NotNullWhen(true)] out EmissionInventory? inventory)
    {
        inventory = _inventory;
        return Success;
    }
}
