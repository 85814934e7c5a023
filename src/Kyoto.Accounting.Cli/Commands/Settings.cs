using System.ComponentModel;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Cli.Output;
using Kyoto.Accounting.Periods;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Kyoto.Accounting.Cli.Commands;

/// <summary>The option every command has: the output format.</summary>
internal class OutputSettings : CommandSettings
{
    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output format: table (default), csv or json.")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Format { get; init; } = OutputFormat.Table;
}

/// <summary>Options of commands that work within one commitment period.</summary>
internal class PeriodSettings : OutputSettings
{
    [CommandOption("-p|--period <PERIOD>")]
    [Description("Commitment period: 1 (2008–2012, SAR GWPs) or 2 (2013–2020, AR4 GWPs, NF3). Required.")]
    public int? Period { get; init; }

    internal CommitmentPeriod CommitmentPeriod => CommitmentPeriod.FromNumber(Period ?? 0);

    public override ValidationResult Validate() =>
        Period is 1 or 2 ? ValidationResult.Success() : ValidationResult.Error("--period must be 1 or 2 (the first or second commitment period).");
}

/// <summary>The base-year choices of Art. 3.8 and 3.8 bis that inventories do not record.</summary>
internal class BaseYearChoiceSettings : PeriodSettings
{
    [CommandOption("--fgas-base-year <YEAR>")]
    [Description("Art. 3.8 base year for HFCs, PFCs and SF6 where the reference data records no choice: 'party' (the Party's base year) or 1995.")]
    public string? FluorinatedGasBaseYear { get; init; }

    [CommandOption("--nf3-base-year <YEAR>")]
    [Description("Art. 3.8 bis base year for NF3 (second period): 'party', 1995 or 2000.")]
    public string? NitrogenTrifluorideBaseYear { get; init; }

    [CommandOption("--land-use-not-net-source")]
    [Description("Declare that LULUCF was not a net source in 1990 (Art. 3.7, second sentence) when the inventory has no 1990 LULUCF records.")]
    public bool LandUseNotANetSource { get; init; }

    internal static GasBaseYearChoice? ParseChoice(string? text, string option, bool allow2000)
    {
        if (text is null)
        {
            return null;
        }

        return text.Trim().ToUpperInvariant() switch
        {
            "PARTY" or "BASE" => GasBaseYearChoice.PartyBaseYear,
            "1995" => GasBaseYearChoice.Year1995,
            "2000" when allow2000 => GasBaseYearChoice.Year2000,
            _ => throw Infrastructure.CliException.BadInput("InvalidOption", option + " must be 'party' or 1995" + (allow2000 ? " or 2000" : string.Empty) + ", not '" + text + "'."),
        };
    }

    internal BaseYearOptions ToOptions()
    {
        BaseYearOptions options = BaseYearOptions.FromReferenceData;
        if (ParseChoice(FluorinatedGasBaseYear, "--fgas-base-year", allow2000: false) is GasBaseYearChoice f)
        {
            options = options.WithFluorinatedGasBaseYear(f);
        }

        if (ParseChoice(NitrogenTrifluorideBaseYear, "--nf3-base-year", allow2000: true) is GasBaseYearChoice n)
        {
            options = options.WithNitrogenTrifluorideBaseYear(n);
        }

        return LandUseNotANetSource ? options.WithLandUseNotANetSource() : options;
    }
}
