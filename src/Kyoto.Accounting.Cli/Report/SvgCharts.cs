using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Xml.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Cli.Report;

/// <summary>
/// Inline SVG charts written directly as XML (no charting package): two chart kinds, a few dozen elements each, with
/// decimal coordinates, so the page is small, exact and needs nothing outside itself.
/// </summary>
internal static class SvgCharts
{
    internal static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const decimal Width = 340m;
    private const decimal Height = 190m;
    private const decimal Left = 54m;
    private const decimal Right = 16m;
    private const decimal Top = 24m;
    private const decimal Bottom = 22m;
    private const int FirstYear = 1990;
    private const int LastYear = 2020;

    /// <summary>A Party's emissions 1990–2019 against its base year and its CP1 (indicative) and CP2 target lines.</summary>
    internal static XElement Trajectory(PartyFigures p)
    {
        decimal max = new[] { p.Series.Values.Select(Figures.Megatonnes).DefaultIfEmpty(0m).Max(), Mt(p.BaseYear2?.Total), Mt(p.Target1), Mt(p.Target2), Mt(p.BaseYear1) }.Max();
        decimal top = NiceCeiling(max <= 0 ? 1m : max * 1.08m);
        string title = p.Party.Code + " — " + p.Party.Name + ": emissions 1990–2019 against its targets (Mt CO2e, AR4)";
        var svg = Chart(title, "trajectory", p.Party.Code);
        AddAxes(svg, top, "Mt");
        string points = string.Join(" ", p.Series.Select(s => Pt(X(s.Key)) + "," + Pt(Y(Figures.Megatonnes(s.Value), top))));
        svg.Add(new XElement(Svg + "polyline", new XAttribute("class", "emissions"), new XAttribute("data-series", "emissions"), new XAttribute("points", points), new XAttribute("fill", "none"), new XAttribute("stroke", "#1f4e79"), new XAttribute("stroke-width", "1.8")));
        if (p.BaseYear2 is not null)
        {
            AddLevel(svg, "base-year", Figures.Megatonnes(p.BaseYear2.Total), top, FirstYear, LastYear, "#888888", "base year", dashed: true);
        }

        if (p.Target1 is ExactCo2e t1)
        {
            AddLevel(svg, "cp1-target", Figures.Megatonnes(t1), top, CommitmentPeriod.First.FirstYear, CommitmentPeriod.First.LastYear + 1, "#c0504d", "CP1* " + Pc(p.Percent1!.Value) + " %", dashed: false);
        }

        if (p.Target2 is ExactCo2e t2)
        {
            AddLevel(svg, "cp2-target", Figures.Megatonnes(t2), top, CommitmentPeriod.Second.FirstYear, CommitmentPeriod.Second.LastYear + 1, "#2e7d32", "CP2 " + Pc(p.Percent2!.Value) + " %", dashed: false);
        }

        return svg;
    }

    /// <summary>The bubble members' positions: change of emissions from the base year against each member's target.</summary>
    internal static XElement Bubble(BubbleFigures bubble, string id)
    {
        const decimal RowHeight = 15m;
        const decimal LabelWidth = 44m;
        decimal width = 520m;
        var rows = bubble.Members.Select(m => (Code: m.Member.Party.Code, Change: Figures.ChangePercent(m.BaseYear, m.Average), Target: m.TargetPercent - 100m)).ToList();
        rows.Add(("bubble", Figures.ChangePercent(bubble.BaseYear, bubble.Average), bubble.JointPercent - 100m));
        decimal extent = NiceCeiling(rows.SelectMany(r => new[] { Math.Abs(r.Change), Math.Abs(r.Target) }).DefaultIfEmpty(10m).Max() * 1.1m);
        decimal height = Top + Bottom + (RowHeight * rows.Count);
        var svg = Chart(bubble.Name + ": each member's change from its base year (bar) against its target (tick), %", "bubble", id, width, height);
        decimal plotLeft = LabelWidth;
        decimal plotWidth = width - LabelWidth - Right;
        decimal Xp(decimal percent) => plotLeft + ((percent + extent) / (2m * extent) * plotWidth);
        svg.Add(Line(Xp(0), Top - 4m, Xp(0), height - Bottom, "#444444", "axis"));
        foreach (decimal tick in new[] { -extent, -extent / 2m, 0m, extent / 2m, extent })
        {
            string anchor = tick == extent ? "end" : tick == -extent ? "start" : "middle";
            svg.Add(Text(Xp(tick), height - 6m, Pc(Math.Round(tick, 0)) + " %", anchor, "tick"));
        }

        for (int i = 0; i < rows.Count; i++)
        {
            var (code, change, target) = rows[i];
            decimal y = Top + (RowHeight * i);
            decimal x0 = Math.Min(Xp(0), Xp(change));
            bool within = change <= target;
            svg.Add(Text(LabelWidth - 4m, y + 10m, code, "end", "label"));
            svg.Add(new XElement(
                Svg + "rect",
                new XAttribute("class", "change " + (within ? "within" : "above")),
                new XAttribute("data-series", "change"),
                new XAttribute("data-member", code),
                new XAttribute("x", Pt(x0)),
                new XAttribute("y", Pt(y + 2m)),
                new XAttribute("width", Pt(Math.Abs(Xp(change) - Xp(0)))),
                new XAttribute("height", Pt(RowHeight - 5m)),
                new XAttribute("fill", within ? "#2e7d32" : "#c0504d"),
                new XElement(Svg + "title", code + ": " + Pc(change) + " % (target " + Pc(target) + " %)")));
            svg.Add(new XElement(
                Svg + "line",
                new XAttribute("class", "target"),
                new XAttribute("data-series", "target"),
                new XAttribute("data-member", code),
                new XAttribute("x1", Pt(Xp(target))),
                new XAttribute("y1", Pt(y)),
                new XAttribute("x2", Pt(Xp(target))),
                new XAttribute("y2", Pt(y + RowHeight - 1m)),
                new XAttribute("stroke", "#000000"),
                new XAttribute("stroke-width", "2")));
        }

        return svg;
    }

    internal static string Pt(decimal value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string Pc(decimal value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static decimal Mt(ExactCo2e? value) => value is ExactCo2e v ? Figures.Megatonnes(v) : 0m;

    private static XElement Chart(string title, string kind, string id, decimal width = Width, decimal height = Height) =>
        new(
            Svg + "svg",
            new XAttribute("class", "chart " + kind),
            new XAttribute("id", kind + "-" + id),
            new XAttribute("viewBox", "0 0 " + Pt(width) + " " + Pt(height)),
            new XAttribute("width", Pt(width)),
            new XAttribute("height", Pt(height)),
            new XAttribute("role", "img"),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", "9"),
            new XElement(Svg + "title", title),
            Text(4m, 12m, title.Split(':')[0], "start", "heading"));

    private static void AddAxes(XElement svg, decimal top, string unit)
    {
        svg.Add(Line(Left, Top, Left, Height - Bottom, "#444444", "axis"));
        svg.Add(Line(Left, Height - Bottom, Width - Right, Height - Bottom, "#444444", "axis"));
        foreach (int year in new[] { 1990, 2000, 2008, 2013, 2020 })
        {
            svg.Add(Text(X(year), Height - 8m, year.ToString(CultureInfo.InvariantCulture), "middle", "tick"));
        }

        foreach (decimal value in new[] { 0m, top / 2m, top })
        {
            svg.Add(Text(Left - 3m, Y(value, top) + 3m, value.ToString("#,0.#", CultureInfo.InvariantCulture) + (value == top ? " " + unit : string.Empty), "end", "tick"));
        }
    }

    private static void AddLevel(XElement svg, string series, decimal value, decimal top, int fromYear, int toYear, string colour, string label, bool dashed)
    {
        XElement line = Line(X(fromYear), Y(value, top), X(toYear), Y(value, top), colour, "level " + series);
        line.Add(new XAttribute("data-series", series), new XAttribute("stroke-width", dashed ? "1" : "2.2"));
        if (dashed)
        {
            line.Add(new XAttribute("stroke-dasharray", "3,3"));
        }

        svg.Add(line);
        svg.Add(Text(dashed ? Left + 2m : X(fromYear), Y(value, top) - 3m, label, "start", "label " + series));
    }

    private static XElement Line(decimal x1, decimal y1, decimal x2, decimal y2, string colour, string cssClass) =>
        new(Svg + "line", new XAttribute("class", cssClass), new XAttribute("x1", Pt(x1)), new XAttribute("y1", Pt(y1)), new XAttribute("x2", Pt(x2)), new XAttribute("y2", Pt(y2)), new XAttribute("stroke", colour));

    private static XElement Text(decimal x, decimal y, string text, string anchor, string cssClass) =>
        new(Svg + "text", new XAttribute("class", cssClass), new XAttribute("x", Pt(x)), new XAttribute("y", Pt(y)), new XAttribute("text-anchor", anchor), text);

    private static decimal X(int year) => Left + ((year - FirstYear) * (Width - Left - Right) / (LastYear - FirstYear));

    private static decimal Y(decimal value, decimal top) => Height - Bottom - (value / top * (Height - Top - Bottom));

    private static decimal NiceCeiling(decimal value)
    {
        decimal step = 1m;
        while (step * 10m < value)
        {
            step *= 10m;
        }

        while (step > 0.001m && step / 10m >= value)
        {
            step /= 10m;
        }

        foreach (decimal factor in new[] { 1m, 1.5m, 2m, 2.5m, 3m, 4m, 5m, 6m, 8m, 10m })
        {
            if (step * factor >= value)
            {
                return step * factor;
            }
        }

        return step * 10m;
    }
}
