using System;
using System.Collections.Generic;
using System.Text.Json;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Serialization;
using Kyoto.Accounting.Testing.Registry;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Serialization;

/// <summary>Reading a result or configuration is strict: a missing, unknown, duplicate, mistyped, invalid or inconsistent member is a <see cref="JsonException"/> naming where it is.</summary>
public class ResultJsonErrorTests
{
    private const string Reserve = "{\"party\":\"NZL\",\"period\":\"CP1\",\"assignedAmountLimit\":\"90 tCO2e (SAR)\",\"inventoryLimit\":\"400 tCO2e (SAR)\",\"article37Ter\":false,\"rounding\":\"NearestHalfAwayFromZero\",\"exact\":\"90 tCO2e (SAR)\",\"tonnes\":90}";

    private sealed record Holder<T>(T Value);

    public static TheoryData<string, string> InvalidReserves => new()
    {
        { Reserve.Replace(",\"tonnes\":90", string.Empty, StringComparison.Ordinal), "Missing required property 'tonnes'" },
        { Reserve.Replace("\"tonnes\":90", "\"tonnes\":90,\"colour\":1", StringComparison.Ordinal), "Unknown property 'colour'" },
        { Reserve.Replace("\"tonnes\":90", "\"tonnes\":90,\"tonnes\":90", StringComparison.Ordinal), "Duplicate property 'tonnes'" },
        { Reserve.Replace("\"tonnes\":90", "\"tonnes\":91", StringComparison.Ordinal), "does not match 90" },
        { Reserve.Replace("\"tonnes\":90", "\"tonnes\":\"90\"", StringComparison.Ordinal), "Expected a whole JSON number" },
        { Reserve.Replace("\"tonnes\":90", "\"tonnes\":90.5", StringComparison.Ordinal), "Expected a whole JSON number" },
        { Reserve.Replace("\"exact\":\"90 tCO2e (SAR)\"", "\"exact\":\"80 tCO2e (SAR)\"", StringComparison.Ordinal), "(at 'exact' in a commitment period reserve)" },
        { Reserve.Replace("\"rounding\":\"NearestHalfAwayFromZero\"", "\"rounding\":\"0\"", StringComparison.Ordinal), "is not a TonneRounding" },
        { Reserve.Replace("\"article37Ter\":false", "\"article37Ter\":0", StringComparison.Ordinal), "Expected true or false" },
        { Reserve.Replace("400 tCO2e (SAR)", "400 tCO2e (AR4)", StringComparison.Ordinal), "Cannot read a commitment period reserve" },
        { Reserve.Replace("\"90 tCO2e (SAR)\",\"inventoryLimit\"", "\"-90 tCO2e (SAR)\",\"inventoryLimit\"", StringComparison.Ordinal), "must not be negative" },
        { Reserve.Replace("\"party\":\"NZL\"", "\"party\":\"XYZ\"", StringComparison.Ordinal), "is not a valid Party code" },
        { "[]", "Expected a JSON object" },
    };

    [Theory]
    [MemberData(nameof(InvalidReserves))]
    public void InvalidReserve_ThrowsJsonException_NamingThePath(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<CommitmentPeriodReserve>>("{\"Value\":" + json + "}"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.Value", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidReserve_Reads()
    {
        CommitmentPeriodReserve reserve = JsonSerializer.Deserialize(Reserve, KyotoJsonContext.Default.CommitmentPeriodReserve)!;
        Assert.Equal(90, reserve.Tonnes);
        Assert.Equal(Reserve, JsonSerializer.Serialize(reserve, KyotoJsonContext.Default.CommitmentPeriodReserve));
    }

    [Fact]
    public void AssignedAmount_Shapes_AreCompact_AndAsDocumented()
    {
        var recorded = AssignedAmount.FromRecorded(Party.FromCode("NZL"), CommitmentPeriod.First, 309_564_733, "initial review report");
        Assert.Equal("{\"party\":\"NZL\",\"period\":\"CP1\",\"source\":\"initial review report\",\"recordedTonnes\":309564733}", JsonSerializer.Serialize(recorded));
        var computed = AssignedAmount.Calculate(Party.FromCode("NOR"), CommitmentPeriod.First, ExactCo2e.From(Co2e.FromTonnes(49_619_168.6m, GwpSet.Sar)), 101m, AssignedAmount.DefaultRounding);
        Assert.Equal(
            "{\"party\":\"NOR\",\"period\":\"CP1\",\"baseYearEmissions\":\"49619168.6 tCO2e (SAR)\",\"qelrcPercent\":101,\"rounding\":\"NearestHalfAwayFromZero\",\"exact\":\"250576801.43 tCO2e (SAR)\",\"recordedTonnes\":250576801}",
            JsonSerializer.Serialize(computed, KyotoJsonContext.Default.AssignedAmount));
    }

    public static TheoryData<string, string> InvalidAssignedAmounts => new()
    {
        { "{\"party\":\"NZL\",\"period\":\"CP1\",\"source\":\"x\",\"recordedTonnes\":-1}", "Expected a whole JSON number ≥ 0 at 'recordedTonnes'" },
        { "{\"party\":\"NZL\",\"period\":\"CP1\",\"source\":\" \",\"recordedTonnes\":1}", "names where it is recorded" },
        { "{\"party\":\"NZL\",\"period\":\"CP1\",\"source\":\"x\",\"rounding\":\"Up\",\"recordedTonnes\":1}", "has no 'rounding'" },
        { "{\"party\":\"USA\",\"period\":\"CP2\",\"source\":\"x\",\"recordedTonnes\":1}", "no quantified emission limitation" },
        { "{\"party\":\"NOR\",\"period\":\"CP1\",\"baseYearEmissions\":\"1 tCO2e (SAR)\",\"qelrcPercent\":\"101\",\"rounding\":\"Up\",\"exact\":\"5.05 tCO2e (SAR)\",\"recordedTonnes\":6}", "Expected a JSON number (at 'qelrcPercent'" },
        { "{\"party\":\"NOR\",\"period\":\"CP1\",\"baseYearEmissions\":\"1 tCO2e (SAR)\",\"qelrcPercent\":101,\"rounding\":\"Up\",\"exact\":\"5.05 tCO2e (SAR)\",\"recordedTonnes\":5}", "does not match 6" },
        { "{\"party\":\"NOR\",\"period\":\"CP1\",\"baseYearEmissions\":\"1 tCO2e (AR4)\",\"qelrcPercent\":101,\"rounding\":\"Up\",\"exact\":\"5.05 tCO2e (AR4)\",\"recordedTonnes\":6}", "Cannot read an assigned amount" },
        { "{\"party\":\"NOR\",\"period\":\"CP1\",\"qelrcPercent\":101,\"rounding\":\"Up\",\"exact\":\"5.05 tCO2e (SAR)\",\"recordedTonnes\":6}", "Missing required property 'baseYearEmissions'" },
    };

    [Theory]
    [MemberData(nameof(InvalidAssignedAmounts))]
    public void InvalidAssignedAmount_ThrowsJsonException(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("[" + json + "]", KyotoJsonContext.Default.ListAssignedAmount));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$[0]", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplianceAssessment_RefusesInconsistentOrMisplacedMembers()
    {
        var retired = RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = 990 });
        ComplianceAssessment assessment = TrueUp.Assess(Party.FromCode("NZL"), CommitmentPeriod.First, 1_000, retired, new LocalDate(2016, 1, 1));
        string json = JsonSerializer.Serialize(assessment, KyotoJsonContext.Default.ComplianceAssessment);
        Assert.Equal(
            "{\"party\":\"NZL\",\"period\":\"CP1\",\"assessmentDate\":\"2016-01-01\",\"basis\":\"RetiredUnits\",\"reviewedEmissionsTonnes\":1000,\"retiredUnits\":{\"quantities\":{\"Aau\":990},\"totalTonnes\":990,\"countedTonnes\":990},\"article37TerAddBackTonnes\":0,\"coveringTonnes\":990,\"excessEmissionsTonnes\":10,\"inCompliance\":false}",
            json);
        Assert.Contains("(at 'inCompliance'", Throws<ComplianceAssessment>(json.Replace("\"inCompliance\":false", "\"inCompliance\":true", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("(at 'retiredUnits.countedTonnes'", Throws<ComplianceAssessment>(json.Replace("\"countedTonnes\":990", "\"countedTonnes\":999", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("'Xyz' is not a UnitType at 'retiredUnits.quantities.Xyz'", Throws<ComplianceAssessment>(json.Replace("\"Aau\":990", "\"Xyz\":990", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("add-back", Throws<ComplianceAssessment>(json.Replace("\"article37TerAddBackTonnes\":0", "\"article37TerAddBackTonnes\":5", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("additional period", Throws<ComplianceAssessment>(json.Replace("2016-01-01", "2012-12-31", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("Missing required property 'retiredUnits'", Throws<ComplianceAssessment>(json.Replace("\"retiredUnits\":{\"quantities\":{\"Aau\":990},\"totalTonnes\":990,\"countedTonnes\":990},", string.Empty, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_Shape_IsCompact_AndReadsBack()
    {
        RegistryConfiguration c = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(AccountId.FromNumber(1), RegistryId.National(Party.FromCode("DEU"))))
            .WithAccount(Account.EntityHolding(AccountId.FromNumber(2), RegistryId.National(Party.FromCode("DEU")), "Acme"))
            .WithAccount(Account.ForPeriod(AccountId.FromNumber(3), RegistryId.National(Party.FromCode("DEU")), AccountType.Retirement, CommitmentPeriod.First))
            .WithAssignedAmount(Party.FromCode("DEU"), CommitmentPeriod.First, 4_868_096_694)
            .WithEligibility(Party.FromCode("DEU"), CommitmentPeriod.First, Mechanism.EmissionsTrading)
            .WithTransferSuspension(Party.FromCode("DEU"), Mechanism.EmissionsTrading, new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2010, 12, 31)))
            .WithAuthorisedLegalEntity(Party.FromCode("DEU"), "Acme")
            .WithLeastDevelopedCountryProject(42);
        string json = JsonSerializer.Serialize(c, KyotoJsonContext.Default.RegistryConfiguration);
        Assert.Equal(
            "{\"accounts\":[{\"id\":1,\"registry\":\"DEU\",\"type\":\"PartyHolding\"},{\"id\":2,\"registry\":\"DEU\",\"type\":\"EntityHolding\",\"legalEntity\":\"Acme\"},{\"id\":3,\"registry\":\"DEU\",\"type\":\"Retirement\",\"period\":\"CP1\"}],"
            + "\"parties\":[{\"party\":\"DEU\",\"assignedAmount\":{\"CP1\":4868096694},\"eligibility\":{\"CP1\":[\"EmissionsTrading\"]},"
            + "\"suspensions\":[{\"mechanism\":\"EmissionsTrading\",\"from\":\"2010-01-01\",\"to\":\"2010-12-31\",\"transfersOnly\":true}],\"authorisedLegalEntities\":[\"Acme\"]}],"
            + "\"leastDevelopedCountryProjects\":[42]}",
            json);
        Assert.True(c.HasSameContent(JsonSerializer.Deserialize(json, KyotoJsonContext.Default.RegistryConfiguration)!));
    }

    public static TheoryData<string, string> InvalidConfigurations => new()
    {
        { "{\"accounts\":[],\"parties\":[]}", "Missing required property 'leastDevelopedCountryProjects'" },
        { "{\"accounts\":[],\"parties\":[],\"leastDevelopedCountryProjects\":[0]}", "Expected a whole JSON number ≥ 1 at 'leastDevelopedCountryProjects[0]'" },
        { "{\"accounts\":[{\"id\":1,\"registry\":\"DEU\",\"type\":\"Retirement\"}],\"parties\":[],\"leastDevelopedCountryProjects\":[]}", "Missing required property 'period' in an account at 'accounts[0]'" },
        { "{\"accounts\":[{\"id\":1,\"registry\":\"DEU\",\"type\":\"PartyHolding\",\"period\":\"CP1\"}],\"parties\":[],\"leastDevelopedCountryProjects\":[]}", "(at 'accounts[0].period'" },
        { "{\"accounts\":[{\"id\":1,\"registry\":\"DEU\",\"type\":\"PartyHolding\"},{\"id\":1,\"registry\":\"DEU\",\"type\":\"PartyHolding\"}],\"parties\":[],\"leastDevelopedCountryProjects\":[]}", "already exists" },
        { "{\"accounts\":[],\"adaptationFundAccount\":9,\"parties\":[],\"leastDevelopedCountryProjects\":[]}", "Adaptation Fund account must be an existing" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\"},{\"party\":\"DEU\"}],\"leastDevelopedCountryProjects\":[]}", "DEU is listed twice (at 'parties[1].party'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"reserve\":{\"CP3\":1}}],\"leastDevelopedCountryProjects\":[]}", "'CP3' is not a commitment period code ('CP1' or 'CP2') at 'parties[0].reserve.CP3'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"reserve\":{\"CP1\":-1}}],\"leastDevelopedCountryProjects\":[]}", "at 'parties[0].reserve.CP1'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"lulucfIssuanceLimits\":{\"CP1\":{\"Grazing\":1}}}],\"leastDevelopedCountryProjects\":[]}", "Unknown property 'Grazing' in LULUCF issuance limits at 'parties[0].lulucfIssuanceLimits.CP1'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"eligibility\":{\"CP1\":[\"Trading\"]}}],\"leastDevelopedCountryProjects\":[]}", "is not a Mechanism at 'parties[0].eligibility.CP1[0]'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"suspensions\":[{\"mechanism\":\"EmissionsTrading\",\"from\":\"2010-01-01\",\"to\":\"2009-12-31\",\"transfersOnly\":false}]}],\"leastDevelopedCountryProjects\":[]}", "(at 'parties[0].suspensions[0].to'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"suspensions\":[{\"mechanism\":\"EmissionsTrading\",\"from\":\"2010-01-01\",\"to\":\"2010-12-31\"}]}],\"leastDevelopedCountryProjects\":[]}", "Missing required property 'transfersOnly' in a suspension at 'parties[0].suspensions[0]'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"authorisedLegalEntities\":[7]}],\"leastDevelopedCountryProjects\":[]}", "Expected a JSON string at 'parties[0].authorisedLegalEntities[0]'" },
        { "{\"accounts\":[],\"parties\":[{\"party\":\"DEU\",\"article37TerQuantity\":null}],\"leastDevelopedCountryProjects\":[]}", "at 'parties[0].article37TerQuantity'" },
    };

    [Theory]
    [MemberData(nameof(InvalidConfigurations))]
    public void InvalidConfiguration_ThrowsJsonException_NamingThePath(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<RegistryConfiguration>>("{\"Value\":" + json + "}"));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.Value", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void LedgerConfigurationHistory_RoundTrips_WithEffectiveDates()
    {
        RegistryConfiguration first = RegistryWorld.BaseConfiguration();
        var ledger = new Ledger(first);
        RegistryConfiguration second = first.WithTransferSuspension(RegistryWorld.Parties[0], Mechanism.EmissionsTrading, new DateInterval(new LocalDate(2011, 1, 1), new LocalDate(2011, 6, 30)))
            .WithArticle37TerQuantity(RegistryWorld.Parties[1], 0);
        ledger.ChangeConfiguration(second, new LocalDate(2011, 1, 1));
        var changes = new List<ConfigurationChange>(ledger.ConfigurationChanges);
        string json = JsonSerializer.Serialize(changes, KyotoJsonContext.Default.ListConfigurationChange);
        List<ConfigurationChange> back = JsonSerializer.Deserialize(json, KyotoJsonContext.Default.ListConfigurationChange)!;
        Assert.Equal(changes.Count, back.Count);
        for (int i = 0; i < changes.Count; i++)
        {
            Assert.Equal(changes[i].EffectiveDate, back[i].EffectiveDate);
            Assert.Equal(changes[i].TransactionCount, back[i].TransactionCount);
            Assert.True(ResultJsonProperties.SameConfiguration(changes[i].Configuration, back[i].Configuration));
        }

        Assert.Contains("\"effectiveDate\":\"2011-01-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"transfersOnly\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"article37TerQuantity\":0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void JointAssessments_RefuseAParticipantTwice_OrAnAgreementThatDoesNotExist()
    {
        var retired = RetiredUnits.FromQuantities(new Dictionary<UnitType, long> { [UnitType.Aau] = 10 });
        var emissions = new Dictionary<Party, Co2e>();
        var units = new Dictionary<Party, RetiredUnits>();
        foreach (Party p in JointFulfilment.EuFirstPeriod.Participants)
        {
            emissions[p] = Co2e.FromTonnes(20, GwpSet.Sar);
            units[p] = retired;
        }

        JointComplianceAssessment joint = TrueUp.AssessJointly(JointFulfilment.EuFirstPeriod, emissions, units, new LocalDate(2016, 1, 1));
        string json = JsonSerializer.Serialize(joint, KyotoJsonContext.Default.JointComplianceAssessment);
        Assert.Contains("\"agreement\":{\"organization\":\"EUU\",\"period\":\"CP1\"}", json, StringComparison.Ordinal);
        Assert.Contains("(at 'agreement.organization'", Throws<JointComplianceAssessment>(json.Replace("\"organization\":\"EUU\"", "\"organization\":\"DEU\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        int second = json.IndexOf("{\"party\":", json.IndexOf("{\"party\":", StringComparison.Ordinal) + 1, StringComparison.Ordinal);
        string twice = json[..second] + json[second..].Replace("\"party\":\"DNK\"", "\"party\":\"BEL\"", StringComparison.Ordinal); // participants are BEL, DNK, …
        Assert.Contains("participants[1]", Throws<JointComplianceAssessment>(twice), StringComparison.Ordinal);
        Assert.Contains("agreement.landUseAdditions.AUT", Throws<JointComplianceAssessment>(json.Replace("\"period\":\"CP1\"}", "\"period\":\"CP1\",\"landUseAdditions\":{\"AUT\":1}}", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void BaseYearEmissions_RefusesInconsistentParts()
    {
        const string Json = "{\"party\":\"DEU\",\"period\":\"CP1\",\"baseYearFrom\":1990,\"baseYearTo\":1990,\"fluorinatedGasBaseYear\":\"Year1995\",\"mainGases\":\"100 tCO2e (SAR)\",\"fluorinatedGases\":\"10 tCO2e (SAR)\",\"nitrogenTrifluoride\":\"0 tCO2e\",\"landUseChange\":\"0 tCO2e\",\"landUseWasANetSource\":false,\"excludingLandUseChange\":\"110 tCO2e (SAR)\",\"total\":\"110 tCO2e (SAR)\"}";
        BaseYearEmissions read = JsonSerializer.Deserialize(Json, KyotoJsonContext.Default.BaseYearEmissions)!;
        Assert.Equal(Json, JsonSerializer.Serialize(read, KyotoJsonContext.Default.BaseYearEmissions));
        Assert.Contains("(at 'total'", Throws<BaseYearEmissions>(Json.Replace("\"total\":\"110", "\"total\":\"111", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("(at 'landUseChange'", Throws<BaseYearEmissions>(Json.Replace("\"landUseChange\":\"0 tCO2e\"", "\"landUseChange\":\"5 tCO2e (SAR)\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("(at 'nitrogenTrifluorideBaseYear'", Throws<BaseYearEmissions>(Json.Replace("\"mainGases\"", "\"nitrogenTrifluorideBaseYear\":\"Year2000\",\"mainGases\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("(at 'mainGases'", Throws<BaseYearEmissions>(Json.Replace("100 tCO2e (SAR)", "100 tCO2e (AR4)", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("base year", Throws<BaseYearEmissions>(Json.Replace("\"baseYearTo\":1990", "\"baseYearTo\":1989", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    private static string Throws<T>(string json) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json)).Message;
}
