using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Testing.Compliance;
using NodaTime;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Tests.Compliance;

[Properties(Arbitrary = new[] { typeof(ComplianceArbitraries) }, MaxTest = 300)]
public class ComplianceProperties
{
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly LocalDate After = CommitmentPeriod.First.AdditionalPeriodEnd.PlusDays(1);

    private static Arbitrary<long> Tonnes => ComplianceArbitraries.ReviewedEmissionsTonnes().ToArbitrary();

    private static Arbitrary<long> Extra => Gen.Choose(0, 2_000_000).Select(i => (long)i).ToArbitrary();

    private static ComplianceAssessment Assess(long emissions, RetiredUnits units) => TrueUp.Assess(Deu, CommitmentPeriod.First, emissions, units, After);

    private static RetiredUnits Plus(RetiredUnits units, UnitType type, long extra)
    {
        Dictionary<UnitType, long> quantities = units.Quantities.ToDictionary(q => q.Key, q => q.Value);
        quantities[type] = quantities.GetValueOrDefault(type) + extra;
        return RetiredUnits.FromQuantities(quantities);
    }

    /// <summary>More retired units never turn compliance into non-compliance, and never increase the excess.</summary>
    [Property]
    public Property MoreRetiredUnits_NeverHurt(RetiredUnits units) =>
        Prop.ForAll(Tonnes, Extra, Gen.Choose(1, 7).ToArbitrary(), (emissions, extra, type) =>
        {
            ComplianceAssessment before = Assess(emissions, units);
            ComplianceAssessment after = Assess(emissions, Plus(units, (UnitType)type, extra));
            return (!before.IsInCompliance || after.IsInCompliance) && after.ExcessEmissionsTonnes <= before.ExcessEmissionsTonnes;
        });

    /// <summary>More emissions never turn non-compliance into compliance, and never decrease the excess.</summary>
    [Property]
    public Property MoreEmissions_NeverHelp(RetiredUnits units) =>
        Prop.ForAll(Tonnes, Extra, (emissions, extra) =>
        {
            ComplianceAssessment before = Assess(emissions, units);
            ComplianceAssessment after = Assess(emissions + extra, units);
            return (before.IsInCompliance || !after.IsInCompliance) && after.ExcessEmissionsTonnes >= before.ExcessEmissionsTonnes;
        });

    /// <summary>Compliant iff the excess is zero iff there are no consequences; the excess is max(0, emissions − counted units).</summary>
    [Property]
    public Property Compliant_IffNoExcess(RetiredUnits units) =>
        Prop.ForAll(Tonnes, emissions =>
        {
            ComplianceAssessment result = Assess(emissions, units);
            long expected = emissions > units.CountedTonnes ? emissions - units.CountedTonnes : 0;
            return result.ExcessEmissionsTonnes == expected
                && result.IsInCompliance == (result.ExcessEmissionsTonnes == 0)
                && result.IsInCompliance == (result.Consequences.Count == 0)
                && result.IsInCompliance == (result.Deduction is null)
                && (result.IsInCompliance || result.Consequences.Count == 3);
        });

    /// <summary>The deduction is exactly 1.3 × the excess: 10 × deduction = 13 × excess; whole tonnes only by a stated mode, within one tonne.</summary>
    [Property]
    public Property Deduction_IsExactly1Point3TimesTheExcess(RetiredUnits units) =>
        Prop.ForAll(Tonnes, emissions =>
        {
            ComplianceAssessment result = Assess(emissions, units);
            if (result.Deduction is not { } deduction)
            {
                return result.IsInCompliance;
            }

            long up = deduction.ToWholeTonnes(TonneRounding.Up);
            long down = deduction.ToWholeTonnes(TonneRounding.Down);
            return 10 * deduction.ExactTonnes == 13 * result.ExcessEmissionsTonnes
                && deduction.Tenths == 13 * (System.Int128)result.ExcessEmissionsTonnes
                && deduction.ExcessTonnes == result.ExcessEmissionsTonnes
                && down <= deduction.ExactTonnes && deduction.ExactTonnes <= up && up - down == (deduction.ExcessTonnes % 10 == 0 ? 0 : 1)
                && result.Consequences[0].Deduction == deduction;
        });
}
