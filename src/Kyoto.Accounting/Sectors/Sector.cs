using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sectors;

/// <summary>
/// A sector of Annex A of the Protocol: Energy, Industrial processes, Solvent and other product use,
/// Agriculture, Waste. LULUCF is not an Annex A sector; it enters through Art. 3.3, 3.4 and the second
/// sentence of Art. 3.7 (see <see cref="LulucfActivity"/>).
/// </summary>
/// <remarks>
/// The catalogue is closed; equality is reference equality. Codes are those of the Common Reporting Format
/// used for the first commitment period (1 Energy, 2 Industrial processes, 3 Solvents, 4 Agriculture, 6 Waste).
/// This type is immutable and thread-safe.
/// </remarks>
public sealed class Sector : IEquatable<Sector>
{
    private Sector(int index, string code, string name)
    {
        Index = index;
        Code = code;
        Name = name;
    }

    /// <summary>Gets the Energy sector (Annex A).</summary>
    public static Sector Energy { get; } = new(0, "1", "Energy");

    /// <summary>Gets the Industrial processes sector (Annex A).</summary>
    public static Sector IndustrialProcesses { get; } = new(1, "2", "Industrial processes");

    /// <summary>Gets the Solvent and other product use sector (Annex A).</summary>
    public static Sector SolventAndOtherProductUse { get; } = new(2, "3", "Solvent and other product use");

    /// <summary>Gets the Agriculture sector (Annex A).</summary>
    public static Sector Agriculture { get; } = new(3, "4", "Agriculture");

    /// <summary>Gets the Waste sector (Annex A).</summary>
    public static Sector Waste { get; } = new(4, "6", "Waste");

    /// <summary>Gets the five Annex A sectors in order.</summary>
    public static IReadOnlyList<Sector> All { get; } = new[] { Energy, IndustrialProcesses, SolventAndOtherProductUse, Agriculture, Waste };

    /// <summary>Gets the Common Reporting Format code, e.g. <c>1</c> for Energy.</summary>
    public string Code { get; }

    /// <summary>Gets the name as Annex A gives it.</summary>
    public string Name { get; }

    /// <summary>Gets the dense index (0 to 4).</summary>
    public int Index { get; }

    /// <summary>Gets the source categories of the sector.</summary>
    public IReadOnlyList<SourceCategory> Categories => SourceCategory.All.Where(c => ReferenceEquals(c.Sector, this)).ToArray();

    /// <summary>Finds a sector by its code.</summary>
    /// <param name="code">The code, e.g. <c>4</c>.</param>
    /// <returns>The sector.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> names no Annex A sector.</exception>
    public static Sector FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Sector? sector = All.FirstOrDefault(s => s.Code == code.Trim());
        Preconditions.CheckArgument(sector is not null, nameof(code), "'" + code + "' is not an Annex A sector code (1, 2, 3, 4 or 6).");
        return sector;
    }

    /// <summary>Returns true if <paramref name="other"/> is the same sector.</summary>
    /// <param name="other">The other sector.</param>
    /// <returns>True if the same.</returns>
    public bool Equals(Sector? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Returns the name of the sector.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
