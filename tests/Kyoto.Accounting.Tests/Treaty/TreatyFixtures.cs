using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Treaty;
using NodaTime;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Synthetic participants and records for the treaty tests.</summary>
internal static class TreatyFixtures
{
    internal static TreatyParty State(string code, bool annexI = false) => TreatyParty.CreateState(code, "State " + code, annexI);

    internal static TreatyParty Reio(string code = "EU") => TreatyParty.CreateReio(code, "Union " + code, isAnnexI: true);

    /// <summary>Non-Annex I States with codes prefix000, prefix001, …</summary>
    internal static List<TreatyParty> States(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => State(prefix + i.ToString("D3", CultureInfo.InvariantCulture))).ToList();

    internal static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>Annex I States A0, A1, … with the given 1990 CO2 in Gg.</summary>
    internal static (List<TreatyParty> Parties, AnnexIEmissions1990 Emissions) AnnexI(params decimal[] gigagrams)
    {
        var parties = new List<TreatyParty>();
        AnnexIEmissions1990 emissions = AnnexIEmissions1990.Empty;
        for (int i = 0; i < gigagrams.Length; i++)
        {
            TreatyParty party = State("A" + i.ToString(CultureInfo.InvariantCulture), annexI: true);
            parties.Add(party);
            emissions = emissions.WithGigagrams(party, gigagrams[i]);
        }

        return (parties, emissions);
    }

    /// <summary>Records an accession by each of <paramref name="parties"/> on <paramref name="date"/>.</summary>
    internal static TreatyRecord Accede(this TreatyRecord record, IEnumerable<TreatyParty> parties, LocalDate date) =>
        parties.Aggregate(record, (r, p) => r.WithDeposit(p, InstrumentKind.Accession, date));

    internal static TreatyRecord Accede(this TreatyRecord record, TreatyParty party, LocalDate date) =>
        record.WithDeposit(party, InstrumentKind.Accession, date);

    /// <summary>
    /// A record in force from 2000-04-02: Annex I State A0 (100 Gg, all of the total) and 55 non-Annex I States
    /// N000…N054 accede on 2000-01-03, so 56 States are bound.
    /// </summary>
    internal static (TreatyRecord Record, List<TreatyParty> States) InForce()
    {
        var (annexI, emissions) = AnnexI(100m);
        List<TreatyParty> states = [.. annexI, .. States("N", 55)];
        return (TreatyRecord.Create(emissions).Accede(states, D(2000, 1, 3)), states);
    }
}
