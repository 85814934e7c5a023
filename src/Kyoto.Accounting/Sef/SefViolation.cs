using System;
using System.Globalization;

namespace Kyoto.Accounting.Sef;

/// <summary>One problem <see cref="SefValidator"/> found in a report: its code, the block and column, and what was expected.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SefViolation : IEquatable<SefViolation>
{
    internal SefViolation(SefViolationCode code, string location, SefUnitType? unitType, string message)
    {
        Code = code;
        Location = location;
        UnitType = unitType;
        Message = message;
    }

    /// <summary>Gets the stable code.</summary>
    public SefViolationCode Code { get; }

    /// <summary>Gets the block's location, e.g. <c>Table1/TotalUnitQty</c>.</summary>
    public string Location { get; }

    /// <summary>Gets the column, if the problem is in one cell.</summary>
    public SefUnitType? UnitType { get; }

    /// <summary>Gets the explanation, with the expected and found values.</summary>
    public string Message { get; }

    /// <inheritdoc />
    public bool Equals(SefViolation? other) =>
        other is not null && Code == other.Code && Location == other.Location && UnitType == other.UnitType && Message == other.Message;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SefViolation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, Location, UnitType);

    /// <summary>Formats the violation as <c>SEF-1 Table1/TotalUnitQty AAU: …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "SEF-{0} {1}{2}: {3}", (int)Code, Location, UnitType is SefUnitType u ? " " + SefNames.Unit(u) : string.Empty, Message);
}
