using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Compliance;

/// <summary>Regression tests for the compliance findings of the December 2026 rules audit (probes P4.2, P4.3).</summary>
public class RulesAuditComplianceTests
{
    // CP2: review completed 1 June 2023 (1/CMP.17); the additional period ends 100 days later.
    private static readonly LocalDate AfterCp2 = CommitmentPeriod.Second.AdditionalPeriodEnd.PlusDays(1);

    private static RetiredUnits Aau(long quantity) => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = quantity });

    [Fact]
    public void F9_Kazakhstan_GetsTheArticle37TerAddBackOfDecision2Cmp11Paragraph3()
    {
        // AA 7,600, 2,000 cancelled under Art. 3.7 ter → adjusted 5,600; emissions 6,000; retired 5,600 AAUs.
        // 2/CMP.11 ¶3 adds min(6,000 − 5,600, 2,000) = 400: no excess, no 1.3× deduction.
        ComplianceAssessment kaz = TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("KAZ"), 6_000, Aau(5_600), 7_600, 2_000, AfterCp2);
        Assert.Equal(400, kaz.Article37TerAddBackTonnes);
        Assert.Equal(6_000, kaz.CoveringTonnes);
        Assert.True(kaz.IsInCompliance);

        // The add-back is limited to the AAUs cancelled under Art. 3.7 ter: 300 cancelled → 300 added, 100 t excess.
        ComplianceAssessment limited = TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("BLR"), 6_000, Aau(5_600), 5_900, 300, AfterCp2);
        Assert.Equal(300, limited.Article37TerAddBackTonnes);
        Assert.Equal(100, limited.ExcessEmissionsTonnes);

        // Emissions within the adjusted amount: nothing to add.
        Assert.Equal(0, TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("KAZ"), 5_000, Aau(5_000), 7_600, 2_000, AfterCp2).Article37TerAddBackTonnes);
    }

    [Fact]
    public void F9_TheAddBack_IsOnlyForEitsWithoutAFirstPeriodCommitment()
    {
        var ex = Assert.Throws<ArgumentException>(() => TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("UKR"), 6_000, Aau(5_600), 7_600, 2_000, AfterCp2));
        Assert.Contains("2/CMP.11 ¶3", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("NOR"), 6_000, Aau(5_600), 7_600, 2_000, AfterCp2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.AssessWithArticle37TerAddBack(Party.FromCode("KAZ"), 6_000, Aau(5_600), 1_000, 2_000, AfterCp2));
        Assert.Equal(0, TrueUp.Assess(Party.FromCode("NOR"), CommitmentPeriod.Second, 1_000, Aau(1_000), AfterCp2).Article37TerAddBackTonnes);
    }

    [Fact]
    public void F5_ABubbleMemberCoveredByRetiredUnits_IsNotInExcess()
    {
        // EU-15: Germany emits 50 Mt above its level and covers them with 50 Mt of CERs it acquired and retired; the
        // others emit and retire exactly their levels. Met jointly on units (Art. 4.1 with Art. 3.10–3.12).
        JointFulfilment eu15 = JointFulfilment.EuFirstPeriod;
        Party deu = Party.FromCode("DEU");
        var emissions = eu15.Members.ToDictionary(m => m, m => eu15.GetLevel(m).Level);
        var retired = eu15.Members.ToDictionary(m => m, m => Aau(eu15.GetLevel(m).Tonnes));
        emissions[deu] += Co2e.FromTonnes(50_000_000L, GwpSet.Sar);
        retired[deu] = RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = eu15.GetLevel(deu).Tonnes, [UnitType.Cer] = 50_000_000 });
        JointComplianceAssessment result = TrueUp.AssessJointly(eu15, emissions, retired, new LocalDate(2015, 11, 19));
        Assert.True(result.IsJointlyCompliant);
        Assert.Empty(result.ParticipantsNotInCompliance);

        // Not met jointly (Italy 10 Mt short): each Party answers on its own retirement account — Germany is covered.
        emissions[Party.FromCode("ITA")] += Co2e.FromTonnes(10_000_000L, GwpSet.Sar);
        result = TrueUp.AssessJointly(eu15, emissions, retired, new LocalDate(2015, 11, 19));
        Assert.False(result.IsJointlyCompliant);
        ComplianceAssessment italy = Assert.Single(result.ParticipantsNotInCompliance);
        Assert.Equal("ITA", italy.Party.Code);
        Assert.Equal(10_000_000, italy.ExcessEmissionsTonnes);
        Assert.True(result.Participants.Single(p => p.Party == deu).IsInCompliance);
        Assert.Equal(new[] { italy.Party, Party.FromCode("EUU") }, result.GetResponsibleParties(italy.Party)); // Art. 4.6
    }

    [Fact]
    public void F4_SecondPeriod_TheEuHasItsOwnLevel_AndTheJointTestCoversTotalEmissionsAgainstTheJointAmount()
    {
        JointFulfilment table1 = JointFulfilment.EuSecondPeriod;
        Party euu = Party.FromCode("EUU");
        Party hun = Party.FromCode("HUN");
        long members = table1.CombinedLevel.ToWholeTonnes(Kyoto.Accounting.Quantities.TonneRounding.TowardZero);

        // A stated joint AA of Σ Table 1 + 15,000,000 t; Hungary's level gets a 5,000,000 t Art. 3.7 bis addition.
        JointFulfilment eu = table1.WithJointAssignedAmount(members + 15_000_000).WithLandUseAddition(hun, 5_000_000);
        Assert.True(eu.HasOrganizationLevel);
        Assert.Contains(euu, eu.Participants);
        Assert.Equal(Co2e.FromTonnes(members + 5_000_000, GwpSet.Ar4), eu.CombinedLevel);
        Assert.Equal(Co2e.FromTonnes(10_000_000L, GwpSet.Ar4), eu.OrganizationLevel);
        Assert.Equal(Co2e.FromTonnes(10_000_000L, GwpSet.Ar4), eu.GetEmissionLevel(euu));
        Assert.Equal(table1.GetLevel(hun).Level + Co2e.FromTonnes(5_000_000L, GwpSet.Ar4), eu.GetEmissionLevel(hun));

        // Members at their (non-ETS) levels, the EU's ETS emissions 2 Mt above its own level: the joint test fails
        // against the joint AA, and the EU is the Party above its level.
        var emissions = eu.Participants.ToDictionary(p => p, p => eu.GetEmissionLevel(p));
        emissions[euu] += Co2e.FromTonnes(2_000_000L, GwpSet.Ar4);
        JointFulfilmentAssessment bare = eu.Assess(emissions);
        Assert.Equal(eu.JointAssignedAmount, bare.CombinedLevel);
        Assert.False(bare.IsJointlyCompliant);
        Assert.Equal(euu, Assert.Single(bare.MembersInExcess).Party);

        // Without the joint AA the second-period joint test cannot be made; the EU's own level needs it too.
        Assert.Throws<ArgumentException>(() => table1.Assess(emissions));
        Assert.Throws<ArgumentException>(() => table1.GetEmissionLevel(euu));
        Assert.Throws<ArgumentException>(() => JointFulfilment.EuFirstPeriod.WithJointAssignedAmount(1));
    }
}
