using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Cli.Output;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Sef;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Cli;
using static Kyoto.Accounting.Cli.Output.ResultTable;

namespace Kyoto.Accounting.Cli.Commands;

/// <summary>Settings of <c>kyoto ledger holdings</c>.</summary>
internal sealed class LedgerHoldingsSettings : OutputSettings
{
    [CommandArgument(0, "<journal>")]
    [Description("A registry journal file written by DurableLedger (https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/persistence.md).")]
    public string Journal { get; init; } = string.Empty;

    [CommandOption("--date <DATE>")]
    [Description("Holdings at the end of this date (uuuu-MM-dd): a replay of every record dated on or before it. Default: the whole journal.")]
    public string? Date { get; init; }
}

/// <summary><c>kyoto ledger holdings</c>: replay a journal file and list the holdings by account, originator, unit type and period.</summary>
internal sealed class LedgerHoldingsCommand : Command<LedgerHoldingsSettings>
{
    public override int Execute(CommandContext context, LedgerHoldingsSettings settings, CancellationToken cancellationToken)
    {
        Ledger ledger = Journals.Read(settings.Journal, settings.Date, out string summary);
        var document = new ResultDocument("Holdings replayed from " + settings.Journal);
        document.Notes.Add(summary);
        var table = new ResultTable("holdings", "Holdings", Number("account", "Account"), Text("originator", "Originator"), Text("unit_type", "Unit type"), Number("original_period", "Original CP"), Number("applicable_period", "Applicable CP"), Number("quantity", "Units"));
        foreach (Holding h in ledger.GetHoldings())
        {
            table.Add(h.Account.Number, h.Originator.ToString(), h.UnitType.ToString(), h.OriginalPeriod.Number, h.ApplicablePeriod.Number, h.Quantity);
        }

        document.Tables.Add(table);
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return ExitCodes.Ok;
    }
}

/// <summary>Settings of <c>kyoto ledger apply</c>.</summary>
internal sealed class LedgerApplySettings : OutputSettings
{
    [CommandArgument(0, "<journal>")]
    [Description("An existing registry journal file (created with DurableLedger.Create).")]
    public string Journal { get; init; } = string.Empty;

    [CommandArgument(1, "<transactions.json>")]
    [Description("A JSON array of transactions in the library's JSON form (https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/json.md).")]
    public string Transactions { get; init; } = string.Empty;
}

/// <summary>
/// <c>kyoto ledger apply</c>: check and apply transactions to a journal file, each acknowledged only once it is
/// flushed; rejected ones are listed with every failed check and change nothing.
/// </summary>
internal sealed class LedgerApplyCommand : Command<LedgerApplySettings>
{
    public override int Execute(CommandContext context, LedgerApplySettings settings, CancellationToken cancellationToken)
    {
        string journal = CliIo.Current.Resolve(settings.Journal);
        string input = CliIo.Current.Resolve(settings.Transactions);
        if (!File.Exists(journal))
        {
            throw CliException.BadInput("FileNotFound", "no such journal file", settings.Journal);
        }

        if (!File.Exists(input))
        {
            throw CliException.BadInput("FileNotFound", "no such transactions file", settings.Transactions);
        }

        System.Collections.Generic.List<Transaction> transactions;
        try
        {
            transactions = System.Text.Json.JsonSerializer.Deserialize(File.ReadAllText(input), Kyoto.Accounting.Serialization.KyotoJsonContext.Default.ListTransaction)
                ?? throw CliException.BadInput("InvalidJson", "the file holds null, not an array of transactions", settings.Transactions);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw CliException.BadInput("InvalidJson", $"{e.Message} (path {e.Path})", settings.Transactions, e.LineNumber is long line ? (int)line + 1 : null, e.BytePositionInLine is long position ? (int)position + 1 : null);
        }

        var table = new ResultTable("results", "Results", Number("id", "Transaction"), Text("type", "Type"), Text("date", "Date"), Text("verdict", "Verdict"), Number("share_of_proceeds", "Share of proceeds"), Text("failures", "Failed checks"));
        int rejected = 0;
        try
        {
            using DurableLedger ledger = DurableLedger.Open(journal);
            foreach (Transaction transaction in transactions)
            {
                TransactionResult result = ledger.TryApply(transaction);
                rejected += result.IsAccepted ? 0 : 1;
                table.Add(transaction.Id.Number, transaction.Type.ToString(), LocalDatePattern.Iso.Format(transaction.Date), result.IsAccepted ? "accepted" : "rejected", result.ShareOfProceeds, string.Join("; ", result.Failures.Select(f => f.ToString())));
            }

            ledger.Flush();
        }
        catch (JournalFormatException e)
        {
            throw CliException.BadInput("InvalidJournal", e.Message, settings.Journal);
        }

        var document = new ResultDocument($"{transactions.Count - rejected} of {transactions.Count} transaction(s) accepted and journaled in {settings.Journal}");
        document.Tables.Add(table);
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return rejected == 0 ? ExitCodes.Ok : ExitCodes.RuleFailure;
    }
}

/// <summary>Settings of <c>kyoto sef generate</c>.</summary>
internal sealed class SefGenerateSettings : PeriodSettings
{
    [CommandArgument(0, "<journal>")]
    [Description("A registry journal file written by DurableLedger.")]
    public string Journal { get; init; } = string.Empty;

    [CommandOption("--party <CODE>")]
    [Description("The Party whose registry reports (ISO alpha-3, e.g. DEU). Required.")]
    public string? Party { get; init; }

    [CommandOption("--year <YEAR>")]
    [Description("The calendar year reported. Required.")]
    public int? Year { get; init; }

    [CommandOption("-o|--out <FILE>")]
    [Description("Write the SEF XML here (default: <PARTY>-<YEAR>-CP<PERIOD>.xml).")]
    public string? Out { get; init; }

    public override ValidationResult Validate()
    {
        ValidationResult period = base.Validate();
        return !period.Successful ? period
            : Party is null || Year is null ? ValidationResult.Error("--party and --year are required.")
            : ValidationResult.Success();
    }
}

/// <summary><c>kyoto sef generate</c>: the SEF report of a Party's registry for a year and period, from a journal file.</summary>
internal sealed class SefGenerateCommand : Command<SefGenerateSettings>
{
    public override int Execute(CommandContext context, SefGenerateSettings settings, CancellationToken cancellationToken)
    {
        Ledger ledger = Journals.Read(settings.Journal, null, out _, retainJournal: true);
        Party party = Kyoto.Accounting.Parties.Party.FromCode(settings.Party!);
        SefReport report = SefReport.Generate(ledger, party, settings.Year!.Value, settings.CommitmentPeriod, SystemClock.Instance.GetCurrentInstant());
        string file = settings.Out ?? string.Create(CultureInfo.InvariantCulture, $"{party.Code}-{settings.Year}-CP{settings.Period}.xml");
        File.WriteAllText(CliIo.Current.Resolve(file), report.ToXml());
        var document = new ResultDocument($"{report.Format} report {report.Header} written to {file}");
        var table = new ResultTable("totals", "Table 4 totals (31 December)", Text("unit_type", "Unit type"), Number("units", "Units"));
        SefBlock total = report["Table4/TotalUnitQty"];
        foreach (SefUnitType unit in total.Columns)
        {
            table.Add(unit.ToString().ToUpperInvariant(), total[unit].Units);
        }

        document.Tables.Add(table);
        var violations = SefValidator.Validate(report);
        document.Notes.Add(violations.Count == 0 ? "The report validates (SefValidator)." : $"{violations.Count} validation problem(s): run 'kyoto sef validate {file}'.");
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return violations.Count == 0 ? ExitCodes.Ok : ExitCodes.RuleFailure;
    }
}

/// <summary>Settings of <c>kyoto sef validate</c>.</summary>
internal sealed class SefValidateSettings : OutputSettings
{
    [CommandArgument(0, "<report.xml>")]
    [Description("An SEF report (SEF 1.0 or 2.0 XML).")]
    public string Report { get; init; } = string.Empty;

    [CommandOption("--previous <XML>")]
    [Description("The previous year's report of the same Party and period: also checks Table 1 against its Table 4.")]
    public string? Previous { get; init; }
}

/// <summary><c>kyoto sef validate</c>: schema, totals, NA markers, holdings identity; every problem with its code.</summary>
internal sealed class SefValidateCommand : Command<SefValidateSettings>
{
    public override int Execute(CommandContext context, SefValidateSettings settings, CancellationToken cancellationToken)
    {
        SefReport report = Sefs.Read(settings.Report);
        SefReport? previous = settings.Previous is null ? null : Sefs.Read(settings.Previous);
        var table = new ResultTable("violations", "Problems", Text("code", "Code"), Text("location", "Where"), Text("unit_type", "Unit"), Text("message", "What"));
        foreach (SefFormatException e in SefSchema.Validate(File.ReadAllText(CliIo.Current.Resolve(settings.Report))))
        {
            table.Add("XSD", string.Create(CultureInfo.InvariantCulture, $"line {e.Line}:{e.Position}"), null, e.Message);
        }

        foreach (SefViolation v in SefValidator.Validate(report, previous))
        {
            table.Add("SEF-" + ((int)v.Code).ToString(CultureInfo.InvariantCulture), v.Location, v.UnitType?.ToString(), v.Message);
        }

        var document = new ResultDocument($"{report.Format} report {report.Header}: {(table.Rows.Count == 0 ? "valid" : table.Rows.Count.ToString(CultureInfo.InvariantCulture) + " problem(s)")}");
        document.Tables.Add(table);
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return table.Rows.Count == 0 ? ExitCodes.Ok : ExitCodes.RuleFailure;
    }
}

/// <summary>Settings of <c>kyoto sef diff</c>.</summary>
internal sealed class SefDiffSettings : OutputSettings
{
    [CommandArgument(0, "<first.xml>")]
    [Description("The first report (e.g. the registry's).")]
    public string First { get; init; } = string.Empty;

    [CommandArgument(1, "<second.xml>")]
    [Description("The second report (e.g. the transaction log's).")]
    public string Second { get; init; } = string.Empty;
}

/// <summary><c>kyoto sef diff</c>: every cell where two SEF reports differ.</summary>
internal sealed class SefDiffCommand : Command<SefDiffSettings>
{
    public override int Execute(CommandContext context, SefDiffSettings settings, CancellationToken cancellationToken)
    {
        var differences = SefDiff.Compare(Sefs.Read(settings.First), Sefs.Read(settings.Second));
        var table = new ResultTable("differences", "Differences", Text("location", "Where"), Text("unit_type", "Unit"), Text("first", "First"), Text("second", "Second"), Text("text", "Difference"));
        foreach (SefDifference d in differences)
        {
            table.Add(d.Location, d.UnitType?.ToString(), d.Left, d.Right, d.ToString());
        }

        var document = new ResultDocument(differences.Count == 0 ? "The reports are identical cell by cell." : $"{differences.Count} difference(s)");
        document.Tables.Add(table);
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return differences.Count == 0 ? ExitCodes.Ok : ExitCodes.RuleFailure;
    }
}

/// <summary>Reading journal files, with the library's errors turned into the CLI's.</summary>
internal static class Journals
{
    internal static Ledger Read(string given, string? date, out string summary, bool retainJournal = false)
    {
        string path = CliIo.Current.Resolve(given);
        if (!File.Exists(path))
        {
            throw CliException.BadInput("FileNotFound", "no such journal file", given);
        }

        try
        {
            if (date is not null)
            {
                ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(date);
                if (!parsed.Success)
                {
                    throw CliException.BadInput("InvalidDate", $"--date '{date}' is not uuuu-MM-dd");
                }

                Ledger asOf = JournalFile.ReplayTo(path, parsed.Value);
                summary = $"Replayed {asOf.TransactionCount} transaction(s) dated on or before {date}.";
                return asOf;
            }

            if (retainJournal)
            {
                Ledger all = JournalFile.ReplayTo(path, long.MaxValue);
                summary = $"Replayed {all.TransactionCount} transaction(s).";
                return all;
            }

            Ledger ledger = JournalFile.Replay(path, out RecoveryReport report);
            summary = report.ToString();
            return ledger;
        }
        catch (JournalFormatException e)
        {
            throw CliException.BadInput("InvalidJournal", e.Message, given);
        }
    }
}

/// <summary>Reading SEF files, with parse errors as the CLI's bad input (file:line:position).</summary>
internal static class Sefs
{
    internal static SefReport Read(string given)
    {
        string path = CliIo.Current.Resolve(given);
        if (!File.Exists(path))
        {
            throw CliException.BadInput("FileNotFound", "no such SEF file", given);
        }

        try
        {
            using FileStream stream = File.OpenRead(path);
            return SefReport.Load(stream);
        }
        catch (SefFormatException e)
        {
            throw CliException.BadInput("InvalidSef", e.Message, given, e.Line > 0 ? e.Line : null, e.Position > 0 ? e.Position : null);
        }
    }
}
