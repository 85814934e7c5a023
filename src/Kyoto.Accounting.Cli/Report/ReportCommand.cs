using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Cli.Commands;
using Kyoto.Accounting.Cli.Data;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Cli.Output;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kyoto.Accounting.Cli.Report;

/// <summary>Settings of <c>kyoto report</c>.</summary>
internal sealed class ReportSettings : OutputSettings
{
    [CommandOption("-o|--html <FILE>")]
    [Description("Where to write the HTML page with the charts.")]
    [DefaultValue("kyoto-report.html")]
    public string Html { get; init; } = "kyoto-report.html";

    [CommandOption("--no-html")]
    [Description("Do not write the HTML page.")]
    public bool NoHtml { get; init; }

    [CommandOption("--fgas-base-year <YEAR>")]
    [Description("Art. 3.8 year for HFCs/PFCs/SF6 where the reference data records no choice: 1995 (default) or 'party'.")]
    [DefaultValue("1995")]
    public string FluorinatedGasBaseYear { get; init; } = "1995";

    [CommandOption("--nf3-base-year <YEAR>")]
    [Description("Art. 3.8 bis year for NF3 (second period): 1995 (default), 2000 or 'party'.")]
    [DefaultValue("1995")]
    public string NitrogenTrifluorideBaseYear { get; init; } = "1995";
}

/// <summary><c>kyoto report</c>: the library's main job on the built-in UNFCCC data.</summary>
internal sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var io = CliIo.Current;
        var assumptions = new ReportAssumptions(
            BaseYearChoiceSettings.ParseChoice(settings.FluorinatedGasBaseYear, "--fgas-base-year", allow2000: false)!.Value,
            BaseYearChoiceSettings.ParseChoice(settings.NitrogenTrifluorideBaseYear, "--nf3-base-year", allow2000: true)!.Value);
        var clock = Stopwatch.StartNew();
        KyotoReport report = null!;
        if (io.ShowProgress && settings.Format == OutputFormat.Table)
        {
            io.Console.Progress().Start(ctx =>
            {
                ProgressTask load = ctx.AddTask("Reading the UNFCCC inventories", maxValue: 1);
                BuiltInData data = BuiltInData.Default;
                load.Increment(1);
                ProgressTask parties = ctx.AddTask("Base years, assigned amounts, progress");
                report = KyotoReport.Compute(data, assumptions, (done, total) => parties.Value = done * 100.0 / total);
            });
        }
        else
        {
            report = KyotoReport.Compute(BuiltInData.Default, assumptions);
        }

        ResultDocument document = ReportTables.Build(report, BuiltInData.Default);
        if (settings.Format == OutputFormat.Table)
        {
            io.Console.Write(new Panel(new Text(ReportTables.IndicativeWarning, new Style(Color.Red, decoration: Decoration.Bold))).Header("Read this first").BorderColor(Color.Red));
        }

        ResultWriter.Write(document, settings.Format, io.Console, io.Output);
        if (!settings.NoHtml)
        {
            string path = io.Resolve(settings.Html);
            File.WriteAllText(path, HtmlReport.Render(report, document), new System.Text.UTF8Encoding(false));
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"kyoto: wrote {path} ({clock.ElapsedMilliseconds} ms)"));
        }

        return ExitCodes.Ok;
    }
}
