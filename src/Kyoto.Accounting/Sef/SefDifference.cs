using System;
using System.Globalization;
using System.Linq;

namespace Kyoto.Accounting.Sef;

/// <summary>One cell where two SEF reports differ, e.g. <c>Table 2a, Art33Deforestation, Subtractions, RMU: REG 1,200 ITL 1,100</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SefDifference : IEquatable<SefDifference>
{
    internal SefDifference(string location, SefUnitType? unitType, string left, string right, string leftSource, string rightSource)
    {
        Location = location;
        UnitType = unitType;
        Left = left;
        Right = right;
        LeftSource = leftSource;
        RightSource = rightSource;
    }

    /// <summary>Gets the block's location, or <c>Header/…</c> for a header field.</summary>
    public string Location { get; }

    /// <summary>Gets the column, for a cell.</summary>
    public SefUnitType? UnitType { get; }

    /// <summary>Gets the first report's value (<c>absent</c> if it has no such block).</summary>
    public string Left { get; }

    /// <summary>Gets the second report's value (<c>absent</c> if it has no such block).</summary>
    public string Right { get; }

    /// <summary>Gets the first report's source (<c>REG</c> or <c>ITL</c>).</summary>
    public string LeftSource { get; }

    /// <summary>Gets the second report's source.</summary>
    public string RightSource { get; }

    /// <inheritdoc />
    public bool Equals(SefDifference? other) =>
        other is not null && Location == other.Location && UnitType == other.UnitType && Left == other.Left && Right == other.Right;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SefDifference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Location, UnitType, Left, Right);

    /// <summary>Formats the difference for a person: <c>Table 2a, Art33Deforestation, Subtractions, RMU: REG 1,200 ITL 1,100</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string[] steps = Location.Split('/');
        string table = steps[0].StartsWith("Table", StringComparison.Ordinal) ? string.Concat("Table ", steps[0].AsSpan(5)) : steps[0];
        string rest = string.Join(", ", steps.Skip(1).Select(s => s.Contains('[', StringComparison.Ordinal) ? s.Substring(s.IndexOf('[', StringComparison.Ordinal) + 1).TrimEnd(']') : s));
        string unit = UnitType is SefUnitType u ? ", " + SefNames.Unit(u) : string.Empty;
        return string.Format(CultureInfo.InvariantCulture, "{0}{1}{2}: {3} {4} {5} {6}", table, rest.Length > 0 ? ", " + rest : string.Empty, unit, LeftSource, Left, RightSource, Right);
    }
}
