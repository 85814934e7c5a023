using System;
using System.Globalization;
using System.Text;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry.Internal;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// A block of consecutive units held by one account: originating registry, unit type, original and applicable
/// commitment period, first and last serial number, and where relevant LULUCF activity, project, track and expiry date.
/// </summary>
/// <remarks>
/// <para>
/// Decision 13/CMP.1 annex; Data Exchange Standards: a serial number exists in exactly one account at a time. The
/// ledger keeps holdings in canonical form: adjacent blocks of the same account with identical attributes are merged,
/// so equal holdings always list equal blocks. Blocks are read from a <see cref="Ledger"/>; they are never built by
/// callers.
/// </para>
/// <para>
/// <see cref="IsInternationallyTransferred"/> records, per serial number, that a second-period AAU has been transferred
/// to another registry, so the 2% share of proceeds is levied on its first international transfer only
/// (decision 3/CMP.11; 13/CMP.1 annex ¶16 bis).
/// </para>
/// <para>Equality is by every property. This type is an immutable value type and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SerialBlockJsonConverter))]
public readonly struct SerialBlock : IEquatable<SerialBlock>
{
    private readonly BlockAttributes _attributes;

    internal SerialBlock(AccountId account, RegistryId originator, long first, long last, in BlockAttributes attributes)
    {
        Account = account;
        Originator = originator;
        First = first;
        Last = last;
        _attributes = attributes;
    }

    /// <summary>Gets the account that holds the block.</summary>
    public AccountId Account { get; }

    /// <summary>Gets the registry in which the units were issued.</summary>
    public RegistryId Originator { get; }

    /// <summary>Gets the unit type.</summary>
    public UnitType UnitType => _attributes.UnitType;

    /// <summary>Gets the commitment period for which the units were issued.</summary>
    public CommitmentPeriod OriginalPeriod => CommitmentPeriod.FromNumber(_attributes.OriginalPeriod);

    /// <summary>Gets the commitment period in which the units are valid (later than <see cref="OriginalPeriod"/> after carry-over).</summary>
    public CommitmentPeriod ApplicablePeriod => CommitmentPeriod.FromNumber(_attributes.ApplicablePeriod);

    /// <summary>Gets the first serial number (inclusive).</summary>
    public long First { get; }

    /// <summary>Gets the last serial number (inclusive).</summary>
    public long Last { get; }

    /// <summary>Gets the number of units in the block (always positive).</summary>
    public long Quantity => Last - First + 1;

    /// <summary>Gets the LULUCF activity of RMUs (and of ERUs converted from them), or null.</summary>
    public LulucfActivity? Activity => _attributes.Activity;

    /// <summary>Gets the project identifier of ERUs, CERs, tCERs and lCERs, or null.</summary>
    public long? ProjectId => _attributes.ProjectId == 0 ? null : _attributes.ProjectId;

    /// <summary>Gets the joint implementation track of ERUs (<see cref="EruTrack.None"/> otherwise).</summary>
    public EruTrack Track => _attributes.Track;

    /// <summary>Gets the expiry date of tCERs and lCERs, or null.</summary>
    public LocalDate? ExpiryDate => _attributes.ExpiryDate;

    /// <summary>Gets whether the units have been transferred to another registry (tracked for second-period AAUs).</summary>
    public bool IsInternationallyTransferred => _attributes.InternationallyTransferred;

    /// <summary>Gets the serial range of the block.</summary>
    public SerialRange Range => SerialRange.Of(Originator, First, Last);

    internal BlockAttributes Attributes => _attributes;

    /// <summary>Compares two blocks for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left block.</param>
    /// <param name="right">The right block.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(SerialBlock left, SerialBlock right) => left.Equals(right);

    /// <summary>Compares two blocks for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left block.</param>
    /// <param name="right">The right block.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(SerialBlock left, SerialBlock right) => !left.Equals(right);

    /// <summary>Returns whether every property is equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other block.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(SerialBlock other) =>
        Account == other.Account && Originator == other.Originator && First == other.First && Last == other.Last && _attributes == other._attributes;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SerialBlock other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Account, Originator, First, Last, _attributes);

    /// <summary>Formats the block, e.g. <c>"AAU DEU 1001..2000 (1000 units) CP1/CP1 in #7"</c>, with its other attributes when present.</summary>
    /// <returns>The formatted block.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(UnitTypes.Name(UnitType)).Append(' ').Append(SerialRange.Format(Originator, First, Last));
        text.Append(CultureInfo.InvariantCulture, $" CP{_attributes.OriginalPeriod}/CP{_attributes.ApplicablePeriod}");
        if (Activity is LulucfActivity activity)
        {
            text.Append(" activity ").Append(activity.ToString());
        }

        if (ProjectId is long project)
        {
            text.Append(CultureInfo.InvariantCulture, $" project {project}");
        }

        if (Track != EruTrack.None)
        {
            text.Append(' ').Append(Track.ToString());
        }

        if (ExpiryDate is LocalDate expiry)
        {
            text.Append(" expires ").Append(expiry.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        }

        if (IsInternationallyTransferred)
        {
            text.Append(" transferred");
        }

        return text.Append(" in ").Append(Account.ToString()).ToString();
    }
}
