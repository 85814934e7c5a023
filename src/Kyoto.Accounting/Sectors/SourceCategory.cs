using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sectors;

/// <summary>
/// A source category of Annex A of the Protocol, with its Common Reporting Format code
/// (e.g. <c>1.A.3</c> Transport, <c>4.A</c> Enteric fermentation).
/// </summary>
/// <remarks>
/// The catalogue is closed and follows Annex A's list exactly: 8 energy categories (fuel combustion and fugitive
/// emissions), 7 industrial-process categories, solvent and other product use, 7 agriculture and 4 waste
/// categories. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
public sealed class SourceCategory : IEquatable<SourceCategory>
{
    private static readonly SourceCategory[] Catalogue =
    {
        new(0, "1.A.1", "Energy industries", Sector.Energy),
        new(1, "1.A.2", "Manufacturing industries and construction", Sector.Energy),
        new(2, "1.A.3", "Transport", Sector.Energy),
        new(3, "1.A.4", "Other sectors", Sector.Energy),
        new(4, "1.A.5", "Other (fuel combustion)", Sector.Energy),
        new(5, "1.B.1", "Solid fuels (fugitive emissions)", Sector.Energy),
        new(6, "1.B.2", "Oil and natural gas (fugitive emissions)", Sector.Energy),
        new(7, "1.B.3", "Other (fugitive emissions from fuels)", Sector.Energy),
        new(8, "2.A", "Mineral products", Sector.IndustrialProcesses),
        new(9, "2.B", "Chemical industry", Sector.IndustrialProcesses),
        new(10, "2.C", "Metal production", Sector.IndustrialProcesses),
        new(11, "2.D", "Other production", Sector.IndustrialProcesses),
        new(12, "2.E", "Production of halocarbons and sulphur hexafluoride", Sector.IndustrialProcesses),
        new(13, "2.F", "Consumption of halocarbons and sulphur hexafluoride", Sector.IndustrialProcesses),
        new(14, "2.G", "Other (industrial processes)", Sector.IndustrialProcesses),
        new(15, "3", "Solvent and other product use", Sector.SolventAndOtherProductUse),
        new(16, "4.A", "Enteric fermentation", Sector.Agriculture),
        new(17, "4.B", "Manure management", Sector.Agriculture),
        new(18, "4.C", "Rice cultivation", Sector.Agriculture),
        new(19, "4.D", "Agricultural soils", Sector.Agriculture),
        new(20, "4.E", "Prescribed burning of savannas", Sector.Agriculture),
        new(21, "4.F", "Field burning of agricultural residues", Sector.Agriculture),
        new(22, "4.G", "Other (agriculture)", Sector.Agriculture),
        new(23, "6.A", "Solid waste disposal on land", Sector.Waste),
        new(24, "6.B", "Wastewater handling", Sector.Waste),
        new(25, "6.C", "Waste incineration", Sector.Waste),
        new(26, "6.D", "Other (waste)", Sector.Waste),
    };

    private static readonly FrozenDictionary<string, SourceCategory> ByCode =
        Catalogue.ToFrozenDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);

    private SourceCategory(int index, string code, string name, Sector sector)
    {
        Index = index;
        Code = code;
        Name = name;
        Sector = sector;
    }

    /// <summary>Gets every Annex A source category, in code order.</summary>
    public static IReadOnlyList<SourceCategory> All { get; } = Array.AsReadOnly(Catalogue);

    /// <summary>Gets the Common Reporting Format code, e.g. <c>1.A.3</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the name as Annex A gives it.</summary>
    public string Name { get; }

    /// <summary>Gets the sector the category belongs to.</summary>
    public Sector Sector { get; }

    /// <summary>Gets the dense index (0 to <c>All.Count − 1</c>), stable within a version of the package.</summary>
    public int Index { get; }

    /// <summary>Finds a category by its code, ignoring case.</summary>
    /// <param name="code">The code, e.g. <c>1.A.3</c>.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> names no Annex A source category.</exception>
    public static SourceCategory FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (!TryFromCode(code, out SourceCategory? category))
        {
            Preconditions.ThrowArgument(nameof(code), "'" + code + "' is not an Annex A source category code (e.g. 1.A.1, 2.F, 4.D, 6.A).");
        }

        return category;
    }

    /// <summary>Finds a category by its code, ignoring case.</summary>
    /// <param name="code">The code.</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>True if found.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SourceCategory? category)
    {
        category = null;
        return code is not null && ByCode.TryGetValue(code.Trim(), out category);
    }

    /// <summary>Finds a category by its dense index.</summary>
    /// <param name="index">The index.</param>
    /// <returns>The category.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static SourceCategory FromIndex(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Catalogue.Length - 1);
        return Catalogue[index];
    }

    /// <summary>Returns true if <paramref name="other"/> is the same category.</summary>
    /// <param name="other">The other category.</param>
    /// <returns>True if the same.</returns>
    public bool Equals(SourceCategory? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Returns the code and name, e.g. <c>"1.A.3 Transport"</c>.</summary>
    /// <returns>The formatted category.</returns>
    public override string ToString() => Code + " " + Name;
}
