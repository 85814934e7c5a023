using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Serialization;
using Kyoto.Accounting.Testing.Compliance;
using Kyoto.Accounting.Testing.Registry;
using NodaTime;

namespace Kyoto.Accounting.Tests.Serialization;

/// <summary>
/// JSON round trips of the accounting, compliance and configuration results, through the source-generated
/// <see cref="KyotoJsonContext"/> and through the <c>[JsonConverter]</c> attributes: the value read back is the same, and
/// writing it again gives the same JSON.
/// </summary>
public class ResultJsonProperties
{
    private static readonly Party Norway = Party.FromCode("NOR");

    private static Gen<TonneRounding> Rounding => Gen.Elements(Enum.GetValues<TonneRounding>());

    private static Gen<ExactCo2e> Emissions(CommitmentPeriod period) =>
        from grams in Gen.Choose(0, int.MaxValue)
        from scale in Gen.Elements(1L, 1_000L, 1_000_000L)
        from denominator in Gen.Elements(1, 1, 3, 7, 300)
        select ExactCo2e.FromFraction((Int128)grams * scale, denominator, period.GwpSet);

    private static Gen<AssignedAmount> Computed =>
        from party in Gen.Elements(Party.All.ToArray())
        from period in Gen.Elements(CommitmentPeriod.All.ToArray())
        from baseYear in Emissions(period)
        from hundredths in Gen.Choose(0, 100_000)
        from rounding in Rounding
        select AssignedAmount.Calculate(party, period, baseYear, hundredths / 100m, rounding);

    private static Gen<AssignedAmount> Recorded =>
        from period in Gen.Elements(CommitmentPeriod.All.ToArray())
        from party in Gen.Elements(Party.All.Where(p => p.HasCommitment(period)).ToArray())
        from tonnes in Gen.Choose(0, int.MaxValue)
        from factor in Gen.Elements(1L, 1_000L)
        from source in Gen.Elements("initial review report", "CAD record of 2016-04-15 — \"AAU\" ü", "  2006/944/EC ")
        select AssignedAmount.FromRecorded(party, period, tonnes * factor, source);

    private static Gen<AssignedAmount> AssignedAmounts => Gen.OneOf(Computed, Recorded);

    private static Gen<AssignedAmount> NorwaySecondPeriod =>
        from baseYear in Gen.Choose(1, int.MaxValue)
        from percent in Gen.Choose(0, 200)
        from rounding in Rounding
        select AssignedAmount.Calculate(Norway, CommitmentPeriod.Second, ExactCo2e.From(Co2e.FromTonnes(baseYear, GwpSet.Ar4)), percent, rounding);

    private static Gen<Article37TerCancellation> Article37Ter =>
        from amount in NorwaySecondPeriod
        from years in Gen.ArrayOf(Gen.Choose(0, int.MaxValue).Select(t => Co2e.FromGrams(t * 1_000_000L, GwpSet.Ar4)), 3)
        from stated in Emissions(CommitmentPeriod.Second)
        from useStated in Gen.Elements(false, true)
        from rounding in Rounding
        select useStated
            ? Article37TerCancellation.CalculateFromStatedAverage(amount, stated, rounding)
            : Article37TerCancellation.Calculate(amount, years[0], years[1], years[2], rounding);

    private static Gen<CommitmentPeriodReserve> Reserves =>
        Gen.OneOf(
            from amount in AssignedAmounts
            from latest in Gen.Choose(0, int.MaxValue)
            from rounding in Rounding
            select CommitmentPeriodReserve.Calculate(amount, Co2e.FromGrams(latest * 1_000L, amount.Period.GwpSet), rounding),
            from article37Ter in Article37Ter.Where(a => a.CancellationTonnes > 0)
            from latest in Gen.Choose(0, int.MaxValue)
            from rounding in Rounding
            select CommitmentPeriodReserve.CalculateWithArticle37Ter(article37Ter, Co2e.FromGrams(latest * 1_000L, GwpSet.Ar4), rounding));

    private static Gen<RetiredUnits> Retired =>
        from units in ComplianceArbitraries.RetiredUnits().Generator
        from limit in Gen.OneOf(Gen.Constant(-1), Gen.Choose(0, 500_000))
        select limit < 0 ? units : RetiredUnits.FromQuantities(units.Quantities, limit);

    private static Gen<LocalDate> AssessmentDate(CommitmentPeriod period) => Gen.Choose(1, 2_000).Select(d => period.AdditionalPeriodEnd.PlusDays(d));

    private static Gen<ComplianceAssessment> Assessments =>
        Gen.OneOf(
            from period in Gen.Elements(CommitmentPeriod.All.ToArray())
            from party in Gen.Elements(Party.All.Where(p => p.HasCommitment(period)).ToArray())
            from reviewed in ComplianceArbitraries.ReviewedEmissionsTonnes()
            from retired in Retired
            from date in AssessmentDate(period)
            select TrueUp.Assess(party, period, reviewed, retired, date),
            from party in Gen.Elements(Party.FromCode("BLR"), Party.FromCode("KAZ"))
            from reviewed in ComplianceArbitraries.ReviewedEmissionsTonnes()
            from retired in Retired
            from assigned in Gen.Choose(0, 7_000_000)
            from cancelledShare in Gen.Choose(0, 100)
            from date in AssessmentDate(CommitmentPeriod.Second)
            select TrueUp.AssessWithArticle37TerAddBack(party, reviewed, retired, assigned, assigned * (long)cancelledShare / 100, date));

    private static Gen<JointFulfilment> Agreements =>
        Gen.OneOf(
            Gen.Constant(JointFulfilment.EuFirstPeriod),
            from additions in Gen.ArrayOf(Gen.Choose(0, 3), JointFulfilment.EuSecondPeriod.Members.Count)
            from joint in Gen.Choose(0, 1_000_000)
            select SecondPeriodAgreement(additions, joint));

    private static Gen<JointFulfilmentAssessment> JointFulfilmentAssessments =>
        from agreement in Agreements
        from emissions in Gen.ArrayOf(Gen.Choose(0, int.MaxValue), agreement.Participants.Count)
        from scale in Gen.Elements(1L, 1_000L, 1_000_000L)
        select agreement.Assess(agreement.Participants.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => Co2e.FromGrams(emissions[x.i] * scale, agreement.Period.GwpSet)));

    private static Gen<JointComplianceAssessment> JointComplianceAssessments =>
        from agreement in Agreements
        from emissions in Gen.ArrayOf(Gen.Choose(0, 7_000_000), agreement.Participants.Count)
        from retired in Gen.ArrayOf(Retired, agreement.Participants.Count)
        from date in AssessmentDate(agreement.Period)
        select TrueUp.AssessJointly(
            agreement,
            agreement.Participants.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => Co2e.FromTonnes(emissions[x.i], agreement.Period.GwpSet)),
            agreement.Participants.Select((p, i) => (p, i)).ToDictionary(x => x.p, x => retired[x.i]),
            date);

    private static Gen<NetSourceCancellationAssessment> NetSource =>
        from party in Gen.Elements(Party.All.ToArray())
        from period in Gen.Elements(CommitmentPeriod.All.ToArray())
        from values in Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3)
        select new NetSourceCancellationAssessment(party, period, values[0], values[1], values[2]);

    private static Gen<BaseYearEmissions> BaseYears =>
        from period in Gen.Elements(CommitmentPeriod.All.ToArray())
        from party in Gen.Elements(Party.All.ToArray())
        from first in Gen.Choose(1985, 1995)
        from span in Gen.Elements(0, 0, 2)
        from choices in Gen.ArrayOf(Gen.Elements(Enum.GetValues<GasBaseYearChoice>()), 2)
        from parts in Gen.ArrayOf(Emissions(period), 4)
        from netSource in Gen.Elements(false, true)
        let nf3 = period.Covers(GasGroup.NitrogenTrifluoride)
        select new BaseYearEmissions(
            party,
            period,
            span == 0 ? BaseYear.Of(first) : BaseYear.Average(first, first + span),
            choices[0],
            nf3 ? choices[1] : null,
            parts[0],
            parts[1],
            nf3 ? parts[2] : ExactCo2e.Zero,
            netSource ? parts[3] : ExactCo2e.Zero,
            netSource);

    private static Gen<CollectiveProgress> Progress =>
        from period in Gen.Elements(CommitmentPeriod.All.ToArray())
        from parties in Gen.SubListOf(Party.All.ToArray()).Where(l => l.Count > 0)
        from reference in Gen.Elements(Enum.GetValues<CollectiveProgressReference>())
        from first in Gen.Choose(2008, 2020)
        from span in Gen.Choose(0, 4)
        from figures in Gen.ArrayOf(Emissions(period), 2)
        select new CollectiveProgress(reference, parties.ToArray(), period, first, first + span, figures[0], figures[1]);

    /// <summary>Configurations with every part: the generated registry world plus suspensions of both kinds, Art. 3.7 ter quantities, LDC projects, every limit and odd entity names.</summary>
    private static Gen<RegistryConfiguration> Configurations =>
        from configuration in RegistryArbitraries.Configurations()
        from count in Gen.Choose(0, 12)
        from edits in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(0, 1_000_000), 6), count)
        select edits.Aggregate(configuration, Edit);

    private static Gen<ConfigurationChange> Changes =>
        from configuration in Configurations
        from days in Gen.Choose(0, 10_000)
        from count in Gen.Choose(0, 1_000_000)
        select new ConfigurationChange(new LocalDate(2008, 1, 1).PlusDays(days), count, configuration);

    [Property(MaxTest = 200)]
    public Property AssignedAmount_RoundTrips() => RoundTrips(AssignedAmounts, KyotoJsonContext.Default.AssignedAmount, Same);

    [Property(MaxTest = 200)]
    public Property CommitmentPeriodReserve_RoundTrips() => RoundTrips(Reserves, KyotoJsonContext.Default.CommitmentPeriodReserve, (a, b) =>
        a.Party == b.Party && a.Period == b.Period && a.AssignedAmountLimit == b.AssignedAmountLimit && a.InventoryLimit == b.InventoryLimit
        && a.IsArticle37TerVariant == b.IsArticle37TerVariant && a.Rounding == b.Rounding && a.Exact == b.Exact && a.Tonnes == b.Tonnes);

    [Property(MaxTest = 200)]
    public Property Article37TerCancellation_RoundTrips() => RoundTrips(Article37Ter, KyotoJsonContext.Default.Article37TerCancellation, (a, b) =>
        Same(a.AssignedAmount, b.AssignedAmount) && a.Basis == b.Basis && a.AverageEmissions2008To2010 == b.AverageEmissions2008To2010
        && a.ReferenceAmount == b.ReferenceAmount && a.Difference == b.Difference && a.Rounding == b.Rounding && a.CancellationTonnes == b.CancellationTonnes);

    [Property(MaxTest = 200)]
    public Property BaseYearEmissions_RoundTrips() => RoundTrips(BaseYears, KyotoJsonContext.Default.BaseYearEmissions, (a, b) =>
        a.ToString() == b.ToString() && a.Party == b.Party && a.Period == b.Period && a.BaseYear == b.BaseYear && a.FluorinatedGasBaseYear == b.FluorinatedGasBaseYear
        && a.NitrogenTrifluorideBaseYear == b.NitrogenTrifluorideBaseYear && a.MainGases == b.MainGases && a.FluorinatedGases == b.FluorinatedGases
        && a.NitrogenTrifluoride == b.NitrogenTrifluoride && a.LandUseChange == b.LandUseChange && a.LandUseWasANetSource == b.LandUseWasANetSource && a.Total == b.Total);

    [Property(MaxTest = 200)]
    public Property CollectiveProgress_RoundTrips() => RoundTrips(Progress, KyotoJsonContext.Default.CollectiveProgress, (a, b) =>
        a.ToString() == b.ToString() && a.Reference == b.Reference && a.Parties.SequenceEqual(b.Parties) && a.Period == b.Period && a.FirstYear == b.FirstYear
        && a.LastYear == b.LastYear && a.BaseYearEmissions == b.BaseYearEmissions && a.Emissions == b.Emissions && a.BaseLevel == b.BaseLevel && a.Change == b.Change);

    [Property(MaxTest = 200)]
    public Property RetiredUnits_RoundTrips() => RoundTrips(Retired, KyotoJsonContext.Default.RetiredUnits, Same);

    [Property(MaxTest = 200)]
    public Property ComplianceAssessment_RoundTrips() => RoundTrips(Assessments, KyotoJsonContext.Default.ComplianceAssessment, Same);

    [Property(MaxTest = 40)]
    public Property JointFulfilmentAssessment_RoundTrips() => RoundTrips(JointFulfilmentAssessments, KyotoJsonContext.Default.JointFulfilmentAssessment, (a, b) =>
        a.Agreement.ToString() == b.Agreement.ToString() && a.Agreement.JointAssignedAmount == b.Agreement.JointAssignedAmount
        && a.Members.Select(m => (m.Party, m.Level, m.Emissions)).SequenceEqual(b.Members.Select(m => (m.Party, m.Level, m.Emissions)))
        && a.CombinedEmissions == b.CombinedEmissions && a.CombinedLevel == b.CombinedLevel && a.IsJointlyCompliant == b.IsJointlyCompliant);

    [Property(MaxTest = 40)]
    public Property JointComplianceAssessment_RoundTrips() => RoundTrips(JointComplianceAssessments, KyotoJsonContext.Default.JointComplianceAssessment, (a, b) =>
        a.Agreement.ToString() == b.Agreement.ToString() && a.AssessmentDate == b.AssessmentDate && a.CombinedEmissionsTonnes == b.CombinedEmissionsTonnes
        && a.CombinedCoveringTonnes == b.CombinedCoveringTonnes && a.IsJointlyCompliant == b.IsJointlyCompliant
        && a.AllParticipants.Count == b.AllParticipants.Count && a.AllParticipants.Zip(b.AllParticipants).All(p => Same(p.First, p.Second)));

    [Property(MaxTest = 100)]
    public Property NetSourceCancellationAssessment_RoundTrips() => RoundTrips(NetSource, KyotoJsonContext.Default.NetSourceCancellationAssessment, (a, b) =>
        a.ToString() == b.ToString() && a.Party == b.Party && a.Period == b.Period && a.Required == b.Required && a.Cancelled == b.Cancelled && a.IneligibleCancelled == b.IneligibleCancelled);

    [Property(MaxTest = 100)]
    public Property RegistryConfiguration_RoundTrips_WithEveryPart() => RoundTrips(Configurations, KyotoJsonContext.Default.RegistryConfiguration, SameConfiguration);

    [Property(MaxTest = 40)]
    public Property ConfigurationChange_RoundTrips() => RoundTrips(Changes, KyotoJsonContext.Default.ConfigurationChange, (a, b) =>
        a.EffectiveDate == b.EffectiveDate && a.TransactionCount == b.TransactionCount && SameConfiguration(a.Configuration, b.Configuration));

    [Property(MaxTest = 20)]
    public Property Lists_RoundTrip_ThroughTheContext() =>
        Prop.ForAll(Gen.ListOf(Gen.OneOf(Computed, Recorded)).Select(l => l.ToList()).ToArbitrary(), amounts =>
        {
            List<AssignedAmount> back = JsonSerializer.Deserialize(JsonSerializer.Serialize(amounts, KyotoJsonContext.Default.ListAssignedAmount), KyotoJsonContext.Default.ListAssignedAmount)!;
            return back.Count == amounts.Count && back.Zip(amounts).All(p => Same(p.First, p.Second));
        });

    internal static bool Same(AssignedAmount a, AssignedAmount b) =>
        a.ToString() == b.ToString() && a.Party == b.Party && a.Period == b.Period && a.BaseYearEmissions == b.BaseYearEmissions && a.QelrcPercent == b.QelrcPercent
        && a.Rounding == b.Rounding && a.Source == b.Source && a.Exact == b.Exact && a.RecordedTonnes == b.RecordedTonnes;

    internal static bool Same(RetiredUnits a, RetiredUnits b) =>
        a.Quantities.OrderBy(q => q.Key).SequenceEqual(b.Quantities.OrderBy(q => q.Key)) && a.TemporaryCerLimit == b.TemporaryCerLimit
        && a.TotalTonnes == b.TotalTonnes && a.CountedTonnes == b.CountedTonnes;

    internal static bool Same(ComplianceAssessment a, ComplianceAssessment b) =>
        a.ToString() == b.ToString() && a.Party == b.Party && a.Period == b.Period && a.AssessmentDate == b.AssessmentDate && a.Basis == b.Basis
        && a.ReviewedEmissionsTonnes == b.ReviewedEmissionsTonnes && a.CoveringTonnes == b.CoveringTonnes && a.Article37TerAddBackTonnes == b.Article37TerAddBackTonnes
        && Same(a.RetiredUnits!, b.RetiredUnits!) && a.ExcessEmissionsTonnes == b.ExcessEmissionsTonnes && a.Deduction == b.Deduction
        && a.Consequences.Select(c => c.ToString()).SequenceEqual(b.Consequences.Select(c => c.ToString()));

    /// <summary>Equal as the journal's round-trip tests define it: the same content, accounts and suspensions.</summary>
    internal static bool SameConfiguration(RegistryConfiguration a, RegistryConfiguration b) =>
        a.HasSameContent(b)
        && a.Accounts.Select(x => x.ToString()).SequenceEqual(b.Accounts.Select(x => x.ToString()))
        && a.Suspensions.Select(s => s.ToString()).SequenceEqual(b.Suspensions.Select(s => s.ToString()))
        && a.ConfiguredParties.SequenceEqual(b.ConfiguredParties)
        && a.ConfiguredParties.All(p => a.GetAuthorisedLegalEntities(p).SequenceEqual(b.GetAuthorisedLegalEntities(p)) && a.GetArticle37TerQuantity(p) == b.GetArticle37TerQuantity(p));

    private static JointFulfilment SecondPeriodAgreement(int[] additions, int joint)
    {
        JointFulfilment agreement = JointFulfilment.EuSecondPeriod;
        for (int i = 0; i < additions.Length; i++)
        {
            if (additions[i] > 1)
            {
                agreement = agreement.WithLandUseAddition(agreement.Members[i], additions[i] * 1_000_000L);
            }
        }

        return agreement.WithJointAssignedAmount(agreement.CombinedLevel.ToWholeTonnes(TonneRounding.TowardZero) + (joint * 1_000L));
    }

    private static RegistryConfiguration Edit(RegistryConfiguration c, int[] x)
    {
        Party party = Party.All[x[0] % Party.All.Count];
        CommitmentPeriod period = CommitmentPeriod.All[x[1] % 2];
        Mechanism mechanism = new[] { Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading }[x[2] % 3];
        var interval = new DateInterval(new LocalDate(2008, 1, 1).PlusDays(x[3] % 3_000), new LocalDate(2008, 1, 1).PlusDays((x[3] % 3_000) + (x[4] % 400)));
        return (x[5] % 10) switch
        {
            0 => c.WithSuspension(party, mechanism, interval),
            1 => c.WithTransferSuspension(party, mechanism, interval),
            2 => c.WithArticle37TerQuantity(party, x[4] % 3 == 0 ? 0 : x[4]),
            3 => c.WithLeastDevelopedCountryProject(1 + x[4]),
            4 => c.WithLulucfIssuanceLimit(party, period, (LulucfActivity)(1 + (x[2] % 7)), x[4]),
            5 => c.WithTemporaryCerLimit(party, period, x[4]).WithPpsrRetirementLimit(party, x[3]),
            6 => c.WithAuthorisedLegalEntity(party, "Entité \"" + (x[4] % 5).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\" \\ Ltd"),
            7 => c.WithEligibility(party, period, mechanism),
            8 => c.WithAssignedAmount(party, period, x[4]).WithReserve(party, period, x[3]),
            _ => c.TryGetAccount(AccountId.FromNumber(10_000 + x[4]), out _)
                ? c
                : c.WithAccount(Account.EntityHolding(AccountId.FromNumber(10_000 + x[4]), RegistryId.National(party), "Acme " + x[3].ToString(System.Globalization.CultureInfo.InvariantCulture))),
        };
    }

    private static Property RoundTrips<T>(Gen<T> values, JsonTypeInfo<T> info, Func<T, T, bool> same)
        where T : class =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            string json = JsonSerializer.Serialize(value, info);
            T viaContext = JsonSerializer.Deserialize(json, info)!;
            T viaAttribute = JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;
            return (same(value, viaContext) && same(value, viaAttribute) && JsonSerializer.Serialize(viaContext, info) == json && JsonSerializer.Serialize(value) == json).Label(json);
        });
}
