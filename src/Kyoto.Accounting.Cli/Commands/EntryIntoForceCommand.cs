using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.Threading;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Cli.Output;
using Kyoto.Accounting.Treaty;
using Spectre.Console.Cli;
using static Kyoto.Accounting.Cli.Output.ResultTable;

namespace Kyoto.Accounting.Cli.Commands;

/// <summary>Settings of <c>kyoto entry-into-force</c>.</summary>
internal sealed class EntryIntoForceSettings : OutputSettings
{
    [CommandArgument(0, "<deposits.csv>")]
    [Description("party,name,reio,annex_i,signed,instrument,deposited — one row per participant; signed/deposited may be empty.")]
    public string Deposits { get; init; } = string.Empty;

    [CommandArgument(1, "<emissions.csv>")]
    [Description("party,co2_gg — the 1990 CO2 emissions of the Annex I Parties as communicated by 11 Dec 1997 (Art. 25.1).")]
    public string Emissions { get; init; } = string.Empty;
}

/// <summary><c>kyoto entry-into-force</c>: when Art. 25.1's two conditions were met, and why.</summary>
internal sealed class EntryIntoForceCommand : Command<EntryIntoForceSettings>
{
    public override int Execute(CommandContext context, EntryIntoForceSettings settings, CancellationToken cancellationToken)
    {
        var io = CliIo.Current;
        var depositRows = SimpleCsv.Read(io.Resolve(settings.Deposits), settings.Deposits, "party", "name", "reio", "annex_i", "signed", "instrument", "deposited");
        var emissionRows = SimpleCsv.Read(io.Resolve(settings.Emissions), settings.Emissions, "party", "co2_gg");
        var parties = new Dictionary<string, TreatyParty>(StringComparer.OrdinalIgnoreCase);
        foreach (CsvInputRow row in depositRows)
        {
            string code = row.Get("party");
            parties[code] = Guard(row, "party", () => row.Boolean("reio")
                ? TreatyParty.CreateReio(code, row.Get("name"), row.Boolean("annex_i"))
                : TreatyParty.CreateState(code, row.Get("name"), row.Boolean("annex_i")));
        }

        AnnexIEmissions1990 emissions = AnnexIEmissions1990.Empty;
        foreach (CsvInputRow row in emissionRows)
        {
            if (!parties.TryGetValue(row.Get("party"), out TreatyParty? party))
            {
                throw row.Error("UnknownParty", "party", "'" + row.Get("party") + "' is not a participant of " + settings.Deposits + ".");
            }

            decimal gigagrams = row.Decimal("co2_gg");
            emissions = Guard(row, "co2_gg", () => emissions.WithGigagrams(party, gigagrams));
        }

        TreatyRecord record = TreatyRecord.Create(emissions);
        foreach (CsvInputRow row in depositRows)
        {
            TreatyParty party = parties[row.Get("party")];
            if (row.Get("signed").Length > 0)
            {
                var signed = row.Date("signed");
                record = Guard(row, "signed", () => record.WithSignature(party, signed));
            }

            if (row.Get("deposited").Length > 0)
            {
                InstrumentKind kind = Enum.TryParse(row.Get("instrument"), ignoreCase: true, out InstrumentKind k) && Enum.IsDefined(k)
                    ? k
                    : throw row.Error("InvalidInstrument", "instrument", "'" + row.Get("instrument") + "' is not ratification, acceptance, approval or accession (Art. 24.1).");
                var deposited = row.Date("deposited");
                record = Guard(row, "deposited", () => record.WithDeposit(party, kind, deposited));
            }
        }

        ProtocolEntryIntoForce eif = record.EntryIntoForce;
        var document = new ResultDocument("Entry into force of the Kyoto Protocol (Art. 25)");
        var table = new ResultTable("conditions", "Conditions of Art. 25.1", Text("condition", "Condition"), Text("met_on", "Met on"), Number("parties", "Parties"), Text("share", "Annex I CO2 1990 share"));
        table.Add("55 Parties to the Convention", Date(eif.PartyCountMet?.Date), eif.PartyCountMet?.PartyCount, eif.PartyCountMet?.FormatShare());
        table.Add("Annex I Parties with ≥ 55 % of 1990 CO2", Date(eif.EmissionsShareMet?.Date), eif.EmissionsShareMet?.PartyCount, eif.EmissionsShareMet?.FormatShare());
        table.Add("entry into force (90th day, Art. 25.1)", Date(eif.EntryIntoForce), null, null);
        document.Tables.Add(table);
        document.Values.Add(new("entry_into_force", Date(eif.EntryIntoForce)));
        document.Notes.Add(eif.ToString());
        ResultWriter.Write(document, settings.Format, io.Console, io.Output);
        return eif.ConditionsMet ? ExitCodes.Ok : ExitCodes.RuleFailure;
    }

    private static string? Date(NodaTime.LocalDate? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static T Guard<T>(CsvInputRow row, string column, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (ArgumentException ex)
        {
            throw row.Error("TreatyRuleViolation", column, ex.Message);
        }
    }
}
