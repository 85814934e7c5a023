using System;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// A participant in the treaty: a State or a regional economic integration organization (REIO) that is a Party
/// to the Convention and may sign, ratify, accept, approve or accede to the Protocol (Art. 24.1).
/// </summary>
/// <remarks>
/// <para>
/// This is the treaty's own identifier, covering every Party to the Convention, not only the Annex B Parties
/// of the library's Parties catalogue. It records what Articles 24 and 25 need: whether the participant is a
/// REIO (whose instrument is not counted as additional to its member States', Art. 25.4) and whether it is
/// included in Annex I to the Convention (whose 1990 CO2 emissions count towards the 55 % condition, Art. 25.1).
/// </para>
/// <para>
/// Equality is by <see cref="Code"/> (ordinal): two instances with the same code denote the same participant.
/// <see cref="TreatyRecord"/> rejects two instances with the same code but different attributes.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class TreatyParty : IEquatable<TreatyParty>
{
    private TreatyParty(string code, string name, bool isReio, bool isAnnexI)
    {
        Code = code;
        Name = name;
        IsReio = isReio;
        IsAnnexI = isAnnexI;
    }

    /// <summary>Gets the participant's code: 2 to 10 characters from A–Z, 0–9 and '-' (e.g. "JPN", "EU").</summary>
    public string Code { get; }

    /// <summary>Gets the participant's name, for display.</summary>
    public string Name { get; }

    /// <summary>Gets whether the participant is a regional economic integration organization (Art. 24.2, 25.4).</summary>
    public bool IsReio { get; }

    /// <summary>Gets whether the participant is included in Annex I to the Convention (Art. 25.1).</summary>
    public bool IsAnnexI { get; }

    /// <summary>Creates a State that is a Party to the Convention.</summary>
    /// <param name="code">The code: 2 to 10 characters from A–Z, 0–9 and '-'.</param>
    /// <param name="name">The name; not empty.</param>
    /// <param name="isAnnexI">Whether the State is included in Annex I to the Convention.</param>
    /// <returns>The participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed or <paramref name="name"/> is blank.</exception>
    public static TreatyParty CreateState(string code, string name, bool isAnnexI) => Create(code, name, isReio: false, isAnnexI);

    /// <summary>Creates a regional economic integration organization that is a Party to the Convention (Art. 24.2).</summary>
    /// <param name="code">The code: 2 to 10 characters from A–Z, 0–9 and '-'.</param>
    /// <param name="name">The name; not empty.</param>
    /// <param name="isAnnexI">Whether the organization is included in Annex I to the Convention (as the European Community is).</param>
    /// <returns>The participant.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is malformed or <paramref name="name"/> is blank.</exception>
    public static TreatyParty CreateReio(string code, string name, bool isAnnexI) => Create(code, name, isReio: true, isAnnexI);

    /// <summary>
    /// Creates the treaty participant for a Party of the Annex B catalogue, with its ISO code, name, REIO status and
    /// Annex I status (Art. 1.7).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <returns>The participant; equal to any other created for the same Party.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public static TreatyParty FromParty(Kyoto.Accounting.Parties.Party party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return Create(party.Code, party.Name, party.IsRegionalEconomicIntegrationOrganization, party.IsAnnexI);
    }

    private static TreatyParty Create(string code, string name, bool isReio, bool isAnnexI)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        Preconditions.CheckNotNull(name, nameof(name));
        Preconditions.CheckArgument(IsWellFormedCode(code), nameof(code), TreatyChecks.Format("Party code \"{0}\" should be 2 to 10 characters from A-Z, 0-9 and '-'.", code));
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(name), nameof(name), "Party name must not be empty or blank.");
        return new TreatyParty(code, name, isReio, isAnnexI);
    }

    private static bool IsWellFormedCode(string code)
    {
        if (code.Length < 2 || code.Length > 10)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!(c is (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns whether this instance has the same code and the same attributes as another.</summary>
    internal bool HasSameAttributes(TreatyParty other) =>
        Equals(other) && string.Equals(Name, other.Name, StringComparison.Ordinal) && IsReio == other.IsReio && IsAnnexI == other.IsAnnexI;

    /// <summary>Returns true if both are null or denote the same participant. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first participant.</param>
    /// <param name="right">The second participant.</param>
    /// <returns>True if the codes are equal.</returns>
    public static bool operator ==(TreatyParty? left, TreatyParty? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Returns true unless both are null or denote the same participant. See the type documentation for equality semantics.</summary>
    /// <param name="left">The first participant.</param>
    /// <param name="right">The second participant.</param>
    /// <returns>True if the codes differ.</returns>
    public static bool operator !=(TreatyParty? left, TreatyParty? right) => !(left == right);

    /// <summary>Returns true if the other participant has the same code. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other participant.</param>
    /// <returns>True if the codes are equal.</returns>
    public bool Equals(TreatyParty? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as TreatyParty);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>Formats the participant culture-invariantly, e.g. <c>"JPN (Japan; State, Annex I)"</c>.</summary>
    /// <returns>The formatted participant.</returns>
    public override string ToString() =>
        Code + " (" + Name + "; " + (IsReio ? "REIO" : "State") + (IsAnnexI ? ", Annex I)" : ", non-Annex I)");
}
