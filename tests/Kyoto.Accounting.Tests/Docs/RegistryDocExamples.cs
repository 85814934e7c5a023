using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Docs;

/// <summary>The C# blocks of docs/registry.md, compiled and run; the blocks must stay, line for line, in this file.</summary>
public class RegistryDocExamples
{
    [Fact]
    public void DocBlocks_AreThisCode() =>
        DocSnippets.AssertBlocksAreCompiled("docs/registry.md", "tests/Kyoto.Accounting.Tests/Docs/RegistryDocExamples.cs", 1);

    [Fact]
    public void IssueTransferRetireRejectAsOf()
    {
        var germany = Party.FromCode("DEU");
        var france = Party.FromCode("FRA");
        var cp1 = CommitmentPeriod.First;
        var deRegistry = RegistryId.National(germany);
        var deHolding = AccountId.FromNumber(1);
        var deRetirement = AccountId.FromNumber(2);
        var frHolding = AccountId.FromNumber(3);

        var configuration = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(deHolding, deRegistry))
            .WithAccount(Account.ForPeriod(deRetirement, deRegistry, AccountType.Retirement, cp1))
            .WithAccount(Account.PartyHolding(frHolding, RegistryId.National(france)))
            .WithEligibility(germany, Mechanism.EmissionsTrading)
            .WithEligibility(france, Mechanism.EmissionsTrading)
            .WithAssignedAmount(germany, cp1, 1_000_000);          // recorded assigned amount, whole tonnes
        var ledger = new Ledger(configuration);
        var day = new LocalDate(2010, 3, 1);

        // Issue AAUs 1–1000, transfer 1–200 to France (Art. 17), retire 201–300 (DES types 1, 3, 5)
        ledger.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), day, deHolding, cp1, SerialRange.Of(deRegistry, 1, 1_000)));
        ledger.Apply(Transaction.TransferExternally(TransactionId.FromNumber(2), day, deHolding, frHolding, SerialRange.Of(deRegistry, 1, 200)));
        ledger.Apply(Transaction.Retire(TransactionId.FromNumber(3), day, deHolding, deRetirement, SerialRange.Of(deRegistry, 201, 300)));

        // Germany no longer holds 1–10: TryApply rejects, changes nothing, and names every failed check
        TransactionResult again = ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(4), day, deHolding, frHolding, SerialRange.Of(deRegistry, 1, 10)));
        CheckCode why = again.Failures[0].Code;                    // CheckCode.UnitsNotHeld (2001)
        long held = ledger.GetQuantity(deHolding);                 // 700
        long heldAfterIssue = ledger.AsOf(1).GetQuantity(deHolding); // 1000: the journal replayed up to transaction 1

        Assert.False(again.IsAccepted);
        Assert.Equal(CheckCode.UnitsNotHeld, why);
        Assert.Equal(700, held);
        Assert.Equal(1_000, heldAfterIssue);
        Assert.Equal(200, ledger.GetQuantity(frHolding));
        Assert.Equal(100, ledger.GetQuantity(deRetirement));
        Assert.Equal(3, ledger.Journal.Count);
    }
}
