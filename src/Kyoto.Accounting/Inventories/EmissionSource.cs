using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Where an inventory record's emissions come from: an Annex A <see cref="SourceCategory"/>, or a land use,
/// land-use change and forestry activity (<see cref="LulucfActivity"/>) under Art. 3.3 and 3.4.
/// </summary>
/// <remarks>
/// <para>
/// Annex A lists the source categories whose emissions make up a Party's aggregate emissions (Art. 3.1). LULUCF is
/// not an Annex A sector: it enters through Art. 3.3, 3.4 and the second sentence of Art. 3.7, so aggregates say
/// explicitly whether LULUCF records are included (<see cref="LulucfInclusion"/>).
/// </para>
/// <para>
/// Codes: a source category is written with its Common Reporting Format code (<c>1.A.3</c>, <c>4.D</c>); an activity
/// as <c>LULUCF-</c> followed by its registry abbreviation (<c>LULUCF-AR</c>, <c>LULUCF-D</c>, <c>LULUCF-FM</c>,
/// <c>LULUCF-CM</c>, <c>LULUCF-GM</c>, <c>LULUCF-RV</c>, <c>LULUCF-WDR</c>; reference table <c>registry-codes.csv</c>).
/// </para>
/// <para>
/// Equality compares the category or activity. <c>default(EmissionSource)</c> is not a valid source: it is rejected
/// wherever a source is required. This type is an immutable value type and thread-safe.
/// </para>
/// </remarks>
public readonly struct EmissionSource : IEquatable<EmissionSource>
{
    /// <summary>The bit that marks a LULUCF activity in the one-byte code used by the columnar store.</summary>
    internal const byte LulucfFlag = 0x80;

    private static readonly string[] ActivityAbbreviations = { string.Empty, "AR", "D", "FM", "CM", "GM", "RV", "WDR" };

    // 1 + category index for categories, LulucfFlag | activity for activities; 0 for default (invalid).
    private readonly byte _code;

    private EmissionSource(byte code) => _code = code;

    /// <summary>Gets whether the source is a LULUCF activity rather than an Annex A source category.</summary>
    public bool IsLulucf => (_code & LulucfFlag) != 0;

    /// <summary>Gets the Annex A source category, or null for a LULUCF activity.</summary>
    public SourceCategory? Category => _code is > 0 and < LulucfFlag ? SourceCategory.FromIndex(_code - 1) : null;

    /// <summary>Gets the LULUCF activity, or null for an Annex A source category.</summary>
    public LulucfActivity? Activity => IsLulucf ? (LulucfActivity)(_code & 0x7F) : null;

    /// <summary>Gets the Annex A sector of the category, or null for a LULUCF activity.</summary>
    public Sector? Sector => Category?.Sector;

    /// <summary>Gets the code, e.g. <c>1.A.3</c> or <c>LULUCF-FM</c> (see the type documentation).</summary>
    public string Code => IsLulucf
        ? "LULUCF-" + ActivityAbbreviations[_code & 0x7F]
        : _code == 0 ? string.Empty : SourceCategory.FromIndex(_code - 1).Code;

    /// <summary>Gets whether this is a valid source (not <c>default</c>).</summary>
    internal bool IsValid => _code != 0;

    /// <summary>Gets the one-byte code stored by the columnar store.</summary>
    internal byte StoreCode => _code;

    /// <summary>Creates the source for an Annex A source category.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="category"/> is null.</exception>
    public static EmissionSource FromCategory(SourceCategory category) =>
        new((byte)(Preconditions.CheckNotNull(category, nameof(category)).Index + 1));

    /// <summary>Creates the source for a LULUCF activity (Art. 3.3, 3.4).</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is not a defined activity.</exception>
    public static EmissionSource FromActivity(LulucfActivity activity)
    {
        Preconditions.CheckArgumentRange(nameof(activity), (long)activity, 1, ActivityAbbreviations.Length - 1, "LULUCF activities are coded 1 to 7 (decision 16/CMP.1; DES)");
        return new EmissionSource((byte)(LulucfFlag | (byte)activity));
    }

    /// <summary>Finds a source by its code, ignoring case (see the type documentation for the codes).</summary>
    /// <param name="code">The code, e.g. <c>1.A.3</c> or <c>LULUCF-D</c>.</param>
    /// <returns>The source.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> names no source category or LULUCF activity.</exception>
    public static EmissionSource FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (!TryFromCode(code, out EmissionSource source))
        {
            Preconditions.ThrowArgument(nameof(code), "'" + code + "' is neither an Annex A source category code (e.g. 1.A.1, 2.F, 4.D, 6.A) nor a LULUCF activity code (LULUCF-AR, -D, -FM, -CM, -GM, -RV, -WDR; Art. 3.3, 3.4).");
        }

        return source;
    }

    /// <summary>Finds a source by its code, ignoring case and surrounding spaces.</summary>
    /// <param name="code">The code.</param>
    /// <param name="source">The source, or <c>default</c> if none has that code.</param>
    /// <returns>True if found.</returns>
    public static bool TryFromCode(string? code, out EmissionSource source)
    {
        source = default;
        if (code is null)
        {
            return false;
        }

        string trimmed = code.Trim();
        if (trimmed.StartsWith("LULUCF-", StringComparison.OrdinalIgnoreCase))
        {
            string abbreviation = trimmed["LULUCF-".Length..];
            for (int i = 1; i < ActivityAbbreviations.Length; i++)
            {
                if (string.Equals(ActivityAbbreviations[i], abbreviation, StringComparison.OrdinalIgnoreCase))
                {
                    source = new EmissionSource((byte)(LulucfFlag | i));
                    return true;
                }
            }

            return false;
        }

        if (SourceCategory.TryFromCode(trimmed, out SourceCategory? category))
        {
            source = FromCategory(category);
            return true;
        }

        return false;
    }

    /// <summary>Recreates a source from its store code (trusted).</summary>
    internal static EmissionSource FromStoreCode(byte code) => new(code);

    /// <summary>Returns true if both sources are equal.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(EmissionSource left, EmissionSource right) => left.Equals(right);

    /// <summary>Returns true if the sources differ.</summary>
    /// <param name="left">The first source.</param>
    /// <param name="right">The second source.</param>
    /// <returns>True if they differ.</returns>
    public static bool operator !=(EmissionSource left, EmissionSource right) => !left.Equals(right);

    /// <summary>Returns true if the other source is the same category or activity.</summary>
    /// <param name="other">The other source.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(EmissionSource other) => _code == other._code;

    /// <inheritdoc/>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EmissionSource other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _code;

    /// <summary>Returns the code, e.g. <c>"1.A.3"</c> or <c>"LULUCF-D"</c>; <c>"(none)"</c> for <c>default</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString() => _code == 0 ? "(none)" : Code.ToString(CultureInfo.InvariantCulture);
}
