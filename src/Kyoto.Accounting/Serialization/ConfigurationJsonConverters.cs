using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Writes a whole <see cref="RegistryConfiguration"/>, every part of it, so that reading gives a configuration with the
/// same content (<see cref="RegistryConfiguration.HasSameContent"/>):
/// <code>
/// {"accounts":[{"id":1,"registry":"DEU","type":"PartyHolding"},{"id":2,"registry":"DEU","type":"EntityHolding","legalEntity":"Acme"},
///              {"id":3,"registry":"DEU","type":"Retirement","period":"CP1"}],
///  "adaptationFundAccount":902,
///  "parties":[{"party":"DEU","assignedAmount":{"CP1":4868096694},"reserve":{"CP1":4381287025},"temporaryCerLimit":{"CP1":61},
///              "lulucfIssuanceLimits":{"CP1":{"ForestManagement":6200000}},"ppsrRetirementLimit":0,
///              "eligibility":{"CP1":["JointImplementation","EmissionsTrading"]},
///              "suspensions":[{"mechanism":"EmissionsTrading","from":"2010-01-01","to":"2010-12-31","transfersOnly":true}],
///              "article37TerQuantity":0,"authorisedLegalEntities":["Acme"]}],
///  "leastDevelopedCountryProjects":[42]}
/// </code>
/// <c>accounts</c> (in the order added), <c>parties</c> and <c>leastDevelopedCountryProjects</c> are always written;
/// a Party is listed when it has any recorded setting (<see cref="RegistryConfiguration.ConfiguredParties"/>), and of its
/// settings only those recorded: a figure absent from the JSON is unrecorded, i.e. zero, as in the configuration itself,
/// except <c>article37TerQuantity</c>, where absent (not recorded) and 0 differ. Reading rebuilds the configuration
/// through its <c>With…</c> methods, so every argument check applies.
/// </summary>
public sealed class RegistryConfigurationJsonConverter : ObjectJsonConverter<RegistryConfiguration>
{
    private const string What = "a registry configuration";

    private static readonly Mechanism[] Mechanisms = [Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading];

    private static readonly string[] PartyMembers =
        ["party", "assignedAmount", "reserve", "temporaryCerLimit", "lulucfIssuanceLimits", "ppsrRetirementLimit", "eligibility", "suspensions", "article37TerQuantity", "authorisedLegalEntities"];

    internal override RegistryConfiguration ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "accounts", "adaptationFundAccount", "parties", "leastDevelopedCountryProjects");
        var accounts = new List<Account>();
        foreach ((JsonElement item, string at) in f.Array("accounts"))
        {
            accounts.Add(ReadAccount(JsonFields.Of(item, at, "an account", "id", "registry", "type", "period", "legalEntity")));
        }

        RegistryConfiguration c = JsonText.Build(() => RegistryConfiguration.Empty.WithAccounts(accounts), What);
        var seen = new HashSet<Party>();
        foreach ((JsonElement item, string at) in f.Array("parties"))
        {
            JsonFields p = JsonFields.Of(item, at, "a Party's settings", PartyMembers);
            Party party = p.Party("party");
            if (!seen.Add(party))
            {
                throw p.Error("party", party.Code + " is listed twice");
            }

            RegistryConfiguration before = c;
            c = JsonText.Build(() => ReadParty(before, party, p), What);
        }

        foreach ((JsonElement item, string at) in f.Array("leastDevelopedCountryProjects"))
        {
            long project = JsonFields.Whole(item, at, 1);
            c = c.WithLeastDevelopedCountryProject(project);
        }

        if (f.OptionalWhole("adaptationFundAccount", 1) is long fund)
        {
            RegistryConfiguration withoutFund = c;
            c = JsonText.Build(() => withoutFund.WithAdaptationFundAccount(AccountId.FromNumber(fund)), What);
        }

        return c;
    }

    internal override void WriteObject(Utf8JsonWriter writer, RegistryConfiguration value)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("accounts");
        foreach (Account account in value.Accounts)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", account.Id.Number);
            writer.WriteString("registry", account.Registry.ToString());
            writer.WriteString("type", account.Type.ToString());
            if (account.Period is CommitmentPeriod period)
            {
                writer.WriteString("period", period.Code);
            }

            if (account.LegalEntity is string entity)
            {
                writer.WriteString("legalEntity", entity);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (value.AdaptationFundAccount is AccountId fund)
        {
            writer.WriteNumber("adaptationFundAccount", fund.Number);
        }

        writer.WriteStartArray("parties");
        foreach (Party party in value.ConfiguredParties)
        {
            WriteParty(writer, value, party);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("leastDevelopedCountryProjects");
        foreach (long project in value.LeastDevelopedCountryProjects)
        {
            writer.WriteNumberValue(project);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static Account ReadAccount(JsonFields a)
    {
        AccountId id = AccountId.FromNumber(a.Whole("id", 1));
        RegistryId registry = a.Parsed<RegistryId>("registry", "registry ('CDM' or a Party code)");
        AccountType type = a.Enum<AccountType>("type");
        if (type is AccountType.PartyHolding or AccountType.EntityHolding)
        {
            if (a.Has("period"))
            {
                throw a.Error("period", "A holding account belongs to no commitment period");
            }

            if (type == AccountType.PartyHolding && a.Has("legalEntity"))
            {
                throw a.Error("legalEntity", "A Party holding account names no legal entity");
            }

            return type == AccountType.PartyHolding ? Account.PartyHolding(id, registry) : JsonText.Build(() => Account.EntityHolding(id, registry, a.Text("legalEntity")), "an account");
        }

        if (a.Has("legalEntity"))
        {
            throw a.Error("legalEntity", "Only an entity holding account names a legal entity");
        }

        CommitmentPeriod period = a.Period("period");
        return JsonText.Build(() => Account.ForPeriod(id, registry, type, period), "an account");
    }

    private static void WriteParty(Utf8JsonWriter writer, RegistryConfiguration c, Party party)
    {
        writer.WriteStartObject();
        writer.WriteString("party", party.Code);
        WritePerPeriod(writer, "assignedAmount", p => c.GetAssignedAmount(party, p));
        WritePerPeriod(writer, "reserve", p => c.GetReserve(party, p));
        WritePerPeriod(writer, "temporaryCerLimit", p => c.GetTemporaryCerLimit(party, p));
        var limits = CommitmentPeriod.All
            .Select(p => (Period: p, Limits: LulucfActivities.Select(a => (Activity: a, Tonnes: c.GetLulucfIssuanceLimit(party, p, a))).Where(l => l.Tonnes != 0).ToArray()))
            .Where(p => p.Limits.Length > 0)
            .ToArray();
        if (limits.Length > 0)
        {
            writer.WriteStartObject("lulucfIssuanceLimits");
            foreach ((CommitmentPeriod period, (LulucfActivity Activity, long Tonnes)[] perActivity) in limits)
            {
                writer.WriteStartObject(period.Code);
                foreach ((LulucfActivity activity, long tonnes) in perActivity)
                {
                    writer.WriteNumber(activity.ToString(), tonnes);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        if (c.GetPpsrRetirementLimit(party) is long ppsr and not 0)
        {
            writer.WriteNumber("ppsrRetirementLimit", ppsr);
        }

        var eligibility = CommitmentPeriod.All
            .Select(p => (Period: p, Mechanisms: Mechanisms.Where(m => c.IsEligible(party, p, m)).ToArray()))
            .Where(e => e.Mechanisms.Length > 0)
            .ToArray();
        if (eligibility.Length > 0)
        {
            writer.WriteStartObject("eligibility");
            foreach ((CommitmentPeriod period, Mechanism[] mechanisms) in eligibility)
            {
                writer.WriteStartArray(period.Code);
                foreach (Mechanism mechanism in mechanisms)
                {
                    writer.WriteStringValue(mechanism.ToString());
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        IReadOnlyList<EligibilitySuspension> suspensions = c.GetSuspensions(party);
        if (suspensions.Count > 0)
        {
            writer.WriteStartArray("suspensions");
            foreach (EligibilitySuspension suspension in suspensions)
            {
                writer.WriteStartObject();
                writer.WriteString("mechanism", suspension.Mechanism.ToString());
                writer.WriteString("from", JsonText.FormatDate(suspension.Interval.Start));
                writer.WriteString("to", JsonText.FormatDate(suspension.Interval.End));
                writer.WriteBoolean("transfersOnly", suspension.TransfersOnly);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (c.GetArticle37TerQuantity(party) is long article37Ter)
        {
            writer.WriteNumber("article37TerQuantity", article37Ter);
        }

        IReadOnlyList<string> entities = c.GetAuthorisedLegalEntities(party);
        if (entities.Count > 0)
        {
            writer.WriteStartArray("authorisedLegalEntities");
            foreach (string entity in entities)
            {
                writer.WriteStringValue(entity);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private static RegistryConfiguration ReadParty(RegistryConfiguration c, Party party, JsonFields p)
    {
        c = ReadPerPeriod(c, p, "assignedAmount", (cc, period, t) => cc.WithAssignedAmount(party, period, t));
        c = ReadPerPeriod(c, p, "reserve", (cc, period, t) => cc.WithReserve(party, period, t));
        c = ReadPerPeriod(c, p, "temporaryCerLimit", (cc, period, t) => cc.WithTemporaryCerLimit(party, period, t));
        if (p.Has("lulucfIssuanceLimits"))
        {
            foreach ((string key, JsonElement value, string at) in p.Map("lulucfIssuanceLimits"))
            {
                CommitmentPeriod period = JsonFields.PeriodKey(key, at);
                JsonFields activities = JsonFields.Of(value, at, "LULUCF issuance limits", [.. LulucfActivities.Select(a => a.ToString())]);
                foreach (LulucfActivity activity in LulucfActivities.Where(a => activities.Has(a.ToString())))
                {
                    c = c.WithLulucfIssuanceLimit(party, period, activity, activities.Whole(activity.ToString()));
                }
            }
        }

        if (p.OptionalWhole("ppsrRetirementLimit") is long ppsr)
        {
            c = c.WithPpsrRetirementLimit(party, ppsr);
        }

        if (p.Has("eligibility"))
        {
            foreach ((string key, JsonElement value, string at) in p.Map("eligibility"))
            {
                CommitmentPeriod period = JsonFields.PeriodKey(key, at);
                if (value.ValueKind != JsonValueKind.Array)
                {
                    throw JsonText.Invalid("Expected a JSON array of mechanisms at '" + at + "'.");
                }

                Mechanism[] mechanisms = JsonFields.Items(value, at).Select(i => JsonFields.Enum<Mechanism>(i.Item, i.Path)).ToArray();
                c = c.WithEligibility(party, period, mechanisms);
            }
        }

        if (p.Has("suspensions"))
        {
            foreach ((JsonElement item, string at) in p.Array("suspensions"))
            {
                JsonFields s = JsonFields.Of(item, at, "a suspension", "mechanism", "from", "to", "transfersOnly");
                Mechanism mechanism = s.Enum<Mechanism>("mechanism");
                LocalDate from = s.Date("from");
                LocalDate to = s.Date("to");
                if (to < from)
                {
                    throw s.Error("to", "A suspension ends on or after the day it starts");
                }

                var interval = new DateInterval(from, to);
                c = s.Bool("transfersOnly") ? c.WithTransferSuspension(party, mechanism, interval) : c.WithSuspension(party, mechanism, interval);
            }
        }

        if (p.OptionalWhole("article37TerQuantity") is long article37Ter)
        {
            c = c.WithArticle37TerQuantity(party, article37Ter);
        }

        if (p.Has("authorisedLegalEntities"))
        {
            foreach ((JsonElement item, string at) in p.Array("authorisedLegalEntities"))
            {
                c = c.WithAuthorisedLegalEntity(party, JsonFields.Text(item, at));
            }
        }

        return c;
    }

    private static IEnumerable<LulucfActivity> LulucfActivities => Enum.GetValues<LulucfActivity>().Where(a => (int)a is >= 1 and <= 7);

    private static void WritePerPeriod(Utf8JsonWriter writer, string name, Func<CommitmentPeriod, long> figure)
    {
        if (CommitmentPeriod.All.All(p => figure(p) == 0))
        {
            return;
        }

        writer.WriteStartObject(name);
        foreach (CommitmentPeriod period in CommitmentPeriod.All.Where(p => figure(p) != 0))
        {
            writer.WriteNumber(period.Code, figure(period));
        }

        writer.WriteEndObject();
    }

    private static RegistryConfiguration ReadPerPeriod(RegistryConfiguration c, JsonFields p, string name, Func<RegistryConfiguration, CommitmentPeriod, long, RegistryConfiguration> with)
    {
        if (!p.Has(name))
        {
            return c;
        }

        foreach ((string key, JsonElement value, string at) in p.Map(name))
        {
            c = with(c, JsonFields.PeriodKey(key, at), JsonFields.Whole(value, at));
        }

        return c;
    }
}

/// <summary>
/// Writes a <see cref="ConfigurationChange"/> (<see cref="Ledger.ConfigurationChanges"/>) as
/// <c>{"effectiveDate":"2010-06-01","transactionCount":12,"configuration":{…}}</c>, the configuration in full (see
/// <see cref="RegistryConfigurationJsonConverter"/>).
/// </summary>
public sealed class ConfigurationChangeJsonConverter : ObjectJsonConverter<ConfigurationChange>
{
    private const string What = "a configuration change";

    internal override ConfigurationChange ReadElement(JsonElement element, string path)
    {
        JsonFields f = JsonFields.Of(element, path, What, "effectiveDate", "transactionCount", "configuration");
        LocalDate date = f.Date("effectiveDate");
        long count = f.Whole("transactionCount");
        RegistryConfiguration configuration = new RegistryConfigurationJsonConverter().ReadElement(f.Get("configuration"), f.PathOf("configuration"));
        return new ConfigurationChange(date, count, configuration);
    }

    internal override void WriteObject(Utf8JsonWriter writer, ConfigurationChange value)
    {
        writer.WriteStartObject();
        writer.WriteString("effectiveDate", JsonText.FormatDate(value.EffectiveDate));
        writer.WriteNumber("transactionCount", value.TransactionCount);
        writer.WritePropertyName("configuration");
        new RegistryConfigurationJsonConverter().WriteObject(writer, value.Configuration);
        writer.WriteEndObject();
    }
}
