using System;
using System.Linq;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

public class LedgerTest
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(49, 1)]
    [InlineData(50, 1)]
    [InlineData(51, 2)]
    [InlineData(100, 2)]
    [InlineData(101, 3)]
    [InlineData(1_000_000, 20_000)]
    [InlineData(1_000_001, 20_001)]
    public void Share_of_proceeds_is_two_percent_rounded_up(long quantity, long expected) =>
        Assert.Equal(expected, Ledger.ShareOfProceedsOf(quantity));

    [Fact]
    public void Cer_issuance_sends_two_percent_rounded_up_to_the_Adaptation_Fund_except_for_least_developed_country_projects()
    {
        var f = new RegistryFixture();
        TransactionResult result = f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Cer, Cp1, 8, Range(RegistryId.Cdm, 1, 101)));
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), Day, CdmHolding, UnitType.Cer, Cp1, 7, Range(RegistryId.Cdm, 1001, 1100)));

        Assert.Equal(3, result.ShareOfProceeds);
        Assert.Equal(3, f.Ledger.GetQuantity(AdaptationFund));
        Assert.Equal(98 + 100, f.Ledger.GetQuantity(CdmHolding));
        Assert.Equal(new[] { (1L, 3L) }, f.Ledger.GetBlocks(AdaptationFund).Select(b => (b.First, b.Last)));
    }

    [Fact]
    public void Second_period_aau_pays_the_share_only_on_its_first_international_transfer()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000, Cp2);
        TransactionResult first = f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 151)));
        TransactionResult back = f.Accept(Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, Deu1(5, 151)));
        TransactionResult mixed = f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(5, 200)));

        Assert.Equal(4, first.ShareOfProceeds);          // ceil(2% × 151)
        Assert.Equal(0, back.ShareOfProceeds);           // already transferred internationally
        Assert.Equal(1, mixed.ShareOfProceeds);          // only 49 first-time units: ceil(0.98)
        Assert.Equal(5, f.Ledger.GetQuantity(AdaptationFund));
        Assert.Equal(1000, f.Ledger.GetHoldings().Where(h => h.Originator == DeuRegistry).Sum(h => h.Quantity));
        Assert.All(f.Ledger.GetBlocks().Where(b => b.First <= 200), b => Assert.True(b.IsInternationallyTransferred));
    }

    [Fact]
    public void First_period_transfers_and_transfers_to_the_Adaptation_Fund_pay_no_share()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000);
        f.IssueDeuAau(2001, 1000, Cp2);
        Assert.Equal(0, f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 500))).ShareOfProceeds);
        Assert.Equal(0, f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, AdaptationFund, Deu1(2001, 2500))).ShareOfProceeds);
    }

    [Fact]
    public void Second_period_conversion_pays_the_share_in_erus()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000, Cp2);
        TransactionResult result = f.Accept(Transaction.Convert(f.NextId(), Day, DeuHolding, 11, EruTrack.Track1, Deu1(1, 250)));

        Assert.Equal(5, result.ShareOfProceeds);
        Assert.Equal(5, f.Ledger.GetQuantity(AdaptationFund, UnitType.EruFromAau, Cp2));
        Assert.Equal(245, f.Ledger.GetQuantity(DeuHolding, UnitType.EruFromAau, Cp2));
        Assert.Equal(750, f.Ledger.GetQuantity(DeuHolding, UnitType.Aau, Cp2));
    }

    [Fact]
    public void Carry_over_moves_aaus_into_the_ppsr_and_keeps_cers_in_place_within_two_and_a_half_percent()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 100_000);
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 30_000);
        f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuPpsr, Deu1(1, 60_000)));
        f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Range(RegistryId.Cdm, 1, 10_000)));
        f.Accept(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Range(RegistryId.Cdm, 10_001, 25_000)));
        TransactionResult beyond = f.Ledger.TryApply(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Range(RegistryId.Cdm, 25_001, 25_001)));

        Assert.Equal(60_000, f.Ledger.GetQuantity(DeuPpsr, UnitType.Aau, Cp2));
        Assert.Equal(25_000, f.Ledger.GetQuantity(DeuHolding, UnitType.Cer, Cp2));
        Assert.Equal(5_000, f.Ledger.GetQuantity(DeuHolding, UnitType.Cer, Cp1));
        Assert.True(beyond.HasFailure(CheckCode.CarryOverBeyondLimit));
        Assert.All(f.Ledger.GetBlocks(DeuPpsr), b => Assert.Equal(Cp1, b.OriginalPeriod));
    }

    [Fact]
    public void Rmus_and_temporary_cers_are_never_carried_over()
    {
        var f = new RegistryFixture(c => c.WithLulucfIssuanceLimit(Deu, Cp1, Kyoto.Accounting.Sectors.LulucfActivity.AfforestationAndReforestation, 10).WithTemporaryCerLimit(Deu, Cp1, 10));
        f.IssueRmu(Cp1, Kyoto.Accounting.Sectors.LulucfActivity.AfforestationAndReforestation, 1, 10);
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 10, new LocalDate(2030, 1, 1));

        Assert.True(f.Ledger.TryApply(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Deu1(1, 10))).HasFailure(CheckCode.UnitTypeNotValid));
        Assert.True(f.Ledger.TryApply(Transaction.CarryOver(f.NextId(), AfterTrueUp, DeuHolding, DeuHolding, Range(RegistryId.Cdm, 1, 10))).HasFailure(CheckCode.UnitTypeNotValid));
    }

    [Fact]
    public void Reserve_counts_holding_and_retirement_accounts_but_not_track_two_erus()
    {
        var f = new RegistryFixture(c => c.WithReserve(Deu, Cp1, 800));
        f.IssueDeuAau(1, 1000);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 100)));
        f.Accept(Transaction.Convert(f.NextId(), Day, DeuHolding, 4, EruTrack.Track2, Deu1(801, 1000)));

        Assert.Equal(800, f.Ledger.GetReserveHoldings(Deu, Cp1));
        // Track-2 ERUs leave without touching the reserve; one AAU more would infringe it.
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(801, 1000)));
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(101, 101)));
        Assert.True(result.HasFailure(CheckCode.ReserveInfringed));
        Assert.Contains("800", result.Failures.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adjacent_blocks_merge_so_there_and_back_restores_the_same_blocks()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 500);
        f.IssueDeuAau(501, 500);
        Assert.Single(f.Ledger.GetBlocks(DeuHolding));
        Ledger before = f.Ledger.Clone();

        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(100, 199), Deu1(300, 399)));
        Assert.Equal(3, f.Ledger.GetBlocks(DeuHolding).Count);
        Assert.Equal(2, f.Ledger.GetBlocks(DeuEntity).Count);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuEntity, DeuHolding, Deu1(300, 399), Deu1(100, 199)));

        Assert.True(f.Ledger.HasSameHoldings(before));
        SerialBlock block = Assert.Single(f.Ledger.GetBlocks());
        Assert.Equal((1L, 1000L, 1000L), (block.First, block.Last, block.Quantity));
    }

    [Fact]
    public void Replay_and_earlier_points_rebuild_the_same_holdings()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000);
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2011, 5, 1), DeuHolding, FraHolding, Deu1(1, 100)));
        Ledger middle = f.Ledger.Clone();
        f.Accept(Transaction.Retire(f.NextId(), new LocalDate(2012, 2, 1), FraHolding, FraRetirement1, Deu1(1, 50)));

        Assert.True(Ledger.Replay(f.Ledger.Configuration, f.Ledger.Journal).HasSameHoldings(f.Ledger));
        Assert.True(f.Ledger.AsOf(2).HasSameHoldings(middle));
        Assert.True(f.Ledger.AsOf(new LocalDate(2011, 12, 31)).HasSameHoldings(middle));
        Assert.False(f.Ledger.AsOf(new LocalDate(2012, 2, 1)).HasSameHoldings(middle));
        Assert.Equal(0, f.Ledger.AsOf(0).BlockCount);
    }

    [Fact]
    public void Sef_holdings_sum_units_by_account_type_and_unit_type()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000);
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, Deu1(1, 300)));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(301, 400)));
        f.Accept(Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource1, Deu1(401, 450)));
        f.IssueCdmTo(DeuHolding, UnitType.Cer, 1, 70);

        SefHoldings table = f.Ledger.GetSefHoldings(DeuRegistry, Cp1);

        Assert.Equal(550, table.GetQuantity(AccountType.PartyHolding, UnitType.Aau));
        Assert.Equal(300, table.GetQuantity(AccountType.EntityHolding, UnitType.Aau));
        Assert.Equal(100, table.GetQuantity(AccountType.Retirement, UnitType.Aau));
        Assert.Equal(50, table.GetQuantity(AccountType.NetSourceCancellation, UnitType.Aau));
        Assert.Equal(70, table.GetQuantity(AccountType.PartyHolding, UnitType.Cer));
        Assert.Equal(1000, table.GetTotal(UnitType.Aau));
        Assert.Equal(0, f.Ledger.GetSefHoldings(DeuRegistry, Cp2).GetTotal(UnitType.Aau));
    }

    [Fact]
    public void Expired_tcers_can_still_be_replaced_but_not_revived()
    {
        // Review finding: the expiry check ran on the replaced units too, so expired tCERs could never be replaced.
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 100);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 40, Cp2.Dates.End);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 40)));
        var afterExpiry = new LocalDate(2021, 1, 2);

        // An expiry-date change cannot bring an expired unit back (decision 5/CMP.1 annex: it must be replaced).
        TransactionResult revive = f.Ledger.TryApply(Transaction.ChangeExpiryDate(f.NextId(), afterExpiry, DeuRetirement1, new LocalDate(2040, 1, 1), Range(RegistryId.Cdm, 1, 40)));
        Assert.True(revive.HasFailure(CheckCode.UnitsExpired));

        f.Accept(Transaction.Replace(f.NextId(), afterExpiry, DeuHolding, [Deu1(1, 40)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 40)], DeuTcerReplacement1));
        Assert.Equal(80, f.Ledger.GetQuantity(DeuTcerReplacement1));
    }

    [Fact]
    public void Expired_units_cannot_be_the_replacements()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        // First-period tCERs all expire at the end of the second period (decision 5/CMP.1 annex ¶1(g)); the expired
        // replaced units are fine, the expired replacing ones are not.
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 40, Cp2.Dates.End);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 101, 40, Cp2.Dates.End);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 40)));
        TransactionResult result = f.Ledger.TryApply(Transaction.Replace(f.NextId(), new LocalDate(2021, 1, 2), DeuHolding, [Range(RegistryId.Cdm, 101, 140)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 40)], DeuTcerReplacement1));
        Assert.Equal(CheckCode.UnitsExpired, Assert.Single(result.Failures).Code);
    }

    [Fact]
    public void Temporary_cers_do_not_count_towards_the_reserve()
    {
        // Decision 11/CMP.1 annex ¶8: the reserve consists of ERUs, CERs, AAUs and RMUs.
        var f = new RegistryFixture(c => c.WithReserve(Deu, Cp1, 950).WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 1000);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 100, Cp2.Dates.End);
        Assert.Equal(1000, f.Ledger.GetReserveHoldings(Deu, Cp1));
        TransactionResult result = f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 100)));
        Assert.True(result.HasFailure(CheckCode.ReserveInfringed));
        f.Accept(Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, Deu1(1, 50)));
        Assert.Equal(950, f.Ledger.GetReserveHoldings(Deu, Cp1));
    }

    [Fact]
    public void Replaced_tcers_and_their_replacements_end_in_the_replacement_account()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 100);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 40, new LocalDate(2020, 12, 31));
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Range(RegistryId.Cdm, 1, 40)));
        f.Accept(Transaction.Replace(f.NextId(), new LocalDate(2020, 6, 1), DeuHolding, [Deu1(1, 40)], DeuRetirement1, [Range(RegistryId.Cdm, 1, 40)], DeuTcerReplacement1));

        Assert.Equal(80, f.Ledger.GetQuantity(DeuTcerReplacement1));
        Assert.Equal(0, f.Ledger.GetQuantity(DeuRetirement1));
        Assert.True(f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), new LocalDate(2020, 6, 1), DeuHolding, DeuEntity, Deu1(1, 1))).HasFailure(CheckCode.UnitsRetiredOrCancelled));
    }

    [Fact]
    public void Expiry_date_change_rewrites_the_attribute_of_the_named_units_only()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 100, new LocalDate(2025, 1, 1));
        f.Accept(Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, new LocalDate(2032, 1, 1), Range(RegistryId.Cdm, 1, 60)));

        Assert.Equal(
            new LocalDate?[] { new LocalDate(2032, 1, 1), new LocalDate(2025, 1, 1) },
            f.Ledger.GetBlocks(DeuHolding).Select(b => b.ExpiryDate));
    }

    [Fact]
    public void Issuance_merges_with_an_adjacent_block_and_rejects_reused_serials()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(101, 100);
        f.IssueDeuAau(1, 100);
        f.IssueDeuAau(201, 100);

        Assert.Single(f.Ledger.GetBlocks(DeuHolding));
        Assert.True(f.Ledger.TryApply(Transaction.IssueAssignedAmountUnits(f.NextId(), Day, DeuHolding, Cp1, Deu1(300, 400))).HasFailure(CheckCode.SerialRangeOverlap));
    }
}

public class ManyRangesTest
{
    [Fact]
    public void A_transaction_with_many_ranges_is_checked_for_overlaps()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 10_000);
        SerialRange[] disjoint = Enumerable.Range(0, 100).Select(i => Deu1((i * 100) + 1, (i * 100) + 50)).ToArray();
        SerialRange[] overlapping = disjoint.Append(Deu1(40, 60)).ToArray();

        Assert.True(f.Ledger.TryApply(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, overlapping)).HasFailure(CheckCode.SerialRangeOverlap));
        f.Accept(Transaction.TransferInternally(f.NextId(), Day, DeuHolding, DeuEntity, disjoint));
        Assert.Equal(100, f.Ledger.GetBlocks(DeuEntity).Count);
        Assert.Equal(5000, f.Ledger.GetQuantity(DeuEntity));
    }
}
