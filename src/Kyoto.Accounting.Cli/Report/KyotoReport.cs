using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Cli.Data;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Cli.Report;

/// <summary>The report's choices where the data cannot tell (Art. 3.8, 3.8 bis); shown in the report, never hidden.</summary>
/// <param name="FluorinatedGases">The Art. 3.8 year for Parties whose choice is not in the reference data.</param>
/// <param name="NitrogenTrifluoride">The Art. 3.8 bis year for NF3 (second period).</param>
internal sealed record ReportAssumptions(GasBaseYearChoice FluorinatedGases, GasBaseYearChoice NitrogenTrifluoride);

/// <summary>One Party's figures. Null where the data cannot supply what the rule needs (see <see cref="Notes"/>).</summary>
internal sealed class PartyFigures
{
    internal PartyFigures(Party party) => Party = party;

    internal Party Party { get; }

    internal bool InCp1AnnexB { get; set; }

    internal bool InCp2AnnexB { get; set; }

    internal string FluorinatedGasYear { get; set; } = string.Empty;

    internal ExactCo2e? BaseYear1 { get; set; }

    internal decimal? Percent1 { get; set; }

    internal ExactCo2e? AssignedAmount1 { get; set; }

    internal ExactCo2e? Average1 { get; set; }

    internal BaseYearEmissions? BaseYear2 { get; set; }

    internal decimal? Percent2 { get; set; }

    internal long? AssignedAmount2Tonnes { get; set; }

    internal ExactCo2e? Average2 { get; set; }

    internal bool JointInCp2 { get; set; }

    /// <summary>Gets the yearly totals (CP2 basket, AR4), for the charts.</summary>
    internal SortedDictionary<int, ExactCo2e> Series { get; } = new();

    internal List<string> Notes { get; } = new();

    internal ExactCo2e? Target1 => BaseYear1 is ExactCo2e b && Percent1 is decimal p ? Figures.Percent(b, p) : null;

    internal ExactCo2e? Target2 => BaseYear2 is not null && Percent2 is decimal p ? Figures.Percent(BaseYear2.Total, p) : null;
}

/// <summary>A joint-fulfilment bubble (Art. 4) as far as the data allows.</summary>
internal sealed class BubbleFigures
{
    internal BubbleFigures(string name, JointFulfilment agreement, decimal jointPercent)
    {
        Name = name;
        Agreement = agreement;
        JointPercent = jointPercent;
    }

    internal string Name { get; }

    internal JointFulfilment Agreement { get; }

    internal decimal JointPercent { get; }

    internal List<(PartyFigures Member, decimal TargetPercent, ExactCo2e BaseYear, ExactCo2e Average)> Members { get; } = new();

    internal List<string> Missing { get; } = new();

    internal ExactCo2e BaseYear => Sum(Members.Select(m => m.BaseYear));

    internal ExactCo2e Level => Sum(Members.Select(m => Figures.Percent(m.BaseYear, m.TargetPercent)));

    internal ExactCo2e Average => Sum(Members.Select(m => m.Average));

    internal static ExactCo2e Sum(IEnumerable<ExactCo2e> values) => values.Aggregate(ExactCo2e.Zero, (a, b) => a + b);
}

/// <summary>The computed report: every Annex B Party with data, the two bubbles and the collective figures.</summary>
internal sealed class KyotoReport
{
    internal const int Cp2LastYearWithData = 2019;

    private KyotoReport(ReportAssumptions assumptions, List<PartyFigures> parties, BubbleFigures eu15, BubbleFigures euIceland, EmissionTotals totals2)
    {
        Assumptions = assumptions;
        Parties = parties;
        Eu15 = eu15;
        EuIceland = euIceland;
        Totals2 = totals2;
    }

    internal ReportAssumptions Assumptions { get; }

    internal IReadOnlyList<PartyFigures> Parties { get; }

    internal BubbleFigures Eu15 { get; }

    internal BubbleFigures EuIceland { get; }

    internal EmissionTotals Totals2 { get; }

    /// <summary>Computes the report from the built-in data.</summary>
    /// <param name="data">The data.</param>
    /// <param name="assumptions">The stated Art. 3.8 / 3.8 bis years where the reference data records none.</param>
    /// <param name="progress">Called with (done, total) as Parties are computed.</param>
    /// <returns>The report.</returns>
    internal static KyotoReport Compute(BuiltInData data, ReportAssumptions assumptions, Action<int, int>? progress = null)
    {
        EmissionInventory inventory = data.Inventory;
        EmissionTotals totals2 = inventory.Aggregate(CommitmentPeriod.Second, LulucfInclusion.Excluded, EmissionBreakdown.Gas);
        var annexB1 = Party.InAnnexB(CommitmentPeriod.First).ToHashSet();
        var annexB2 = Party.InAnnexB(CommitmentPeriod.Second).ToHashSet();
        var withData = inventory.Parties.Where(p => annexB1.Contains(p) || annexB2.Contains(p)).ToList();
        var parties = new List<PartyFigures>();
        for (int i = 0; i < withData.Count; i++)
        {
            parties.Add(ComputeParty(data, totals2, withData[i], annexB1.Contains(withData[i]), annexB2.Contains(withData[i]), assumptions));
            progress?.Invoke(i + 1, withData.Count);
        }

        var byParty = parties.ToDictionary(p => p.Party);
        BubbleFigures eu15 = Bubble("EU-15 bubble, first period (Art. 4; 2002/358/EC) — indicative, AR4", JointFulfilment.EuFirstPeriod, 92m, byParty, 1);
        BubbleFigures euIceland = Bubble("EU + Iceland, second period (Art. 4; OJ L 207/17, 2015)", JointFulfilment.EuSecondPeriod, 80m, byParty, 2);
        return new KyotoReport(assumptions, parties, eu15, euIceland, totals2);
    }

    /// <summary>The collective first-period figures over the Annex B States with complete figures (the EU left out: its members are counted).</summary>
    internal (ExactCo2e BaseYear, ExactCo2e Level, ExactCo2e Average, IReadOnlyList<Party> Counted, IReadOnlyList<Party> Missing) CollectiveFirst(bool includeUnitedStates)
    {
        var counted = Parties.Where(p => p.InCp1AnnexB && !p.Party.IsRegionalEconomicIntegrationOrganization && (includeUnitedStates || p.Party.Code != "USA")).ToList();
        var complete = counted.Where(p => p.BaseYear1 is not null && p.Average1 is not null && p.Percent1 is not null).ToList();
        return (
            BubbleFigures.Sum(complete.Select(p => p.BaseYear1!.Value)),
            BubbleFigures.Sum(complete.Select(p => p.Target1!.Value)),
            BubbleFigures.Sum(complete.Select(p => p.Average1!.Value)),
            complete.Select(p => p.Party).ToList(),
            counted.Except(complete).Select(p => p.Party).ToList());
    }

    /// <summary>The collective second-period figures over the States with a CP2 QELRC (Art. 3.1 bis: at least 18 % below 1990).</summary>
    internal (ExactCo2e BaseYear, ExactCo2e Level, ExactCo2e Average, CollectiveProgress? Progress2019, IReadOnlyList<Party> Counted) CollectiveSecond()
    {
        var complete = Parties.Where(p => p.Percent2 is not null && p.BaseYear2 is not null && p.Average2 is not null && !p.Party.IsRegionalEconomicIntegrationOrganization).ToList();
        CollectiveProgress? progress = null;
        try
        {
            progress = CollectiveProgress.ForYear(complete.Select(p => p.BaseYear2!), Totals2Without(), Cp2LastYearWithData);
        }
        catch (ArgumentException)
        {
            // Reported as missing in the report.
        }

        return (
            BubbleFigures.Sum(complete.Select(p => p.BaseYear2!.Total)),
            BubbleFigures.Sum(complete.Select(p => p.Target2!.Value)),
            BubbleFigures.Sum(complete.Select(p => p.Average2!.Value)),
            progress,
            complete.Select(p => p.Party).ToList());
    }

    private EmissionTotals Totals2Without() => Totals2;

    private static PartyFigures ComputeParty(BuiltInData data, EmissionTotals totals2, Party party, bool cp1, bool cp2, ReportAssumptions assumptions)
    {
        var figures = new PartyFigures(party) { InCp1AnnexB = cp1, InCp2AnnexB = cp2 };
        for (int year = BuiltInData.FirstYear; year <= BuiltInData.LastYear; year++)
        {
            if (totals2.HasData(party, year))
            {
                figures.Series[year] = ExactCo2e.From(totals2.Get(party, year));
            }
        }

        GasBaseYearChoice fgas;
        if (party.FluorinatedGasBaseYear is int recorded)
        {
            fgas = recorded == 1995 ? GasBaseYearChoice.Year1995 : GasBaseYearChoice.PartyBaseYear;
            figures.FluorinatedGasYear = (recorded == 1995 ? "1995" : "base year") + " (recorded)";
        }
        else
        {
            fgas = assumptions.FluorinatedGases;
            figures.FluorinatedGasYear = (fgas == GasBaseYearChoice.Year1995 ? "1995" : "base year") + " (assumed)";
        }

        BaseYearOptions options = BaseYearOptions.FromReferenceData
            .WithFluorinatedGasBaseYear(fgas)
            .WithNitrogenTrifluorideBaseYear(assumptions.NitrogenTrifluoride);
        if (data.LulucfNetKilotonnes.TryGetValue((party, 1990), out decimal net) && net > 0)
        {
            figures.Notes.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"LULUCF was a net source in 1990 (+{net:0.0} kt): Art. 3.7 adds the 1990 deforestation emissions to the base year, which this data does not have; the base year here leaves them out"));
        }

        // The data has no KP-LULUCF records: whether LULUCF was a net source is read from the Convention totals above.
        options = options.WithLandUseNotANetSource();
        try
        {
            figures.BaseYear2 = BaseYearEmissions.Calculate(data.Inventory, party, CommitmentPeriod.Second, options);
        }
        catch (ArgumentException ex)
        {
            figures.Notes.Add("base year not computable from this data: " + ex.Message.Split(" (Parameter", StringSplitOptions.None)[0]);
        }

        ComputeFirstPeriod(figures, totals2, party, cp1);
        ComputeSecondPeriod(figures, totals2, party);
        return figures;
    }

    private static void ComputeFirstPeriod(PartyFigures figures, EmissionTotals totals2, Party party, bool cp1)
    {
        if (!cp1)
        {
            return;
        }

        if (party.IsRegionalEconomicIntegrationOrganization)
        {
            figures.Notes.Add("first period: the data's EU is the EU of 2021, not the EC of the EU-15 bubble; see the bubble");
            return;
        }

        figures.Percent1 = RecordedEmissionLevel.TryGetEuFirstPeriod(party, out RecordedEmissionLevel? level) && level.CommitmentPercent is decimal share
            ? share
            : party.GetQelrc(CommitmentPeriod.First);
        if (figures.BaseYear2 is BaseYearEmissions by)
        {
            // The first period's basket (no NF3) under AR4: indicative only, CP1 was judged under SAR.
            figures.BaseYear1 = by.MainGases + by.FluorinatedGases + by.LandUseChange;
            figures.AssignedAmount1 = Figures.Percent(figures.BaseYear1.Value * CommitmentPeriod.First.AssignedAmountMultiplier, figures.Percent1.Value);
        }

        figures.Average1 = Average(totals2, party, CommitmentPeriod.First.FirstYear, CommitmentPeriod.First.LastYear, withoutNf3: true, figures.Notes);
    }

    private static void ComputeSecondPeriod(PartyFigures figures, EmissionTotals totals2, Party party)
    {
        figures.JointInCp2 = JointFulfilment.EuSecondPeriod.IsMember(party) || JointFulfilment.EuSecondPeriod.Organization == party;
        if (party.TryGetQelrc(CommitmentPeriod.Second, out decimal percent))
        {
            figures.Percent2 = percent;
            if (figures.BaseYear2 is BaseYearEmissions by && !figures.JointInCp2)
            {
                figures.AssignedAmount2Tonnes = AssignedAmount.Calculate(by, AssignedAmount.DefaultRounding).RecordedTonnes;
            }
        }
        else if (figures.InCp2AnnexB)
        {
            figures.Notes.Add("no second-period commitment (Doha Amendment, Annex B without a QELRC)");
        }

        figures.Average2 = Average(totals2, party, CommitmentPeriod.Second.FirstYear, Cp2LastYearWithData, withoutNf3: false, figures.Notes);
    }

    private static ExactCo2e? Average(EmissionTotals totals, Party party, int first, int last, bool withoutNf3, List<string> notes)
    {
        ExactCo2e sum = ExactCo2e.Zero;
        for (int year = first; year <= last; year++)
        {
            if (!totals.HasData(party, year))
            {
                notes.Add($"no data for {year}, so no {first}–{last} average");
                return null;
            }

            Co2e total = totals.Get(party, year);
            sum += ExactCo2e.From(total);
            if (withoutNf3)
            {
                sum -= ExactCo2e.From(totals.Get(party, year, Gas.NitrogenTrifluoride));
            }
        }

        return Figures.Mean(sum, last - first + 1);
    }

    private static BubbleFigures Bubble(string name, JointFulfilment agreement, decimal jointPercent, Dictionary<Party, PartyFigures> byParty, int period)
    {
        var bubble = new BubbleFigures(name, agreement, jointPercent);
        foreach (Party member in agreement.Members)
        {
            if (!byParty.TryGetValue(member, out PartyFigures? f))
            {
                bubble.Missing.Add(member.Code + " (no data)");
                continue;
            }

            (ExactCo2e? by, ExactCo2e? average, decimal? percent) = period == 1
                ? (f.BaseYear1, f.Average1, f.Percent1)
                : (f.BaseYear2?.Total, f.Average2, jointPercent);
            if (by is ExactCo2e b && average is ExactCo2e a && percent is decimal p)
            {
                bubble.Members.Add((f, p, b, a));
            }
            else
            {
                bubble.Missing.Add(member.Code + " (figures incomplete)");
            }
        }

        return bubble;
    }
}
