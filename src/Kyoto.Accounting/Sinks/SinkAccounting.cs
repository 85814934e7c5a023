using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// Accounts a Party's LULUCF activities for a commitment period (Art. 3.3, 3.4, 3.7; decisions 16/CMP.1 and 2/CMP.7):
/// from its elections, parameters and activity data to the RMUs it may issue per activity and the units it must
/// cancel, with every step as a line of the result.
/// </summary>
/// <remarks>
/// <para>Quantities are in credit terms: net removals are credits (positive), net emissions debits (negative).</para>
/// <list type="bullet">
/// <item><description>Afforestation/reforestation and deforestation (Art. 3.3): gross-net, the net removals over the span.
/// First period: harvesting debits on AR land above the credits accounted on it are not accounted (16/CMP.1 annex ¶4;
/// the land-unit figures are Party inputs).</description></item>
/// <item><description>Forest management, first period: gross-net. If the Art. 3.3 activities are a net source, FM may
/// offset it, up to 9.0 Mt C × 44/12 per year (¶10). What remains is capped at the appendix value × 44/12 per year,
/// less ERUs of Art. 6 FM projects (¶11–12). Debits are never capped.</description></item>
/// <item><description>Forest management, second period: the net emissions (with harvested wood products and
/// natural-disturbance exclusions) compared with the reference level and its technical correction × the number of
/// years; credits capped at 3.5 % of base-year emissions excluding LULUCF per year (2/CMP.7 annex ¶13). Debits are
/// never capped.</description></item>
/// <item><description>Cropland management, grazing land management, revegetation and (second period) wetland drainage and
/// rewetting: net-net, the span's net emissions minus the 1990 net emissions × the number of years (16/CMP.1 annex ¶9;
/// 2/CMP.7 annex).</description></item>
/// </list>
/// <para>
/// Under whole-period accounting the span is the period (5 or 8 years); under annual accounting each year is accounted
/// on its own with the per-year share of every limit and reference (× 1) — an interpretation of "annual accounting"
/// (13/CMP.1 annex ¶25) that makes the annual results add up to the period result whenever no limit binds. Net credits of
/// an activity become RMUs (rounded down), net debits units to cancel (rounded up; 13/CMP.1 annex ¶25, ¶32). Deforestation
/// never yields RMUs: a net removal on deforested land is accounted, shown, and issues nothing (an interpretation of
/// Art. 3.3). Quantities stay exact (<see cref="ExactCo2e"/>) until that rounding.
/// </para>
/// <para>This type is thread-safe.</para>
/// </remarks>
public static class SinkAccounting
{
    /// <summary>The ¶10 limit on FM offsetting an Art. 3.3 net source, Mt C per year (decision 16/CMP.1 annex ¶10: 9.0 Mt C × 5).</summary>
    public static decimal NetSourceOffsetMegatonnesCarbonPerYear { get; } = 9.0m;

    /// <summary>The second-period FM credit cap as a per cent of base-year emissions excluding LULUCF, per year (decision 2/CMP.7 annex ¶13).</summary>
    public static decimal SecondPeriodCapPercent { get; } = 3.5m;

    private static readonly LulucfActivity[] NetNet =
        [LulucfActivity.CroplandManagement, LulucfActivity.GrazingLandManagement, LulucfActivity.Revegetation, LulucfActivity.WetlandDrainageAndRewetting];

    /// <summary>Accounts a Party's LULUCF activities for a period.</summary>
    /// <param name="elections">The Party's elections for the period.</param>
    /// <param name="parameters">The period's parameters (FM cap or reference level, HWP, natural disturbances, ¶4 and Art. 6 inputs).</param>
    /// <param name="data">Activity data under the period's GWP set, with every year of the period for every accounted activity and 1990 for net-net activities.</param>
    /// <param name="baseYear">The Party's base-year emissions for the period; required in the second period (the 3.5 % cap), ignored in the first.</param>
    /// <returns>The accounting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="elections"/>, <paramref name="parameters"/> or <paramref name="data"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The inputs disagree (Party, period, GWP set), a required input is missing (FM cap, reference level, base year, a
    /// year of data), or there is data or a parameter for an activity that is not accounted; the message names the rule.
    /// </exception>
    /// <example><code>
    /// var jpn = Party.FromCode("JPN");
    /// var elections = LulucfElections.Create(jpn, CommitmentPeriod.First, [LulucfActivity.ForestManagement],
    ///     LulucfAccountingFrequency.Period, ForestDefinition.Create(0.3m, 30m, 5m), "Initial report of Japan");
    /// var parameters = SinkParameters.For(jpn, CommitmentPeriod.First).WithForestManagementCap(ForestManagementCap.ForParty(jpn));
    /// SinkAccountingResult result = SinkAccounting.Account(elections, parameters, data);
    /// long fmRmus = result.GetRmusToIssue(LulucfActivity.ForestManagement);
    /// </code></example>
    public static SinkAccountingResult Account(LulucfElections elections, SinkParameters parameters, LulucfActivityData data, BaseYearEmissions? baseYear = null)
    {
        Preconditions.CheckNotNull(elections, nameof(elections));
        Preconditions.CheckNotNull(parameters, nameof(parameters));
        Preconditions.CheckNotNull(data, nameof(data));
        CommitmentPeriod period = elections.Period;
        Validate(elections, parameters, data, baseYear);

        var context = new Context(elections, parameters, data, period == CommitmentPeriod.Second ? baseYear : null);
        int[] years = Enumerable.Range(period.FirstYear, period.LengthInYears).ToArray();
        if (elections.Frequency == LulucfAccountingFrequency.Period)
        {
            AccountSpan(context, years, null);
        }
        else
        {
            foreach (int year in years)
            {
                AccountSpan(context, [year], year);
            }
        }

        return new SinkAccountingResult(elections, context.Lines.ToImmutableArray(), context.Outcomes.ToImmutableArray(), context.FmCapUsed);
    }

    private static void Validate(LulucfElections elections, SinkParameters parameters, LulucfActivityData data, BaseYearEmissions? baseYear)
    {
        CommitmentPeriod period = elections.Period;
        Preconditions.CheckArgument(parameters.Party == elections.Party && parameters.Period == period, nameof(parameters), "The parameters are for " + parameters.Party.Code + " " + parameters.Period + ", the elections for " + elections.Party.Code + " " + period + ".");
        Preconditions.CheckArgument(
            data.GwpSet == period.GwpSet,
            nameof(data),
            "The activity data are under " + data.GwpSet.Name + " but " + period + " uses " + period.GwpSet.Name + " (Art. 5.3); convert the data to the period's GWP set.");
        bool fm = elections.IsAccounted(LulucfActivity.ForestManagement);
        if (period == CommitmentPeriod.First)
        {
            Preconditions.CheckArgument(!fm || parameters.ForestManagementCap is not null, nameof(parameters), "Forest management is elected, so its first-period cap (the Party's value in the appendix to decision 16/CMP.1, ¶11) is required: ForestManagementCap.ForParty or ForestManagementCap.Stated.");
            Preconditions.CheckArgument(fm || (parameters.ForestManagementCap is null && parameters.Article6ForestManagementProjects.IsEmpty), nameof(parameters), "An FM cap or Art. 6 FM projects are stated, but forest management was not elected for the first period (decision 16/CMP.1 annex ¶6, ¶11).");
        }
        else
        {
            Preconditions.CheckArgument(parameters.ReferenceLevel is not null, nameof(parameters), "Forest management is mandatory in the second period and accounted against the Party's reference level (decision 2/CMP.7 annex); state it with ForestManagementReferenceLevel.Stated.");
            Preconditions.CheckArgument(baseYear is not null, nameof(baseYear), "The second-period FM credit cap is 3.5 % of base-year emissions excluding LULUCF × 8 (decision 2/CMP.7 annex ¶13); pass the Party's BaseYearEmissions for the second period.");
            Preconditions.CheckArgument(baseYear.Party == elections.Party && baseYear.Period == period, nameof(baseYear), "The base-year emissions are " + baseYear.Party.Code + "'s for " + baseYear.Period + ", not " + elections.Party.Code + "'s for " + period + ".");
        }

        foreach (LulucfActivityRecord record in data.GetRecords())
        {
            if (record.Party == elections.Party && period.Contains(record.Year) && !elections.IsAccounted(record.Activity))
            {
                throw new ArgumentException(
                    "The activity data has " + record.Activity + " for " + record.Party.Code + " in " + record.Year.ToString(CultureInfo.InvariantCulture)
                    + ", but the activity was not elected for " + period + " (Art. 3.4: only elected activities are accounted); elect it or remove the data.",
                    nameof(data));
            }
        }
    }

    private static void AccountSpan(Context c, int[] years, int? label)
    {
        long m = years.Length;
        bool first = c.Period == CommitmentPeriod.First;
        var quantity = new Dictionary<LulucfActivity, ExactCo2e>();
        foreach (LulucfActivity activity in c.Elections.AccountedActivities)
        {
            bool article33 = activity is LulucfActivity.AfforestationAndReforestation or LulucfActivity.Deforestation;
            ExactCo2e net = years.Aggregate(ExactCo2e.Zero, (sum, y) => sum + c.Data.GetNetEmissions(c.Party, activity, y));
            ExactCo2e q = c.Add(label, activity, SinkStep.NetEmissionsAndRemovals, -net, article33 ? "Art. 3.3" : "Art. 3.4", (article33 ? "gross-net" : "net") + " removals (+) or emissions (−) " + Span(years));
            if (!first && activity is LulucfActivity.AfforestationAndReforestation or LulucfActivity.ForestManagement)
            {
                q += SecondPeriodAdjustments(c, years, label, activity);
            }

            if (first && activity == LulucfActivity.AfforestationAndReforestation && years.Any(c.Parameters.HarvestingDebitLimit.ContainsKey))
            {
                ExactCo2e excess = years.Where(c.Parameters.HarvestingDebitLimit.ContainsKey).Aggregate(ExactCo2e.Zero, (sum, y) =>
                {
                    HarvestingDebitLimitInput input = c.Parameters.HarvestingDebitLimit[y];
                    return sum + SinkMath.PositivePart(c.Tonnes(input.HarvestingDebitsTonnes) - c.Tonnes(input.CreditsOnThatLandTonnes));
                });
                q += c.Add(label, activity, SinkStep.HarvestingDebitLimit, excess, "Decision 16/CMP.1 annex ¶4", "harvesting debits on AR land above the credits accounted on it, not accounted");
            }

            if (Array.IndexOf(NetNet, activity) >= 0)
            {
                ExactCo2e baseNet = c.Data.GetNetEmissions(c.Party, activity, 1990);
                q += c.Add(label, activity, SinkStep.BaseYearNetEmissions, baseNet * m, first ? "Decision 16/CMP.1 annex ¶9" : "Decision 2/CMP.7 annex (net-net)", "net-net: 1990 net emissions × " + m.ToString(CultureInfo.InvariantCulture));
            }

            if (!first && activity == LulucfActivity.ForestManagement)
            {
                ForestManagementReferenceLevel level = c.Parameters.ReferenceLevel!;
                q += c.Add(label, activity, SinkStep.ReferenceLevel, SinkMath.Megatonnes(level.InscribedMegatonnesPerYear, c.Set, "referenceLevel") * m, "Decision 2/CMP.7 annex and appendix", "FMRL " + level.InscribedMegatonnesPerYear.ToString(CultureInfo.InvariantCulture) + " Mt CO2e/yr × " + m.ToString(CultureInfo.InvariantCulture) + " (stated: " + level.Source + ")");
                q += c.Add(label, activity, SinkStep.TechnicalCorrection, SinkMath.Megatonnes(level.TechnicalCorrectionMegatonnesPerYear, c.Set, "referenceLevel") * m, "Decision 3/CMP.11 ¶55(f), (i)", "technical correction " + level.TechnicalCorrectionMegatonnesPerYear.ToString(CultureInfo.InvariantCulture) + " Mt CO2e/yr × " + m.ToString(CultureInfo.InvariantCulture));
            }

            quantity[activity] = q;
        }

        if (quantity.TryGetValue(LulucfActivity.ForestManagement, out ExactCo2e fm))
        {
            quantity[LulucfActivity.ForestManagement] = first ? CapFirstPeriod(c, years, label, quantity, fm) : CapSecondPeriod(c, label, m, fm);
        }

        foreach (LulucfActivity activity in c.Elections.AccountedActivities)
        {
            ExactCo2e q = quantity[activity];
            c.Info(label, activity, SinkStep.AccountingQuantity, q, "Decision 13/CMP.1 annex ¶25, ¶32", "accounting quantity: credits → RMUs, debits → cancellation");
            long rmus = 0;
            if (SinkMath.IsPositive(q))
            {
                if (activity == LulucfActivity.Deforestation)
                {
                    c.Info(label, activity, SinkStep.NoRemovalUnitsForDeforestation, q, "Art. 3.3 (interpretation)", "net removals on deforested land are accounted, but no RMUs are issued for deforestation");
                }
                else
                {
                    rmus = q.ToWholeTonnes(TonneRounding.Down);
                }
            }

            long cancel = SinkMath.IsNegative(q) ? (-q).ToWholeTonnes(TonneRounding.Up) : 0;
            c.Outcomes.Add(new SinkActivityOutcome(label, activity, q, rmus, cancel));
        }
    }

    private static ExactCo2e SecondPeriodAdjustments(Context c, int[] years, int? label, LulucfActivity activity)
    {
        ExactCo2e total = ExactCo2e.Zero;
        int[] hwpYears = years.Where(y => c.Parameters.HarvestedWoodProducts.ContainsKey((activity, y))).ToArray();
        if (hwpYears.Length > 0)
        {
            ExactCo2e hwp = hwpYears.Aggregate(ExactCo2e.Zero, (sum, y) => sum + c.Tonnes(c.Parameters.HarvestedWoodProducts[(activity, y)]));
            total += c.Add(label, activity, SinkStep.HarvestedWoodProducts, -hwp, "Decision 2/CMP.7 annex (harvested wood products)", "HWP net removals (+) or emissions (−) as reported");
        }

        int[] ndYears = years.Where(y => c.Parameters.NaturalDisturbances.ContainsKey((activity, y))).ToArray();
        if (ndYears.Length > 0)
        {
            ExactCo2e emissions = ndYears.Aggregate(ExactCo2e.Zero, (sum, y) => sum + c.Tonnes(c.Parameters.NaturalDisturbances[(activity, y)].ExcludedEmissionsTonnes));
            ExactCo2e removals = ndYears.Aggregate(ExactCo2e.Zero, (sum, y) => sum + c.Tonnes(c.Parameters.NaturalDisturbances[(activity, y)].ExcludedRemovalsTonnes));
            total += c.Add(label, activity, SinkStep.NaturalDisturbanceExcludedEmissions, emissions, "Decision 2/CMP.7 annex (natural disturbances)", "emissions above the background level plus margin, excluded");
            total += c.Add(label, activity, SinkStep.NaturalDisturbanceExcludedRemovals, -removals, "Decision 2/CMP.7 annex (natural disturbances)", "later removals on the disturbed land, excluded");
        }

        return total;
    }

    private static ExactCo2e CapFirstPeriod(Context c, int[] years, int? label, Dictionary<LulucfActivity, ExactCo2e> quantity, ExactCo2e fm)
    {
        long m = years.Length;
        const LulucfActivity FM = LulucfActivity.ForestManagement;
        ExactCo2e article33 = quantity[LulucfActivity.AfforestationAndReforestation] + quantity[LulucfActivity.Deforestation];
        ExactCo2e offset = ExactCo2e.Zero;
        if (SinkMath.IsNegative(article33))
        {
            ExactCo2e limit = CarbonToCo2e.FromMegatonnesOfCarbon(NetSourceOffsetMegatonnesCarbonPerYear, c.Set) * m;
            offset = SinkMath.Min(SinkMath.Min(-article33, limit), SinkMath.PositivePart(fm));
            c.Info(label, FM, SinkStep.NetSourceOffset, offset, "Decision 16/CMP.1 annex ¶10", "FM credits offsetting the Art. 3.3 net source of " + SinkFormat.Tonnes(-article33) + " (limit 9.0 Mt C × 44/12 × " + m.ToString(CultureInfo.InvariantCulture) + " = " + SinkFormat.Tonnes(limit) + "); outside the ¶11 cap");
        }

        ExactCo2e article6 = years.Where(c.Parameters.Article6ForestManagementProjects.ContainsKey)
            .Aggregate(ExactCo2e.Zero, (sum, y) => sum + c.Tonnes(c.Parameters.Article6ForestManagementProjects[y]));
        ForestManagementCap cap = c.Parameters.ForestManagementCap!;
        ExactCo2e capTotal = CarbonToCo2e.FromMegatonnesOfCarbon(cap.MegatonnesCarbonPerYear, c.Set) * m;
        ExactCo2e allowed = SinkMath.PositivePart(capTotal - article6);
        if (!article6.Equals(ExactCo2e.Zero))
        {
            c.Info(label, FM, SinkStep.Article6ForestManagementProjects, article6, "Decision 16/CMP.1 annex ¶12", "ERUs of Art. 6 FM projects, counted within the cap");
        }

        c.FmCapUsed = (c.FmCapUsed ?? ExactCo2e.Zero) + allowed;
        ExactCo2e rest = fm - offset;
        if (rest > allowed)
        {
            return fm + c.Add(label, FM, SinkStep.CapExcess, -(rest - allowed), "Decision 16/CMP.1 annex ¶11 and appendix", "FM credits above the cap " + cap.MegatonnesCarbonPerYear.ToString(CultureInfo.InvariantCulture) + " Mt C/yr × 44/12 × " + m.ToString(CultureInfo.InvariantCulture) + " = " + SinkFormat.Tonnes(capTotal) + " less Art. 6 FM projects (" + cap.Origin + ": " + cap.Source + ")");
        }

        return fm;
    }

    private static ExactCo2e CapSecondPeriod(Context c, int? label, long m, ExactCo2e fm)
    {
        BaseYearEmissions baseYear = c.BaseYear!;
        ExactCo2e excludingLulucf = baseYear.Total - baseYear.LandUseChange;
        ExactCo2e cap = SinkMath.Scale(excludingLulucf, decimal.ToInt64(SecondPeriodCapPercent * 10m) * m, 1000);
        c.FmCapUsed = (c.FmCapUsed ?? ExactCo2e.Zero) + cap;
        if (fm > cap)
        {
            return fm + c.Add(label, LulucfActivity.ForestManagement, SinkStep.CapExcess, -(fm - cap), "Decision 2/CMP.7 annex ¶13", "FM credits above 3.5 % of base-year emissions excluding LULUCF (" + SinkFormat.Tonnes(excludingLulucf) + ") × " + m.ToString(CultureInfo.InvariantCulture) + " = " + SinkFormat.Tonnes(cap));
        }

        return fm;
    }

    private static string Span(int[] years) => years.Length == 1
        ? years[0].ToString(CultureInfo.InvariantCulture)
        : years[0].ToString(CultureInfo.InvariantCulture) + "–" + years[^1].ToString(CultureInfo.InvariantCulture);

    private sealed class Context(LulucfElections elections, SinkParameters parameters, LulucfActivityData data, BaseYearEmissions? baseYear)
    {
        internal LulucfElections Elections { get; } = elections;

        internal SinkParameters Parameters { get; } = parameters;

        internal LulucfActivityData Data { get; } = data;

        internal BaseYearEmissions? BaseYear { get; } = baseYear;

        internal Parties.Party Party => Elections.Party;

        internal CommitmentPeriod Period => Elections.Period;

        internal GwpSet Set => Period.GwpSet;

        internal List<SinkAccountingLine> Lines { get; } = [];

        internal List<SinkActivityOutcome> Outcomes { get; } = [];

        internal ExactCo2e? FmCapUsed { get; set; }

        internal ExactCo2e Tonnes(decimal tonnes) => SinkMath.Tonnes(tonnes, Set, nameof(tonnes));

        internal ExactCo2e Add(int? year, LulucfActivity activity, SinkStep step, ExactCo2e amount, string rule, string description)
        {
            Lines.Add(new SinkAccountingLine(year, activity, step, amount, true, rule, description));
            return amount;
        }

        internal void Info(int? year, LulucfActivity activity, SinkStep step, ExactCo2e amount, string rule, string description) =>
            Lines.Add(new SinkAccountingLine(year, activity, step, amount, false, rule, description));
    }
}
