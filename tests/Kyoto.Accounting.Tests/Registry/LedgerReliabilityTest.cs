using System;
using System.Linq;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>Regression tests for the ledger breaks of the December 2026 reliability audit (§3, §5, §6).</summary>
public class LedgerReliabilityTest
{
    [Fact]
    public void Rmus_cannot_be_proposed_as_cdm_issuance()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            Transaction.IssueCdmUnits(TransactionId.FromNumber(1), Day, CdmHolding, UnitType.Rmu, Cp1, 1, Deu1(5000, 5001)));
        Assert.Equal("unitType", ex.ParamName);
    }

    [Fact]
    public void A_julian_date_is_refused_at_the_boundary_and_the_ledger_keeps_working()
    {
        var f = new RegistryFixture();
        var julian = new LocalDate(2008, 6, 1, CalendarSystem.Julian);
        ArgumentException ex = Assert.Throws<ArgumentException>(() =>
            Transaction.IssueAssignedAmountUnits(f.NextId(), julian, DeuHolding, Cp1, Deu1(1, 10)));
        Assert.Equal("date", ex.ParamName);
        Assert.Throws<ArgumentException>(() => Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, julian, Deu1(1, 10)));
        f.IssueDeuAau(1, 10);
    }

    [Fact]
    public void A_julian_date_is_refused_by_AsOf_naming_the_argument()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10);
        var julian = new LocalDate(2008, 6, 1, CalendarSystem.Julian);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => f.Ledger.AsOf(julian));
        Assert.Equal("date", ex.ParamName);
        Assert.Contains("ISO", ex.Message, StringComparison.Ordinal);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => new Ledger(f.Ledger.Configuration).AsOf(julian)).ParamName);
    }

    [Fact]
    public void A_far_future_date_is_refused_so_it_cannot_block_later_transactions()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            Transaction.TransferInternally(f.NextId(), new LocalDate(9999, 12, 31), DeuHolding, DeuEntity, Deu1(1, 10)));
        f.Accept(Transaction.TransferInternally(f.NextId(), Transaction.LatestDate, DeuHolding, DeuEntity, Deu1(1, 10)));
    }

    [Fact]
    public void Replacement_with_many_identical_ranges_is_linear_and_its_failure_list_is_capped()
    {
        var f = new RegistryFixture();
        SerialRange same = Deu1(1, 1);
        SerialRange[] ranges = Enumerable.Repeat(same, 10_000).ToArray();
        var started = System.Diagnostics.Stopwatch.StartNew();
        TransactionResult result = f.Ledger.TryApply(Transaction.Replace(f.NextId(), Day, DeuHolding, ranges, DeuRetirement1, ranges, DeuTcerReplacement1));
        Assert.False(result.IsAccepted);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), "took " + started.Elapsed);
        Assert.Equal(Ledger.MaxListedFailures + 1, result.Failures.Count);
        Assert.Contains("more failures", result.Failures[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rejected_transaction_does_not_consume_its_id()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100);
        TransactionId id = f.NextId();
        Assert.False(f.Ledger.TryApply(Transaction.TransferInternally(id, Day, DeuHolding, DeuRogueEntity, Deu1(1, 10))).IsAccepted);
        f.Accept(Transaction.TransferInternally(id, Day, DeuHolding, DeuEntity, Deu1(1, 10)));
    }

    [Fact]
    public void Overlap_among_more_than_eight_ranges_is_found_away_from_the_first()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000);
        SerialRange[] ranges = Enumerable.Range(0, 10).Select(i => Deu1((i * 100) + 1, (i * 100) + 50)).ToArray();
        ranges[6] = Deu1(520, 560); // overlaps ranges[5] (501..550), not the first
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, ranges));
        Assert.Contains(result.Failures, x => x.Code == CheckCode.SerialRangeOverlap);
    }
}
