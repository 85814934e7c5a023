using System;
using System.Collections.Generic;
using Kyoto.Accounting.Cli.Commands;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Cli.Report;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Spectre.Console.Cli;

namespace Kyoto.Accounting.Cli;

/// <summary>
/// The <c>kyoto</c> command tree: the report, inventory and accounting commands, and the <c>ledger</c> and <c>sef</c> branches.
/// </summary>
internal static class KyotoCli
{
    /// <summary>Runs the tool with the given I/O and returns the exit code.</summary>
    /// <param name="args">The command line.</param>
    /// <param name="io">Where to write.</param>
    /// <returns>0 ok, 1 a rule failure or rejection, 2 bad input.</returns>
    internal static int Run(IReadOnlyList<string> args, CliIo io)
    {
        using IDisposable scope = io.Use();
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("kyoto");
            config.ConfigureConsole(io.Console);
            config.PropagateExceptions();
            config.AddCommand<ReportCommand>("report")
                .WithDescription("The main job on the built-in UNFCCC data (1990–2019): base years, CP1 targets and assigned amounts (indicative), CP2 progress, the EU bubbles, Annex B collectively; writes kyoto-report.html.")
                .WithExample("report")
                .WithExample("report", "--format", "json", "--no-html");
            config.AddCommand<AggregateCommand>("aggregate")
                .WithDescription("CO2-equivalent of an inventory CSV per Party and year (by gas or sector) under a period's GWP set and basket.")
                .WithExample("aggregate", "inventory.csv", "--period", "2", "--by", "gas");
            config.AddCommand<ValidateCommand>("validate")
                .WithDescription("Check an inventory CSV and list every bad row with its code, row and column.")
                .WithExample("validate", "inventory.csv");
            config.AddCommand<AssignedAmountCommand>("assigned-amount")
                .WithDescription("The assigned amount of a Party (Art. 3.7, 3.7 bis) from an inventory or stated base-year emissions.")
                .WithExample("assigned-amount", "--party", "DEU", "--period", "1", "--base-year-t", "1232429542.8");
            config.AddCommand<ReserveCommand>("reserve")
                .WithDescription("The commitment period reserve (decision 11/CMP.1 annex ¶6).")
                .WithExample("reserve", "--party", "JPN", "--period", "1", "--base-year-t", "1261331418", "--latest-inventory-t", "1343000000");
            config.AddCommand<EntryIntoForceCommand>("entry-into-force")
                .WithDescription("When the Protocol's entry-into-force conditions were met (Art. 25), from deposits and 1990 CO2 emissions.")
                .WithExample("entry-into-force", "deposits.csv", "emissions.csv");
            config.AddBranch("ledger", ledger =>
            {
                ledger.SetDescription("Registry journals written by DurableLedger (https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/persistence.md).");
                ledger.AddCommand<LedgerApplyCommand>("apply")
                    .WithDescription("Check and apply the transactions of a JSON file to a journal file; rejected ones change nothing and list every failed check.")
                    .WithExample("ledger", "apply", "registry.journal", "transactions.json");
                ledger.AddCommand<LedgerHoldingsCommand>("holdings")
                    .WithDescription("Replay a journal file (optionally up to a date) and list the holdings.")
                    .WithExample("ledger", "holdings", "registry.journal", "--date", "2014-12-31");
            });
            config.AddBranch("sef", sef =>
            {
                sef.SetDescription("Standard Electronic Format reports (decision 14/CMP.1; 3/CMP.11 annex II).");
                sef.AddCommand<SefGenerateCommand>("generate")
                    .WithDescription("Write the SEF report of a Party's registry for a year and period from a journal file.")
                    .WithExample("sef", "generate", "registry.journal", "--party", "DEU", "--year", "2014", "--period", "2");
                sef.AddCommand<SefValidateCommand>("validate")
                    .WithDescription("Check an SEF report: schema, totals, NA markers, holdings identity (and Table 1 against the previous year's Table 4).")
                    .WithExample("sef", "validate", "DEU-2014-CP2.xml", "--previous", "DEU-2013-CP2.xml");
                sef.AddCommand<SefDiffCommand>("diff")
                    .WithDescription("Compare two SEF reports cell by cell (e.g. the registry's and the transaction log's).")
                    .WithExample("sef", "diff", "DEU-2014-CP2-reg.xml", "DEU-2014-CP2-itl.xml");
            });
        });

        try
        {
            return app.Run(args);
        }
        catch (CliException ex)
        {
            io.Error.WriteLine(ex.Format());
            return ex.ExitCode;
        }
        catch (GwpSetMismatchException ex)
        {
            io.Error.WriteLine(CliException.FormatLine("GwpSetMismatch", ex.Message, null, null, null));
            return ExitCodes.RuleFailure;
        }
        catch (InventoryFormatException ex)
        {
            io.Error.WriteLine(CliException.FormatLine("InvalidInventory", ex.Message, null, null, null));
            return ExitCodes.BadInput;
        }
        catch (ArgumentException ex)
        {
            // The library's validating factories name the argument and the rule.
            io.Error.WriteLine(CliException.FormatLine(ex.ParamName is null ? "InvalidArgument" : "InvalidArgument(" + ex.ParamName + ")", ex.Message, null, null, null));
            return ExitCodes.BadInput;
        }
        catch (CommandAppException ex)
        {
            io.Error.WriteLine(CliException.FormatLine("InvalidCommandLine", ex.Message, null, null, null));
            return ExitCodes.BadInput;
        }
    }
}
