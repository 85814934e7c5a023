using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Writes a <see cref="Transaction"/> as a compact object and reads it back through the factory of its type, so a
/// transaction read from JSON passed the same argument checks as one built in code. Shape (absent members omitted):
/// <code>
/// {"type":"ExternalTransfer","id":12,"date":"2010-03-01","from":1,"to":7,"units":["DEU 1..100"]}
/// {"type":"Issuance","id":1,"date":"2008-01-01","account":1,"unitType":"Aau","period":"CP1","units":["DEU 1..1000"]}
/// </code>
/// Issuance, conversion and expiry-date change name one <c>account</c>; the others <c>from</c> and <c>to</c>.
/// Type-specific members: <c>unitType</c>, <c>period</c>, <c>activity</c>, <c>projectId</c>, <c>expiryDate</c>
/// (issuance); <c>projectId</c>, <c>track</c> (conversion); <c>expiryDate</c> (expiry-date change);
/// <c>replacedFrom</c>, <c>replacedUnits</c> (replacement). Unknown, duplicate, missing or invalid members throw
/// <see cref="JsonException"/>.
/// </summary>
public sealed class TransactionJsonConverter : JsonConverter<Transaction>
{
    private const string What = "a transaction";

    /// <inheritdoc/>
    public override Transaction Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.StartObject(ref reader, What);
        TransactionType? type = null;
        TransactionId? id = null;
        LocalDate? date = null, expiry = null;
        AccountId? from = null, to = null, account = null, replacedFrom = null;
        SerialRange[]? units = null, replaced = null;
        UnitType? unitType = null;
        CommitmentPeriod? period = null;
        LulucfActivity? activity = null;
        long? projectId = null;
        EruTrack? track = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (JsonText.NextProperty(ref reader, out string name))
        {
            if (!seen.Add(name))
            {
                throw JsonText.Invalid("Duplicate property '" + name + "' in " + What + ".");
            }

            switch (name)
            {
                case "type": type = JsonText.ReadEnum<TransactionType>(ref reader, "type"); break;
                case "id": id = TransactionId.FromNumber(JsonText.ReadPositive(ref reader, "id")); break;
                case "date": date = JsonText.ReadDate(ref reader, "date"); break;
                case "from": from = ReadAccount(ref reader, name); break;
                case "to": to = ReadAccount(ref reader, name); break;
                case "account": account = ReadAccount(ref reader, name); break;
                case "replacedFrom": replacedFrom = ReadAccount(ref reader, name); break;
                case "units": units = ReadRanges(ref reader, name); break;
                case "replacedUnits": replaced = ReadRanges(ref reader, name); break;
                case "unitType": unitType = JsonText.ReadEnum<UnitType>(ref reader, name); break;
                case "period": period = JsonText.Parse<CommitmentPeriod>(ref reader, "commitment period ('CP1' or 'CP2')"); break;
                case "activity": activity = JsonText.ReadEnum<LulucfActivity>(ref reader, name); break;
                case "projectId": projectId = JsonText.ReadPositive(ref reader, name); break;
                case "track": track = JsonText.ReadEnum<EruTrack>(ref reader, name); break;
                case "expiryDate": expiry = JsonText.ReadDate(ref reader, name); break;
                default: throw JsonText.Unknown(name, What);
            }
        }

        TransactionType kind = JsonText.Required(type, "type", What);
        var allowed = Members(kind, unitType);
        foreach (string name in seen)
        {
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw JsonText.Invalid("Property '" + name + "' does not belong to a " + kind + " transaction" + (kind == TransactionType.Issuance ? " of " + unitType : string.Empty) + "; expected " + string.Join(", ", allowed) + ".");
            }
        }

        try
        {
            return Create(kind, JsonText.Required(id, "id", What), JsonText.Required(date, "date", What), from, to, account, replacedFrom, units, replaced, unitType, period, activity, projectId, track, expiry);
        }
        catch (ArgumentException e)
        {
            throw JsonText.Invalid("Invalid " + kind + " transaction: " + e.Message, e);
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Transaction value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("type", value.Type.ToString());
        writer.WriteNumber("id", value.Id.Number);
        writer.WriteString("date", JsonText.FormatDate(value.Date));
        if (IsOneAccount(value.Type))
        {
            writer.WriteNumber("account", value.To.Number);
        }
        else
        {
            writer.WriteNumber("from", value.From!.Value.Number);
            writer.WriteNumber("to", value.To.Number);
        }

        if (value.IssuedUnitType is UnitType unitType)
        {
            writer.WriteString("unitType", unitType.ToString());
            writer.WriteString("period", value.Period!.Code);
        }

        if (value.Activity is LulucfActivity activity)
        {
            writer.WriteString("activity", activity.ToString());
        }

        if (value.ProjectId is long project)
        {
            writer.WriteNumber("projectId", project);
        }

        if (value.Type == TransactionType.Conversion)
        {
            writer.WriteString("track", value.Track.ToString());
        }

        if (value.ExpiryDate is LocalDate expiry)
        {
            writer.WriteString("expiryDate", JsonText.FormatDate(expiry));
        }

        WriteRanges(writer, "units", value.Units);
        if (value.ReplacedFrom is AccountId replacedFrom)
        {
            writer.WriteNumber("replacedFrom", replacedFrom.Number);
            WriteRanges(writer, "replacedUnits", value.ReplacedUnits);
        }

        writer.WriteEndObject();
    }

    private static bool IsOneAccount(TransactionType type) =>
        type is TransactionType.Issuance or TransactionType.Conversion or TransactionType.ExpiryDateChange;

    private static string[] Members(TransactionType type, UnitType? unitType) => type switch
    {
        TransactionType.Issuance => unitType switch
        {
            UnitType.Aau => ["type", "id", "date", "account", "unitType", "period", "units"],
            UnitType.Rmu => ["type", "id", "date", "account", "unitType", "period", "activity", "units"],
            _ => ["type", "id", "date", "account", "unitType", "period", "projectId", "expiryDate", "units"],
        },
        TransactionType.Conversion => ["type", "id", "date", "account", "projectId", "track", "units"],
        TransactionType.ExpiryDateChange => ["type", "id", "date", "account", "expiryDate", "units"],
        TransactionType.Replacement => ["type", "id", "date", "from", "to", "units", "replacedFrom", "replacedUnits"],
        _ => ["type", "id", "date", "from", "to", "units"],
    };

    private static Transaction Create(
        TransactionType type, TransactionId id, LocalDate date, AccountId? from, AccountId? to, AccountId? account, AccountId? replacedFrom,
        SerialRange[]? units, SerialRange[]? replaced, UnitType? unitType, CommitmentPeriod? period, LulucfActivity? activity, long? projectId, EruTrack? track, LocalDate? expiry)
    {
        const string W = "the transaction";
        SerialRange[] ranges = JsonText.Required(units, "units", W);
        switch (type)
        {
            case TransactionType.Issuance:
                AccountId holder = JsonText.Required(account, "account", W);
                CommitmentPeriod issuedFor = JsonText.Required(period, "period", W);
                SerialRange single = ranges.Length == 1 ? ranges[0] : throw JsonText.Invalid("An issuance has exactly one serial range in 'units'.");
                return JsonText.Required(unitType, "unitType", W) switch
                {
                    UnitType.Aau => Transaction.IssueAssignedAmountUnits(id, date, holder, issuedFor, single),
                    UnitType.Rmu => Transaction.IssueRemovalUnits(id, date, holder, issuedFor, JsonText.Required(activity, "activity", W), single),
                    UnitType cdm => Transaction.IssueCdmUnits(id, date, holder, cdm, issuedFor, JsonText.Required(projectId, "projectId", W), single, expiry),
                };
            case TransactionType.Conversion:
                return Transaction.Convert(id, date, JsonText.Required(account, "account", W), JsonText.Required(projectId, "projectId", W), JsonText.Required(track, "track", W), ranges);
            case TransactionType.ExpiryDateChange:
                return Transaction.ChangeExpiryDate(id, date, JsonText.Required(account, "account", W), JsonText.Required(expiry, "expiryDate", W), ranges);
            case TransactionType.Replacement:
                return Transaction.Replace(id, date, JsonText.Required(from, "from", W), ranges, JsonText.Required(replacedFrom, "replacedFrom", W), JsonText.Required(replaced, "replacedUnits", W), JsonText.Required(to, "to", W));
            default:
                AccountId source = JsonText.Required(from, "from", W), target = JsonText.Required(to, "to", W);
                return type switch
                {
                    TransactionType.ExternalTransfer => Transaction.TransferExternally(id, date, source, target, ranges),
                    TransactionType.InternalTransfer => Transaction.TransferInternally(id, date, source, target, ranges),
                    TransactionType.Cancellation => Transaction.Cancel(id, date, source, target, ranges),
                    TransactionType.Retirement => Transaction.Retire(id, date, source, target, ranges),
                    _ => Transaction.CarryOver(id, date, source, target, ranges),
                };
        }
    }

    private static AccountId ReadAccount(ref Utf8JsonReader reader, string name) => AccountId.FromNumber(JsonText.ReadPositive(ref reader, name));

    private static SerialRange[] ReadRanges(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw JsonText.Invalid("Expected a JSON array of serial ranges ('DEU 1..100') for '" + name + "'.");
        }

        var ranges = new List<SerialRange>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            ranges.Add(JsonText.Parse<SerialRange>(ref reader, "serial range ('DEU 1..100') in '" + name + "'"));
        }

        return ranges.ToArray();
    }

    private static void WriteRanges(Utf8JsonWriter writer, string name, IReadOnlyList<SerialRange> ranges)
    {
        writer.WriteStartArray(name);
        foreach (SerialRange range in ranges)
        {
            writer.WriteStringValue(SerialRangeJsonConverter.FormatRange(range));
        }

        writer.WriteEndArray();
    }
}
