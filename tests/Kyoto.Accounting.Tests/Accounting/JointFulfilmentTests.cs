using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Tests.Support;
using Xunit;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Accounting;

public class JointFulfilmentTests
{
    private static readonly JointFulfilment Eu15 = JointFulfilment.EuFirstPeriod;

    [Fact]
    public void EuFirstPeriod_IsTheEu15_WithTheirRecordedLevels()
    {
        string[] eu15 = { "AUT", "BEL", "DNK", "FIN", "FRA", "DEU", "GRC", "IRL", "ITA", "LUX", "NLD", "PRT", "ESP", "SWE", "GBR" };
        Assert.Equal(eu15.OrderBy(c => c), Eu15.Members.Select(p => p.Code).OrderBy(c => c));
        Assert.Same(Party.FromCode("EUU"), Eu15.Organization);
        Assert.False(Eu15.IsMember(Party.FromCode("BGR")));

        // The combined level is the sum of the 15 levels in the reference table, not the EC's own 19,621,381,509 t.
        long expected = ReferenceCsv.Read("eu-cp1-burden-sharing.csv")
            .Where(r => eu15.Contains(Party.FromName(r["party"]).Code))
            .Sum(r => long.Parse(r["emission_level_cp1_tCO2e"], CultureInfo.InvariantCulture));
        Assert.Equal(Co2e.FromTonnes(expected, GwpSet.Sar), Eu15.CombinedLevel);
        Assert.NotEqual(19_621_381_509L * 1_000_000, Eu15.CombinedLevel.Grams);
    }

    [Fact]
    public void EuSecondPeriod_IsTheEu28AndIceland()
    {
        JointFulfilment eu = JointFulfilment.EuSecondPeriod;
        Assert.Equal(29, eu.Members.Count);
        Assert.True(eu.IsMember(Party.FromCode("ISL")));
        Assert.True(eu.IsMember(Party.FromCode("HRV")));
        Assert.Equal(Co2e.FromTonnes(3_592_699_888L, GwpSet.Ar4), eu.GetLevel(Party.FromCode("DEU")).Level);
        Assert.True(JointFulfilment.TryFind(Party.FromCode("ISL"), CommitmentPeriod.Second, out _));
        Assert.False(JointFulfilment.TryFind(Party.FromCode("ISL"), CommitmentPeriod.First, out _));
        Assert.Equal("member", Assert.Throws<ArgumentException>(() => eu.GetLevel(Party.FromCode("NOR"))).ParamName);
    }

    [Fact]
    public void AssignedAmount_OfABubbleMember_UsesItsBurdenSharingShare()
    {
        // Germany: 79 % (2002/358/EC), not Annex B's 92 %; the implied base year gives back the recorded level.
        var baseYear = ExactCo2e.From(Co2e.FromTonnes(1_232_429_542.8m, GwpSet.Sar));
        var aa = AssignedAmount.Calculate(Party.FromCode("DEU"), CommitmentPeriod.First, baseYear, AssignedAmount.DefaultRounding);
        Assert.Equal(79m, aa.QelrcPercent);
        Assert.Equal(RecordedEmissionLevel.GetEuFirstPeriod(Party.FromCode("DEU")).Tonnes, aa.RecordedTonnes);

        // A non-bubble Party keeps its Annex B percentage.
        Assert.Equal(92m, AssignedAmount.Calculate(Party.FromCode("CHE"), CommitmentPeriod.First, baseYear, AssignedAmount.DefaultRounding).QelrcPercent);
    }

    [Fact]
    public void AssignedAmount_OfASecondPeriodJointMember_IsRefusedWithoutAStatedPercentage()
    {
        var baseYear = ExactCo2e.From(Co2e.FromTonnes(1000m, GwpSet.Ar4));
        var ex = Assert.Throws<ArgumentException>(() => AssignedAmount.Calculate(Party.FromCode("ISL"), CommitmentPeriod.Second, baseYear, AssignedAmount.DefaultRounding));
        Assert.Equal("party", ex.ParamName);
        Assert.Contains("Art. 4.1", ex.Message, StringComparison.Ordinal);
        Assert.Equal(6400, AssignedAmount.Calculate(Party.FromCode("ISL"), CommitmentPeriod.Second, baseYear, 80m, AssignedAmount.DefaultRounding).RecordedTonnes);
    }

    [Fact]
    public void Article37Ter_OfAJointMember_IsRefused()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("DEU"), CommitmentPeriod.Second, ExactCo2e.From(Co2e.FromTonnes(1000m, GwpSet.Ar4)), 80m, AssignedAmount.DefaultRounding);
        Co2e low = Co2e.FromTonnes(1m, GwpSet.Ar4);
        var ex = Assert.Throws<ArgumentException>(() => Article37TerCancellation.Calculate(aa, low, low, low, TonneRounding.Up));
        Assert.Equal("assignedAmount", ex.ParamName);
    }

    [Fact]
    public void Article37TerReserveVariant_WithNothingCancelled_IsRefused()
    {
        var aa = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.Second, ExactCo2e.From(Co2e.FromTonnes(100m, GwpSet.Ar4)), 84m, AssignedAmount.DefaultRounding);
        Co2e high = Co2e.FromTonnes(500m, GwpSet.Ar4);
        var ter = Article37TerCancellation.Calculate(aa, high, high, high, TonneRounding.Up);
        var ex = Assert.Throws<ArgumentException>(() => CommitmentPeriodReserve.CalculateWithArticle37Ter(ter, high, CommitmentPeriodReserve.DefaultRounding));
        Assert.Equal("article37Ter", ex.ParamName);
    }

    [Fact]
    public void CollectiveProgress_RefusesTheOrganizationTogetherWithItsMembers()
    {
        EmissionInventory data = new EmissionInventoryBuilder()
            .Add("EUU", 1990, Gas.CarbonDioxide, Energy, 1000m).Add("EUU", 2010, Gas.CarbonDioxide, Energy, 900m)
            .Add("DEU", 1990, Gas.CarbonDioxide, Energy, 300m).Add("DEU", 2010, Gas.CarbonDioxide, Energy, 250m)
            .Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        var eu = BaseYearEmissions.Calculate(data, Party.FromCode("EUU"), CommitmentPeriod.First, options);
        var deu = BaseYearEmissions.Calculate(data, Party.FromCode("DEU"), CommitmentPeriod.First, options);
        var totals = data.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
        Assert.Equal("baseYears", Assert.Throws<ArgumentException>(() => CollectiveProgress.ForYear(new[] { eu, deu }, totals, 2010)).ParamName);
        Assert.Equal(ExactCo2e.From(Co2e.FromTonnes(-100m, GwpSet.Sar)), CollectiveProgress.ForYear(new[] { eu }, totals, 2010).Change);
    }

    [Fact]
    public void Assess_RejectsMissingMembersAndOutsiders()
    {
        var emissions = Eu15.Members.ToDictionary(p => p, p => Eu15.GetLevel(p).Level);
        Assert.True(Eu15.Assess(emissions).IsJointlyCompliant);
        emissions.Remove(Party.FromCode("FRA"));
        Assert.Equal("emissions", Assert.Throws<ArgumentException>(() => Eu15.Assess(emissions)).ParamName);
        emissions[Party.FromCode("FRA")] = Co2e.Zero;
        emissions[Party.FromCode("NOR")] = Co2e.Zero;
        Assert.Equal("emissions", Assert.Throws<ArgumentException>(() => Eu15.Assess(emissions)).ParamName);
        emissions.Remove(Party.FromCode("NOR"));
        emissions[Party.FromCode("FRA")] = Co2e.FromTonnes(1m, GwpSet.Ar4);
        var mismatch = Assert.Throws<GwpSetMismatchException>(() => Eu15.Assess(emissions));

        // The message speaks from the caller's side (newcomer audit: it read "expected AR4, but the other value is under SAR").
        Assert.Equal("emissions", mismatch.ParamName);
        Assert.Same(GwpSet.Sar, mismatch.Expected);
        Assert.Same(GwpSet.Ar4, mismatch.Actual);
        Assert.StartsWith("You passed CO2-equivalent under AR4 as 'emissions' to the EUU joint fulfilment of CP1 (emissions of FRA), which is under SAR", mismatch.Message, StringComparison.Ordinal);
    }

    /// <summary>Invariant 8: jointly compliant iff combined emissions ≤ combined levels; otherwise exactly the members above their own level answer (Art. 4.5).</summary>
    [Property(MaxTest = 200)]
    public Property Assessment_FollowsArticle4Point5()
    {
        Gen<long[]> deltas = Gen.ArrayOf(Gen.Choose(-2_000_000, 2_000_000).Select(i => (long)i * 1_000_000), Eu15.Members.Count);
        return Prop.ForAll(deltas.ToArbitrary(), d =>
        {
            var emissions = new Dictionary<Party, Co2e>();
            for (int i = 0; i < d.Length; i++)
            {
                Party member = Eu15.Members[i];
                emissions[member] = Eu15.GetLevel(member).Level + Co2e.FromGrams(d[i], GwpSet.Sar);
            }

            JointFulfilmentAssessment result = Eu15.Assess(emissions);
            bool joint = result.IsJointlyCompliant == (d.Sum() <= 0);
            var expectedInExcess = d.Sum() <= 0 ? new HashSet<Party>() : Eu15.Members.Where((m, i) => d[i] > 0).ToHashSet();
            bool members = result.MembersInExcess.Select(m => m.Party).ToHashSet().SetEquals(expectedInExcess);
            bool excess = result.MembersInExcess.All(m => m.Excess == m.Emissions - m.Level && m.Excess.Grams > 0);
            return joint && members && excess && result.CombinedEmissions == Co2e.Sum(emissions.Values);
        });
    }
}
