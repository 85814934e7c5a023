using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// The holdings a registry reports in SEF Tables 1 and 4 for a commitment period: units valid for the period by account
/// type (rows) and unit type (columns).
/// </summary>
/// <remarks>
/// Decision 14/CMP.1 (and 3/CMP.11 for the second period) prescribe the Standard Electronic Format.
/// ERUs converted from AAUs and from RMUs are reported in one ERU column: add the two unit types. This type is immutable
/// and thread-safe.
/// </remarks>
public sealed class SefHoldings
{
    private readonly Dictionary<(AccountType, UnitType), long> _quantities;

    internal SefHoldings(RegistryId registry, CommitmentPeriod period, Dictionary<(AccountType, UnitType), long> quantities)
    {
        Registry = registry;
        Period = period;
        _quantities = quantities;
    }

    /// <summary>Gets the registry.</summary>
    public RegistryId Registry { get; }

    /// <summary>Gets the commitment period.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the units of a type held in accounts of a type (zero is reported as "NO").</summary>
    /// <param name="accountType">The account type (row).</param>
    /// <param name="unitType">The unit type (column).</param>
    /// <returns>The quantity.</returns>
    public long GetQuantity(AccountType accountType, UnitType unitType) => _quantities.GetValueOrDefault((accountType, unitType));

    /// <summary>Gets the total of a unit type over every account type.</summary>
    /// <param name="unitType">The unit type.</param>
    /// <returns>The total quantity.</returns>
    /// <exception cref="OverflowException">The total exceeds a 64-bit count.</exception>
    public long GetTotal(UnitType unitType) =>
        _quantities.Where(q => q.Key.Item2 == unitType).Aggregate(0L, (sum, q) => checked(sum + q.Value));

    /// <summary>Formats the table, one <c>account type × unit type = quantity</c> entry per non-zero cell.</summary>
    /// <returns>The formatted table.</returns>
    public override string ToString() =>
        Registry.ToString() + " CP" + Period.Number.ToString(CultureInfo.InvariantCulture) + ": "
        + string.Join("; ", _quantities.OrderBy(q => q.Key).Select(q => string.Format(CultureInfo.InvariantCulture, "{0} × {1} = {2}", q.Key.Item1, q.Key.Item2, q.Value)));
}
