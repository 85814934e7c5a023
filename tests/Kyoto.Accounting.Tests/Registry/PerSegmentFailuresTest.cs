using System.Linq;
using Kyoto.Accounting.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>One serial range that crosses several problem segments reports every segment, each with its own code.</summary>
public class PerSegmentFailuresTest
{
    [Fact]
    public void Range_crossing_held_elsewhere_retired_and_never_issued_reports_all_three_segments()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(11, 20)));

        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 30)));

        Assert.False(result.IsAccepted);
        Assert.Equal(
            new[] { CheckCode.UnitsNotHeld, CheckCode.UnitsRetiredOrCancelled, CheckCode.SerialRangeUnknown },
            result.Failures.Select(x => x.Code));
        Assert.Contains("1..10", result.Failures[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("11..20", result.Failures[1].Message, System.StringComparison.Ordinal);
        Assert.Contains("21..30", result.Failures[2].Message, System.StringComparison.Ordinal);
        Assert.All(result.Failures, x => Assert.Equal(RegistryCheck.FromCode(x.Code).Rule, x.Rule));
    }

    [Fact]
    public void Gap_between_issued_blocks_and_units_after_it_are_reported_separately()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10);
        f.IssueDeuAau(21, 10);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(21, 30)));

        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(5, 30)));

        Assert.Equal(new[] { CheckCode.SerialRangeUnknown, CheckCode.UnitsNotHeld }, result.Failures.Select(x => x.Code));
        Assert.Contains("11..20", result.Failures[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("21..30", result.Failures[1].Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Neighbouring_blocks_with_the_same_problem_are_one_failure()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 30);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(11, 20)));

        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 25)));

        CheckFailure failure = Assert.Single(result.Failures);
        Assert.Equal(CheckCode.UnitsNotHeld, failure.Code);
        Assert.Contains("1..20", failure.Message, System.StringComparison.Ordinal);
    }
}
