using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// The position under Art. 20.4 at the end of one date on which the Depositary received instruments of
/// acceptance of an amendment: how many Parties to the Protocol had accepted, out of how many Parties.
/// </summary>
/// <remarks>
/// <para>
/// Both counts are of States for which the Protocol is in force on <see cref="Date"/> and has not ceased to be
/// by withdrawal (Art. 27). A REIO's instrument is not counted as additional to its member States' (the
/// Depositary's practice, as in Art. 25.4), so REIOs are left out of both counts. "At least three fourths" is
/// decided exactly: 4 × <see cref="AcceptedCount"/> ≥ 3 × <see cref="PartyCount"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class AmendmentAcceptanceTally
{
    internal AmendmentAcceptanceTally(LocalDate date, ImmutableArray<TreatyParty> acceptedOnDate, int acceptedCount, int partyCount)
    {
        Date = date;
        AcceptedOnDate = acceptedOnDate;
        AcceptedCount = acceptedCount;
        PartyCount = partyCount;
    }

    /// <summary>
    /// Gets the date at whose end the tally is taken: a date an acceptance was received, or a date on which the Parties
    /// counted changed (the Protocol entering into force for a State, or a withdrawal taking effect).
    /// </summary>
    public LocalDate Date { get; }

    /// <summary>Gets the Parties whose instruments of acceptance were received on <see cref="Date"/>, ordered by code (empty when the tally was taken because the Parties counted changed).</summary>
    public IReadOnlyList<TreatyParty> AcceptedOnDate { get; }

    /// <summary>Gets the number of Parties to the Protocol on <see cref="Date"/> that had accepted by then.</summary>
    public int AcceptedCount { get; }

    /// <summary>Gets the number of Parties to the Protocol on <see cref="Date"/>.</summary>
    public int PartyCount { get; }

    /// <summary>Gets whether at least three fourths of the Parties had accepted (Art. 20.4), decided exactly.</summary>
    public bool MeetsThreeFourths => PartyCount > 0 && 4L * AcceptedCount >= 3L * PartyCount;

    /// <summary>Formats the tally culture-invariantly, e.g. <c>"2020-10-02: 144 of 191 Parties accepted (NGA)"</c>.</summary>
    /// <returns>The formatted tally.</returns>
    public override string ToString() =>
        TreatyChecks.Format("{0}: {1} of {2} Parties accepted ({3})", TreatyChecks.Format(Date), AcceptedCount, PartyCount, string.Join(", ", AcceptedOnDate.Select(p => p.Code)));
}
