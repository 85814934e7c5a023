using System.Linq;
using Kyoto.Accounting.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// How the shared unit checks report a transaction's ranges (written for mutation testing, December 2026): overlaps
/// found at every range count (pairwise up to 8 ranges, sorted beyond), and problem segments of neighbouring blocks
/// merged into one failure, in serial order, with the never-issued gaps between them.
/// </summary>
public class LedgerCollectUnitsTest
{
    [Theory]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(20)]
    public void AnOverlapBetweenTheFirstAndTheLastRange_IsFound_AtEveryRangeCount(int count)
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10_000);
        SerialRange[] ranges = Enumerable.Range(0, count - 1).Select(i => Deu1((i * 100) + 1, (i * 100) + 50)).Append(Deu1(10, 20)).ToArray();
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, ranges));
        CheckFailure overlap = Assert.Single(result.Failures);
        Assert.Equal(CheckCode.SerialRangeOverlap, overlap.Code);
        Assert.Contains(Deu1(10, 20).ToString(), overlap.Message, System.StringComparison.Ordinal);
        Assert.Contains(Deu1(1, 50).ToString(), overlap.Message, System.StringComparison.Ordinal);
        Assert.True(f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, ranges[..^1])).IsAccepted);
    }

    [Fact]
    public void NeighbouringBlocksHeldByAnotherAccount_AreOneFailure_AndGapsAreReportedBetween()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 50, Cp1);
        f.IssueDeuAau(51, 50, Cp2);
        f.IssueDeuAau(111, 40, Cp1);
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuEntity, DeuHolding, Deu1(1, 160)));
        Assert.False(result.IsAccepted);
        Assert.Equal(
            new[] { CheckCode.UnitsNotHeld, CheckCode.SerialRangeUnknown, CheckCode.UnitsNotHeld, CheckCode.SerialRangeUnknown },
            result.Failures.Select(x => x.Code));
        Assert.Contains(Deu1(1, 100).ToString(), result.Failures[0].Message, System.StringComparison.Ordinal);
        Assert.Contains(Deu1(101, 110).ToString(), result.Failures[1].Message, System.StringComparison.Ordinal);
        Assert.Contains(Deu1(111, 150).ToString(), result.Failures[2].Message, System.StringComparison.Ordinal);
        Assert.Contains(Deu1(151, 160).ToString(), result.Failures[3].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void UnitsHeldByTwoOtherAccounts_AreOneFailurePerHolder()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(51, 100)));
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuRogueEntity, DeuHolding, Deu1(1, 100)));
        Assert.Equal(new[] { CheckCode.UnitsNotHeld, CheckCode.UnitsNotHeld }, result.Failures.Where(x => x.Code == CheckCode.UnitsNotHeld).Select(x => x.Code));
        string[] messages = result.Failures.Where(x => x.Code == CheckCode.UnitsNotHeld).Select(x => x.Message).ToArray();
        Assert.Contains(Deu1(1, 50).ToString(), messages[0], System.StringComparison.Ordinal);
        Assert.Contains(Deu1(51, 100).ToString(), messages[1], System.StringComparison.Ordinal);
    }
}
