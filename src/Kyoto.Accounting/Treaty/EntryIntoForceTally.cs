using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Kyoto.Accounting.Quantities;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// The position under Art. 25.1 at the end of one date of deposit: how many Parties count, which share of the
/// Annex I Parties' total 1990 CO2 emissions they account for, and which instruments were deposited that day.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="PartyCount"/> counts States only: a REIO's instrument is not counted as additional to those of
/// its member States (Art. 25.4), so it never changes the count or the share. The share condition is decided
/// exactly: 100 × <see cref="CoveredEmissions"/> ≥ 55 × <see cref="TotalEmissions"/>, in integers of grams.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EntryIntoForceTally
{
    internal EntryIntoForceTally(LocalDate date, ImmutableArray<Deposit> depositsOnDate, int partyCount, GasMass coveredEmissions, GasMass totalEmissions)
    {
        Date = date;
        DepositsOnDate = depositsOnDate;
        PartyCount = partyCount;
        CoveredEmissions = coveredEmissions;
        TotalEmissions = totalEmissions;
    }

    /// <summary>Gets the date of deposit at whose end the tally is taken.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the instruments deposited on <see cref="Date"/>, ordered by Party code.</summary>
    public IReadOnlyList<Deposit> DepositsOnDate { get; }

    /// <summary>Gets the number of Parties whose instruments count, up to and including <see cref="Date"/>.</summary>
    public int PartyCount { get; }

    /// <summary>Gets the 1990 CO2 emissions of the Annex I Parties counted, up to and including <see cref="Date"/>.</summary>
    public GasMass CoveredEmissions { get; }

    /// <summary>Gets the total 1990 CO2 emissions of the Annex I Parties (Art. 25.2).</summary>
    public GasMass TotalEmissions { get; }

    /// <summary>Gets whether at least 55 Parties count (Art. 25.1).</summary>
    public bool MeetsPartyCount => PartyCount >= KyotoProtocol.RequiredParties;

    /// <summary>Gets whether the counted Annex I Parties account for at least 55 % of the total (Art. 25.1), decided exactly.</summary>
    public bool MeetsEmissionsShare =>
        TotalEmissions.Grams > 0
        && (Int128)100 * CoveredEmissions.Grams >= (Int128)KyotoProtocol.RequiredAnnexIShareInPercent * TotalEmissions.Grams;

    /// <summary>
    /// Formats the share for display, in per cent truncated to three decimals so that it never overstates
    /// (e.g. <c>"61.599 %"</c>). Display only: <see cref="MeetsEmissionsShare"/> decides exactly.
    /// </summary>
    /// <returns>The formatted share, or <c>"n/a"</c> if the total is zero.</returns>
    public string FormatShare() =>
        TotalEmissions.Grams == 0
            ? "n/a"
            : decimal.Round(CoveredEmissions.Grams * 100m / TotalEmissions.Grams, 3, MidpointRounding.ToZero).ToString("0.000", CultureInfo.InvariantCulture) + " %";

    /// <summary>Formats the tally culture-invariantly, e.g. <c>"2004-11-18: 127 Parties, 61.599 % of Annex I 1990 CO2 (RUS)"</c>.</summary>
    /// <returns>The formatted tally.</returns>
    public override string ToString()
    {
        var codes = new List<string>(DepositsOnDate.Count);
        foreach (Deposit deposit in DepositsOnDate)
        {
            codes.Add(deposit.Party.Code);
        }

        return TreatyChecks.Format("{0}: {1} Parties, {2} of Annex I 1990 CO2 ({3})", TreatyChecks.Format(Date), PartyCount, FormatShare(), string.Join(", ", codes));
    }
}
