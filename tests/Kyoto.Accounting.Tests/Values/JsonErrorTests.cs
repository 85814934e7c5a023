using System;
using System.Collections.Generic;
using System.Text.Json;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Serialization;
using Xunit;

namespace Kyoto.Accounting.Tests.Values;

/// <summary>Invalid JSON is a <see cref="JsonException"/> with the JSON path — never a silent default (newcomer audit §1f).</summary>
public class JsonErrorTests
{
    private sealed record Holder<T>(T Value);

    public static TheoryData<string, string> InvalidValues => new()
    {
        { "{\"Value\":{\"Grams\":12500000}}", nameof(GasMass) },
        { "{\"Value\":12.5}", nameof(GasMass) },
        { "{\"Value\":\"12.5 kg\"}", nameof(GasMass) },
        { "{\"Value\":\"5 tCO2e\"}", nameof(Co2e) },
        { "{\"Value\":\"5 tCO2e (AR5)\"}", nameof(Co2e) },
        { "{\"Value\":null}", nameof(Co2e) },
        { "{\"Value\":\"1/0 gCO2e (SAR)\"}", nameof(ExactCo2e) },
        { "{\"Value\":0}", nameof(AccountId) },
        { "{\"Value\":{\"Number\":7}}", nameof(AccountId) },
        { "{\"Value\":\"7\"}", nameof(AccountId) },
        { "{\"Value\":1.5}", nameof(TransactionId) },
        { "{\"Value\":\"CDM 0..0\"}", nameof(SerialRange) },
        { "{\"Value\":\"GER\"}", nameof(RegistryId) },
        { "{\"Value\":\"CP3\"}", nameof(CommitmentPeriod) },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public void InvalidValue_ThrowsJsonException_WithThePath(string json, string type)
    {
        JsonException ex = type switch
        {
            nameof(GasMass) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<GasMass>>(json)),
            nameof(Co2e) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<Co2e>>(json)),
            nameof(ExactCo2e) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<ExactCo2e>>(json)),
            nameof(AccountId) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<AccountId>>(json)),
            nameof(TransactionId) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<TransactionId>>(json)),
            nameof(SerialRange) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<SerialRange>>(json)),
            nameof(RegistryId) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<RegistryId>>(json)),
            _ => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Holder<CommitmentPeriod>>(json)),
        };
        Assert.StartsWith("$.Value", ex.Path, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> InvalidTransactions => new()
    {
        { "[{\"type\":\"ExternalTransfer\",\"id\":12,\"date\":\"2010-03-01\",\"from\":1,\"units\":[\"DEU 1..100\"]}]", "Missing required property 'to'" },
        { "[{\"type\":\"ExternalTransfer\",\"id\":12,\"date\":\"2010-03-01\",\"from\":1,\"to\":7,\"units\":[\"DEU 1..100\"],\"colour\":1}]", "Unknown property 'colour'" },
        { "[{\"type\":\"ExternalTransfer\",\"id\":12,\"id\":13,\"date\":\"2010-03-01\",\"from\":1,\"to\":7,\"units\":[]}]", "Duplicate property 'id'" },
        { "[{\"type\":\"ExternalTransfer\",\"id\":12,\"date\":\"2010-03-01\",\"from\":1,\"to\":7,\"units\":[],\"track\":\"Track1\"}]", "does not belong to a ExternalTransfer" },
        { "[{\"type\":\"Teleport\",\"id\":12}]", "is not a TransactionType" },
        { "[{\"type\":\"3\",\"id\":12}]", "is not a TransactionType" },
        { "[{\"type\":\"ExternalTransfer\",\"id\":12,\"date\":\"2010-02-30\",\"from\":1,\"to\":7,\"units\":[]}]", "is not an ISO date" },
        { "[{\"type\":\"ExternalTransfer\",\"id\":\"12\",\"date\":\"2010-03-01\",\"from\":1,\"to\":7,\"units\":[]}]", "positive whole JSON number" },
        { "[{\"type\":\"Issuance\",\"id\":1,\"date\":\"2008-01-01\",\"account\":1,\"unitType\":\"Aau\",\"period\":\"CP1\",\"units\":[\"DEU 1..10\",\"DEU 11..20\"]}]", "exactly one serial range" },
        { "[{\"type\":\"Issuance\",\"id\":1,\"date\":\"2008-01-01\",\"account\":1,\"unitType\":\"Rmu\",\"period\":\"CP1\",\"units\":[\"DEU 1..10\"]}]", "Missing required property 'activity'" },
        { "[7]", "Expected a JSON object" },
    };

    [Theory]
    [MemberData(nameof(InvalidTransactions))]
    public void InvalidTransaction_ThrowsJsonException_WithThePath(string json, string message)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, KyotoJsonContext.Default.ListTransaction));
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("$[0]", ex.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidResult_ThrowsJsonException()
    {
        const string Transfer = "{\"type\":\"ExternalTransfer\",\"id\":12,\"date\":\"2010-03-01\",\"from\":1,\"to\":7,\"units\":[\"DEU 1..100\"]}";
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TransactionResult>("{\"transaction\":" + Transfer + ",\"accepted\":false,\"shareOfProceeds\":0,\"failures\":[]}"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TransactionResult>("{\"transaction\":" + Transfer + ",\"accepted\":true,\"shareOfProceeds\":0}"));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<TransactionResult>("{\"transaction\":" + Transfer + ",\"accepted\":false,\"shareOfProceeds\":0,\"failures\":[{\"code\":9999,\"message\":\"x\"}]}"));
        TransactionResult ok = JsonSerializer.Deserialize<TransactionResult>("{\"transaction\":" + Transfer + ",\"accepted\":false,\"shareOfProceeds\":0,\"failures\":[{\"code\":2001,\"message\":\"x\"}]}");
        Assert.True(ok.HasFailure(CheckCode.UnitsNotHeld));
    }

    [Fact]
    public void DefaultStructs_HaveNoJsonForm()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(AccountId)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(TransactionId)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SerialRange)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(SerialBlock)));
        Assert.Throws<JsonException>(() => JsonSerializer.Serialize(default(TransactionResult)));
        Assert.Equal("\"0 tCO2e\"", JsonSerializer.Serialize(default(Co2e)));
    }

    [Fact]
    public void TruncatedJson_Throws()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<List<Transaction>>("[{\"type\":\"ExternalTransfer\",\"id\":12"));
    }
}
