using System;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// Identifies a registry: the national registry of an Annex B Party, or the CDM registry. A unit's originating
/// registry is part of its identity: serial numbers are unique per originating registry.
/// </summary>
/// <remarks>
/// <para>
/// Decision 13/CMP.1 annex (registry requirements; accounts in ¶21): each Annex I Party keeps a national registry; the CDM Executive Board keeps the
/// CDM registry, where CERs, tCERs and lCERs are issued (Art. 12). Units issued in a national registry originate in its
/// Party; units issued in the CDM registry originate in the CDM registry (the host Party is a project attribute).
/// </para>
/// <para>
/// Equality: two identifiers are equal when they name the same registry. <c>default(RegistryId)</c> is
/// <see cref="Cdm"/>. This type is an immutable value type and thread-safe.
/// </para>
/// </remarks>
public readonly partial struct RegistryId : IEquatable<RegistryId>
{
    private readonly Party? _party;

    private RegistryId(Party? party) => _party = party;

    /// <summary>Gets the CDM registry.</summary>
    public static RegistryId Cdm => default;

    /// <summary>Gets the Party whose national registry this is, or null for the CDM registry.</summary>
    public Party? Party => _party;

    /// <summary>Gets whether this is the CDM registry.</summary>
    public bool IsCdm => _party is null;

    /// <summary>Gets a dense index: the Party's index, or the number of Parties for the CDM registry.</summary>
    internal int Index => _party?.Index ?? CdmIndex;

    /// <summary>Gets the dense index of the CDM registry.</summary>
    internal static int CdmIndex => Parties.Party.All.Count;

    /// <summary>Gets the number of dense indices (every Party and the CDM registry).</summary>
    internal static int IndexCount => CdmIndex + 1;

    /// <summary>Gets the national registry of a Party.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The registry identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public static RegistryId National(Party party) => new(Preconditions.CheckNotNull(party, nameof(party)));

    /// <summary>Compares two identifiers for equality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(RegistryId left, RegistryId right) => left.Equals(right);

    /// <summary>Compares two identifiers for inequality. See the type documentation for equality semantics.</summary>
    /// <param name="left">The left identifier.</param>
    /// <param name="right">The right identifier.</param>
    /// <returns>True if different.</returns>
    public static bool operator !=(RegistryId left, RegistryId right) => !left.Equals(right);

    internal static RegistryId FromIndex(int index) => index == CdmIndex ? Cdm : new RegistryId(Parties.Party.All[index]);

    /// <summary>Returns whether <paramref name="other"/> names the same registry. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other identifier.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(RegistryId other) => ReferenceEquals(_party, other._party);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is RegistryId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Formats the identifier: the Party's ISO code (e.g. <c>"DEU"</c>) or <c>"CDM"</c>.</summary>
    /// <returns>The formatted identifier.</returns>
    public override string ToString() => _party?.Code ?? "CDM";
}
