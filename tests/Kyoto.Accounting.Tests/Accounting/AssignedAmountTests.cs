using System;
using System.Globalization;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

public class AssignedAmountTests
{
    [Fact]
    public void FirstPeriod_IsPercentTimesBaseYearTimesFive()
    {
        // Belgium's burden-sharing share is 92.5 %: 1000.1 t × 92.5 % × 5 = 4625.4625 t.
        var aa = AssignedAmount.Calculate(Party.FromCode("BEL"), CommitmentPeriod.First, Tonnes(1000.1m, GwpSet.Sar), 92.5m, TonneRounding.NearestHalfAwayFromZero);
        Assert.Equal(Tonnes(4625.4625m, GwpSet.Sar), aa.Exact);
        Assert.Equal(4625, aa.RecordedTonnes);
        Assert.Equal(Co2e.FromTonnes(4625L, GwpSet.Sar), aa.Recorded);
        Assert.Equal(4626, AssignedAmount.Calculate(Party.FromCode("BEL"), CommitmentPeriod.First, Tonnes(1000.1m, GwpSet.Sar), 92.5m, TonneRounding.Up).RecordedTonnes);
    }

    [Fact]
    public void SecondPeriod_UsesTheDohaPercentTimesEight()
    {
        Party norway = Party.FromCode("NOR");
        decimal percent = norway.GetQelrc(CommitmentPeriod.Second);
        var aa = AssignedAmount.Calculate(norway, CommitmentPeriod.Second, Tonnes(1000m, GwpSet.Ar4), AssignedAmount.DefaultRounding);
        Assert.Equal(percent, aa.QelrcPercent);
        Assert.Equal(decimal.ToInt64(decimal.Round(1000m * percent / 100m * 8m, MidpointRounding.AwayFromZero)), aa.RecordedTonnes);
    }

    [Fact]
    public void FromBaseYearEmissions_UsesTheAnnexBPercent()
    {
        var inventory = new EmissionInventoryBuilder().Add("HUN", 1985, Gas.CarbonDioxide, Energy, 100m).Add("HUN", 1986, Gas.CarbonDioxide, Energy, 200m).Add("HUN", 1987, Gas.CarbonDioxide, Energy, 301m).Build();
        var baseYear = BaseYearEmissions.Calculate(inventory, Party.FromCode("HUN"), CommitmentPeriod.First, BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear));
        var aa = AssignedAmount.Calculate(baseYear, AssignedAmount.DefaultRounding);

        // 601/3 t × 94 % × 5 = 282470/300 t = 941.5666… t → 942 t.
        Assert.Equal(94m, aa.QelrcPercent);
        Assert.Equal(ExactCo2e.FromFraction(601_000_000L * 94 * 5, 300, GwpSet.Sar), aa.Exact);
        Assert.Equal(942, aa.RecordedTonnes);
    }

    [Fact]
    public void APartyWithoutAQelrc_HasNoAssignedAmount()
    {
        var ex = Assert.Throws<ArgumentException>(() => AssignedAmount.Calculate(Party.FromCode("JPN"), CommitmentPeriod.Second, Tonnes(1m, GwpSet.Ar4), AssignedAmount.DefaultRounding));
        Assert.Equal("party", ex.ParamName);
        Assert.Contains("Art. 3.7 bis", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BaseYearEmissionsOfAnotherGwpSet_AreRejected()
    {
        Assert.Throws<GwpSetMismatchException>(() => AssignedAmount.Calculate(Party.FromCode("DEU"), CommitmentPeriod.First, Tonnes(1m, GwpSet.Ar4), AssignedAmount.DefaultRounding));
        Assert.Throws<ArgumentOutOfRangeException>(() => AssignedAmount.Calculate(Party.FromCode("DEU"), CommitmentPeriod.First, Tonnes(-1m, GwpSet.Sar), AssignedAmount.DefaultRounding));
    }

    [Fact]
    public void EuFirstPeriodLevels_AreLoadedFromReferenceData()
    {
        string[] rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ReferenceCopies", "eu-cp1-burden-sharing.csv")).Skip(1)
            .Where(l => !l.Contains("Not applicable", StringComparison.Ordinal)).ToArray();
        Assert.Equal(rows.Length, RecordedEmissionLevel.EuFirstPeriod.Count);
        foreach (string row in rows)
        {
            string[] f = row.Split(',');
            RecordedEmissionLevel level = RecordedEmissionLevel.GetEuFirstPeriod(Party.FromName(f[0]));
            Assert.Equal(long.Parse(f[1], CultureInfo.InvariantCulture), level.Tonnes);
            Assert.Equal(decimal.Parse(f[2], CultureInfo.InvariantCulture), level.CommitmentPercent);
            Assert.Equal(CommitmentPeriod.First, level.Period);
        }

        Assert.Equal(19_621_381_509L, RecordedEmissionLevel.GetEuFirstPeriod(Party.FromCode("EUU")).Tonnes);
        Assert.Equal(Co2e.FromTonnes(4_868_096_694L, GwpSet.Sar), RecordedEmissionLevel.GetEuFirstPeriod(Party.FromCode("DEU")).Level);
        Assert.False(RecordedEmissionLevel.TryGetEuFirstPeriod(Party.FromCode("CYP"), out _));
        Assert.Throws<ArgumentException>(() => RecordedEmissionLevel.GetEuFirstPeriod(Party.FromCode("JPN")));
    }

    [Fact]
    public void DefaultRounding_ReproducesEveryRecordedEuLevel_FromItsBaseYear()
    {
        // The table's implied base year (level ÷ (percent × 5), to 0.1 t) times percent × 5 rounds back to the recorded level.
        foreach (string row in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ReferenceCopies", "eu-cp1-burden-sharing.csv")).Skip(1)
            .Where(l => !l.Contains("Not applicable", StringComparison.Ordinal)))
        {
            string[] f = row.Split(',');
            Party party = Party.FromName(f[0]);
            decimal percent = decimal.Parse(f[2], CultureInfo.InvariantCulture);
            decimal impliedBaseYear = decimal.Parse(f[4], CultureInfo.InvariantCulture);
            var computed = AssignedAmount.Calculate(party, CommitmentPeriod.First, Tonnes(impliedBaseYear, GwpSet.Sar), percent, AssignedAmount.DefaultRounding);
            Assert.Equal(RecordedEmissionLevel.GetEuFirstPeriod(party).Tonnes, computed.RecordedTonnes);
        }
    }
}
