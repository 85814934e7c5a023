using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using NodaTime;
using NodaTime.Text;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// The members of one JSON object, read strictly: each member at most once, every member known to the reader, every
/// required member present, every value of the expected kind. Failures are <see cref="JsonException"/>s whose message
/// names the member's path inside the value being read (e.g. <c>parties[0].suspensions[1].from</c>); System.Text.Json
/// adds the path of the value itself (<see cref="JsonException.Path"/>). Works on <see cref="JsonElement"/>, so it needs
/// no reflection (trimming and NativeAOT safe).
/// </summary>
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _members = new(StringComparer.Ordinal);
    private readonly string _path;
    private readonly string _what;

    private JsonFields(JsonElement element, string path, string what)
    {
        _path = path;
        _what = what;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw JsonText.Invalid("Expected a JSON object for " + what + At(path) + ", found " + element.ValueKind + ".");
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!_members.TryAdd(property.Name, property.Value))
            {
                throw JsonText.Invalid("Duplicate property '" + property.Name + "' in " + what + At(path) + ".");
            }
        }
    }

    /// <summary>Reads an object element and checks that its members are among <paramref name="known"/>.</summary>
    internal static JsonFields Of(JsonElement element, string path, string what, params string[] known)
    {
        var fields = new JsonFields(element, path, what);
        foreach (string name in fields._members.Keys)
        {
            if (System.Array.IndexOf(known, name) < 0)
            {
                throw JsonText.Invalid("Unknown property '" + name + "' in " + what + At(path) + "; expected " + string.Join(", ", known) + ". Unknown members are refused rather than ignored.");
            }
        }

        return fields;
    }

    internal bool Has(string name) => _members.ContainsKey(name);

    internal string PathOf(string name) => _path.Length == 0 ? name : _path + "." + name;

    internal JsonException Error(string name, string message) => JsonText.Invalid(message + " (at '" + PathOf(name) + "' in " + _what + ").");

    internal JsonElement Get(string name) =>
        _members.TryGetValue(name, out JsonElement value) ? value : throw JsonText.Invalid("Missing required property '" + name + "' in " + _what + At(_path) + ".");

    internal JsonFields Object(string name, string what, params string[] known) => Of(Get(name), PathOf(name), what, known);

    internal long Whole(string name, long min = 0) => Whole(Get(name), PathOf(name), min);

    internal long? OptionalWhole(string name, long min = 0) => Has(name) ? Whole(name, min) : null;

    internal bool Bool(string name)
    {
        JsonElement value = Get(name);
        return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw Error(name, "Expected true or false");
    }

    internal string Text(string name) => Text(Get(name), PathOf(name));

    internal decimal Decimal(string name)
    {
        JsonElement value = Get(name);
        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal number) ? number : throw Error(name, "Expected a JSON number");
    }

    internal T Parsed<T>(string name, string what)
        where T : IParsable<T> => Parsed<T>(Get(name), PathOf(name), what);

    internal Party Party(string name) => Parsed<Party>(name, "Party code ('DEU')");

    internal CommitmentPeriod Period(string name) => Parsed<CommitmentPeriod>(name, "commitment period ('CP1' or 'CP2')");

    internal Co2e Co2e(string name) => Parsed<Co2e>(name, "CO2-equivalent value ('1234.5 tCO2e (SAR)')");

    internal ExactCo2e Exact(string name) => Parsed<ExactCo2e>(name, "exact CO2-equivalent value ('1234.5 tCO2e (SAR)' or '37037/3 gCO2e (SAR)')");

    internal LocalDate Date(string name) => Date(Get(name), PathOf(name));

    internal TEnum Enum<TEnum>(string name)
        where TEnum : struct, Enum => Enum<TEnum>(Get(name), PathOf(name));

    /// <summary>The items of an array member, with their paths.</summary>
    internal IEnumerable<(JsonElement Item, string Path)> Array(string name)
    {
        JsonElement value = Get(name);
        if (value.ValueKind != JsonValueKind.Array)
        {
            throw Error(name, "Expected a JSON array");
        }

        return Items(value, PathOf(name));
    }

    /// <summary>The members of an object member (a map keyed by code), with their paths.</summary>
    internal IEnumerable<(string Key, JsonElement Value, string Path)> Map(string name)
    {
        JsonFields map = Of(Get(name), PathOf(name), name, [.. KeysOf(Get(name), PathOf(name))]);
        foreach (KeyValuePair<string, JsonElement> member in map._members)
        {
            yield return (member.Key, member.Value, map.PathOf(member.Key));
        }
    }

    /// <summary>Checks that a value the writer derived from the others is the one the reader derived; a mismatch is an error, never corrected silently.</summary>
    internal void Check<T>(string name, T expected, T actual)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, actual))
        {
            throw Error(name, "The value " + Describe(actual) + " does not match " + Describe(expected) + ", the value computed from the other members");
        }
    }

    internal static long Whole(JsonElement value, string path, long min = 0) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number) && number >= min
            ? number
            : throw JsonText.Invalid("Expected a whole JSON number ≥ " + min.ToString(CultureInfo.InvariantCulture) + At(path) + ".");

    internal static string Text(JsonElement value, string path) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : throw JsonText.Invalid("Expected a JSON string" + At(path) + ", found " + value.ValueKind + ".");

    internal static T Parsed<T>(JsonElement value, string path, string what)
        where T : IParsable<T>
    {
        string text = Text(value, path);
        return T.TryParse(text, CultureInfo.InvariantCulture, out T? result) ? result : throw JsonText.Invalid("'" + text + "' is not a valid " + what + At(path) + ".");
    }

    internal static LocalDate Date(JsonElement value, string path)
    {
        string text = Text(value, path);
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(text);
        return result.Success ? result.Value : throw JsonText.Invalid("'" + text + "' is not an ISO date (uuuu-MM-dd)" + At(path) + ".", result.Exception);
    }

    internal static TEnum Enum<TEnum>(JsonElement value, string path)
        where TEnum : struct, Enum
    {
        string text = Text(value, path);
        return System.Enum.TryParse(text, false, out TEnum result) && System.Enum.IsDefined(result) && result.ToString() == text
            ? result
            : throw JsonText.Invalid("'" + text + "' is not a " + typeof(TEnum).Name + At(path) + "; expected one of " + string.Join(", ", System.Enum.GetNames<TEnum>()) + ".");
    }

    /// <summary>Reads a map key that names an enumeration member.</summary>
    internal static TEnum EnumKey<TEnum>(string key, string path)
        where TEnum : struct, Enum =>
        System.Enum.TryParse(key, false, out TEnum result) && System.Enum.IsDefined(result) && result.ToString() == key
            ? result
            : throw JsonText.Invalid("'" + key + "' is not a " + typeof(TEnum).Name + " at '" + path + "'; expected one of " + string.Join(", ", System.Enum.GetNames<TEnum>()) + ".");

    /// <summary>Reads a map key that is a Party code.</summary>
    internal static Party PartyKey(string key, string path) =>
        Parties.Party.TryParse(key, CultureInfo.InvariantCulture, out Party? party) && party.Code == key
            ? party
            : throw JsonText.Invalid("'" + key + "' is not a Party code ('DEU') at '" + path + "'.");

    /// <summary>Reads a map key that is a commitment period code.</summary>
    internal static CommitmentPeriod PeriodKey(string key, string path) =>
        CommitmentPeriod.TryParse(key, CultureInfo.InvariantCulture, out CommitmentPeriod? period) && period.Code == key
            ? period
            : throw JsonText.Invalid("'" + key + "' is not a commitment period code ('CP1' or 'CP2') at '" + path + "'.");

    internal static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement array, string path)
    {
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            yield return (item, path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]");
            i++;
        }
    }

    private static List<string> KeysOf(JsonElement value, string path)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            throw JsonText.Invalid("Expected a JSON object" + At(path) + ", found " + value.ValueKind + ".");
        }

        var keys = new List<string>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            keys.Add(property.Name);
        }

        return keys;
    }

    private static string At(string path) => path.Length == 0 ? string.Empty : " at '" + path + "'";

    private static string Describe<T>(T value) => value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString() ?? "null";
}
