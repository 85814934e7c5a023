using System;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// Base of the converters of the accounting, compliance and configuration results: each writes a compact JSON object
/// and reads it back strictly — every member known, present when required, of the expected kind; members derived from
/// others (totals, rounded figures, flags) are recomputed through the library's own factories and must match. Every
/// failure is a <see cref="JsonException"/> whose message names the member's path inside the value; System.Text.Json
/// sets <see cref="JsonException.Path"/> to the value's own path.
/// </summary>
/// <typeparam name="T">The result type.</typeparam>
public abstract class ObjectJsonConverter<T> : JsonConverter<T>
    where T : class
{
    /// <summary>Initializes the converter.</summary>
    private protected ObjectJsonConverter()
    {
    }

    /// <inheritdoc/>
    public sealed override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        JsonText.StartObject(ref reader, typeof(T).Name);
        using var document = JsonDocument.ParseValue(ref reader);
        return ReadElement(document.RootElement, string.Empty);
    }

    /// <inheritdoc/>
    public sealed override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        WriteObject(writer, value);
    }

    /// <summary>Reads the value from an element (an object) found at <paramref name="path"/> inside the value being read.</summary>
    internal abstract T ReadElement(JsonElement element, string path);

    /// <summary>Writes the value as a JSON object.</summary>
    internal abstract void WriteObject(Utf8JsonWriter writer, T value);
}
