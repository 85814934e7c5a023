using System;
using System.Linq;
using System.Text.Json;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Serialization;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// <see cref="CheckFailure.Units"/>: a failure about part of a transaction's units carries that sub-range as a value
/// (issue 15: it was only in the message text), in equality and in JSON; failures of the transaction as a whole have none.
/// </summary>
public class CheckFailureUnitsTest
{
    [Fact]
    public void Each_problem_segment_of_one_range_carries_its_own_units()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(11, 20)));

        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 30)));

        Assert.Equal(
            new SerialRange?[] { Deu1(1, 10), Deu1(11, 20), Deu1(21, 30) },
            result.Failures.Select(x => x.Units));
        Assert.Equal(
            new[] { CheckCode.UnitsNotHeld, CheckCode.UnitsRetiredOrCancelled, CheckCode.SerialRangeUnknown },
            result.Failures.Select(x => x.Code));
    }

    [Fact]
    public void A_failure_of_covered_units_names_those_units()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100, Cp2);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(41, 100)));

        // CP2 units into a CP1 retirement account: PeriodNotValid for the units held, UnitsNotHeld for the ones held elsewhere.
        TransactionResult result = f.Ledger.TryApply(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(31, 50)));

        Assert.Equal(Deu1(31, 40), result.Failures.Single(x => x.Code == CheckCode.PeriodNotValid).Units);
        Assert.Equal(Deu1(41, 50), result.Failures.Single(x => x.Code == CheckCode.UnitsNotHeld).Units);
    }

    [Fact]
    public void Reissuing_serials_names_the_overlap()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20);

        TransactionResult result = f.Ledger.TryApply(Transaction.IssueAssignedAmountUnits(f.NextId(), Day, DeuHolding, Cp1, Deu1(15, 40)));

        Assert.Equal(Deu1(15, 20), result.Failures.Single(x => x.Code == CheckCode.SerialRangeOverlap).Units);
    }

    [Fact]
    public void A_failure_of_the_transaction_as_a_whole_has_no_units()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20);

        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, AccountId.FromNumber(999), Deu1(1, 10)));

        Assert.NotEmpty(result.Failures);
        Assert.All(result.Failures, x => Assert.Null(x.Units));
    }

    [Fact]
    public void Equality_includes_the_units()
    {
        CheckFailure a = CheckFailure.Create(CheckCode.UnitsNotHeld, "m", Deu1(1, 10));

        Assert.Equal(a, CheckFailure.Create(CheckCode.UnitsNotHeld, "m", Deu1(1, 10)));
        Assert.Equal(a.GetHashCode(), CheckFailure.Create(CheckCode.UnitsNotHeld, "m", Deu1(1, 10)).GetHashCode());
        Assert.NotEqual(a, CheckFailure.Create(CheckCode.UnitsNotHeld, "m", Deu1(1, 11)));
        Assert.NotEqual(a, CheckFailure.Create(CheckCode.UnitsNotHeld, "m"));
        Assert.Null(CheckFailure.Create(CheckCode.UnitsNotHeld, "m").Units);
    }

    [Fact]
    public void Json_writes_units_only_when_present_and_reads_them_back()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 20);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 10)));
        TransactionResult withUnits = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 20)));
        TransactionResult without = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, AccountId.FromNumber(999), Deu1(11, 20)));

        string json = JsonSerializer.Serialize(withUnits, KyotoJsonContext.Default.TransactionResult);
        TransactionResult back = JsonSerializer.Deserialize(json, KyotoJsonContext.Default.TransactionResult);

        Assert.Contains("\"units\":\"DEU 1..10\"", json, StringComparison.Ordinal);
        Assert.Equal(withUnits.Failures, back.Failures);
        using JsonDocument written = JsonDocument.Parse(JsonSerializer.Serialize(without, KyotoJsonContext.Default.TransactionResult));
        Assert.All(written.RootElement.GetProperty("failures").EnumerateArray(), x => Assert.False(x.TryGetProperty("units", out _)));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json.Replace("\"units\":\"DEU 1..10\"", "\"units\":\"DEU ten\"", StringComparison.Ordinal), KyotoJsonContext.Default.TransactionResult));
    }
}
