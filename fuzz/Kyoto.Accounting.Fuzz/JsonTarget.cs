using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Serialization;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// The System.Text.Json converters, through every type <see cref="KyotoJsonContext"/> exposes. The first byte picks the
/// type (<c>'A'</c> + index, modulo the count), the rest is the JSON. Oracles: nothing but <see cref="JsonException"/>
/// escapes; <c>null</c> comes back only for a JSON <c>null</c> of a reference type; a value read is never the
/// <c>default</c> of a type whose default has no JSON form (AccountId, TransactionId, SerialRange, SerialBlock,
/// TransactionResult); what was read writes without error, and reading that back gives an equal value that writes the
/// same text (write ∘ read is idempotent); and the source-generated context and plain reflection-based
/// <c>JsonSerializer</c> (the types' <c>[JsonConverter]</c> attributes) agree on success and on the text written.
/// </summary>
public sealed class JsonTarget : IFuzzTarget
{
    private static readonly Kind[] Kinds =
    [
        Of(KyotoJsonContext.Default.Co2e, false),
        Of(KyotoJsonContext.Default.GasMass, false),
        Of(KyotoJsonContext.Default.ExactCo2e, false),
        Of(KyotoJsonContext.Default.AccountId, true),
        Of(KyotoJsonContext.Default.TransactionId, true),
        Of(KyotoJsonContext.Default.RegistryId, false),
        Of(KyotoJsonContext.Default.SerialRange, true),
        Of(KyotoJsonContext.Default.SerialBlock, true),
        Of(KyotoJsonContext.Default.Party, false),
        Of(KyotoJsonContext.Default.Gas, false),
        Of(KyotoJsonContext.Default.GwpSet, false),
        Of(KyotoJsonContext.Default.CommitmentPeriod, false),
        Of(KyotoJsonContext.Default.Transaction, false),
        Of(KyotoJsonContext.Default.TransactionResult, true),
        Of(KyotoJsonContext.Default.ListTransaction, false),
        Of(KyotoJsonContext.Default.ListTransactionResult, false),
        Of(KyotoJsonContext.Default.ListSerialBlock, false),
        Of(KyotoJsonContext.Default.ListCo2e, false),
    ];

    /// <inheritdoc/>
    public string Name => "json";

    /// <inheritdoc/>
    public IReadOnlyList<string> Tokens { get; } = new[]
    {
        "{", "}", "[", "]", ":", ",", "\"", "null", "true", "false", "0", "-1", "1e3", "9223372036854775807", "9223372036854775808", "2147483648", "\\u0000", "\\\"",
        "\"type\"", "\"id\"", "\"date\"", "\"from\"", "\"to\"", "\"account\"", "\"units\"", "\"unitType\"", "\"period\"", "\"activity\"", "\"projectId\"", "\"track\"",
        "\"expiryDate\"", "\"replacedFrom\"", "\"replacedUnits\"", "\"transaction\"", "\"accepted\"", "\"shareOfProceeds\"", "\"failures\"", "\"code\"", "\"message\"",
        "\"range\"", "\"originalPeriod\"", "\"applicablePeriod\"", "\"transferred\"",
        "Issuance", "Conversion", "ExternalTransfer", "InternalTransfer", "Cancellation", "Retirement", "Replacement", "CarryOver", "ExpiryDateChange",
        "Aau", "Rmu", "EruFromAau", "EruFromRmu", "Cer", "Tcer", "Lcer", "Track1", "Track2", "ForestManagement", "Afforestation",
        "DEU", "CDM", "DEU 1..100", "..", "CP1", "CP2", "SAR", "AR4", "tCO2e", "gCO2e", " t", "kt", "CH4", "HFC-134a", "2010-03-01", "2012-02-29", "0001-01-01", "/",
    };

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        Kinds[Index(data[0])].Check(data[1..]);
    }

    /// <inheritdoc/>
    public IEnumerable<(string Name, byte[] Data)> MakeSeeds()
    {
        Ledger ledger = World.Ledger();
        Transaction[] journal = ledger.Journal.ToArray();
        TransactionResult accepted = new Ledger(World.Configuration).TryApply(journal[0]);
        TransactionResult rejected = ledger.TryApply(journal[1]);
        SerialBlock[] blocks = ledger.GetBlocks().ToArray();
        Co2e[] co2e = [Co2e.Parse("1234.5 tCO2e (SAR)", CultureInfo.InvariantCulture), Co2e.Zero, Co2e.Parse("-0.000001 tCO2e (AR4)", CultureInfo.InvariantCulture)];
        object[][] values =
        [
            [co2e[0], co2e[1], co2e[2]],
            [GasMass.Parse("12.5 t", CultureInfo.InvariantCulture)],
            [ExactCo2e.Parse("37037/3 gCO2e (SAR)", CultureInfo.InvariantCulture), ExactCo2e.Parse("1234.5 tCO2e (AR4)", CultureInfo.InvariantCulture)],
            [AccountId.FromNumber(7)],
            [TransactionId.FromNumber(12)],
            [RegistryId.National(World.Deu), RegistryId.Cdm],
            [SerialRange.Of(World.DeuRegistry, 1, 100)],
            [blocks[0], blocks[^1], blocks.First(b => b.ExpiryDate is not null)],
            [World.Deu],
            [Gas.Parse("HFC-134a", CultureInfo.InvariantCulture)],
            [GwpSet.Ar4],
            [CommitmentPeriod.Second],
            journal.Cast<object>().ToArray(),
            [accepted, rejected],
            [journal.ToList()],
            [new List<TransactionResult> { accepted, rejected }],
            [blocks.ToList()],
            [co2e.ToList()],
        ];
        for (int k = 0; k < Kinds.Length; k++)
        {
            for (int v = 0; v < values[k].Length; v++)
            {
                string json = JsonSerializer.Serialize(values[k][v], Kinds[k].Info);
                yield return (string.Create(CultureInfo.InvariantCulture, $"{k:D2}-{TypeName(Kinds[k].Info.Type)}-{v}.json"), [(byte)('A' + k), .. Encoding.UTF8.GetBytes(json)]);
            }
        }
    }

    private static string TypeName(Type type) => type.IsGenericType ? "List-" + type.GetGenericArguments()[0].Name : type.Name;

    private static int Index(byte selector) => ((selector - 'A') % Kinds.Length + Kinds.Length) % Kinds.Length;

    private static Kind Of<T>(JsonTypeInfo<T> info, bool defaultHasNoJson) =>
        new(info, json => Check(info, json, defaultHasNoJson));

    private static void Check<T>(JsonTypeInfo<T> info, ReadOnlySpan<byte> json, bool defaultHasNoJson)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, info);
        }
        catch (JsonException)
        {
            Agree(info, json, null);
            return;
        }

        string name = info.Type.Name;
        if (value is null)
        {
            if (typeof(T).IsValueType || JsonDocument.Parse(json.ToArray()).RootElement.ValueKind != JsonValueKind.Null)
            {
                throw new OracleException(name + ": read null from a document that is not the JSON null.");
            }

            Agree(info, json, "null");
            return;
        }

        if (defaultHasNoJson && EqualityComparer<T>.Default.Equals(value, default!))
        {
            throw new OracleException(name + ": read default(" + name + "), which has no JSON form.");
        }

        string written;
        try
        {
            written = JsonSerializer.Serialize(value, info);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException)
        {
            throw new OracleException(name + ": a value read from JSON cannot be written back: " + e.Message, e);
        }

        T? again;
        try
        {
            again = JsonSerializer.Deserialize(written, info);
        }
        catch (JsonException e)
        {
            throw new OracleException(name + ": what was written does not read back: " + written, e);
        }

        string rewritten = JsonSerializer.Serialize(again!, info);
        if (rewritten != written)
        {
            throw new OracleException(name + ": write ∘ read is not idempotent: " + written + " then " + rewritten);
        }

        // TransactionResult compares its transaction by reference, so only the text can be compared for it.
        if (value is IEquatable<T> && value is not TransactionResult && !EqualityComparer<T>.Default.Equals(value, again))
        {
            throw new OracleException(name + ": the value read back differs from the value written: " + written);
        }

        Agree(info, json, written);
    }

    // The types carry [JsonConverter] attributes, so reflection-based JsonSerializer must reach the same outcome.
    private static void Agree<T>(JsonTypeInfo<T> info, ReadOnlySpan<byte> json, string? expected)
    {
        string? actual;
        try
        {
            T? value = JsonSerializer.Deserialize<T>(json, JsonSerializerOptions.Default);
            actual = JsonSerializer.Serialize(value, JsonSerializerOptions.Default);
        }
        catch (JsonException)
        {
            actual = null;
        }

        if (actual != expected)
        {
            throw new OracleException(info.Type.Name + ": the source-generated context gives " + (expected ?? "an error") + " but reflection gives " + (actual ?? "an error") + ".");
        }
    }

    private sealed record Kind(JsonTypeInfo Info, Action<byte[]> CheckBytes)
    {
        public void Check(ReadOnlySpan<byte> json) => CheckBytes(json.ToArray());
    }
}
