using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Cli.Data;
using Kyoto.Accounting.Cli.Output;
using Kyoto.Accounting.Parties;
using static Kyoto.Accounting.Cli.Output.ResultTable;

namespace Kyoto.Accounting.Cli.Report;

/// <summary>The report as result tables (terminal, CSV, JSON).</summary>
internal static class ReportTables
{
    internal const string IndicativeWarning =
        "INDICATIVE: the first-period (CP1, 2008–2012) figures are computed from AR4 GWPs and the 2021 recalculated inventories. CP1 was judged on SAR GWPs and the inventories reviewed at the time, so these are NOT the official CP1 base years, assigned amounts or results.";

    internal static ResultDocument Build(KyotoReport report, BuiltInData data)
    {
        var document = new ResultDocument("Kyoto Protocol report — Annex B Parties, UNFCCC inventories 1990–2019 (AR4)");
        document.Notes.Add(IndicativeWarning);
        document.Notes.Add("Second period (CP2, 2013–2020): base years and assigned amounts under AR4 as Art. 3.7 bis and 5.3 say; progress uses 2013–2019, the data ends in 2019.");
        document.Notes.Add("Art. 3.8 year for HFCs/PFCs/SF6 where the reference data records none: " + Describe(report.Assumptions.FluorinatedGases)
            + " (assumed; --fgas-base-year). Art. 3.8 bis year for NF3: " + Describe(report.Assumptions.NitrogenTrifluoride) + " (assumed; --nf3-base-year).");
        document.Notes.Add("Kyoto base years by the library's rules (Art. 3.5, 3.7, 3.8); the data's 'Base year' column is the Convention base year.");
        document.Notes.Add("Data: " + BuiltInData.Attribution);
        document.Tables.Add(PartyTable(report));
        document.Tables.Add(PartyExactTable(report));
        document.Tables.Add(BubbleTable(report.Eu15, "eu15_bubble"));
        document.Tables.Add(BubbleTable(report.EuIceland, "eu_iceland_bubble"));
        document.Tables.Add(CollectiveTable(report));
        var notes = new ResultTable("party_notes", "Where the data cannot supply what a rule needs", Text("party", "Party"), Text("note", "Note"));
        foreach (PartyFigures p in report.Parties)
        {
            foreach (string note in p.Notes)
            {
                notes.Add(p.Party.Code, note);
            }
        }

        foreach (string left in data.LeftOut)
        {
            notes.Add("—", left);
        }

        document.Tables.Add(notes);
        return document;
    }

    internal static string Describe(GasBaseYearChoice choice) => choice switch
    {
        GasBaseYearChoice.Year1995 => "1995",
        GasBaseYearChoice.Year2000 => "2000",
        _ => "the Party's base year",
    };

    internal static string BaseYearText(BaseYear year) =>
        year.IsSingleYear ? year.FirstYear.ToString(CultureInfo.InvariantCulture) : year.FirstYear.ToString(CultureInfo.InvariantCulture) + "–" + year.LastYear.ToString(CultureInfo.InvariantCulture);

    private static ResultTable PartyTable(KyotoReport report)
    {
        var table = new ResultTable(
            "parties",
            "Annex B Parties with data (Mt CO2e; CP1* = indicative, AR4)",
            Text("party", "Party"),
            Text("base_year", "Base yr"),
            Text("fgas_year", "F-gas yr (Art. 3.8)"),
            Number("cp1_base_year_mt", "CP1* base yr"),
            Number("cp1_target_percent", "CP1 %"),
            Number("cp1_assigned_amount_mt", "CP1* AA (×5)"),
            Number("cp1_average_2008_2012_mt", "CP1* avg 08–12"),
            Number("cp1_gap_mt", "CP1* gap/yr"),
            Number("cp2_base_year_mt", "CP2 base yr"),
            Number("cp2_target_percent", "CP2 %"),
            Number("cp2_assigned_amount_mt", "CP2 AA (×8)"),
            Number("cp2_average_2013_2019_mt", "CP2 avg 13–19"),
            Number("cp2_change_percent", "CP2 vs base %"),
            Text("flags", "Notes"));
        foreach (PartyFigures p in report.Parties)
        {
            table.Add(
                p.Party.Code,
                BaseYearText(p.Party.BaseYear),
                p.FluorinatedGasYear,
                Mt(p.BaseYear1),
                p.Percent1,
                Mt(p.AssignedAmount1),
                Mt(p.Average1),
                p.Average1 is ExactCo2e a && p.Target1 is ExactCo2e t ? Figures.Megatonnes(a - t) : null,
                Mt(p.BaseYear2?.Total),
                p.Percent2,
                p.AssignedAmount2Tonnes is long aa ? System.Math.Round(aa / 1_000_000m, 3) : null,
                Mt(p.Average2),
                p.BaseYear2 is not null && p.Average2 is ExactCo2e a2 ? Figures.ChangePercent(p.BaseYear2.Total, a2) : null,
                Flags(p));
        }

        return table;
    }

    private static ResultTable PartyExactTable(KyotoReport report)
    {
        var table = new ResultTable(
            "parties_tonnes",
            "The same figures in tonnes CO2e (3 decimals)",
            Text("party", "Party"),
            Number("cp1_base_year_t", "CP1* base yr t"),
            Number("cp1_average_2008_2012_t", "CP1* avg t"),
            Number("cp2_base_year_t", "CP2 base yr t"),
            Number("cp2_assigned_amount_t", "CP2 AA t"),
            Number("cp2_average_2013_2019_t", "CP2 avg t"))
        { HiddenInTerminal = true };
        foreach (PartyFigures p in report.Parties)
        {
            table.Add(p.Party.Code, T(p.BaseYear1), T(p.Average1), T(p.BaseYear2?.Total), p.AssignedAmount2Tonnes, T(p.Average2));
        }

        return table;
    }

    private static ResultTable BubbleTable(BubbleFigures bubble, string name)
    {
        var table = new ResultTable(
            name,
            bubble.Name + " (Mt CO2e)",
            Text("member", "Member"),
            Number("target_percent", "Target %"),
            Number("base_year_mt", "Base yr"),
            Number("target_level_mt", "Target/yr"),
            Number("average_mt", "Average/yr"),
            Number("change_percent", "Change %"),
            Text("position", "Position"));
        foreach (var m in bubble.Members)
        {
            ExactCo2e level = Figures.Percent(m.BaseYear, m.TargetPercent);
            table.Add(m.Member.Party.Code, m.TargetPercent, Figures.Megatonnes(m.BaseYear), Figures.Megatonnes(level), Figures.Megatonnes(m.Average), Figures.ChangePercent(m.BaseYear, m.Average), m.Average <= level ? "within" : "above");
        }

        table.Add("bubble", bubble.JointPercent, Figures.Megatonnes(bubble.BaseYear), Figures.Megatonnes(bubble.Level), Figures.Megatonnes(bubble.Average), Figures.ChangePercent(bubble.BaseYear, bubble.Average), bubble.Average <= bubble.Level ? "met jointly (Art. 4.1)" : "not met jointly (Art. 4.5)");
        return table;
    }

    private static ResultTable CollectiveTable(KyotoReport report)
    {
        var table = new ResultTable(
            "collective",
            "Annex B collectively (States; the EU counted through its members)",
            Text("figure", "Figure"),
            Number("target_change_percent", "Target %"),
            Number("actual_change_percent", "Actual %"),
            Number("parties", "Parties"),
            Text("note", "Note"));
        foreach (bool withUsa in new[] { true, false })
        {
            var c = report.CollectiveFirst(withUsa);
            table.Add(
                "CP1* 2008–2012" + (withUsa ? " incl. USA" : " excl. USA"),
                Figures.ChangePercent(c.BaseYear, c.Level),
                Figures.ChangePercent(c.BaseYear, c.Average),
                c.Counted.Count,
                (withUsa ? "the seeds' 5.2 % is the Annex B aggregate target (incl. USA, SAR); Art. 3.1 says at least 5 %. " : "the USA never ratified. ")
                + (c.Missing.Count == 0 ? string.Empty : "Not counted (incomplete data): " + string.Join(", ", c.Missing.Select(p => p.Code)) + "."));
        }

        var second = report.CollectiveSecond();
        table.Add(
            "CP2 2013–2019",
            Figures.ChangePercent(second.BaseYear, second.Level),
            Figures.ChangePercent(second.BaseYear, second.Average),
            second.Counted.Count,
            "Art. 3.1 bis: at least 18 % below 1990 over 2013–2020. " + (second.Progress2019 is CollectiveProgress p
                ? "2019 alone (CollectiveProgress): " + (p.IsAtLeastBelow(18m) ? "at least 18 % below" : "less than 18 % below") + " the base years."
                : "2019 alone: not computable."));
        return table;
    }

    private static string Flags(PartyFigures p)
    {
        var flags = new List<string>();
        if (!p.InCp1AnnexB)
        {
            flags.Add("CP2 only");
        }

        if (p.Party.Code == "USA")
        {
            flags.Add("not a Party (never ratified)");
        }

        if (p.Party.Code == "CAN")
        {
            flags.Add("withdrew 2012");
        }

        if (p.JointInCp2)
        {
            flags.Add("CP2 joint (EU + ISL)");
        }

        if (p.Notes.Count > 0)
        {
            flags.Add("see notes");
        }

        return string.Join("; ", flags);
    }

    private static decimal? Mt(ExactCo2e? value) => value is ExactCo2e v ? Figures.Megatonnes(v) : null;

    private static decimal? T(ExactCo2e? value) => value is ExactCo2e v ? Figures.Tonnes(v) : null;
}
