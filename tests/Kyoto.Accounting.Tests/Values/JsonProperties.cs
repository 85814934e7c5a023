using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Serialization;
using Kyoto.Accounting.Testing.Core;
using Kyoto.Accounting.Testing.Registry;
using Xunit;

namespace Kyoto.Accounting.Tests.Values;

/// <summary>JSON round trips (source-generated context and plain reflection-based JsonSerializer) for every value and for generated journals.</summary>
public class JsonProperties
{
    private static Property RoundTrips<T>(Gen<T> values, JsonTypeInfo<T> info)
        where T : IEquatable<T> =>
        Prop.ForAll(values.ToArbitrary(), value =>
        {
            string json = JsonSerializer.Serialize(value, info);
            T viaContext = JsonSerializer.Deserialize(json, info)!;
            T viaAttribute = JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value))!;
            return (viaContext.Equals(value) && viaAttribute.Equals(value) && json == JsonSerializer.Serialize(value)).Label(json);
        });

    [Property]
    public Property Co2e_RoundTrips() => RoundTrips(ValueGenerators.Co2e, KyotoJsonContext.Default.Co2e);

    [Property]
    public Property Co2e_KeepsItsSet_EvenWhenZero() =>
        Prop.ForAll(ValueGenerators.Co2e.ToArbitrary(), c => JsonSerializer.Deserialize(JsonSerializer.Serialize(c, KyotoJsonContext.Default.Co2e), KyotoJsonContext.Default.Co2e).GwpSet == c.GwpSet);

    [Property]
    public Property GasMass_RoundTrips() => RoundTrips(KyotoGenerators.GasMass, KyotoJsonContext.Default.GasMass);

    [Property]
    public Property ExactCo2e_RoundTrips() => RoundTrips(ValueGenerators.ExactCo2e, KyotoJsonContext.Default.ExactCo2e);

    [Property]
    public Property AccountId_RoundTrips() => RoundTrips(ValueGenerators.AccountId, KyotoJsonContext.Default.AccountId);

    [Property]
    public Property TransactionId_RoundTrips() => RoundTrips(ValueGenerators.TransactionId, KyotoJsonContext.Default.TransactionId);

    [Property]
    public Property RegistryId_RoundTrips() => RoundTrips(ValueGenerators.RegistryId, KyotoJsonContext.Default.RegistryId);

    [Property]
    public Property SerialRange_RoundTrips() => RoundTrips(ValueGenerators.SerialRange, KyotoJsonContext.Default.SerialRange);

    [Fact]
    public void CodeTypes_RoundTripByCode()
    {
        foreach (Party party in Party.All)
        {
            Assert.Equal("\"" + party.Code + "\"", JsonSerializer.Serialize(party, KyotoJsonContext.Default.Party));
            Assert.Same(party, JsonSerializer.Deserialize(JsonSerializer.Serialize(party), KyotoJsonContext.Default.Party));
        }

        foreach (Gas gas in Gas.All)
        {
            Assert.Same(gas, JsonSerializer.Deserialize<Gas>(JsonSerializer.Serialize(gas, KyotoJsonContext.Default.Gas)));
        }

        Assert.All(GwpSet.All, s => Assert.Same(s, JsonSerializer.Deserialize<GwpSet>(JsonSerializer.Serialize(s))));
        Assert.All(CommitmentPeriod.All, p => Assert.Same(p, JsonSerializer.Deserialize(JsonSerializer.Serialize(p), KyotoJsonContext.Default.CommitmentPeriod)));
        Assert.Equal("\"CP2\"", JsonSerializer.Serialize(CommitmentPeriod.Second));
    }

    [Fact]
    public void Shapes_AreCompact()
    {
        Assert.Equal("\"26000 tCO2e (SAR)\"", JsonSerializer.Serialize(Co2e.FromTonnes(26_000, GwpSet.Sar)));
        Assert.Equal("\"12.5 t\"", JsonSerializer.Serialize(GasMass.FromTonnes(12.5m)));
        Assert.Equal("7", JsonSerializer.Serialize(AccountId.FromNumber(7)));
        Assert.Equal("\"DEU 1..100\"", JsonSerializer.Serialize(SerialRange.Of(RegistryId.National(Party.FromCode("DEU")), 1, 100)));
        Transaction transfer = Transaction.TransferExternally(TransactionId.FromNumber(12), new NodaTime.LocalDate(2010, 3, 1), AccountId.FromNumber(1), AccountId.FromNumber(7), SerialRange.Of(RegistryId.National(Party.FromCode("DEU")), 1, 100));
        Assert.Equal("{\"type\":\"ExternalTransfer\",\"id\":12,\"date\":\"2010-03-01\",\"from\":1,\"to\":7,\"units\":[\"DEU 1..100\"]}", JsonSerializer.Serialize(transfer));
    }

    [Property(MaxTest = 30)]
    public Property GeneratedJournals_RoundTrip_AndReplayToTheSameHoldings() =>
        Prop.ForAll(RegistryArbitraries.Scenarios(40, 20).ToArbitrary(), scenario =>
        {
            var ledger = new Ledger(scenario.Configuration);
            var results = scenario.Transactions.Select(ledger.TryApply).ToList();
            string journalJson = JsonSerializer.Serialize(scenario.Transactions.ToList(), KyotoJsonContext.Default.ListTransaction);
            List<Transaction> back = JsonSerializer.Deserialize(journalJson, KyotoJsonContext.Default.ListTransaction)!;
            List<TransactionResult> resultsBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(results, KyotoJsonContext.Default.ListTransactionResult), KyotoJsonContext.Default.ListTransactionResult)!;
            List<SerialBlock> blocks = ledger.GetBlocks().ToList();
            List<SerialBlock> blocksBack = JsonSerializer.Deserialize(JsonSerializer.Serialize(blocks, KyotoJsonContext.Default.ListSerialBlock), KyotoJsonContext.Default.ListSerialBlock)!;
            Ledger replayed = Ledger.Replay(scenario.Configuration, JsonSerializer.Deserialize(JsonSerializer.Serialize(ledger.Journal.ToList()), KyotoJsonContext.Default.ListTransaction)!);
            return back.Count == scenario.Transactions.Count
                && back.Zip(scenario.Transactions).All(p => Same(p.First, p.Second))
                && resultsBack.Zip(results).All(p => Same(p.First, p.Second))
                && blocksBack.SequenceEqual(blocks)
                && replayed.GetBlocks().SequenceEqual(blocks);
        });

    internal static bool Same(Transaction a, Transaction b) =>
        a.ToString() == b.ToString() && a.Type == b.Type && a.Id == b.Id && a.Date == b.Date && a.From == b.From && a.To == b.To
        && a.Units.SequenceEqual(b.Units) && a.ReplacedFrom == b.ReplacedFrom && a.ReplacedUnits.SequenceEqual(b.ReplacedUnits)
        && a.IssuedUnitType == b.IssuedUnitType && a.Period == b.Period && a.Activity == b.Activity && a.ProjectId == b.ProjectId
        && a.Track == b.Track && a.ExpiryDate == b.ExpiryDate;

    private static bool Same(TransactionResult a, TransactionResult b) =>
        Same(a.Transaction!, b.Transaction!) && a.IsAccepted == b.IsAccepted && a.ShareOfProceeds == b.ShareOfProceeds && a.Failures.SequenceEqual(b.Failures);
}
