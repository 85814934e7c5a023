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
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Compliance;

public class TrueUpTests
{
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly CommitmentPeriod Cp1 = CommitmentPeriod.First;
    private static readonly JointFulfilment Eu15 = JointFulfilment.EuFirstPeriod;

    // CP1: review completed 10 August 2015 (3/CMP.10); the additional period ends 100 days later, on 18 November 2015.
    private static readonly LocalDate After = new(2015, 11, 19);

    private static RetiredUnits Aau(long quantity) => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = quantity });

    private static Dictionary<Party, RetiredUnits> RetiredAtTheirLevels() => Eu15.Members.ToDictionary(m => m, m => Aau(Eu15.GetLevel(m).Tonnes));

    private static Dictionary<Party, Co2e> EmissionsAtTheirLevels() => Eu15.Members.ToDictionary(m => m, m => Eu15.GetLevel(m).Level);

    private static JointComplianceAssessment AssessGermanyAboveFranceBelow(long above, long below)
    {
        Dictionary<Party, Co2e> emissions = EmissionsAtTheirLevels();
        emissions[Deu] += Sar(above);
        emissions[Party.FromCode("FRA")] -= Sar(below);
        return TrueUp.AssessJointly(Eu15, emissions, RetiredAtTheirLevels(), After);
    }

    private static Co2e Sar(long tonnes) => Co2e.FromTonnes(tonnes, GwpSet.Sar);

    [Fact]
    public void AdditionalPeriodOfTheFirstPeriod_EndsOn18November2015()
    {
        Assert.Equal(new LocalDate(2015, 11, 18), Cp1.AdditionalPeriodEnd);
        Assert.Equal(After, Cp1.AdditionalPeriodEnd.PlusDays(1));
    }

    [Fact]
    public void RetiredUnitsEqualToEmissions_Comply()
    {
        ComplianceAssessment result = TrueUp.Assess(Deu, Cp1, Sar(1_000), Aau(1_000), After);
        Assert.True(result.IsInCompliance);
        Assert.Equal(0, result.ExcessEmissionsTonnes);
        Assert.Equal(Co2e.Zero, result.ExcessEmissions);
        Assert.Empty(result.Consequences);
        Assert.Null(result.Deduction);
        Assert.Equal(ComplianceBasis.RetiredUnits, result.Basis);
        Assert.Equal(Sar(1_000), result.ReviewedEmissions);
        Assert.Equal("DEU CP1 (2008–2012): emissions 1000 t, retired units 1000 t: in compliance (Art. 3.1)", result.ToString());
    }

    [Fact]
    public void OneTonneOfExcess_DeductsExactly1Point3Tonnes()
    {
        ComplianceAssessment result = TrueUp.Assess(Deu, Cp1, 1_000, Aau(999), After);
        Assert.False(result.IsInCompliance);
        Assert.Equal(1, result.ExcessEmissionsTonnes);
        ExcessEmissionsDeduction deduction = result.Deduction!.Value;
        Assert.Equal(1.3m, deduction.ExactTonnes);
        Assert.Equal((Int128)13, deduction.Tenths);
        Assert.Equal("1.3 × 1 t = 1.3 t", deduction.ToString());

        // Whole units only through an explicit rounding mode.
        Assert.Equal(2, deduction.ToWholeTonnes(TonneRounding.Up));
        Assert.Equal(1, deduction.ToWholeTonnes(TonneRounding.Down));
        Assert.Equal(1, deduction.ToWholeTonnes(TonneRounding.NearestHalfAwayFromZero));
        Assert.Throws<ArgumentOutOfRangeException>(() => deduction.ToWholeTonnes((TonneRounding)99));
    }

    [Fact]
    public void TenTonnesOfExcess_DeductThirteenTonnes_WithTheThreeConsequencesOfAnnexXV()
    {
        ComplianceAssessment result = TrueUp.Assess(Deu, Cp1, Sar(1_000), Aau(990), After);
        Assert.Equal(10, result.ExcessEmissionsTonnes);
        Assert.Equal(Sar(10), result.ExcessEmissions);
        Assert.Equal(13m, result.Deduction!.Value.ExactTonnes);
        Assert.Equal(13, result.Deduction.Value.ToWholeTonnes(TonneRounding.Down));

        Assert.Equal(
            new[] { ComplianceConsequenceKind.AssignedAmountDeduction, ComplianceConsequenceKind.ComplianceActionPlan, ComplianceConsequenceKind.SuspensionOfTransferEligibility },
            result.Consequences.Select(c => c.Kind));
        Assert.Equal(
            new[] { "Decision 27/CMP.1 annex XV ¶5(a)", "Decision 27/CMP.1 annex XV ¶5(b), ¶6–7", "Decision 27/CMP.1 annex XV ¶5(c); Art. 17" },
            result.Consequences.Select(c => c.Citation));
        Assert.Equal(ExcessEmissionsDeduction.ForExcess(10), result.Consequences[0].Deduction);
        Assert.Null(result.Consequences[1].Deduction);
        Assert.Null(result.Consequences[2].Deduction);
        Assert.Equal("Decision 27/CMP.1 annex XV ¶5(a): AssignedAmountDeduction 1.3 × 10 t = 13 t", result.Consequences[0].ToString());
        Assert.EndsWith("excess 10 t, not in compliance (Art. 3.1)", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void EveryUnitTypeCounts_ButTemporaryCersOnlyWithinTheirLimit()
    {
        var quantities = new Dictionary<UnitType, long>
        {
            [UnitType.Aau] = 100, [UnitType.Rmu] = 10, [UnitType.EruFromAau] = 20, [UnitType.EruFromRmu] = 30,
            [UnitType.Cer] = 40, [UnitType.Tcer] = 50, [UnitType.Lcer] = 60,
        };
        RetiredUnits unlimited = RetiredUnits.FromQuantities(quantities);
        Assert.Equal(310, unlimited.TotalTonnes);
        Assert.Equal(310, unlimited.CountedTonnes);
        Assert.Null(unlimited.TemporaryCerLimit);

        RetiredUnits limited = RetiredUnits.FromQuantities(quantities, 70);
        Assert.Equal(310, limited.TotalTonnes);
        Assert.Equal(200 + 70, limited.CountedTonnes);
        Assert.Equal(60, limited.GetQuantity(UnitType.Lcer));
        Assert.Equal(7, limited.Quantities.Count);
        Assert.Equal(310, RetiredUnits.FromQuantities(quantities, 110).CountedTonnes);

        Assert.True(TrueUp.Assess(Deu, Cp1, 310, unlimited, After).IsInCompliance);
        Assert.Equal(40, TrueUp.Assess(Deu, Cp1, 310, limited, After).ExcessEmissionsTonnes);
        Assert.Equal("310 t retired (Aau 100, Rmu 10, EruFromAau 20, EruFromRmu 30, Cer 40, Tcer 50, Lcer 60), 270 t counted", limited.ToString());
    }

    [Fact]
    public void FromLedger_CountsTheRetirementAccountAtTheEndOfTheAdditionalPeriod()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1_000);
        f.Accept(Transaction.Retire(f.NextId(), RegistryFixture.Day, RegistryFixture.DeuHolding, RegistryFixture.DeuRetirement1, RegistryFixture.Deu1(1, 600)));
        f.Accept(Transaction.Retire(f.NextId(), Cp1.AdditionalPeriodEnd, RegistryFixture.DeuHolding, RegistryFixture.DeuRetirement1, RegistryFixture.Deu1(601, 650)));

        // Retired after the additional period: too late; the registry now refuses it (13/CMP.1 annex ¶14, ¶34; check 4012).
        TransactionResult late = f.Ledger.TryApply(Transaction.Retire(f.NextId(), After, RegistryFixture.DeuHolding, RegistryFixture.DeuRetirement1, RegistryFixture.Deu1(651, 700)));
        Assert.Contains(late.Failures, x => x.Code == CheckCode.RetirementAfterAdditionalPeriod);

        RetiredUnits retired = RetiredUnits.FromLedger(f.Ledger, Deu, Cp1);
        Assert.Equal(650, retired.TotalTonnes);
        Assert.Equal(650, retired.GetQuantity(UnitType.Aau));
        Assert.Equal(0, RetiredUnits.FromLedger(f.Ledger, Deu, CommitmentPeriod.Second).TotalTonnes);

        ComplianceAssessment result = TrueUp.Assess(Deu, Cp1, Sar(700), f.Ledger, After.PlusDays(30));
        Assert.Equal(50, result.ExcessEmissionsTonnes);
        Assert.Equal(650, result.CoveringTonnes);
        Assert.True(TrueUp.Assess(Deu, Cp1, Sar(650), f.Ledger, After).IsInCompliance);
    }

    [Fact]
    public void FromLedger_RequiresARetirementAccountForThePeriod()
    {
        var f = new RegistryFixture();
        ArgumentException ex = Assert.Throws<ArgumentException>(() => RetiredUnits.FromLedger(f.Ledger, Party.FromCode("JPN"), Cp1));
        Assert.Equal("ledger", ex.ParamName);
        Assert.Contains("13/CMP.1 annex ¶21", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RetiredUnits.FromLedger(null!, Deu, Cp1));
        Assert.Throws<ArgumentNullException>(() => RetiredUnits.FromLedger(f.Ledger, null!, Cp1));
        Assert.Throws<ArgumentNullException>(() => RetiredUnits.FromLedger(f.Ledger, Deu, null!));
        Assert.Throws<ArgumentNullException>(() => TrueUp.Assess(Deu, Cp1, Sar(1), (Ledger)null!, After));
    }

    [Fact]
    public void AssessmentOnOrBeforeTheEndOfTheAdditionalPeriod_IsRefused()
    {
        foreach (LocalDate date in new[] { Cp1.AdditionalPeriodEnd, new LocalDate(2012, 12, 31), new LocalDate(2015, 8, 10) })
        {
            ArgumentOutOfRangeException ex = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, Sar(1), Aau(1), date));
            Assert.Equal("assessmentDate", ex.ParamName);
            Assert.Contains("2015-11-18", ex.Message, StringComparison.Ordinal);
            Assert.Contains("27/CMP.1 annex XIII", ex.Message, StringComparison.Ordinal);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, CommitmentPeriod.Second, Co2e.FromTonnes(1L, GwpSet.Ar4), Aau(1), After));
        Assert.Equal(new LocalDate(2023, 9, 9), CommitmentPeriod.Second.AdditionalPeriodEnd);
        Assert.True(TrueUp.Assess(Deu, CommitmentPeriod.Second, Co2e.FromTonnes(1L, GwpSet.Ar4), Aau(1), new LocalDate(2023, 9, 10)).IsInCompliance);
    }

    [Fact]
    public void BadEmissions_AreRefused()
    {
        ArgumentOutOfRangeException negative = Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, Sar(-1), Aau(1), After));
        Assert.Equal("reviewedEmissions", negative.ParamName);
        Assert.Equal("reviewedEmissionsTonnes", Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, -1L, Aau(1), After)).ParamName);
        Assert.Equal("reviewedEmissionsTonnes", Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.Assess(Deu, Cp1, long.MaxValue, Aau(1), After)).ParamName);

        Assert.Throws<GwpSetMismatchException>(() => TrueUp.Assess(Deu, Cp1, Co2e.FromTonnes(1L, GwpSet.Ar4), Aau(1), After));

        ArgumentException fractional = Assert.Throws<ArgumentException>(() => TrueUp.Assess(Deu, Cp1, Co2e.FromTonnes(1.5m, GwpSet.Sar), Aau(1), After));
        Assert.Equal("reviewedEmissions", fractional.ParamName);
        Assert.Contains("whole number of tonnes", fractional.Message, StringComparison.Ordinal);

        // Zero carries no GWP set and is accepted.
        Assert.True(TrueUp.Assess(Deu, Cp1, Co2e.Zero, RetiredUnits.None, After).IsInCompliance);
    }

    [Fact]
    public void BadPartiesUnitsAndNulls_AreRefused()
    {
        ArgumentException noCommitment = Assert.Throws<ArgumentException>(() => TrueUp.Assess(Party.FromCode("JPN"), CommitmentPeriod.Second, 1L, Aau(1), new LocalDate(2024, 1, 1)));
        Assert.Equal("party", noCommitment.ParamName);
        Assert.Contains("Annex B", noCommitment.Message, StringComparison.Ordinal);

        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => TrueUp.Assess(null!, Cp1, 1L, Aau(1), After)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => TrueUp.Assess(Deu, null!, 1L, Aau(1), After)).ParamName);
        Assert.Equal("retiredUnits", Assert.Throws<ArgumentNullException>(() => TrueUp.Assess(Deu, Cp1, 1L, null!, After)).ParamName);
        Assert.Equal("retiredUnits", Assert.Throws<ArgumentNullException>(() => TrueUp.Assess(Deu, Cp1, Sar(1), (RetiredUnits)null!, After)).ParamName);

        Assert.Equal("quantities", Assert.Throws<ArgumentNullException>(() => RetiredUnits.FromQuantities(null!)).ParamName);
        Assert.Equal("quantities", Assert.Throws<ArgumentException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Cer] = -1 })).ParamName);
        Assert.Equal("quantities", Assert.Throws<ArgumentException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [(UnitType)8] = 1 })).ParamName);
        Assert.Equal("temporaryCerLimit", Assert.Throws<ArgumentOutOfRangeException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long>(), -1)).ParamName);
        Assert.Throws<OverflowException>(() => RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = long.MaxValue, [UnitType.Cer] = 1 }));
        Assert.Equal("unitType", Assert.Throws<ArgumentOutOfRangeException>(() => RetiredUnits.None.GetQuantity((UnitType)0)).ParamName);
        Assert.Equal("excessTonnes", Assert.Throws<ArgumentOutOfRangeException>(() => ExcessEmissionsDeduction.ForExcess(-1)).ParamName);
    }

    [Fact]
    public void Deduction_HasValueEquality_AndDefaultIsNoExcess()
    {
        Assert.Equal(ExcessEmissionsDeduction.ForExcess(0), default);
        Assert.True(ExcessEmissionsDeduction.ForExcess(3) == ExcessEmissionsDeduction.ForExcess(3));
        Assert.True(ExcessEmissionsDeduction.ForExcess(3) != ExcessEmissionsDeduction.ForExcess(4));
        Assert.Equal(ExcessEmissionsDeduction.ForExcess(3).GetHashCode(), ExcessEmissionsDeduction.ForExcess(3).GetHashCode());
        Assert.False(ExcessEmissionsDeduction.ForExcess(3).Equals((object)3L));
        Assert.Equal(1.3m, ExcessEmissionsDeduction.Rate);

        // The largest excess still deducts exactly; only a whole-tonne result beyond long overflows.
        ExcessEmissionsDeduction largest = ExcessEmissionsDeduction.ForExcess(long.MaxValue);
        Assert.Equal(long.MaxValue * 1.3m, largest.ExactTonnes);
        Assert.Throws<OverflowException>(() => largest.ToWholeTonnes(TonneRounding.Down));
    }

    [Fact]
    public void Bubble_MetJointly_HasNoMemberAssessments()
    {
        // Germany 1,000 t above its level, France 1,000 t below: the bubble is met jointly, nobody answers alone.
        JointComplianceAssessment result = AssessGermanyAboveFranceBelow(1_000, 1_000);
        Assert.True(result.IsJointlyCompliant);
        Assert.Empty(result.Participants);
        Assert.Empty(result.ParticipantsNotInCompliance);
        Assert.False(result.IsOrganizationJointlyResponsible);
        Assert.Same(Eu15, result.Agreement);
        Assert.Equal(After, result.AssessmentDate);
    }

    [Fact]
    public void Bubble_NotMetJointly_AssessesEachMemberOnItsOwnRetirementAccount()
    {
        // Each member retired units equal to its level; Germany emitted 1,000 t more, France 400 t less.
        JointComplianceAssessment result = AssessGermanyAboveFranceBelow(1_000, 400);
        Assert.False(result.IsJointlyCompliant);
        Assert.Equal(600, result.CombinedEmissionsTonnes - result.CombinedCoveringTonnes);
        Assert.Equal(15, result.Participants.Count);
        ComplianceAssessment germany = Assert.Single(result.ParticipantsNotInCompliance);
        Assert.Same(Deu, germany.Party);
        Assert.Equal(ComplianceBasis.RetiredUnits, germany.Basis);
        Assert.Equal(RecordedEmissionLevel.GetEuFirstPeriod(Deu).Tonnes, germany.CoveringTonnes);
        Assert.Equal(1_000, germany.ExcessEmissionsTonnes);
        Assert.Equal(1_300m, germany.Deduction!.Value.ExactTonnes);
        Assert.Contains("DEU excess 1000 t", result.ToString(), StringComparison.Ordinal);
        Assert.True(result.Participants.Single(m => m.Party.Code == "FRA").IsInCompliance);

        // Art. 4.6: the EC (a Party) is responsible together with Germany.
        Assert.True(result.IsOrganizationJointlyResponsible);
        Assert.Equal(new[] { Deu, Party.FromCode("EUU") }, result.GetResponsibleParties(Deu));
        Assert.Empty(result.GetResponsibleParties(Party.FromCode("FRA")));
    }

    [Fact]
    public void Bubble_BadInput_IsRefused()
    {
        Dictionary<Party, Co2e> emissions = EmissionsAtTheirLevels();
        Dictionary<Party, RetiredUnits> retired = RetiredAtTheirLevels();
        Assert.Equal("assessmentDate", Assert.Throws<ArgumentOutOfRangeException>(() => TrueUp.AssessJointly(Eu15, emissions, retired, Cp1.AdditionalPeriodEnd)).ParamName);
        Assert.Equal("agreement", Assert.Throws<ArgumentNullException>(() => TrueUp.AssessJointly(null!, emissions, retired, After)).ParamName);
        Assert.Equal("reviewedEmissions", Assert.Throws<ArgumentNullException>(() => TrueUp.AssessJointly(Eu15, null!, retired, After)).ParamName);
        Assert.Equal("retiredUnits", Assert.Throws<ArgumentNullException>(() => TrueUp.AssessJointly(Eu15, emissions, null!, After)).ParamName);

        retired.Remove(Party.FromCode("FRA"));
        Assert.Equal("retiredUnits", Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(Eu15, emissions, retired, After)).ParamName);
        retired = RetiredAtTheirLevels();
        retired[Party.FromCode("EUU")] = Aau(1); // the EC has no level of its own in the first period
        Assert.Equal("retiredUnits", Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(Eu15, emissions, retired, After)).ParamName);
        retired = RetiredAtTheirLevels();

        emissions[Deu] += Co2e.FromTonnes(0.5m, GwpSet.Sar);
        Assert.Equal("reviewedEmissions", Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(Eu15, emissions, retired, After)).ParamName);

        emissions[Deu] = Co2e.FromTonnes(1L, GwpSet.Ar4);
        Assert.Throws<GwpSetMismatchException>(() => TrueUp.AssessJointly(Eu15, emissions, retired, After));

        emissions.Remove(Deu);
        Assert.Throws<ArgumentException>(() => TrueUp.AssessJointly(Eu15, emissions, retired, After));
    }
}
