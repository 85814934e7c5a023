using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Base of the converters that write a value as its invariant text form (a JSON string) and read it back with the
/// type's parser. Anything else — another token, text that does not parse — throws <see cref="JsonException"/>
/// (System.Text.Json adds the JSON path); nothing is read as a default.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public abstract class TextJsonConverter<T> : JsonConverter<T>
    where T : IParsable<T>
{
    private readonly string _what;

    /// <summary>Initializes the converter.</summary>
    /// <param name="what">What the value is, for error messages.</param>
    private protected TextJsonConverter(string what) => _what = what;

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => JsonText.Parse<T>(ref reader, _what);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>Formats the value as its text form.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    private protected abstract string Format(T value);
}

/// <summary>Writes a <see cref="Co2e"/> as <c>"1234.5 tCO2e (SAR)"</c> (<c>"0 tCO2e"</c> for <see cref="Co2e.Zero"/>).</summary>
public sealed class Co2eJsonConverter : TextJsonConverter<Co2e>
{
    /// <summary>Initializes the converter.</summary>
    public Co2eJsonConverter()
        : base("CO2-equivalent value ('1234.5 tCO2e (SAR)')")
    {
    }

    private protected override string Format(Co2e value) => value.ToString();
}

/// <summary>Writes an <see cref="ExactCo2e"/> as <c>"1234.5 tCO2e (SAR)"</c> or <c>"37037/3 gCO2e (SAR)"</c>.</summary>
public sealed class ExactCo2eJsonConverter : TextJsonConverter<ExactCo2e>
{
    /// <summary>Initializes the converter.</summary>
    public ExactCo2eJsonConverter()
        : base("exact CO2-equivalent value ('1234.5 tCO2e (SAR)' or '37037/3 gCO2e (SAR)')")
    {
    }

    private protected override string Format(ExactCo2e value) => value.ToString();
}

/// <summary>Writes a <see cref="GasMass"/> as <c>"12.5 t"</c>.</summary>
public sealed class GasMassJsonConverter : TextJsonConverter<GasMass>
{
    /// <summary>Initializes the converter.</summary>
    public GasMassJsonConverter()
        : base("gas mass ('12.5 t')")
    {
    }

    private protected override string Format(GasMass value) => value.ToString();
}

/// <summary>Writes a <see cref="RegistryId"/> as its code, <c>"DEU"</c> or <c>"CDM"</c>.</summary>
public sealed class RegistryIdJsonConverter : TextJsonConverter<RegistryId>
{
    /// <summary>Initializes the converter.</summary>
    public RegistryIdJsonConverter()
        : base("registry ('CDM' or a Party code)")
    {
    }

    private protected override string Format(RegistryId value) => value.ToString();
}

/// <summary>Writes a <see cref="SerialRange"/> as <c>"DEU 1..100"</c>; <c>default(SerialRange)</c> is refused.</summary>
public sealed class SerialRangeJsonConverter : TextJsonConverter<SerialRange>
{
    /// <summary>Initializes the converter.</summary>
    public SerialRangeJsonConverter()
        : base("serial range ('DEU 1..100')")
    {
    }

    private protected override string Format(SerialRange value) => FormatRange(value);

    internal static string FormatRange(SerialRange value) =>
        value.First < 1
            ? throw JsonText.Invalid("default(SerialRange) is not a range of units and has no JSON form.")
            : value.Originator.ToString() + " " + value.First.ToString(CultureInfo.InvariantCulture) + ".." + value.Last.ToString(CultureInfo.InvariantCulture);
}

/// <summary>Writes a <see cref="Party"/> as its ISO 3166 alpha-3 code, e.g. <c>"DEU"</c>.</summary>
public sealed class PartyJsonConverter : TextJsonConverter<Party>
{
    /// <summary>Initializes the converter.</summary>
    public PartyJsonConverter()
        : base("Annex B Party code ('DEU')")
    {
    }

    private protected override string Format(Party value) => value.Code;
}

/// <summary>Writes a <see cref="Gas"/> as its code, e.g. <c>"HFC-134a"</c>.</summary>
public sealed class GasJsonConverter : TextJsonConverter<Gas>
{
    /// <summary>Initializes the converter.</summary>
    public GasJsonConverter()
        : base("Annex A gas code ('CH4')")
    {
    }

    private protected override string Format(Gas value) => value.Code;
}

/// <summary>Writes a <see cref="GwpSet"/> as its name, <c>"SAR"</c> or <c>"AR4"</c>.</summary>
public sealed class GwpSetJsonConverter : TextJsonConverter<GwpSet>
{
    /// <summary>Initializes the converter.</summary>
    public GwpSetJsonConverter()
        : base("GWP set ('SAR' or 'AR4')")
    {
    }

    private protected override string Format(GwpSet value) => value.Name;
}

/// <summary>Writes a <see cref="CommitmentPeriod"/> as its code, <c>"CP1"</c> or <c>"CP2"</c>.</summary>
public sealed class CommitmentPeriodJsonConverter : TextJsonConverter<CommitmentPeriod>
{
    /// <summary>Initializes the converter.</summary>
    public CommitmentPeriodJsonConverter()
        : base("commitment period ('CP1' or 'CP2')")
    {
    }

    private protected override string Format(CommitmentPeriod value) => value.Code;
}

/// <summary>Writes an <see cref="AccountId"/> as its number (a JSON number ≥ 1); <c>default(AccountId)</c> is refused.</summary>
public sealed class AccountIdJsonConverter : JsonConverter<AccountId>
{
    /// <inheritdoc/>
    public override AccountId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        AccountId.FromNumber(JsonText.ReadPositive(ref reader, "an account number"));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, AccountId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Number >= 1 ? value.Number : throw JsonText.Invalid("default(AccountId) is not an account and has no JSON form."));
    }
}

/// <summary>Writes a <see cref="TransactionId"/> as its number (a JSON number ≥ 1); <c>default(TransactionId)</c> is refused.</summary>
public sealed class TransactionIdJsonConverter : JsonConverter<TransactionId>
{
    /// <inheritdoc/>
    public override TransactionId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TransactionId.FromNumber(JsonText.ReadPositive(ref reader, "a transaction number"));

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TransactionId value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Number >= 1 ? value.Number : throw JsonText.Invalid("default(TransactionId) is not a transaction identifier and has no JSON form."));
    }
}
