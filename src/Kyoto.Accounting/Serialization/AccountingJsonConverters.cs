using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Writes an <see cref="AssignedAmount"/>. A computed amount (Art. 3.7, 3.7 bis) carries its inputs and its results:
/// <c>{"party":"DEU","period":"CP1","baseYearEmissions":"1232429543.6 tCO2e (SAR)","qelrcPercent":79,"rounding":"NearestHalfAwayFromZero","exact":"…","recordedTonnes":4868096694}</c>;
/// a recorded one (decision 13/CMP.1 annex ¶2) its source instead:
/// <c>{"party":"NZL","period":"CP1","source":"initial review report","recordedTonnes":309564733}</c>.
/// Reading recomputes the amount through <see cref="AssignedAmount.Calculate(Party, CommitmentPeriod, ExactCo2e, decimal, TonneRounding)"/>
/// or <see cref="AssignedAmount.FromRecorded"/>; <c>exact</c> and <c>recordedTonnes</c> must match.
/// </summary>
public sealed class AssignedAmountJsonConverter : ObjectJsonConverter<AssignedAmount>
{
    private const string What = "an assigned amount";

    internal override AssignedAmount ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "party", "period", "source", "baseYearEmissions", "qelrcPercent", "rounding", "exact", "recordedTonnes");
        Party party = f.Party("party");
        CommitmentPeriod period = f.Period("period");
        if (f.Has("source"))
        {
            foreach (string computedOnly in new[] { "baseYearEmissions", "qelrcPercent", "rounding", "exact" })
            {
                if (f.Has(computedOnly))
                {
                    throw f.Error(computedOnly, "A recorded assigned amount (with 'source') has no '" + computedOnly + "'");
                }
            }

            string source = f.Text("source");
            long tonnes = f.Whole("recordedTonnes");
            return JsonText.Build(() => AssignedAmount.FromRecorded(party, period, tonnes, source), What);
        }

        ExactCo2e baseYear = f.Exact("baseYearEmissions");
        decimal percent = f.Decimal("qelrcPercent");
        TonneRounding rounding = f.Enum<TonneRounding>("rounding");
        AssignedAmount amount = JsonText.Build(() => AssignedAmount.Calculate(party, period, baseYear, percent, rounding), What);
        f.Check("exact", amount.Exact, f.Exact("exact"));
        f.Check("recordedTonnes", amount.RecordedTonnes, f.Whole("recordedTonnes"));
        return amount;
    }

    internal override void WriteObject(Utf8JsonWriter writer, AssignedAmount value)
    {
        writer.WriteStartObject();
        writer.WriteString("party", value.Party.Code);
        writer.WriteString("period", value.Period.Code);
        if (value.Source is string source)
        {
            writer.WriteString("source", source);
        }
        else
        {
            writer.WriteString("baseYearEmissions", value.BaseYearEmissions!.Value.ToString());
            writer.WriteNumber("qelrcPercent", value.QelrcPercent!.Value);
            writer.WriteString("rounding", value.Rounding!.Value.ToString());
            writer.WriteString("exact", value.Exact.ToString());
        }

        writer.WriteNumber("recordedTonnes", value.RecordedTonnes);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="CommitmentPeriodReserve"/> (decision 11/CMP.1 annex ¶6) as its two limits, the rounding and the
/// results: <c>{"party":"NZL","period":"CP1","assignedAmountLimit":"…","inventoryLimit":"…","article37Ter":false,"rounding":"NearestHalfAwayFromZero","exact":"…","tonnes":278608260}</c>.
/// Reading checks that the limits are under the period's GWP set and not negative; <c>exact</c> (the lower limit) and
/// <c>tonnes</c> (it rounded) must match.
/// </summary>
public sealed class CommitmentPeriodReserveJsonConverter : ObjectJsonConverter<CommitmentPeriodReserve>
{
    private const string What = "a commitment period reserve";

    internal override CommitmentPeriodReserve ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "party", "period", "assignedAmountLimit", "inventoryLimit", "article37Ter", "rounding", "exact", "tonnes");
        Party party = f.Party("party");
        CommitmentPeriod period = f.Period("period");
        ExactCo2e amountLimit = f.Exact("assignedAmountLimit");
        ExactCo2e inventoryLimit = f.Exact("inventoryLimit");
        bool article37Ter = f.Bool("article37Ter");
        TonneRounding rounding = f.Enum<TonneRounding>("rounding");
        CommitmentPeriodReserve reserve = JsonText.Build(
            () =>
            {
                AssignedAmount.CheckNotNegative(amountLimit, period, "assignedAmountLimit");
                AssignedAmount.CheckNotNegative(inventoryLimit, period, "inventoryLimit");
                return new CommitmentPeriodReserve(party, period, amountLimit, inventoryLimit, article37Ter, rounding);
            },
            What);
        f.Check("exact", reserve.Exact, f.Exact("exact"));
        f.Check("tonnes", reserve.Tonnes, f.Whole("tonnes"));
        return reserve;
    }

    internal override void WriteObject(Utf8JsonWriter writer, CommitmentPeriodReserve value)
    {
        writer.WriteStartObject();
        writer.WriteString("party", value.Party.Code);
        writer.WriteString("period", value.Period.Code);
        writer.WriteString("assignedAmountLimit", value.AssignedAmountLimit.ToString());
        writer.WriteString("inventoryLimit", value.InventoryLimit.ToString());
        writer.WriteBoolean("article37Ter", value.IsArticle37TerVariant);
        writer.WriteString("rounding", value.Rounding.ToString());
        writer.WriteString("exact", value.Exact.ToString());
        writer.WriteNumber("tonnes", value.Tonnes);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes an <see cref="Article37TerCancellation"/> (Art. 3.7 ter; decision 2/CMP.11 ¶2):
/// <c>{"assignedAmount":{…},"basis":"AnnexAGasesAndSources","averageEmissions2008To2010":"…","rounding":"NearestHalfAwayFromZero","referenceAmount":"…","difference":"…","cancellationTonnes":0}</c>.
/// Reading rebuilds it from the assigned amount, average, basis and rounding, with the checks of
/// <see cref="Article37TerCancellation.CalculateFromStatedAverage"/>; the three results must match.
/// </summary>
public sealed class Article37TerCancellationJsonConverter : ObjectJsonConverter<Article37TerCancellation>
{
    private const string What = "an Art. 3.7 ter cancellation";

    internal override Article37TerCancellation ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "assignedAmount", "basis", "averageEmissions2008To2010", "rounding", "referenceAmount", "difference", "cancellationTonnes");
        AssignedAmount amount = new AssignedAmountJsonConverter().ReadElement(f.Get("assignedAmount"), f.PathOf("assignedAmount"));
        Article37TerAverageBasis basis = f.Enum<Article37TerAverageBasis>("basis");
        ExactCo2e average = f.Exact("averageEmissions2008To2010");
        TonneRounding rounding = f.Enum<TonneRounding>("rounding");
        Article37TerCancellation stated = JsonText.Build(() => Article37TerCancellation.CalculateFromStatedAverage(amount, average, rounding), What);
        Article37TerCancellation result = basis == stated.Basis ? stated : new Article37TerCancellation(amount, average, basis, rounding);
        f.Check("referenceAmount", result.ReferenceAmount, f.Exact("referenceAmount"));
        f.Check("difference", result.Difference, f.Exact("difference"));
        f.Check("cancellationTonnes", result.CancellationTonnes, f.Whole("cancellationTonnes"));
        return result;
    }

    internal override void WriteObject(Utf8JsonWriter writer, Article37TerCancellation value)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("assignedAmount");
        new AssignedAmountJsonConverter().WriteObject(writer, value.AssignedAmount);
        writer.WriteString("basis", value.Basis.ToString());
        writer.WriteString("averageEmissions2008To2010", value.AverageEmissions2008To2010.ToString());
        writer.WriteString("rounding", value.Rounding.ToString());
        writer.WriteString("referenceAmount", value.ReferenceAmount.ToString());
        writer.WriteString("difference", value.Difference.ToString());
        writer.WriteNumber("cancellationTonnes", value.CancellationTonnes);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="JointFulfilmentAssessment"/> (Art. 4.1, 4.5) as the agreement, the emissions it was given and
/// the results:
/// <c>{"agreement":{"organization":"EUU","period":"CP1"},"emissions":{"AUT":"…","BEL":"…"},"combinedEmissions":"…","combinedLevel":"…","jointlyCompliant":true}</c>.
/// The agreement is one of the library's (<see cref="JointFulfilment.EuFirstPeriod"/>, <see cref="JointFulfilment.EuSecondPeriod"/>),
/// named by organization and period, with its stated <c>landUseAdditions</c> (a map Party → tonnes) and
/// <c>jointAssignedAmount</c> (tonnes) when set. Reading runs <see cref="JointFulfilment.Assess"/> again; the results must match.
/// </summary>
public sealed class JointFulfilmentAssessmentJsonConverter : ObjectJsonConverter<JointFulfilmentAssessment>
{
    private const string What = "a joint-fulfilment assessment";

    internal override JointFulfilmentAssessment ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "agreement", "emissions", "combinedEmissions", "combinedLevel", "jointlyCompliant");
        JointFulfilment agreement = ReadAgreement(f.Object("agreement", "a joint-fulfilment agreement", "organization", "period", "landUseAdditions", "jointAssignedAmount"));
        var emissions = new Dictionary<Party, Co2e>();
        foreach ((string key, JsonElement value, string at) in f.Map("emissions"))
        {
            emissions.Add(JsonFields.PartyKey(key, at), JsonFields.Parsed<Co2e>(value, at, "CO2-equivalent value ('1234.5 tCO2e (SAR)')"));
        }

        JointFulfilmentAssessment assessment = JsonText.Build(() => agreement.Assess(emissions), What);
        f.Check("combinedEmissions", assessment.CombinedEmissions, f.Co2e("combinedEmissions"));
        f.Check("combinedLevel", assessment.CombinedLevel, f.Co2e("combinedLevel"));
        f.Check("jointlyCompliant", assessment.IsJointlyCompliant, f.Bool("jointlyCompliant"));
        return assessment;
    }

    internal override void WriteObject(Utf8JsonWriter writer, JointFulfilmentAssessment value)
    {
        writer.WriteStartObject();
        WriteAgreement(writer, value.Agreement);
        writer.WriteStartObject("emissions");
        foreach (JointFulfilmentMember member in value.Members)
        {
            writer.WriteString(member.Party.Code, member.Emissions.ToString());
        }

        writer.WriteEndObject();
        writer.WriteString("combinedEmissions", value.CombinedEmissions.ToString());
        writer.WriteString("combinedLevel", value.CombinedLevel.ToString());
        writer.WriteBoolean("jointlyCompliant", value.IsJointlyCompliant);
        writer.WriteEndObject();
    }

    /// <summary>Writes <c>"agreement":{…}</c>: the organization and period naming one of the library's agreements, and what was stated on it.</summary>
    internal static void WriteAgreement(Utf8JsonWriter writer, JointFulfilment agreement)
    {
        writer.WriteStartObject("agreement");
        writer.WriteString("organization", agreement.Organization.Code);
        writer.WriteString("period", agreement.Period.Code);
        if (agreement.HasOrganizationLevel)
        {
            var additions = agreement.Members
                .Select(m => (Member: m, Tonnes: (agreement.GetEmissionLevel(m) - agreement.GetLevel(m).Level).ToWholeTonnes(TonneRounding.TowardZero)))
                .Where(a => a.Tonnes != 0)
                .ToArray();
            if (additions.Length > 0)
            {
                writer.WriteStartObject("landUseAdditions");
                foreach ((Party member, long tonnes) in additions)
                {
                    writer.WriteNumber(member.Code, tonnes);
                }

                writer.WriteEndObject();
            }

            if (agreement.JointAssignedAmount is Co2e joint)
            {
                writer.WriteNumber("jointAssignedAmount", joint.ToWholeTonnes(TonneRounding.TowardZero));
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads an agreement written by <see cref="WriteAgreement"/>.</summary>
    internal static JointFulfilment ReadAgreement(JsonFields f)
    {
        CommitmentPeriod period = f.Period("period");
        JointFulfilment agreement = period.Number == 1 ? JointFulfilment.EuFirstPeriod : JointFulfilment.EuSecondPeriod;
        f.Check("organization", agreement.Organization, f.Party("organization"));
        if (f.Has("landUseAdditions"))
        {
            foreach ((string key, JsonElement value, string at) in f.Map("landUseAdditions"))
            {
                Party member = JsonFields.PartyKey(key, at);
                long tonnes = JsonFields.Whole(value, at);
                agreement = JsonText.Build(() => agreement.WithLandUseAddition(member, tonnes), "the land-use addition at '" + at + "'");
            }
        }

        if (f.OptionalWhole("jointAssignedAmount") is long joint)
        {
            agreement = JsonText.Build(() => agreement.WithJointAssignedAmount(joint), "the joint assigned amount at '" + f.PathOf("jointAssignedAmount") + "'");
        }

        return agreement;
    }
}
