using System.Collections.Generic;
using System.Text.Json;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Writes a <see cref="BaseYearEmissions"/> (Art. 3.5, 3.7, 3.8, 3.8 bis) as its choices, its parts and its sums:
/// <c>{"party":"DEU","period":"CP1","baseYearFrom":1990,"baseYearTo":1990,"fluorinatedGasBaseYear":"Year1995","mainGases":"…","fluorinatedGases":"…","nitrogenTrifluoride":"0 tCO2e","landUseChange":"0 tCO2e","landUseWasANetSource":false,"excludingLandUseChange":"…","total":"…"}</c>;
/// <c>nitrogenTrifluorideBaseYear</c> is written when the period's basket has NF3 (Art. 3.8 bis). The inventory it was
/// computed from is not part of it, so reading checks consistency only: every figure under the period's GWP set, an NF3
/// choice exactly when the basket has NF3 (and no NF3 emissions without one), no land-use addition unless land use was
/// a net source, and the two sums equal to the parts.
/// </summary>
public sealed class BaseYearEmissionsJsonConverter : ObjectJsonConverter<BaseYearEmissions>
{
    private const string What = "base-year emissions";

    internal override BaseYearEmissions ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(
            element,
            path,
            What,
            "party",
            "period",
            "baseYearFrom",
            "baseYearTo",
            "fluorinatedGasBaseYear",
            "nitrogenTrifluorideBaseYear",
            "mainGases",
            "fluorinatedGases",
            "nitrogenTrifluoride",
            "landUseChange",
            "landUseWasANetSource",
            "excludingLandUseChange",
            "total");
        Party party = f.Party("party");
        CommitmentPeriod period = f.Period("period");
        long from = f.Whole("baseYearFrom");
        long to = f.Whole("baseYearTo");
        BaseYear baseYear = JsonText.Build(() => from == to ? BaseYear.Of(checked((int)from)) : BaseYear.Average(checked((int)from), checked((int)to)), "the base year at '" + f.PathOf("baseYearFrom") + "'");
        GasBaseYearChoice fluorinated = f.Enum<GasBaseYearChoice>("fluorinatedGasBaseYear");
        GasBaseYearChoice? nf3Choice = f.Has("nitrogenTrifluorideBaseYear") ? f.Enum<GasBaseYearChoice>("nitrogenTrifluorideBaseYear") : null;
        ExactCo2e main = Figure(f, "mainGases", period);
        ExactCo2e fgases = Figure(f, "fluorinatedGases", period);
        ExactCo2e nf3 = Figure(f, "nitrogenTrifluoride", period);
        ExactCo2e landUse = Figure(f, "landUseChange", period);
        bool netSource = f.Bool("landUseWasANetSource");
        if ((nf3Choice is not null) != period.Covers(GasGroup.NitrogenTrifluoride))
        {
            throw f.Error("nitrogenTrifluorideBaseYear", "An Art. 3.8 bis choice for NF3 is stated exactly when the basket of " + period.Code + " has NF3");
        }

        if (nf3Choice is null && nf3.Numerator != 0)
        {
            throw f.Error("nitrogenTrifluoride", "NF3 emissions count only when the basket has NF3");
        }

        if (!netSource && landUse.Numerator != 0)
        {
            throw f.Error("landUseChange", "Land-use change is added only when it was a net source (Art. 3.7, 3.7 bis, second sentence)");
        }

        var result = new BaseYearEmissions(party, period, baseYear, fluorinated, nf3Choice, main, fgases, nf3, landUse, netSource);
        f.Check("excludingLandUseChange", result.ExcludingLandUseChange, f.Exact("excludingLandUseChange"));
        f.Check("total", result.Total, f.Exact("total"));
        return result;
    }

    internal override void WriteObject(Utf8JsonWriter writer, BaseYearEmissions value)
    {
        writer.WriteStartObject();
        writer.WriteString("party", value.Party.Code);
        writer.WriteString("period", value.Period.Code);
        writer.WriteNumber("baseYearFrom", value.BaseYear.FirstYear);
        writer.WriteNumber("baseYearTo", value.BaseYear.LastYear);
        writer.WriteString("fluorinatedGasBaseYear", value.FluorinatedGasBaseYear.ToString());
        if (value.NitrogenTrifluorideBaseYear is GasBaseYearChoice nf3)
        {
            writer.WriteString("nitrogenTrifluorideBaseYear", nf3.ToString());
        }

        writer.WriteString("mainGases", value.MainGases.ToString());
        writer.WriteString("fluorinatedGases", value.FluorinatedGases.ToString());
        writer.WriteString("nitrogenTrifluoride", value.NitrogenTrifluoride.ToString());
        writer.WriteString("landUseChange", value.LandUseChange.ToString());
        writer.WriteBoolean("landUseWasANetSource", value.LandUseWasANetSource);
        writer.WriteString("excludingLandUseChange", value.ExcludingLandUseChange.ToString());
        writer.WriteString("total", value.Total.ToString());
        writer.WriteEndObject();
    }

    /// <summary>Reads a figure that must be under the period's GWP set (a zero may have none).</summary>
    internal static ExactCo2e Figure(JsonFields f, string name, CommitmentPeriod period)
    {
        ExactCo2e value = f.Exact(name);
        return value.GwpSet is null || ReferenceEquals(value.GwpSet, period.GwpSet)
            ? value
            : throw f.Error(name, "The figure is under " + value.GwpSet.Name + ", not " + period.GwpSet.Name + ", the GWP set of " + period.Code + " (Art. 5.3)");
    }
}

/// <summary>
/// Writes a <see cref="CollectiveProgress"/> (Art. 3.1, 3.1 bis) as
/// <c>{"reference":"BaseYears","parties":["DEU","FRA"],"period":"CP1","firstYear":2008,"lastYear":2012,"baseYearEmissions":"…","emissions":"…","baseLevel":"…","change":"…"}</c>.
/// The totals it was computed from are not part of it, so reading checks consistency only: at least one Party, none
/// twice, <c>firstYear</c> ≤ <c>lastYear</c>, figures under the period's GWP set, and <c>baseLevel</c> and <c>change</c>
/// equal to their definitions.
/// </summary>
public sealed class CollectiveProgressJsonConverter : ObjectJsonConverter<CollectiveProgress>
{
    private const string What = "a collective progress";

    internal override CollectiveProgress ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "reference", "parties", "period", "firstYear", "lastYear", "baseYearEmissions", "emissions", "baseLevel", "change");
        CollectiveProgressReference reference = f.Enum<CollectiveProgressReference>("reference");
        var parties = new List<Party>();
        foreach ((JsonElement item, string at) in f.Array("parties"))
        {
            Party party = JsonFields.Parsed<Party>(item, at, "Party code ('DEU')");
            if (parties.Contains(party))
            {
                throw JsonText.Invalid(party.Code + " is listed twice at '" + at + "'.");
            }

            parties.Add(party);
        }

        if (parties.Count == 0)
        {
            throw f.Error("parties", "Progress is computed for at least one Party");
        }

        CommitmentPeriod period = f.Period("period");
        long first = f.Whole("firstYear", 1);
        long last = f.Whole("lastYear", first);
        if (last > int.MaxValue)
        {
            throw f.Error("lastYear", "Not a year");
        }

        var progress = new CollectiveProgress(
            reference,
            parties.AsReadOnly(),
            period,
            (int)first,
            (int)last,
            BaseYearEmissionsJsonConverter.Figure(f, "baseYearEmissions", period),
            BaseYearEmissionsJsonConverter.Figure(f, "emissions", period));
        f.Check("baseLevel", progress.BaseLevel, f.Exact("baseLevel"));
        f.Check("change", progress.Change, f.Exact("change"));
        return progress;
    }

    internal override void WriteObject(Utf8JsonWriter writer, CollectiveProgress value)
    {
        writer.WriteStartObject();
        writer.WriteString("reference", value.Reference.ToString());
        writer.WriteStartArray("parties");
        foreach (Party party in value.Parties)
        {
            writer.WriteStringValue(party.Code);
        }

        writer.WriteEndArray();
        writer.WriteString("period", value.Period.Code);
        writer.WriteNumber("firstYear", value.FirstYear);
        writer.WriteNumber("lastYear", value.LastYear);
        writer.WriteString("baseYearEmissions", value.BaseYearEmissions.ToString());
        writer.WriteString("emissions", value.Emissions.ToString());
        writer.WriteString("baseLevel", value.BaseLevel.ToString());
        writer.WriteString("change", value.Change.ToString());
        writer.WriteEndObject();
    }
}
