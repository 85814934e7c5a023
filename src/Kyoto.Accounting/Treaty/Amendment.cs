using System;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// An amendment to the Protocol or to its Annex A or B, adopted by the Parties and open for acceptance
/// (Art. 20.2–20.4, 21.7), for example the Doha Amendment of 8 December 2012.
/// </summary>
/// <remarks>
/// <para>
/// It enters into force as <see cref="TreatyRecord.AmendmentEntryIntoForce"/> computes. The written consent of
/// the Party concerned by an Annex B amendment (Art. 21.7) is a condition of adoption and is not modelled.
/// </para>
/// <para>
/// Equality is by <see cref="Id"/> (ordinal); <see cref="TreatyRecord"/> rejects two instances with the same
/// id but different kind or adoption date. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class Amendment : IEquatable<Amendment>
{
    private Amendment(string id, AmendmentKind kind, LocalDate adoptedOn)
    {
        Id = id;
        Kind = kind;
        AdoptedOn = adoptedOn;
    }

    /// <summary>Gets the amendment's identifier, e.g. "Doha".</summary>
    public string Id { get; }

    /// <summary>Gets what the amendment amends.</summary>
    public AmendmentKind Kind { get; }

    /// <summary>Gets the date the amendment was adopted; acceptances cannot be earlier.</summary>
    public LocalDate AdoptedOn { get; }

    /// <summary>Creates an amendment.</summary>
    /// <param name="id">The identifier; not blank.</param>
    /// <param name="kind">What the amendment amends.</param>
    /// <param name="adoptedOn">The date of adoption; not before the Protocol's own adoption.</param>
    /// <returns>The amendment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined, or <paramref name="adoptedOn"/> is before 11 December 1997 or after <see cref="KyotoProtocol.LatestSupportedDate"/>.</exception>
    public static Amendment Create(string id, AmendmentKind kind, LocalDate adoptedOn)
    {
        Preconditions.CheckNotNull(id, nameof(id));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "Amendment id must not be empty or blank.");
        TreatyChecks.CheckDefined(kind, nameof(kind));
        TreatyChecks.CheckActionDate(adoptedOn, nameof(adoptedOn), "an amendment is adopted by the Parties to the Protocol, which was adopted on 1997-12-11 (Art. 20.2)");
        return new Amendment(id, kind, adoptedOn);
    }

    internal bool HasSameAttributes(Amendment other) => Equals(other) && Kind == other.Kind && AdoptedOn == other.AdoptedOn;

    /// <summary>Returns true if both are null or have the same id. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first amendment.</param>
    /// <param name="right">The second amendment.</param>
    /// <returns>True if the ids are equal.</returns>
    public static bool operator ==(Amendment? left, Amendment? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns true unless both are null or have the same id. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first amendment.</param>
    /// <param name="right">The second amendment.</param>
    /// <returns>True if the ids differ.</returns>
    public static bool operator !=(Amendment? left, Amendment? right) => !(left == right);

    /// <summary>Returns true if the other amendment has the same id. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other amendment.</param>
    /// <returns>True if the ids are equal.</returns>
    public bool Equals(Amendment? other) => other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Amendment);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Id);

    /// <summary>Formats the amendment culture-invariantly, e.g. <c>"Doha (Protocol, adopted 2012-12-08)"</c>.</summary>
    /// <returns>The formatted amendment.</returns>
    public override string ToString() => Id + " (" + Kind.ToString() + ", adopted " + TreatyChecks.Format(AdoptedOn) + ")";
}
