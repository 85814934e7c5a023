using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Xunit;

namespace Kyoto.Accounting.Cli.Tests;

public class ReportTests
{
    private const string ReadmeFirstCommand = "dotnet run --project src/Kyoto.Accounting.Cli -- report";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly Lazy<JsonDocument> Json = new(() =>
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run("report", "--format", "json", "--no-html");
        Assert.Equal(0, exit);
        return JsonDocument.Parse(output);
    });

    private static IEnumerable<Party> AnnexBPartiesWithData()
    {
        var annexB = Party.InAnnexB(CommitmentPeriod.First).Union(Party.InAnnexB(CommitmentPeriod.Second)).ToHashSet();
        foreach (string name in IndependentData.PartyNames)
        {
            string lookup = name == "European Union (KP)" ? "European Union" : name;
            if (name != "European Union (Convention)" && Party.TryFromName(lookup, out Party? party) && annexB.Contains(party))
            {
                yield return party;
            }
        }
    }

    [Fact]
    public void ReadmeFirstCommand_IsTheReportCommand_AndRuns_ListingEveryAnnexBPartyWithData()
    {
        string readme = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "README.md"));
        string[] commands = readme.Split('\n').Where(l => l.StartsWith("dotnet ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(ReadmeFirstCommand, commands[0].Trim());
        Assert.Equal("dotnet test -c Release", commands[1].Trim());

        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run(ReadmeFirstCommand.Split(" -- ")[1].Split(' '));
        Assert.Equal(0, exit);
        Assert.Contains("INDICATIVE", output, StringComparison.Ordinal);
        Assert.Contains("5.2 %", output, StringComparison.Ordinal);
        var parties = AnnexBPartiesWithData().ToList();
        Assert.True(parties.Count >= 40, "expected 40+ Annex B Parties with data, found " + parties.Count);
        string[] lines = output.Split('\n');
        Assert.All(parties, p => Assert.Contains(lines, l => l.TrimStart().StartsWith(p.Code + " ", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(cli.Directory, "kyoto-report.html")));
        Assert.Contains("kyoto-report.html", error, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonFormat_Parses_AndHasEveryAnnexBPartyWithData()
    {
        JsonElement root = Json.Value.RootElement;
        var codes = root.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("party").GetString()).ToHashSet();
        Assert.All(AnnexBPartiesWithData(), p => Assert.Contains(p.Code, codes));
        Assert.Contains(root.GetProperty("notes").EnumerateArray(), n => n.GetString()!.StartsWith("INDICATIVE", StringComparison.Ordinal));
    }

    // Golden numbers, computed here from the CSV with the AR4 GWPs written out: base year = CO2+CH4+N2O of the base
    // year + HFC/PFC/SF6 of the Art. 3.8 year (1995 recorded for DEU, assumed 1995 for JPN and POL) + NF3 of 1995.
    [Theory]
    [InlineData("DEU", "Germany", "1990")]
    [InlineData("JPN", "Japan", "1990")]
    [InlineData("POL", "Poland", "Base year")]
    public void BaseYearsAndAverages_MatchAnIndependentComputation(string code, string name, string baseYearColumn)
    {
        decimal main = IndependentData.Tonnes(name, baseYearColumn, IndependentData.MainGases);
        decimal fgases = IndependentData.Tonnes(name, "1995", IndependentData.FluorinatedArticle38);
        decimal nf3 = IndependentData.Tonnes(name, "1995", g => g == "NF3");
        decimal cp2Average = Enumerable.Range(2013, 7).Sum(y => IndependentData.Tonnes(name, y.ToString(CultureInfo.InvariantCulture), _ => true)) / 7m;
        decimal cp1Average = Enumerable.Range(2008, 5).Sum(y => IndependentData.Tonnes(name, y.ToString(CultureInfo.InvariantCulture), g => g != "NF3")) / 5m;

        JsonElement row = Json.Value.RootElement.GetProperty("parties_tonnes").EnumerateArray().Single(r => r.GetProperty("party").GetString() == code);
        Assert.Equal(Math.Round(main + fgases + nf3, 3), row.GetProperty("cp2_base_year_t").GetDecimal());
        Assert.Equal(Math.Round(main + fgases, 3), row.GetProperty("cp1_base_year_t").GetDecimal());
        Assert.Equal(Math.Round(cp2Average, 3), row.GetProperty("cp2_average_2013_2019_t").GetDecimal());
        Assert.Equal(Math.Round(cp1Average, 3), row.GetProperty("cp1_average_2008_2012_t").GetDecimal());

        // The gas-by-gas sum agrees with the source's own aggregate to float precision (an oracle the tool never reads).
        Assert.InRange(IndependentData.Tonnes(name, "2019", _ => true) - IndependentData.SourceAggregate(name, "2019"), -1m, 1m);
    }

    [Fact]
    public void SecondPeriodAssignedAmount_IsEightTimesTheQelrcOfTheBaseYear_InWholeTonnes()
    {
        // Norway: CP2 QELRC 84 % (Doha Amendment), not a joint-fulfilment member.
        decimal main = IndependentData.Tonnes("Norway", "1990", IndependentData.MainGases);
        decimal fgases = IndependentData.Tonnes("Norway", "1995", IndependentData.FluorinatedArticle38);
        decimal nf3 = IndependentData.Tonnes("Norway", "1995", g => g == "NF3");
        decimal expected = Math.Round((main + fgases + nf3) * 0.84m * 8m, 0, MidpointRounding.AwayFromZero);
        JsonElement row = Json.Value.RootElement.GetProperty("parties_tonnes").EnumerateArray().Single(r => r.GetProperty("party").GetString() == "NOR");
        Assert.Equal(expected, row.GetProperty("cp2_assigned_amount_t").GetDecimal());
    }

    [Fact]
    public void Hungary_ShowsThatTheDataCannotSupplyItsBaseYear()
    {
        JsonElement root = Json.Value.RootElement;
        JsonElement hun = root.GetProperty("parties").EnumerateArray().Single(r => r.GetProperty("party").GetString() == "HUN");
        Assert.Equal(JsonValueKind.Null, hun.GetProperty("cp2_base_year_mt").ValueKind);
        Assert.Equal("1985–1987", hun.GetProperty("base_year").GetString());
        Assert.Contains(root.GetProperty("party_notes").EnumerateArray(), n => n.GetProperty("party").GetString() == "HUN" && n.GetProperty("note").GetString()!.Contains("1985", StringComparison.Ordinal));
    }

    [Fact]
    public void Html_ParsesAsXml_HasTheExpectedCharts_AndReferencesNothingOutside()
    {
        using var cli = new CliRunner();
        var (exit, _, _) = cli.Run("report", "--html", "page.html");
        Assert.Equal(0, exit);
        string html = File.ReadAllText(Path.Combine(cli.Directory, "page.html"));
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        XDocument page = XDocument.Load(reader);

        Assert.Contains("INDICATIVE", page.Root!.Value, StringComparison.Ordinal);
        var svgs = page.Descendants(Svg + "svg").ToList();
        Assert.All(svgs, s => Assert.False(string.IsNullOrWhiteSpace(s.Element(Svg + "title")?.Value)));

        XElement deu = svgs.Single(s => (string?)s.Attribute("id") == "trajectory-DEU");
        Assert.Contains("Germany", deu.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        string[] series = deu.Descendants().Select(e => (string?)e.Attribute("data-series")).OfType<string>().ToArray();
        Assert.Contains("emissions", series);
        Assert.Contains("cp1-target", series);
        Assert.Contains("cp2-target", series);
        Assert.Contains("base-year", series);
        Assert.Equal(30, ((string)deu.Descendants(Svg + "polyline").Single().Attribute("points")!).Split(' ').Length);
        Assert.Contains(deu.Descendants(Svg + "text"), t => t.Value == "CP1* 79 %");
        Assert.Contains(deu.Descendants(Svg + "text"), t => t.Value == "CP2 80 %");

        XElement eu15 = svgs.Single(s => (string?)s.Attribute("id") == "bubble-eu15");
        var members = eu15.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("data-member")).ToList();
        Assert.Equal(16, members.Count);
        Assert.Contains("bubble", members);
        Assert.Contains("DEU", members);
        Assert.Equal(16, eu15.Descendants(Svg + "line").Count(l => (string?)l.Attribute("data-series") == "target"));
        XElement euIceland = svgs.Single(s => (string?)s.Attribute("id") == "bubble-eu-iceland");
        Assert.Contains("ISL", euIceland.Descendants(Svg + "rect").Select(r => (string?)r.Attribute("data-member")));

        // Self-contained: no script, no linked resource, no URL anywhere in an attribute or the style sheet.
        Assert.DoesNotContain(page.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe" or "object" or "image" or "use");
        Assert.DoesNotContain(page.Descendants().Attributes(), a => !a.IsNamespaceDeclaration && (a.Name.LocalName is "src" or "href" || a.Value.Contains("://", StringComparison.Ordinal)));
        string style = string.Concat(page.Descendants().Where(e => e.Name.LocalName == "style").Select(e => e.Value));
        Assert.DoesNotContain("url(", style, StringComparison.Ordinal);
        Assert.DoesNotContain("@import", style, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvFormat_HasOneBlockPerTable()
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run("report", "--format", "csv", "--no-html");
        Assert.Equal(0, exit);
        Assert.Contains("# parties\nparty,base_year,", output, StringComparison.Ordinal);
        Assert.Contains("# eu15_bubble\n", output, StringComparison.Ordinal);
    }
}
