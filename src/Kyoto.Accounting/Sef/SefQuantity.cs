using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// One cell of a Standard Electronic Format report: a whole positive number of units, <c>NO</c> (nothing occurred) or
/// <c>NA</c> (the unit type cannot occur in that row).
/// </summary>
/// <remarks>
/// Decision 14/CMP.1 and decision 3/CMP.11 annex II: quantities are whole and positive; a zero is written <c>NO</c>.
/// <c>default(SefQuantity)</c> is not a cell: every member but <see cref="IsValid"/> throws on it.
/// </remarks>
/// <example>
/// <code>
/// SefQuantity a = SefQuantity.FromUnits(1_200);   // "1200"
/// SefQuantity b = SefQuantity.FromUnits(0);       // "NO"
/// SefQuantity c = SefQuantity.Parse("NA");        // not applicable
/// </code>
/// </example>
public readonly struct SefQuantity : IEquatable<SefQuantity>
{
    private const byte NotOccurringKind = 1;
    private const byte NotApplicableKind = 2;
    private const byte UnitsKind = 3;

    private readonly long _units;
    private readonly byte _kind;

    private SefQuantity(byte kind, long units)
    {
        _kind = kind;
        _units = units;
    }

    /// <summary>Gets the <c>NO</c> cell: nothing occurred.</summary>
    public static SefQuantity NotOccurring => new(NotOccurringKind, 0);

    /// <summary>Gets the <c>NA</c> cell: the unit type cannot occur in the row.</summary>
    public static SefQuantity NotApplicable => new(NotApplicableKind, 0);

    /// <summary>Gets whether this is a cell made by a factory (false for <c>default(SefQuantity)</c>).</summary>
    public bool IsValid => _kind != 0;

    /// <summary>Gets whether the cell is <c>NA</c>.</summary>
    public bool IsNotApplicable => Kind() == NotApplicableKind;

    /// <summary>Gets the number of units: zero for <c>NO</c> and <c>NA</c>.</summary>
    public long Units => Kind() == UnitsKind ? _units : 0;

    /// <summary>Tests two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(SefQuantity left, SefQuantity right) => left.Equals(right);

    /// <summary>Tests two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns>True if not equal.</returns>
    public static bool operator !=(SefQuantity left, SefQuantity right) => !left.Equals(right);

    /// <summary>Creates a cell from a count of units: zero is <c>NO</c>.</summary>
    /// <param name="units">The units, zero or more.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="units"/> is negative (SEF quantities are whole and positive).</exception>
    public static SefQuantity FromUnits(long units)
    {
        Preconditions.CheckArgumentRange(nameof(units), units, 0, long.MaxValue, "SEF quantities are whole and positive (decision 14/CMP.1)");
        return units == 0 ? NotOccurring : new SefQuantity(UnitsKind, units);
    }

    /// <summary>Parses a cell's text: <c>NO</c>, <c>NA</c> or a whole positive number of invariant digits.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of these.</exception>
    public static SefQuantity Parse(string text)
    {
        Preconditions.CheckNotNull(text, nameof(text));
        return TryParse(text, out SefQuantity quantity)
            ? quantity
            : throw new FormatException($"'{text}' is not an SEF quantity: expected NO, NA or a whole positive number (decision 14/CMP.1).");
    }

    /// <summary>Tries to parse a cell's text: <c>NO</c>, <c>NA</c> or a whole positive number of invariant digits.</summary>
    /// <param name="text">The text.</param>
    /// <param name="quantity">The cell, if the text is one.</param>
    /// <returns>True if the text is a cell.</returns>
    public static bool TryParse(string? text, out SefQuantity quantity)
    {
        quantity = default;
        if (text is null)
        {
            return false;
        }

        if (text == "NO")
        {
            quantity = NotOccurring;
            return true;
        }

        if (text == "NA")
        {
            quantity = NotApplicable;
            return true;
        }

        if (text.Length == 0 || text.Length > 19 || text[0] == '0')
        {
            return false;
        }

        foreach (char c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long units))
        {
            return false;
        }

        quantity = new SefQuantity(UnitsKind, units);
        return true;
    }

    /// <inheritdoc />
    public bool Equals(SefQuantity other) => _kind == other._kind && _units == other._units;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SefQuantity other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, _units);

    /// <summary>Formats the cell as the SEF writes it: <c>NO</c>, <c>NA</c> or invariant digits.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Kind() switch
    {
        NotOccurringKind => "NO",
        NotApplicableKind => "NA",
        _ => _units.ToString(CultureInfo.InvariantCulture),
    };

    private byte Kind() => _kind != 0
        ? _kind
        : throw new InvalidOperationException("default(SefQuantity) is not an SEF cell; use SefQuantity.FromUnits, NotOccurring or NotApplicable.");
}
