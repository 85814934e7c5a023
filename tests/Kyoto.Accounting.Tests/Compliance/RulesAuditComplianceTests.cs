using System;
using System.Collections.Generic;
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
}
