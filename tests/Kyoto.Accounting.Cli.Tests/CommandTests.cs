using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using Xunit;

namespace Kyoto.Accounting.Cli.Tests;

public class CommandTests
{
    private const string Inventory =
        "party,year,gas,source,mass_t\n" +
        "DEU,1990,CO2,1.A.1,1000\n" +
        "DEU,1990,CH4,4.A,10\n" +
        "DEU,2013,CO2,1.A.1,900\n" +
        "DEU,2013,HFC-mix-AR4,2.F,50\n";

    private const string BadInventory =
        "party,year,gas,source,mass_t\n" +
        "DEU,1990,CO2,1.A.1,1000\n" +
        "DEU,1990,XYZ,1.A.1,5\n" +
        "DEU,19x0,CO2,1.A.1,-3\n";

    [Theory]
    [InlineData("report")]
    [InlineData("aggregate")]
    [InlineData("validate")]
    [InlineData("assigned-amount")]
    [InlineData("reserve")]
    [InlineData("entry-into-force")]
    public void EveryCommand_HasHelp(string command)
    {
        using var cli = new CliRunner();
        var (exit, output, _) = cli.Run(command, "--help");
        Assert.Equal(0, exit);
        Assert.Contains("--format", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_ValidInput_Json()
    {
        using var cli = new CliRunner();
        string file = cli.WriteFile("inv.csv", Inventory);
        var (exit, output, error) = cli.Run("aggregate", file, "--period", "2", "--format", "json");
        Assert.True(exit == 0, error);
        JsonElement totals = JsonDocument.Parse(output).RootElement.GetProperty("totals");
        Assert.Equal(1250m, totals.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 1990).GetProperty("co2e_t").GetDecimal());
        Assert.Equal(950m, totals.EnumerateArray().Single(r => r.GetProperty("year").GetInt32() == 2013).GetProperty("co2e_t").GetDecimal());
    }

    [Fact]
    public void Aggregate_ByGas_TableAndCsv()
    {
        using var cli = new CliRunner();
        string file = cli.WriteFile("inv.csv", Inventory);
        var (exit, output, _) = cli.Run("aggregate", file, "--period", "2", "--by", "gas", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Contains("DEU,2013,HFC-mix-AR4,50", output, StringComparison.Ordinal);
        var table = cli.Run("aggregate", file, "--period", "2", "--by", "sector");
        Assert.Equal(0, table.Exit);
        Assert.Contains("DEU", table.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_AnAr4MixUnderTheFirstPeriod_IsARuleFailure()
    {
        using var cli = new CliRunner();
        string file = cli.WriteFile("inv.csv", Inventory);
        var (exit, _, error) = cli.Run("aggregate", file, "--period", "1");
        Assert.Equal(1, exit);
        Assert.Contains("error GwpSetMismatch", error, StringComparison.Ordinal);
        Assert.Contains("HFC-mix-AR4", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_BadInput_Exits2_WithCodesRowsAndColumns()
    {
        using var cli = new CliRunner();
        string file = cli.WriteFile("bad.csv", BadInventory);
        var (exit, output, error) = cli.Run("aggregate", file, "--period", "1");
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("error UnknownGas bad.csv:3:3:", error, StringComparison.Ordinal);
        Assert.Contains("error InvalidYear bad.csv:4:2:", error, StringComparison.Ordinal);
        Assert.Contains("error NegativeEmission bad.csv:4:5:", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("aggregate", "inv.csv", "--period", "3")]
    [InlineData("aggregate", "inv.csv", "--period", "1", "--by", "colour")]
    [InlineData("aggregate", "missing.csv", "--period", "1")]
    [InlineData("aggregate", "inv.csv", "--period", "1", "--format", "xml")]
    [InlineData("nonsense")]
    public void BadCommandLines_Exit2(params string[] args)
    {
        using var cli = new CliRunner();
        cli.WriteFile("inv.csv", Inventory);
        var (exit, _, error) = cli.Run(args);
        Assert.Equal(2, exit);
        Assert.StartsWith("error ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidAndInvalid()
    {
        using var cli = new CliRunner();
        var ok = cli.Run("validate", cli.WriteFile("inv.csv", Inventory), "--format", "json");
        Assert.Equal(0, ok.Exit);
        JsonElement root = JsonDocument.Parse(ok.Out).RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean());
        Assert.Equal(4, root.GetProperty("records").GetInt32());

        var bad = cli.Run("validate", cli.WriteFile("bad.csv", BadInventory), "--format", "json");
        Assert.Equal(2, bad.Exit);
        JsonElement errors = JsonDocument.Parse(bad.Out).RootElement.GetProperty("errors");
        Assert.Contains(errors.EnumerateArray(), e => e.GetProperty("code").GetString() == "UnknownGas" && e.GetProperty("row").GetInt32() == 3 && e.GetProperty("column").GetInt32() == 3);
        Assert.Contains("bad.csv:4:2", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void AssignedAmount_ReproducesGermanysRecordedLevel()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("assigned-amount", "--party", "DEU", "--period", "1", "--base-year-t", "1232429542.8", "--format", "json");
        Assert.True(exit == 0, error);
        JsonElement row = JsonDocument.Parse(output).RootElement.GetProperty("assigned_amount")[0];
        Assert.Equal(4868096694L, row.GetProperty("recorded_t").GetInt64());
        Assert.Equal(79m, row.GetProperty("percent").GetDecimal());
    }

    [Fact]
    public void AssignedAmount_FromAnInventory_NeedsTheStatedChoices()
    {
        using var cli = new CliRunner();
        string file = cli.WriteFile("inv.csv", "party,year,gas,source,mass_t\nNOR,1990,CO2,1.A.1,1000\nNOR,1995,SF6,2.C,1\n");
        var missing = cli.Run("assigned-amount", "--party", "NOR", "--period", "2", "--inventory", file);
        Assert.Equal(2, missing.Exit);
        Assert.Contains("WithFluorinatedGasBaseYear", missing.Err, StringComparison.Ordinal);
        var ok = cli.Run("assigned-amount", "--party", "NOR", "--period", "2", "--inventory", file, "--fgas-base-year", "1995", "--nf3-base-year", "1995", "--land-use-not-net-source", "--format", "json");
        Assert.True(ok.Exit == 0, ok.Err);
        JsonElement row = JsonDocument.Parse(ok.Out).RootElement.GetProperty("assigned_amount")[0];
        Assert.Equal(1000m + 22_800m, row.GetProperty("base_year_t").GetDecimal());
        Assert.Equal((long)Math.Round(23_800m * 0.84m * 8m, MidpointRounding.AwayFromZero), row.GetProperty("recorded_t").GetInt64());
    }

    [Fact]
    public void AssignedAmount_BadInput_Exits2()
    {
        using var cli = new CliRunner();
        Assert.Equal(2, cli.Run("assigned-amount", "--party", "XXX", "--period", "1", "--base-year-t", "100").Exit);
        Assert.Equal(2, cli.Run("assigned-amount", "--party", "DEU", "--period", "1").Exit);
        var (exit, _, error) = cli.Run("assigned-amount", "--party", "DEU", "--period", "1", "--base-year-t", "1.1234567");
        Assert.Equal(2, exit);
        Assert.Contains("error InvalidArgument", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Reserve_IsTheLowerLimit_Json()
    {
        using var cli = new CliRunner();
        var (exit, output, error) = cli.Run("reserve", "--party", "JPN", "--period", "1", "--base-year-t", "1000000", "--latest-inventory-t", "150000", "--format", "json");
        Assert.True(exit == 0, error);
        JsonElement row = JsonDocument.Parse(output).RootElement.GetProperty("reserve")[0];
        // AA = 94 % × 1 Mt × 5 = 4.7 Mt; 90 % = 4.23 Mt; 5 × 150 kt = 750 kt is lower.
        Assert.Equal(750_000L, row.GetProperty("reserve_t").GetInt64());
        Assert.Equal(2, cli.Run("reserve", "--party", "JPN", "--period", "1", "--base-year-t", "1000000").Exit);
    }

    [Fact]
    public void EntryIntoForce_ValidInput_Json()
    {
        using var cli = new CliRunner();
        var (deposits, emissions) = TreatyFiles(cli, "2004-11-18");
        var (exit, output, error) = cli.Run("entry-into-force", deposits, emissions, "--format", "json");
        Assert.True(exit == 0, error);
        Assert.Equal("2005-02-16", JsonDocument.Parse(output).RootElement.GetProperty("entry_into_force").GetString());
    }

    [Fact]
    public void EntryIntoForce_BadDate_Exits2_WithRowAndColumn()
    {
        using var cli = new CliRunner();
        var (deposits, emissions) = TreatyFiles(cli, "2004-13-18");
        var (exit, _, error) = cli.Run("entry-into-force", deposits, emissions);
        Assert.Equal(2, exit);
        Assert.Contains("error InvalidDate deposits.csv:2:7:", error, StringComparison.Ordinal);
    }

    private static (string Deposits, string Emissions) TreatyFiles(CliRunner cli, string date)
    {
        var deposits = new StringBuilder("party,name,reio,annex_i,signed,instrument,deposited\n");
        for (int i = 0; i < 55; i++)
        {
            string code = "Q" + (char)('A' + (i / 26)) + (char)('A' + (i % 26));
            deposits.Append(code).Append(",State ").Append(code).Append(",false,").Append(i == 0 ? "true" : "false").Append(",,accession,").Append(date).Append('\n');
        }

        return (cli.WriteFile("deposits.csv", deposits.ToString()), cli.WriteFile("emissions.csv", "party,co2_gg\nQAA,1000\n"));
    }
}
