using System.ComponentModel;
using System.Globalization;
using System.Threading;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Cli.Output;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Spectre.Console;
using Spectre.Console.Cli;
using static Kyoto.Accounting.Cli.Output.ResultTable;

namespace Kyoto.Accounting.Cli.Commands;

/// <summary>Settings of <c>kyoto assigned-amount</c>.</summary>
internal class AssignedAmountSettings : BaseYearChoiceSettings
{
    [CommandOption("--party <CODE>")]
    [Description("The Party (ISO 3166 alpha-3 code, EUU for the EU). Required.")]
    public string? Party { get; init; }

    [CommandOption("--inventory <FILE>")]
    [Description("An inventory CSV to compute base-year emissions from (Art. 3.5, 3.7, 3.8); or give --base-year-t.")]
    public string? Inventory { get; init; }

    [CommandOption("--base-year-t <TONNES>")]
    [Description("Base-year emissions in tonnes CO2e under the period's GWP set, if not computed from --inventory.")]
    public decimal? BaseYearTonnes { get; init; }

    [CommandOption("--percent <PERCENT>")]
    [Description("The commitment in % of base-year emissions, to override Annex B (e.g. an Art. 4 burden-sharing share).")]
    public decimal? Percent { get; init; }

    public override ValidationResult Validate()
    {
        ValidationResult period = base.Validate();
        if (!period.Successful)
        {
            return period;
        }

        if (string.IsNullOrWhiteSpace(Party))
        {
            return ValidationResult.Error("--party is required.");
        }

        return (Inventory is null) == (BaseYearTonnes is null) ? ValidationResult.Error("Give exactly one of --inventory and --base-year-t.") : ValidationResult.Success();
    }

    internal Party ResolveParty() =>
        Parties.Party.TryFromCode(Party!.Trim().ToUpperInvariant(), out Party? party)
            ? party
            : throw CliException.BadInput("UnknownParty", "'" + Party + "' is not the code of an Annex B Party (e.g. DEU, JPN, EUU).");

    internal AssignedAmount Calculate()
    {
        Party party = ResolveParty();
        CommitmentPeriod period = CommitmentPeriod;
        ExactCo2e baseYear = Inventory is string path
            ? BaseYearEmissions.Calculate(InventoryInput.Read(path), party, period, ToOptions()).Total
            : ExactCo2e.From(Co2e.FromTonnes(BaseYearTonnes!.Value, period.GwpSet));
        return Percent is decimal percent
            ? AssignedAmount.Calculate(party, period, baseYear, percent, AssignedAmount.DefaultRounding)
            : AssignedAmount.Calculate(party, period, baseYear, AssignedAmount.DefaultRounding);
    }
}

/// <summary><c>kyoto assigned-amount</c>: Art. 3.7 / 3.7 bis.</summary>
internal sealed class AssignedAmountCommand : Command<AssignedAmountSettings>
{
    public override int Execute(CommandContext context, AssignedAmountSettings settings, CancellationToken cancellationToken)
    {
        AssignedAmount amount = settings.Calculate();
        var document = new ResultDocument("Assigned amount of " + amount.Party.Name + ", " + amount.Period + " (Art. 3.7" + (amount.Period.Number == 2 ? " bis" : string.Empty) + ")");
        document.Tables.Add(AmountTable(amount));
        document.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Assigned amount = {amount.QelrcPercent} % × base-year emissions × {amount.Period.AssignedAmountMultiplier}, recorded in whole tonnes ({amount.Rounding})."));
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return ExitCodes.Ok;
    }

    internal static ResultTable AmountTable(AssignedAmount amount) =>
        new ResultTable("assigned_amount", "Assigned amount", Text("party", "Party"), Number("period", "Period"), Text("gwp_set", "GWP set"), Number("base_year_t", "Base year t CO2e"), Number("percent", "QELRC %"), Number("exact_t", "Exact t"), Number("recorded_t", "Recorded t"))
            .Add(amount.Party.Code, amount.Period.Number, amount.Period.GwpSet.Name, amount.BaseYearEmissions is { } baseYear ? Report.Figures.Tonnes(baseYear, 6) : null, amount.QelrcPercent, Report.Figures.Tonnes(amount.Exact, 6), amount.RecordedTonnes);
}

/// <summary>Settings of <c>kyoto reserve</c>.</summary>
internal sealed class ReserveSettings : AssignedAmountSettings
{
    [CommandOption("--latest-inventory-t <TONNES>")]
    [Description("The most recently reviewed inventory's emissions, tonnes CO2e under the period's set. Required.")]
    public decimal? LatestInventoryTonnes { get; init; }

    public override ValidationResult Validate()
    {
        ValidationResult result = base.Validate();
        return !result.Successful ? result : LatestInventoryTonnes is null ? ValidationResult.Error("--latest-inventory-t is required.") : ValidationResult.Success();
    }
}

/// <summary><c>kyoto reserve</c>: the commitment period reserve (decision 11/CMP.1 annex ¶6).</summary>
internal sealed class ReserveCommand : Command<ReserveSettings>
{
    public override int Execute(CommandContext context, ReserveSettings settings, CancellationToken cancellationToken)
    {
        AssignedAmount amount = settings.Calculate();
        var latest = Co2e.FromTonnes(settings.LatestInventoryTonnes!.Value, amount.Period.GwpSet);
        CommitmentPeriodReserve reserve = CommitmentPeriodReserve.Calculate(amount, latest, CommitmentPeriodReserve.DefaultRounding);
        var document = new ResultDocument("Commitment period reserve of " + amount.Party.Name + ", " + amount.Period + " (decision 11/CMP.1 annex ¶6)");
        document.Tables.Add(AssignedAmountCommand.AmountTable(amount));
        document.Tables.Add(new ResultTable("reserve", "Reserve", Text("party", "Party"), Number("assigned_amount_limit_t", "90 % of AA t"), Number("inventory_limit_t", "100 % × " + amount.Period.AssignedAmountMultiplier + " × latest t"), Number("reserve_t", "Reserve t"))
            .Add(amount.Party.Code, Report.Figures.Tonnes(reserve.AssignedAmountLimit, 6), Report.Figures.Tonnes(reserve.InventoryLimit, 6), reserve.Tonnes));
        document.Notes.Add("The reserve is the lower of the two limits, rounded to the nearest tonne.");
        ResultWriter.Write(document, settings.Format, CliIo.Current.Console, CliIo.Current.Output);
        return ExitCodes.Ok;
    }
}
