using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Values;

/// <summary>Regression tests for the arithmetic breaks of the reliability audit (December 2026, §2b–2e) and default structs.</summary>
public class ArithmeticBreaksTests
{
    private static readonly Co2e Sar5 = Co2e.FromTonnes(5, GwpSet.Sar);
    private static readonly Co2e SarMinus5 = Co2e.FromTonnes(-5, GwpSet.Sar);
    private static readonly Co2e Ar4Three = Co2e.FromTonnes(3, GwpSet.Ar4);

    [Fact]
    public void MixedSetSum_ThrowsWhateverTheGrouping_EvenWhenAPartialSumCancels()
    {
        Assert.Throws<GwpSetMismatchException>(() => (Sar5 + SarMinus5) + Ar4Three);
        Assert.Throws<GwpSetMismatchException>(() => Sar5 + (SarMinus5 + Ar4Three));
        Assert.Throws<GwpSetMismatchException>(() => Co2e.Sum(new[] { Sar5, SarMinus5, Ar4Three }));
        Assert.Throws<GwpSetMismatchException>(() => Co2e.Sum(new[] { Ar4Three, Sar5, SarMinus5 }));
    }

    [Fact]
    public void CancelledSum_KeepsTheSetOfItsOperands_AndStillEqualsZero()
    {
        Co2e cancelled = Sar5 + SarMinus5;
        Assert.True(cancelled.IsZero);
        Assert.Same(GwpSet.Sar, cancelled.GwpSet);
        Assert.Equal(Co2e.Zero, cancelled);
        Assert.Equal(Co2e.Zero.GetHashCode(), cancelled.GetHashCode());
        Assert.Equal(Sar5, cancelled + Sar5);
        Assert.Equal(Ar4Three, Co2e.Zero + Ar4Three);
    }

    [Fact]
    public void ExactCo2e_MixedSetSum_ThrowsWhateverTheGrouping()
    {
        ExactCo2e a = ExactCo2e.From(Sar5), b = ExactCo2e.From(SarMinus5), c = ExactCo2e.From(Ar4Three);
        Assert.Throws<GwpSetMismatchException>(() => (a + b) + c);
        Assert.Throws<GwpSetMismatchException>(() => a + (b + c));
        Assert.Equal(ExactCo2e.Zero, a + b);
    }

    [Theory]
    [InlineData(99)]
    [InlineData(-1)]
    public void ToWholeTonnes_RefusesAnUndefinedMode_EvenWhenNothingIsRounded(int mode)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.FromGrams(1_000_000, GwpSet.Sar).ToWholeTonnes((TonneRounding)mode));
        Assert.Equal("rounding", ex.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Co2e.Zero.ToWholeTonnes((TonneRounding)mode));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactCo2e.From(Sar5).ToWholeTonnes((TonneRounding)mode));
        Assert.Throws<ArgumentOutOfRangeException>(() => ExactCo2e.Zero.ToWholeTonnes((TonneRounding)mode));
    }

    [Fact]
    public void ExactCo2e_Compare_DoesNotOverflow_ForRepresentableValues()
    {
        var left = ExactCo2e.FromFraction(3166403880302194, Int128.Parse("200210256989856062108067730", System.Globalization.CultureInfo.InvariantCulture), GwpSet.Ar4);
        var right = ExactCo2e.FromFraction(383439350500000, Int128.Parse("85070591730234615838173535747377725442", System.Globalization.CultureInfo.InvariantCulture), GwpSet.Ar4);
        Assert.Equal(1, left.CompareTo(right));
        Assert.True(left > right);
        Assert.True(right < left);
        Assert.Equal(-1, (-left).CompareTo(-right));
    }

    [Fact]
    public void ExactCo2e_ToWholeTonnes_DoesNotOverflow_ForTinyValuesWithHugeDenominators()
    {
        var tiny = ExactCo2e.FromFraction(-98268, Int128.Parse("161407873521032422213985959453655040", System.Globalization.CultureInfo.InvariantCulture), GwpSet.Sar);
        Assert.Equal(0, tiny.ToWholeTonnes(TonneRounding.TowardZero));
        Assert.Equal(-1, tiny.ToWholeTonnes(TonneRounding.Down));
        Assert.Equal(0, tiny.ToWholeTonnes(TonneRounding.Up));
        Assert.Equal(0, tiny.ToWholeTonnes(TonneRounding.NearestHalfToEven));
        Assert.Equal(0, (-tiny).ToWholeTonnes(TonneRounding.NearestHalfAwayFromZero));
        Assert.Equal(1, (-tiny).ToWholeTonnes(TonneRounding.Up));
        var huge = ExactCo2e.FromFraction(Int128.MaxValue, Int128.MaxValue / 3, GwpSet.Sar);
        Assert.Equal(0, huge.ToWholeTonnes(TonneRounding.NearestHalfAwayFromZero));
    }

    [Fact]
    public void DefaultIds_AndRanges_AreRefusedByTransactionFactories()
    {
        var id = TransactionId.FromNumber(1);
        var date = new LocalDate(2010, 1, 1);
        var from = AccountId.FromNumber(1);
        var to = AccountId.FromNumber(2);
        var units = SerialRange.Of(RegistryId.Cdm, 1, 10);

        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Transaction.TransferExternally(default, date, from, to, units)).ParamName);
        Assert.Equal("from", Assert.Throws<ArgumentException>(() => Transaction.TransferExternally(id, date, default, to, units)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => Transaction.Retire(id, date, from, default, units)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => Transaction.Cancel(id, date, from, to, units, default)).ParamName);
        Assert.Equal("units", Assert.Throws<ArgumentException>(() => Transaction.IssueAssignedAmountUnits(id, date, to, CommitmentPeriod.First, default)).ParamName);
        Assert.Equal("account", Assert.Throws<ArgumentException>(() => Transaction.IssueAssignedAmountUnits(id, date, default, CommitmentPeriod.First, units)).ParamName);
        Assert.Equal("replacedFrom", Assert.Throws<ArgumentException>(() => Transaction.Replace(id, date, from, new[] { units }, default, new[] { units }, to)).ParamName);
        Assert.Equal("replacedUnits", Assert.Throws<ArgumentException>(() => Transaction.Replace(id, date, from, new[] { units }, to, new[] { default(SerialRange) }, to)).ParamName);
    }

    [Fact]
    public void DefaultAccountId_IsRefusedByAccountFactories()
    {
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Account.PartyHolding(default, RegistryId.Cdm)).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Account.EntityHolding(default, RegistryId.Cdm, "X")).ParamName);
        Assert.Equal("id", Assert.Throws<ArgumentException>(() => Account.ForPeriod(default, RegistryId.National(Kyoto.Accounting.Parties.Party.FromCode("DEU")), AccountType.Retirement, CommitmentPeriod.First)).ParamName);
    }
}

/// <summary>Co2e friction of the newcomer audit (§5.8): non-null set access, percentages, caller-side mismatch messages.</summary>
public class Co2eFrictionTests
{
    [Fact]
    public void SetAccess_IsNonNullWhenThereIsASet()
    {
        Assert.True(Co2e.FromTonnes(1, GwpSet.Ar4).TryGetGwpSet(out GwpSet? set));
        Assert.Same(GwpSet.Ar4, set);
        Assert.Same(GwpSet.Ar4, Co2e.FromTonnes(1, GwpSet.Ar4).GetGwpSetOrThrow());
        Assert.False(Co2e.Zero.TryGetGwpSet(out _));
        Assert.Throws<InvalidOperationException>(() => Co2e.Zero.GetGwpSetOrThrow());
    }

    [Fact]
    public void ApplyPercentage_IsExact_OrRoundsAsTheCallerSays()
    {
        Co2e aa = Co2e.FromTonnes(1_000_001, GwpSet.Sar);
        Assert.Equal(ExactCo2e.FromFraction(25_000_025_000_000, 1_000, GwpSet.Sar), aa.ApplyPercentage(2.5m));
        Assert.Equal(Co2e.FromTonnes(25_000, GwpSet.Sar), aa.ApplyPercentage(2.5m, TonneRounding.Down));
        Assert.Equal(Co2e.FromTonnes(25_001, GwpSet.Sar), aa.ApplyPercentage(2.5m, TonneRounding.Up));
        Assert.Throws<ArgumentOutOfRangeException>(() => aa.ApplyPercentage(2.5m, (TonneRounding)42));
    }

    [Fact]
    public void CheckGwpSet_SpeaksFromTheCallersSide()
    {
        var ex = Assert.Throws<GwpSetMismatchException>(() => Co2e.FromTonnes(1, GwpSet.Ar4).CheckGwpSet(GwpSet.Sar, "emissions", "a CP1 (SAR) bubble"));
        Assert.StartsWith("You passed CO2-equivalent under AR4 as 'emissions' to a CP1 (SAR) bubble, which is under SAR.", ex.Message, StringComparison.Ordinal);
        Assert.Equal("emissions", ex.ParamName);
        Assert.Equal(Co2e.Zero, Co2e.Zero.CheckGwpSet(GwpSet.Sar, "emissions", "a bubble"));
    }
}
