using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Tests.Registry;
using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Compliance;

/// <summary>
/// Tests for mutants of <c>Kyoto.Accounting.Compliance</c> that survived the Stryker run of issue 13: validations
/// (exception type and parameter name), the rule each message cites, and the joint-responsibility branch.
/// </summary>
public class TrueUpMutationKillTests
{
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly Party Kaz = Party.FromCode("KAZ");
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly CommitmentPeriod Cp2 = CommitmentPeriod.Second;
    private static readonly LocalDate AfterCp1 = Cp1.AdditionalPeriodEnd.PlusDays(1);
    private static readonly LocalDate AfterCp2 = Cp2.AdditionalPeriodEnd.PlusDays(1);

    private static RetiredUnits Aau(long quantity) => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = quantity });

    // TrueUp.cs L101: the add-back overload checks the assessment date like the others (decision 27/CMP.1 annex XIII).
    [Fact]
    public void AddBack_BeforeTheEndOfTheAdditionalPeriod_IsRefused()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.AssessWithArticle37TerAddBack(Kaz, 6_000, Aau(5_600), 7_600, 2_000, Cp2.AdditionalPeriodEnd));
        Assert.Equal("assessmentDate", ex.ParamName);
        Assert.Contains("27/CMP.1", ex.Message, StringComparison.Ordinal);
    }

    // TrueUp.cs L102, L107, L108, L108 (message), L109 (message).
    [Fact]
    public void AddBack_ValidatesEachArgument_WithItsName_AndTheRule()
    {
        var missing = Assert.Throws<ArgumentNullException>(() => TrueUp.AssessWithArticle37TerAddBack(Kaz, 6_000, null!, 7_600, 2_000, AfterCp2));
        Assert.Equal("retiredUnits", missing.ParamName);

        var negativeEmissions = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.AssessWithArticle37TerAddBack(Kaz, -1, Aau(5_600), 7_600, 2_000, AfterCp2));
        Assert.Equal("reviewedEmissionsTonnes", negativeEmissions.ParamName);
        Assert.Contains("Art. 3.1", negativeEmissions.Message, StringComparison.Ordinal);

        var negativeAmount = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.AssessWithArticle37TerAddBack(Kaz, 6_000, Aau(5_600), -1, 0, AfterCp2));
        Assert.Equal("assignedAmountTonnes", negativeAmount.ParamName);
        Assert.Contains("Art. 3.7 bis", negativeAmount.Message, StringComparison.Ordinal);

        var tooMuchCancelled = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.AssessWithArticle37TerAddBack(Kaz, 6_000, Aau(5_600), 1_000, 2_000, AfterCp2));
        Assert.Equal("article37TerCancelledTonnes", tooMuchCancelled.ParamName);
        Assert.Contains("Art. 3.7 ter", tooMuchCancelled.Message, StringComparison.Ordinal);
    }

    // TrueUp.cs L104 (&& → ||): Cyprus has a second-period commitment but none for the first and is no EIT, so
    // decision 2/CMP.11 ¶3 does not apply to it.
    [Fact]
    public void AddBack_IsRefusedForAPartyWithoutAFirstPeriodCommitmentThatIsNoEit()
    {
        Party cyprus = Party.FromCode("CYP");
        Assert.False(cyprus.IsEconomyInTransition);
        Assert.True(cyprus.HasCommitment(Cp2));
        Assert.False(cyprus.HasCommitment(Cp1));
        var ex = Assert.Throws<ArgumentException>(() => TrueUp.AssessWithArticle37TerAddBack(cyprus, 6_000, Aau(5_600), 7_600, 2_000, AfterCp2));
        Assert.Equal("party", ex.ParamName);
        Assert.Contains("2/CMP.11 ¶3", ex.Message, StringComparison.Ordinal);
        Assert.Contains(cyprus.Name, ex.Message, StringComparison.Ordinal);
    }

    // TrueUp.cs L132: the ledger overload checks the Party and the date before reading the ledger.
    [Fact]
    public void LedgerOverload_ChecksThePartyAndTheAssessmentDate()
    {
        var f = new RegistryFixture();
        var early = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, Co2e.FromTonnes(1L, GwpSet.Sar), f.Ledger, Cp1.AdditionalPeriodEnd));
        Assert.Equal("assessmentDate", early.ParamName);

        // Japan has a first-period retirement account in no registry here, but the commitment check comes first: it has no CP2 commitment.
        var noCommitment = Assert.Throws<ArgumentException>(() => TrueUp.Assess(Party.FromCode("JPN"), Cp2, Co2e.FromTonnes(1L, GwpSet.Ar4), f.Ledger, AfterCp2));
        Assert.Equal("party", noCommitment.ParamName);
        Assert.Contains("Art. 3.1", noCommitment.Message, StringComparison.Ordinal);
    }

    // TrueUp.cs L196: a null period is named.
    [Fact]
    public void NullPeriod_IsNamed()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => TrueUp.Assess(Deu, null!, 1_000, Aau(1_000), AfterCp1));
        Assert.Equal("period", ex.ParamName);
    }

    // TrueUp.cs L189: IsAssessable names a null period.
    [Fact]
    public void IsAssessable_NamesItsNullArgument()
    {
        TreatyRecord treaty = TreatyRecord.Create(AnnexIEmissions1990.Empty.WithGigagrams(TreatyParty.FromParty(Party.FromCode("JPN")), 1000m));
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => TrueUp.IsAssessable(treaty, Deu, null!)).ParamName);
    }

    // TrueUp.cs L228, L239: the messages name the Party and cite Art. 3.1.
    [Fact]
    public void NegativeReviewedEmissions_NameTheParty_AndArticle3Point1()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, Co2e.FromTonnes(-1L, GwpSet.Sar), Aau(0), AfterCp1));
        Assert.Equal("reviewedEmissions", ex.ParamName);
        Assert.Contains(Deu.Name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 3.1", ex.Message, StringComparison.Ordinal);

        var tonnes = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, -1L, Aau(0), AfterCp1));
        Assert.Equal("reviewedEmissionsTonnes", tonnes.ParamName);
        Assert.Contains("Art. 3.1", tonnes.Message, StringComparison.Ordinal);
    }

    // TrueUp.cs L160: every key of the reviewed emissions must be a participant, even when all participants are present.
    [Fact]
    public void AssessJointly_RefusesEmissionsOfAPartyOutsideTheAgreement()
    {
        JointFulfilment eu15 = JointFulfilment.EuFirstPeriod;
        Party japan = Party.FromCode("JPN");
        var emissions = eu15.Members.ToDictionary(m => m, m => eu15.GetLevel(m).Level);
        emissions[japan] = Co2e.FromTonnes(1L, GwpSet.Sar);
        var retired = eu15.Members.ToDictionary(m => m, m => Aau(eu15.GetLevel(m).Tonnes));
        var ex = Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(eu15, emissions, retired, AfterCp1));
        Assert.Equal("reviewedEmissions", ex.ParamName);
        Assert.Contains(japan.Name, ex.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 4.1", ex.Message, StringComparison.Ordinal);
    }

    // TrueUp.cs L165, L166: a missing participant is named, with the rule.
    [Fact]
    public void AssessJointly_NamesTheMissingParticipant()
    {
        JointFulfilment eu15 = JointFulfilment.EuFirstPeriod;
        var emissions = eu15.Members.ToDictionary(m => m, m => eu15.GetLevel(m).Level);
        var retired = eu15.Members.ToDictionary(m => m, m => Aau(eu15.GetLevel(m).Tonnes));
        emissions.Remove(Deu);
        var noEmissions = Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(eu15, emissions, retired, AfterCp1));
        Assert.Equal("reviewedEmissions", noEmissions.ParamName);
        Assert.Contains("emissions of " + Deu.Name, noEmissions.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 4.1", noEmissions.Message, StringComparison.Ordinal);

        emissions[Deu] = eu15.GetLevel(Deu).Level;
        retired.Remove(Deu);
        var noUnits = Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(eu15, emissions, retired, AfterCp1));
        Assert.Equal("retiredUnits", noUnits.ParamName);
        Assert.Contains("retired units of " + Deu.Name, noUnits.Message, StringComparison.Ordinal);
        Assert.Contains("13/CMP.1 annex ¶14", noUnits.Message, StringComparison.Ordinal);
    }

    // JointComplianceAssessment.cs L93, L100: the EU itself in excess is responsible alone; a member with the EU (Art. 4.6).
    [Fact]
    public void ResponsibleParties_OfTheOrganizationInExcess_AreTheOrganizationAlone()
    {
        JointFulfilment eu = JointFulfilment.EuSecondPeriod;
        Party euu = eu.Organization;
        Assert.True(euu.IsRegionalEconomicIntegrationOrganization);
        var emissions = eu.Members.ToDictionary(m => m, m => eu.GetLevel(m).Level);
        var retired = eu.Members.ToDictionary(m => m, m => Aau(eu.GetLevel(m).Tonnes));
        emissions[euu] = Co2e.FromTonnes(10L, GwpSet.Ar4);
        retired[euu] = Aau(0);
        emissions[Deu] += Co2e.FromTonnes(5L, GwpSet.Ar4);

        JointComplianceAssessment result = TrueUp.AssessJointly(eu, emissions, retired, AfterCp2);
        Assert.False(result.IsJointlyCompliant);
        Assert.Equal(new[] { euu }, result.GetResponsibleParties(euu));
        Assert.Equal(new[] { Deu, euu }, result.GetResponsibleParties(Deu));
        Assert.Empty(result.GetResponsibleParties(Party.FromCode("FRA")));
        Assert.Equal("participant", Assert.Throws<ArgumentNullException>(() => result.GetResponsibleParties(null!)).ParamName);

        // JointComplianceAssessment.cs L108–L109: the description names the organization, the period, each Party in excess and Art. 4.5.
        string text = result.ToString();
        Assert.StartsWith("EUU " + Cp2, text, StringComparison.Ordinal);
        Assert.Contains("not met jointly", text, StringComparison.Ordinal);
        Assert.Contains("DEU excess 5 t", text, StringComparison.Ordinal);
        Assert.Contains("EUU excess 10 t", text, StringComparison.Ordinal);
        Assert.Contains("Art. 4.5", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Art. 4.1", text, StringComparison.Ordinal);
    }

    // JointComplianceAssessment.cs L109 (conditional false, NoCo string): met jointly cites Art. 4.1.
    [Fact]
    public void JointlyMet_CitesArticle4Point1()
    {
        JointFulfilment eu15 = JointFulfilment.EuFirstPeriod;
        var emissions = eu15.Members.ToDictionary(m => m, m => eu15.GetLevel(m).Level);
        var retired = eu15.Members.ToDictionary(m => m, m => Aau(eu15.GetLevel(m).Tonnes));
        JointComplianceAssessment result = TrueUp.AssessJointly(eu15, emissions, retired, AfterCp1);
        Assert.True(result.IsJointlyCompliant);
        Assert.StartsWith("EUU " + Cp1, result.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("met jointly (Art. 4.1)", result.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("not met", result.ToString(), StringComparison.Ordinal);
    }

    // ComplianceConsequence.cs L38, L48, L53, L58: what each consequence of decision 27/CMP.1 annex XV ¶5 says.
    [Fact]
    public void Consequences_DescribeTheDeductionThePlanAndTheSuspension()
    {
        ComplianceAssessment result = TrueUp.Assess(Deu, Cp1, 1_000, Aau(990), AfterCp1);
        IReadOnlyList<ComplianceConsequence> c = result.Consequences;
        Assert.Contains(ExcessEmissionsDeduction.ForExcess(10).ToString(), c[0].Description, StringComparison.Ordinal);
        Assert.Contains("1.3 times", c[0].Description, StringComparison.Ordinal);
        Assert.Contains("subsequent commitment period", c[0].Description, StringComparison.Ordinal);
        Assert.Contains("compliance action plan", c[1].Description, StringComparison.Ordinal);
        Assert.Contains("Art. 17", c[2].Description, StringComparison.Ordinal);
        Assert.Equal("Decision 27/CMP.1 annex XV ¶5(b), ¶6–7: ComplianceActionPlan", c[1].ToString());
        Assert.Equal("Decision 27/CMP.1 annex XV ¶5(c); Art. 17: SuspensionOfTransferEligibility", c[2].ToString());
    }

    // ExcessEmissionsDeduction.cs L47: the message cites decision 27/CMP.1 annex XV ¶5(a).
    [Fact]
    public void NegativeExcess_CitesTheDeductionRule()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ExcessEmissionsDeduction.ForExcess(-1));
        Assert.Equal("excessTonnes", ex.ParamName);
        Assert.Contains("27/CMP.1 annex XV ¶5(a)", ex.Message, StringComparison.Ordinal);
    }

    // RetiredUnits.cs L84, L133, L153, L154: messages cite their rules.
    [Fact]
    public void RetiredUnitsValidation_CitesTheRules()
    {
        var limit = Assert.Throws<ArgumentOutOfRangeException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long>(), -1));
        Assert.Equal("temporaryCerLimit", limit.ParamName);
        Assert.Contains("17/CP.7", limit.Message, StringComparison.Ordinal);

        var type = Assert.Throws<ArgumentOutOfRangeException>(() => Aau(1).GetQuantity((UnitType)8));
        Assert.Equal("unitType", type.ParamName);
        Assert.Contains("DES", type.Message, StringComparison.Ordinal);

        var undefined = Assert.Throws<ArgumentException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [(UnitType)9] = 1 }));
        Assert.Equal("quantities", undefined.ParamName);
        Assert.Contains("9", undefined.Message, StringComparison.Ordinal);
        Assert.Contains("DES", undefined.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Cer] = -5 }));
        Assert.Equal("quantities", negative.ParamName);
        Assert.Contains("Cer", negative.Message, StringComparison.Ordinal);
        Assert.Contains("13/CMP.1 annex ¶13", negative.Message, StringComparison.Ordinal);
    }

    // RetiredUnits.cs L103: a null Party is named.
    [Fact]
    public void FromLedger_NamesANullParty()
    {
        var f = new RegistryFixture();
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => RetiredUnits.FromLedger(f.Ledger, null!, Cp1)).ParamName);
    }

    // RetiredUnits.cs L118 (<= 7 → < 7): lCERs (unit type 7) in the retirement account count.
    [Fact]
    public void FromLedger_CountsRetiredLcers()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 1_000));
        f.IssueCdmTo(RegistryFixture.DeuHolding, UnitType.Lcer, 1, 40, Cp2.Dates.End);
        f.Accept(Transaction.Retire(f.NextId(), RegistryFixture.Day, RegistryFixture.DeuHolding, RegistryFixture.DeuRetirement1, SerialRange.Of(RegistryId.Cdm, 1, 40)));
        RetiredUnits retired = RetiredUnits.FromLedger(f.Ledger, Deu, Cp1);
        Assert.Equal(40, retired.GetQuantity(UnitType.Lcer));
        Assert.Equal(40, retired.TotalTonnes);
    }
}
