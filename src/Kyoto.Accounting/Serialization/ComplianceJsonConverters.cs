using System.Collections.Generic;
using System.Text.Json;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Writes <see cref="Compliance.RetiredUnits"/> as the quantities by unit type (types with units only), the tCER/lCER
/// limit when stated (decision 17/CP.7 ¶7) and the two totals:
/// <c>{"quantities":{"Aau":900,"Tcer":200},"temporaryCerLimit":50,"totalTonnes":1100,"countedTonnes":950}</c>.
/// Reading goes through <see cref="Compliance.RetiredUnits.FromQuantities(IReadOnlyDictionary{UnitType, long}, long)"/>; the totals must match.
/// </summary>
public sealed class RetiredUnitsJsonConverter : ObjectJsonConverter<RetiredUnits>
{
    private const string What = "retired units";

    internal override RetiredUnits ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "quantities", "temporaryCerLimit", "totalTonnes", "countedTonnes");
        var quantities = new Dictionary<UnitType, long>();
        foreach ((string key, JsonElement value, string at) in f.Map("quantities"))
        {
            quantities.Add(JsonFields.EnumKey<UnitType>(key, at), JsonFields.Whole(value, at));
        }

        long? limit = f.OptionalWhole("temporaryCerLimit");
        RetiredUnits units = JsonText.Build(() => limit is long l ? RetiredUnits.FromQuantities(quantities, l) : RetiredUnits.FromQuantities(quantities), What);
        f.Check("totalTonnes", units.TotalTonnes, f.Whole("totalTonnes"));
        f.Check("countedTonnes", units.CountedTonnes, f.Whole("countedTonnes"));
        return units;
    }

    internal override void WriteObject(Utf8JsonWriter writer, RetiredUnits value)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("quantities");
        foreach (KeyValuePair<UnitType, long> quantity in value.Quantities)
        {
            writer.WriteNumber(quantity.Key.ToString(), quantity.Value);
        }

        writer.WriteEndObject();
        if (value.TemporaryCerLimit is long limit)
        {
            writer.WriteNumber("temporaryCerLimit", limit);
        }

        writer.WriteNumber("totalTonnes", value.TotalTonnes);
        writer.WriteNumber("countedTonnes", value.CountedTonnes);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="ComplianceAssessment"/> (Art. 3.1; decision 27/CMP.1 annex XV) as its inputs and results:
/// <c>{"party":"DEU","period":"CP1","assessmentDate":"2016-01-01","basis":"RetiredUnits","reviewedEmissionsTonnes":1000,"retiredUnits":{…},"article37TerAddBackTonnes":0,"coveringTonnes":990,"excessEmissionsTonnes":10,"inCompliance":false}</c>.
/// The deduction and the other consequences of annex XV ¶5 follow from the excess and are not written. Reading applies
/// the checks of <see cref="TrueUp.Assess(Party, CommitmentPeriod, long, RetiredUnits, LocalDate)"/> (an add-back,
/// decision 2/CMP.11 ¶3, exists in the second period only and is at most the reviewed emissions); the results must match.
/// </summary>
public sealed class ComplianceAssessmentJsonConverter : ObjectJsonConverter<ComplianceAssessment>
{
    private const string What = "a compliance assessment";

    internal override ComplianceAssessment ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "party", "period", "assessmentDate", "basis", "reviewedEmissionsTonnes", "retiredUnits", "article37TerAddBackTonnes", "coveringTonnes", "excessEmissionsTonnes", "inCompliance");
        Party party = f.Party("party");
        CommitmentPeriod period = f.Period("period");
        LocalDate date = f.Date("assessmentDate");
        ComplianceBasis basis = f.Enum<ComplianceBasis>("basis");
        long reviewed = f.Whole("reviewedEmissionsTonnes");
        RetiredUnits retired = new RetiredUnitsJsonConverter().ReadElement(f.Get("retiredUnits"), f.PathOf("retiredUnits"));
        long addBack = f.Whole("article37TerAddBackTonnes");
        if (addBack > 0 && (period.Number != 2 || addBack > reviewed))
        {
            throw f.Error("article37TerAddBackTonnes", "An Art. 3.7 ter add-back (decision 2/CMP.11 ¶3) belongs to a second-period assessment and is at most the reviewed emissions");
        }

        ComplianceAssessment plain = JsonText.Build(() => TrueUp.Assess(party, period, reviewed, retired, date), What);
        ComplianceAssessment assessment = addBack == 0 ? plain : JsonText.Build(() => new ComplianceAssessment(party, period, date, basis, reviewed, retired.CountedTonnes, retired, addBack), What);
        f.Check("basis", assessment.Basis, basis);
        f.Check("coveringTonnes", assessment.CoveringTonnes, f.Whole("coveringTonnes"));
        f.Check("excessEmissionsTonnes", assessment.ExcessEmissionsTonnes, f.Whole("excessEmissionsTonnes"));
        f.Check("inCompliance", assessment.IsInCompliance, f.Bool("inCompliance"));
        return assessment;
    }

    internal override void WriteObject(Utf8JsonWriter writer, ComplianceAssessment value)
    {
        RetiredUnits retired = value.RetiredUnits ?? throw JsonText.Invalid("A compliance assessment without retired units has no JSON form.");
        writer.WriteStartObject();
        writer.WriteString("party", value.Party.Code);
        writer.WriteString("period", value.Period.Code);
        writer.WriteString("assessmentDate", JsonText.FormatDate(value.AssessmentDate));
        writer.WriteString("basis", value.Basis.ToString());
        writer.WriteNumber("reviewedEmissionsTonnes", value.ReviewedEmissionsTonnes);
        writer.WritePropertyName("retiredUnits");
        new RetiredUnitsJsonConverter().WriteObject(writer, retired);
        writer.WriteNumber("article37TerAddBackTonnes", value.Article37TerAddBackTonnes);
        writer.WriteNumber("coveringTonnes", value.CoveringTonnes);
        writer.WriteNumber("excessEmissionsTonnes", value.ExcessEmissionsTonnes);
        writer.WriteBoolean("inCompliance", value.IsInCompliance);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="JointComplianceAssessment"/> (Art. 4.1, 4.5, 4.6) as the agreement (see
/// <see cref="JointFulfilmentAssessmentJsonConverter"/>), the date, every participant's assessment (written even when
/// the agreement is met jointly and <see cref="JointComplianceAssessment.Participants"/> is empty, so that the
/// assessment can be read back) and the results:
/// <c>{"agreement":{…},"assessmentDate":"2016-01-01","participants":[{…}],"combinedEmissionsTonnes":…,"combinedCoveringTonnes":…,"jointlyCompliant":true}</c>.
/// Reading runs <see cref="TrueUp.AssessJointly"/> again on the participants' emissions and retired units; the results must match.
/// </summary>
public sealed class JointComplianceAssessmentJsonConverter : ObjectJsonConverter<JointComplianceAssessment>
{
    private const string What = "a joint compliance assessment";

    internal override JointComplianceAssessment ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "agreement", "assessmentDate", "participants", "combinedEmissionsTonnes", "combinedCoveringTonnes", "jointlyCompliant");
        JointFulfilment agreement = JointFulfilmentAssessmentJsonConverter.ReadAgreement(f.Object("agreement", "a joint-fulfilment agreement", "organization", "period", "landUseAdditions", "jointAssignedAmount"));
        LocalDate date = f.Date("assessmentDate");
        var emissions = new Dictionary<Party, Co2e>();
        var retired = new Dictionary<Party, RetiredUnits>();
        var reader = new ComplianceAssessmentJsonConverter();
        foreach ((JsonElement item, string at) in f.Array("participants"))
        {
            ComplianceAssessment participant = reader.ReadElement(item, at);
            if (participant.AssessmentDate != date || !ReferenceEquals(participant.Period, agreement.Period) || participant.Article37TerAddBackTonnes != 0
                || !emissions.TryAdd(participant.Party, participant.ReviewedEmissions))
            {
                throw JsonText.Invalid("The participant at '" + at + "' is not one of a joint assessment of " + agreement.Period.Code + " on " + JsonText.FormatDate(date) + " (its date and period are the assessment's, it has no add-back, and each Party appears once).");
            }

            retired.Add(participant.Party, participant.RetiredUnits!);
        }

        JointComplianceAssessment assessment = JsonText.Build(() => TrueUp.AssessJointly(agreement, emissions, retired, date), What);
        f.Check("combinedEmissionsTonnes", assessment.CombinedEmissionsTonnes, f.Whole("combinedEmissionsTonnes"));
        f.Check("combinedCoveringTonnes", assessment.CombinedCoveringTonnes, f.Whole("combinedCoveringTonnes"));
        f.Check("jointlyCompliant", assessment.IsJointlyCompliant, f.Bool("jointlyCompliant"));
        return assessment;
    }

    internal override void WriteObject(Utf8JsonWriter writer, JointComplianceAssessment value)
    {
        writer.WriteStartObject();
        JointFulfilmentAssessmentJsonConverter.WriteAgreement(writer, value.Agreement);
        writer.WriteString("assessmentDate", JsonText.FormatDate(value.AssessmentDate));
        writer.WriteStartArray("participants");
        var participants = new ComplianceAssessmentJsonConverter();
        foreach (ComplianceAssessment participant in value.AllParticipants)
        {
            participants.WriteObject(writer, participant);
        }

        writer.WriteEndArray();
        writer.WriteNumber("combinedEmissionsTonnes", value.CombinedEmissionsTonnes);
        writer.WriteNumber("combinedCoveringTonnes", value.CombinedCoveringTonnes);
        writer.WriteBoolean("jointlyCompliant", value.IsJointlyCompliant);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Writes a <see cref="NetSourceCancellationAssessment"/> (Art. 3.3, 3.4 net sources; decision 13/CMP.1 annex ¶32) as
/// <c>{"party":"DEU","period":"CP1","required":100,"cancelled":80,"ineligibleCancelled":5,"shortfall":20,"met":false}</c>;
/// <c>shortfall</c> and <c>met</c> follow from the others and must match on reading.
/// </summary>
public sealed class NetSourceCancellationAssessmentJsonConverter : ObjectJsonConverter<NetSourceCancellationAssessment>
{
    private const string What = "a net-source cancellation assessment";

    internal override NetSourceCancellationAssessment ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "party", "period", "required", "cancelled", "ineligibleCancelled", "shortfall", "met");
        var assessment = new NetSourceCancellationAssessment(f.Party("party"), f.Period("period"), f.Whole("required"), f.Whole("cancelled"), f.Whole("ineligibleCancelled"));
        f.Check("shortfall", assessment.Shortfall, f.Whole("shortfall"));
        f.Check("met", assessment.IsMet, f.Bool("met"));
        return assessment;
    }

    internal override void WriteObject(Utf8JsonWriter writer, NetSourceCancellationAssessment value)
    {
        writer.WriteStartObject();
        writer.WriteString("party", value.Party.Code);
        writer.WriteString("period", value.Period.Code);
        writer.WriteNumber("required", value.Required);
        writer.WriteNumber("cancelled", value.Cancelled);
        writer.WriteNumber("ineligibleCancelled", value.IneligibleCancelled);
        writer.WriteNumber("shortfall", value.Shortfall);
        writer.WriteBoolean("met", value.IsMet);
        writer.WriteEndObject();
    }
}
