using System;
using System.IO;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Cli.Tests;

/// <summary>The <c>ledger</c> and <c>sef</c> branches over a journal file written by <see cref="DurableLedger"/>.</summary>
public sealed class RegistryCommandTests : IDisposable
{
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly RegistryId DeuRegistry = RegistryId.National(Deu);
    private readonly CliRunner _cli = new();

    public RegistryCommandTests()
    {
        AccountId holding = AccountId.FromNumber(1), retirement = AccountId.FromNumber(2);
        RegistryConfiguration configuration = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(holding, DeuRegistry))
            .WithAccount(Account.ForPeriod(retirement, DeuRegistry, AccountType.Retirement, CommitmentPeriod.Second))
            .WithAssignedAmount(Deu, CommitmentPeriod.Second, 1_000_000);
        using DurableLedger ledger = DurableLedger.Create(Path.Combine(_cli.Directory, "registry.journal"), configuration);
        ledger.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), new LocalDate(2014, 1, 10), holding, CommitmentPeriod.Second, SerialRange.Of(DeuRegistry, 1, 1000)));
        ledger.Apply(Transaction.Retire(TransactionId.FromNumber(2), new LocalDate(2014, 6, 1), holding, retirement, SerialRange.Of(DeuRegistry, 1, 40)));
    }

    [Fact]
    public void Ledger_holdings_replays_the_journal()
    {
        var (exit, output, _) = _cli.Run("ledger", "holdings", "registry.journal", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.Contains("1,DEU,Aau,2,2,960", output, StringComparison.Ordinal);
        Assert.Contains("2,DEU,Aau,2,2,40", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sef_generate_writes_a_report_that_validates_and_diffs_clean_against_itself()
    {
        var (exit, _, err) = _cli.Run("sef", "generate", "registry.journal", "--party", "DEU", "--year", "2014", "--period", "2", "--out", "DEU-2014.xml");
        Assert.True(exit == 0, err);
        Assert.True(File.Exists(Path.Combine(_cli.Directory, "DEU-2014.xml")));
        Assert.Equal(0, _cli.Run("sef", "validate", "DEU-2014.xml").Exit);
        Assert.Equal(0, _cli.Run("sef", "diff", "DEU-2014.xml", "DEU-2014.xml").Exit);
    }

    [Fact]
    public void A_corrupted_report_fails_validation_with_its_code_and_a_malformed_one_is_bad_input()
    {
        _cli.Run("sef", "generate", "registry.journal", "--party", "DEU", "--year", "2014", "--period", "2", "--out", "DEU-2014.xml");
        string xml = File.ReadAllText(Path.Combine(_cli.Directory, "DEU-2014.xml"));
        _cli.WriteFile("bad-total.xml", xml.Replace("<sef1:UnitQty type=\"AAU\">40</sef1:UnitQty>", "<sef1:UnitQty type=\"AAU\">41</sef1:UnitQty>", StringComparison.Ordinal));
        var (exit, output, _) = _cli.Run("sef", "validate", "bad-total.xml", "--format", "csv");
        Assert.Equal(1, exit);
        Assert.Contains("SEF-1", output, StringComparison.Ordinal);

        var diff = _cli.Run("sef", "diff", "DEU-2014.xml", "bad-total.xml");
        Assert.Equal(1, diff.Exit);

        _cli.WriteFile("broken.xml", xml.Substring(0, xml.Length / 2));
        var broken = _cli.Run("sef", "validate", "broken.xml");
        Assert.Equal(2, broken.Exit);
        Assert.Contains("error InvalidSef broken.xml:", broken.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Ledger_apply_journals_accepted_transactions_and_lists_rejected_ones()
    {
        _cli.WriteFile("tx.json", """
            [
              {"type":"Retirement","id":3,"date":"2014-07-01","from":1,"to":2,"units":["DEU 41..50"]},
              {"type":"Retirement","id":4,"date":"2014-07-02","from":1,"to":2,"units":["DEU 5000..5010"]}
            ]
            """);
        var (exit, output, err) = _cli.Run("ledger", "apply", "registry.journal", "tx.json", "--format", "csv");
        Assert.True(exit == 1, err + output);
        Assert.Contains("3,Retirement,2014-07-01,accepted", output, StringComparison.Ordinal);
        Assert.Contains("4,Retirement,2014-07-02,rejected", output, StringComparison.Ordinal);
        Assert.Contains("2,DEU,Aau,2,2,50", _cli.Run("ledger", "holdings", "registry.journal", "--format", "csv").Out, StringComparison.Ordinal);

        _cli.WriteFile("bad.json", "[{\"type\":\"Retirement\",\"id\":\"x\"}]");
        var bad = _cli.Run("ledger", "apply", "registry.journal", "bad.json");
        Assert.Equal(2, bad.Exit);
        Assert.Contains("InvalidJson", bad.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_journal_is_bad_input()
    {
        var (exit, _, err) = _cli.Run("ledger", "holdings", "nope.journal");
        Assert.Equal(2, exit);
        Assert.Contains("FileNotFound", err, StringComparison.Ordinal);
    }

    public void Dispose() => _cli.Dispose();
}
