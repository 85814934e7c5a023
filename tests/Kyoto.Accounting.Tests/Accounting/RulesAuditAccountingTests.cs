using System;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.ReferenceData;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

/// <summary>Regression tests for the accounting findings of the December 2026 rules audit (probes P1.2–P1.7).</summary>
public class RulesAuditAccountingTests
{
    private static readonly Party Hrv = Party.FromCode("HRV");
    private static readonly TonneRounding Near = TonneRounding.NearestHalfAwayFromZero;

    [Fact]
    public void F1_CroatiasKyotoBaseYear_NeverIncludesThe3Point5MtOfDecision7CP12()
    {
        // 148,778,503 t (2013/644/EU) = 95 % × 5 × 31,321,790.1 t: the base year without the Convention-only 3.5 Mt.
        var inventory = new EmissionInventoryBuilder().Add("HRV", 1990, Gas.CarbonDioxide, Energy, 31_321_790.1m).Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSourceIn1990().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        BaseYearEmissions baseYear = BaseYearEmissions.Calculate(inventory, Hrv, CommitmentPeriod.First, options);
        Assert.Equal(Tonnes(31_321_790.1m, GwpSet.Sar), baseYear.Total);
        Assert.Equal(148_778_503L, AssignedAmount.Calculate(baseYear, Near).RecordedTonnes);
    }

    [Fact]
    public void F1_CroatiasFirstPeriodLevel_IsARecordedLevel()
    {
        Assert.True(RecordedEmissionLevel.TryGetEuFirstPeriod(Hrv, out RecordedEmissionLevel? level));
        Assert.Equal(148_778_503L, level.Tonnes);
        Assert.Equal(95m, level.CommitmentPercent);
        Assert.Contains("2013/644/EU", level.Source, StringComparison.Ordinal);
        Assert.False(JointFulfilment.EuFirstPeriod.IsMember(Hrv)); // recorded with the EU's levels, never part of the EU-15 bubble
        using var reader = new System.IO.StreamReader(ReferenceTable.Parties.OpenRead());
        string croatiaRow = reader.ReadToEnd().Split('\n').Single(l => l.StartsWith("HRV,", StringComparison.Ordinal));
        Assert.Contains("Convention only", croatiaRow, StringComparison.Ordinal);
    }
}
