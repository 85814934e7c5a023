using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Internal;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Writes a <see cref="TransactionResult"/> as
/// <c>{"transaction":{…},"accepted":false,"shareOfProceeds":0,"failures":[{"code":2001,"message":"…","units":"DEU 1..100"}]}</c>
/// (the code is the numeric <see cref="CheckCode"/>; <c>units</c>, <see cref="CheckFailure.Units"/>, only when the failure has units). An accepted result has no failures, a rejected one at least
/// one; <c>default(TransactionResult)</c>, which has no transaction, is refused.
/// </summary>
public sealed class TransactionResultJsonConverter : JsonConverter<TransactionResult>
{
    private const string What = "a transaction result";

    /// <inheritdoc/>
    public override TransactionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.StartObject(ref reader, What);
        Transaction? transaction = null;
        bool? accepted = null;
        long? share = null;
        List<CheckFailure>? failures = null;
        var transactions = new TransactionJsonConverter();
        while (JsonText.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "transaction" when transaction is null: transaction = transactions.Read(ref reader, typeof(Transaction), options); break;
                case "accepted" when accepted is null:
                    accepted = reader.TokenType is JsonTokenType.True or JsonTokenType.False ? reader.GetBoolean() : throw JsonText.Invalid("Expected true or false for 'accepted'.");
                    break;
                case "shareOfProceeds" when share is null:
                    share = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long s) && s >= 0 ? s : throw JsonText.Invalid("Expected a whole number ≥ 0 for 'shareOfProceeds'.");
                    break;
                case "failures" when failures is null: failures = ReadFailures(ref reader); break;
                default: throw JsonText.Unknown(name, What);
            }
        }

        bool isAccepted = JsonText.Required(accepted, "accepted", What);
        List<CheckFailure> list = JsonText.Required(failures, "failures", What);
        if (isAccepted == list.Count > 0)
        {
            throw JsonText.Invalid(isAccepted ? "An accepted transaction result has no failures." : "A rejected transaction result lists at least one failure.");
        }

        return new TransactionResult(JsonText.Required(transaction, "transaction", What), isAccepted ? null : list.ToArray(), JsonText.Required(share, "shareOfProceeds", What));
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TransactionResult value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        Transaction transaction = value.Transaction ?? throw JsonText.Invalid("default(TransactionResult) has no transaction and no JSON form.");
        writer.WriteStartObject();
        writer.WritePropertyName("transaction");
        new TransactionJsonConverter().Write(writer, transaction, options);
        writer.WriteBoolean("accepted", value.IsAccepted);
        writer.WriteNumber("shareOfProceeds", value.ShareOfProceeds);
        writer.WriteStartArray("failures");
        foreach (CheckFailure failure in value.Failures)
        {
            writer.WriteStartObject();
            writer.WriteNumber("code", (int)failure.Code);
            writer.WriteString("message", failure.Message);
            if (failure.Units is SerialRange units)
            {
                writer.WriteString("units", SerialRangeJsonConverter.FormatRange(units));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static List<CheckFailure> ReadFailures(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonText.Invalid("Expected a JSON array for 'failures'.");
        }

        var failures = new List<CheckFailure>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            JsonText.StartObject(ref reader, "a check failure");
            CheckCode? code = null;
            string? message = null;
            SerialRange? units = null;
            while (JsonText.NextProperty(ref reader, out string name))
            {
                switch (name)
                {
                    case "code" when code is null:
                        code = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int number) && Enum.IsDefined((CheckCode)number)
                            ? (CheckCode)number
                            : throw JsonText.Invalid("Expected a registry check code (e.g. 2001) for 'code'.");
                        break;
                    case "message" when message is null: message = JsonText.ReadString(ref reader, "message"); break;
                    case "units" when units is null: units = JsonText.Parse<SerialRange>(ref reader, "serial range ('DEU 1..100')"); break;
                    default: throw JsonText.Unknown(name, "a check failure");
                }
            }

            failures.Add(CheckFailure.Create(JsonText.Required(code, "code", "a check failure"), JsonText.Required(message, "message", "a check failure"), units));
        }

        return failures;
    }
}

/// <summary>
/// Writes a <see cref="SerialBlock"/> as
/// <c>{"account":7,"range":"DEU 1..100","unitType":"Aau","originalPeriod":"CP1","applicablePeriod":"CP1"}</c> plus,
/// when set, <c>activity</c>, <c>projectId</c>, <c>track</c>, <c>expiryDate</c> and <c>"transferred":true</c>.
/// </summary>
public sealed class SerialBlockJsonConverter : JsonConverter<SerialBlock>
{
    private const string What = "a serial block";

    /// <inheritdoc/>
    public override SerialBlock Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.StartObject(ref reader, What);
        AccountId? account = null;
        SerialRange? range = null;
        UnitType? unitType = null;
        CommitmentPeriod? original = null, applicable = null;
        LulucfActivity? activity = null;
        long? projectId = null;
        EruTrack? track = null;
        LocalDate? expiry = null;
        bool? transferred = null;
        while (JsonText.NextProperty(ref reader, out string name))
        {
            switch (name)
            {
                case "account" when account is null: account = AccountId.FromNumber(JsonText.ReadPositive(ref reader, name)); break;
                case "range" when range is null: range = JsonText.Parse<SerialRange>(ref reader, "serial range ('DEU 1..100')"); break;
                case "unitType" when unitType is null: unitType = JsonText.ReadEnum<UnitType>(ref reader, name); break;
                case "originalPeriod" when original is null: original = JsonText.Parse<CommitmentPeriod>(ref reader, "commitment period"); break;
                case "applicablePeriod" when applicable is null: applicable = JsonText.Parse<CommitmentPeriod>(ref reader, "commitment period"); break;
                case "activity" when activity is null: activity = JsonText.ReadEnum<LulucfActivity>(ref reader, name); break;
                case "projectId" when projectId is null: projectId = JsonText.ReadPositive(ref reader, name); break;
                case "track" when track is null: track = JsonText.ReadEnum<EruTrack>(ref reader, name); break;
                case "expiryDate" when expiry is null: expiry = JsonText.ReadDate(ref reader, name); break;
                case "transferred" when transferred is null:
                    transferred = reader.TokenType == JsonTokenType.True ? true : throw JsonText.Invalid("'transferred' is written only as true.");
                    break;
                default: throw JsonText.Unknown(name, What);
            }
        }

        SerialRange units = JsonText.Required(range, "range", What);
        var attributes = new BlockAttributes(
            JsonText.Required(unitType, "unitType", What),
            (byte)JsonText.Required(original, "originalPeriod", What).Number,
            (byte)JsonText.Required(applicable, "applicablePeriod", What).Number,
            activity,
            projectId ?? 0,
            track ?? EruTrack.None,
            expiry,
            transferred ?? false);
        return new SerialBlock(JsonText.Required(account, "account", What), units.Originator, units.First, units.Last, attributes);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SerialBlock value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value.Account.Number < 1 || value.First < 1)
        {
            throw JsonText.Invalid("default(SerialBlock) is not a block of units and has no JSON form.");
        }

        writer.WriteStartObject();
        writer.WriteNumber("account", value.Account.Number);
        writer.WriteString("range", SerialRangeJsonConverter.FormatRange(value.Range));
        writer.WriteString("unitType", value.UnitType.ToString());
        writer.WriteString("originalPeriod", value.OriginalPeriod.Code);
        writer.WriteString("applicablePeriod", value.ApplicablePeriod.Code);
        if (value.Activity is LulucfActivity activity)
        {
            writer.WriteString("activity", activity.ToString());
        }

        if (value.ProjectId is long project)
        {
            writer.WriteNumber("projectId", project);
        }

        if (value.Track != EruTrack.None)
        {
            writer.WriteString("track", value.Track.ToString());
        }

        if (value.ExpiryDate is LocalDate expiry)
        {
            writer.WriteString("expiryDate", JsonText.FormatDate(expiry));
        }

        if (value.IsInternationallyTransferred)
        {
            writer.WriteBoolean("transferred", true);
        }

        writer.WriteEndObject();
    }
}
