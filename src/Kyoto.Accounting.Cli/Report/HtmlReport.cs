using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Kyoto.Accounting.Cli.Data;
using Kyoto.Accounting.Cli.Output;

namespace Kyoto.Accounting.Cli.Report;

/// <summary>
/// The report as one self-contained XHTML page: the tables, the notes, and inline SVG charts; no script, no external
/// style sheet, font, image or link, so it reads offline in any browser (and parses as XML).
/// </summary>
internal static class HtmlReport
{
    private static readonly XNamespace Html = "http://www.w3.org/1999/xhtml";

    private const string Style =
        "body{font-family:sans-serif;margin:1.5em;color:#222;max-width:1400px}" +
        "table{border-collapse:collapse;font-size:12px;margin:0.5em 0 1.5em}" +
        "th,td{border:1px solid #ccc;padding:2px 6px}td.n{text-align:right}th{background:#eee}" +
        ".indicative{border:3px solid #c0504d;background:#fdecea;padding:0.8em;font-weight:bold;font-size:1.1em}" +
        ".grid{display:flex;flex-wrap:wrap;gap:8px}.grid svg{border:1px solid #ddd}" +
        ".notes li{margin:0.2em 0}";

    internal static string Render(KyotoReport report, ResultDocument document)
    {
        var body = new XElement(Html + "body", new XElement(Html + "h1", document.Title));
        body.Add(new XElement(Html + "p", new XAttribute("class", "indicative"), new XAttribute("id", "indicative-warning"), ReportTables.IndicativeWarning));
        body.Add(new XElement(Html + "ul", new XAttribute("class", "notes"), document.Notes.Skip(1).Select(n => new XElement(Html + "li", n))));
        foreach (ResultTable table in document.Tables.Where(t => !t.HiddenInTerminal))
        {
            body.Add(new XElement(Html + "h2", table.Title));
            body.Add(TableElement(table));
            if (table.Name == "eu15_bubble")
            {
                body.Add(SvgCharts.Bubble(report.Eu15, "eu15"));
                body.Add(MissingNote(report.Eu15));
            }
            else if (table.Name == "eu_iceland_bubble")
            {
                body.Add(SvgCharts.Bubble(report.EuIceland, "eu-iceland"));
                body.Add(MissingNote(report.EuIceland));
            }
        }

        body.Add(new XElement(Html + "h2", "Trajectories 1990–2019 against each target line"));
        body.Add(new XElement(Html + "p", "Solid blue: the Party's emissions without LULUCF (AR4). Dashed grey: its second-period base year. Red: the indicative CP1 target level (2008–2012). Green: the CP2 target level (2013–2020)."));
        body.Add(new XElement(Html + "div", new XAttribute("class", "grid"), report.Parties.Where(p => p.Series.Count > 0).Select(SvgCharts.Trajectory)));
        body.Add(new XElement(Html + "h2", "Data and licence"));
        body.Add(new XElement(Html + "p", BuiltInData.Attribution));
        body.Add(new XElement(Html + "p", "Licence terms of the source (UNFCCC): \"All official texts, data and documents are in the public domain and may be freely downloaded, copied and printed provided no change to the content is introduced, and the source is acknowledged.\""));
        var html = new XElement(
            Html + "html",
            new XAttribute(XNamespace.Xml + "lang", "en"),
            new XAttribute("lang", "en"),
            new XElement(Html + "head", new XElement(Html + "meta", new XAttribute("charset", "utf-8")), new XElement(Html + "title", document.Title), new XElement(Html + "style", Style)),
            body);
        var settings = new XmlWriterSettings { Indent = false, OmitXmlDeclaration = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        var builder = new StringBuilder("<!DOCTYPE html>\n");
        using (var writer = XmlWriter.Create(new StringWriter(builder), settings))
        {
            html.WriteTo(writer);
        }

        return builder.Append('\n').ToString();
    }

    private static XElement TableElement(ResultTable table) =>
        new(
            Html + "table",
            new XAttribute("id", table.Name),
            new XElement(Html + "thead", new XElement(Html + "tr", table.Columns.Select(c => new XElement(Html + "th", c.Heading)))),
            new XElement(Html + "tbody", table.Rows.Select(row => new XElement(
                Html + "tr",
                row.Select((v, i) => new XElement(Html + "td", table.Columns[i].IsNumeric ? new XAttribute("class", "n") : null, ResultWriter.FormatCell(v)))))));

    private static XElement MissingNote(BubbleFigures bubble) =>
        new(Html + "p", bubble.Missing.Count == 0 ? "Every member has complete figures." : "Left out of the sums (the data cannot supply the figures): " + string.Join(", ", bubble.Missing) + ".");
}
