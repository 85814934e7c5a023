using System.ComponentModel;
using System.Linq;
using System.Threading;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Cli.Output;
using Kyoto.Accounting.Cli.Report;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Sectors;
using Spectre.Console;
using Spectre.Console.Cli;
using static Kyoto.Accounting.Cli.Output.ResultTable;

namespace Kyoto.Accounting.Cli.Commands;

/// <summary>Settings of <c>kyoto aggregate</c>.</summary>
internal sealed class AggregateSettings : PeriodSettings
{
    [CommandArgument(0, "<inventory.csv>")]
    [Description("The inventory CSV (party,year,gas,source,mass_t; see https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/formats.md).")]
    public string Inventory { get; init; } = string.Empty;

    [CommandOption("--by <BREAKDOWN>")]
    [Description("party,year (default), gas or sector.")]
    [DefaultValue("party,year")]
    public string By { get; init; } = "party,year";

    [CommandOption("--lulucf")]
    [Description("Count LULUCF activities (Art. 3.3, 3.4) as well.")]
    public bool Lulucf { get; init; }

    public override ValidationResult Validate()
    {
        ValidationResult period = base.Validate();
        if (!period.Successful)
        {
            return period;
        }

        return By is "party,year" or "gas" or "sector" ? ValidationResult.Success() : ValidationResult.Error("--by must be party,year, gas or sector.");
    }
}

/// <summary><c>kyoto aggregate</c>: CO2e per Party × year (and gas or sector) under a period's GWP set and basket.</summary>
internal sealed class AggregateCommand : Command<AggregateSettings>
{
    public override int Execute(CommandContext context, AggregateSettings settings, CancellationToken cancellationToken)
    {
        EmissionInventory inventory = InventoryInput.Read(settings.Inventory);
        EmissionBreakdown breakdown = settings.By switch
        {
            "gas" => EmissionBreakdown.Gas,
            "sector" => EmissionBreakdown.Source,
            _ => EmissionBreakdown.None,
        };
        var period = settings.CommitmentPeriod;
        EmissionTotals totals = inventory.Aggregate(period, settings.Lulucf ? LulucfInclusion.Included : LulucfInclusion.Excluded, breakdown);
        var document = new ResultDocument("CO2-equivalent emissions under " + period + " (" + period.GwpSet.Name + " GWPs, Art. 5.3), tonnes");
        var key = breakdown switch
        {
            EmissionBreakdown.Gas => Text("gas", "Gas"),
            EmissionBreakdown.Source => Text("sector", "Sector"),
            _ => Text("gwp_set", "GWP set"),
        };
        var table = new ResultTable("totals", "Totals", Text("party", "Party"), Number("year", "Year"), key, Number("co2e_t", "t CO2e"));
        foreach (Party party in inventory.Parties)
        {
            foreach (int year in totals.GetYears(party))
            {
                switch (breakdown)
                {
                    case EmissionBreakdown.Gas:
                        foreach (Gas gas in period.Gases.Where(g => totals.Get(party, year, g).Grams != 0))
                        {
                            table.Add(party.Code, year, gas.Code, totals.Get(party, year, gas).Tonnes);
                        }

                        break;
                    case EmissionBreakdown.Source:
                        foreach (Sector sector in Sector.All.Where(s => totals.Get(party, year, s).Grams != 0))
                        {
                            table.Add(party.Code, year, sector.Code, totals.Get(party, year, sector).Tonnes);
                        }

                        break;
                    default:
                        table.Add(party.Code, year, period.GwpSet.Name, totals.Get(party, year).Tonnes);
                        break;
                }
            }
        }

        document.Tables.Add(table);
        if (settings.Lulucf)
        {
            document.Notes.Add("LULUCF activities counted (Art. 3.3, 3.4); without --lulucf the totals are Annex A sources only.");
        }

        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return ExitCodes.Ok;
    }
}

/// <summary>Settings of <c>kyoto validate</c>.</summary>
internal sealed class ValidateSettings : OutputSettings
{
    [CommandArgument(0, "<inventory.csv>")]
    [Description("The inventory CSV to check.")]
    public string Inventory { get; init; } = string.Empty;
}

/// <summary><c>kyoto validate</c>: reads an inventory and lists every bad row with its code, row and column.</summary>
internal sealed class ValidateCommand : Command<ValidateSettings>
{
    public override int Execute(CommandContext context, ValidateSettings settings, CancellationToken cancellationToken)
    {
        InventoryParseResult result = InventoryInput.Parse(settings.Inventory);
        var document = new ResultDocument("Validation of " + settings.Inventory);
        var errors = new ResultTable("errors", "Errors", Number("row", "Row"), Number("column", "Column"), Text("field", "Field"), Text("text", "Text"), Text("code", "Code"), Text("reason", "Reason"));
        foreach (InventoryParseError error in result.Errors)
        {
            errors.Add(error.Row, error.Column, error.Field, error.Value, error.Code.ToString(), error.Reason);
            CliIo.Current.Error.WriteLine(InventoryInput.FormatError(settings.Inventory, error));
        }

        bool valid = result.TryGetValue(out EmissionInventory? inventory);
        document.Values.Add(new("valid", valid));
        document.Values.Add(new("rows", result.RowCount));
        document.Values.Add(new("records", inventory?.Count ?? 0));
        document.Values.Add(new("parties", inventory is null ? string.Empty : string.Join(",", inventory.Parties.Select(p => p.Code))));
        document.Notes.Add(valid
            ? $"valid: {inventory!.Count} record(s) of {inventory.Parties.Count} Part(y/ies)."
            : $"invalid: {result.Errors.Count} error(s) in {result.RowCount} row(s); no record is read until every error is fixed.");
        document.Tables.Add(errors);
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return valid ? ExitCodes.Ok : ExitCodes.BadInput;
    }
}
