using System;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Kyoto.Accounting.Serialization;

/// <summary>Reading and writing helpers shared by the converters; every failure is a <see cref="JsonException"/>.</summary>
internal static class JsonText
{
    internal static JsonException Invalid(string message, Exception? inner = null) => new(message, inner);

    internal static string ReadString(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw Invalid("Expected a JSON string for " + what + ", found " + reader.TokenType + ".");
        }

        return reader.GetString()!;
    }

    internal static long ReadPositive(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long number) || number < 1)
        {
            throw Invalid("Expected a positive whole JSON number for " + what + ".");
        }

        return number;
    }

    internal static T Parse<T>(ref Utf8JsonReader reader, string what)
        where T : IParsable<T>
    {
        string text = ReadString(ref reader, what);
        return T.TryParse(text, CultureInfo.InvariantCulture, out T? value)
            ? value
            : throw Invalid("'" + text + "' is not a valid " + what + ".");
    }

    internal static LocalDate ReadDate(ref Utf8JsonReader reader, string what)
    {
        string text = ReadString(ref reader, what);
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw Invalid("'" + text + "' is not an ISO date (uuuu-MM-dd) for " + what + ".", result.Exception);
    }

    internal static string FormatDate(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static TEnum ReadEnum<TEnum>(ref Utf8JsonReader reader, string what)
        where TEnum : struct, Enum
    {
        string text = ReadString(ref reader, what);
        return Enum.TryParse(text, false, out TEnum value) && Enum.IsDefined(value) && value.ToString() == text
            ? value
            : throw Invalid("'" + text + "' is not a " + typeof(TEnum).Name + "; expected one of " + string.Join(", ", Enum.GetNames<TEnum>()) + ".");
    }

    /// <summary>Moves to the next property of an object; false at its end. Throws on anything but a property name.</summary>
    internal static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        name = reader.GetString()!;
        reader.Read();
        return true;
    }

    internal static void StartObject(ref Utf8JsonReader reader, string what)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid("Expected a JSON object for " + what + ", found " + reader.TokenType + ".");
        }
    }

    internal static JsonException Unknown(string property, string what) =>
        Invalid("Unknown property '" + property + "' in " + what + "; unknown members are refused rather than ignored.");

    internal static T Required<T>(T? value, string property, string what)
        where T : struct =>
        value ?? throw Invalid("Missing required property '" + property + "' in " + what + ".");

    internal static T Required<T>(T? value, string property, string what)
        where T : class =>
        value ?? throw Invalid("Missing required property '" + property + "' in " + what + ".");

    /// <summary>Runs a factory on values read from JSON; its argument checks become <see cref="JsonException"/>s.</summary>
    internal static T Build<T>(Func<T> create, string what)
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            throw Invalid("Cannot read " + what + ": " + e.Message, e);
        }
        catch (OverflowException e)
        {
            throw Invalid("Cannot read " + what + ": " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            throw Invalid("Cannot read " + what + ": " + e.Message, e);
        }
    }
}
