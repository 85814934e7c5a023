using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Kyoto.Accounting.Cli.Output;

/// <summary>Writes a <see cref="ResultDocument"/> as a terminal table, CSV or JSON.</summary>
internal static class ResultWriter
{
    private static readonly System.Buffers.SearchValues<char> CsvSpecial = System.Buffers.SearchValues.Create(",\"\n\r");

    internal static void Write(ResultDocument document, OutputFormat format, IAnsiConsole console, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(document, output);
                break;
            case OutputFormat.Json:
                output.Write(ToJson(document));
                output.Write('\n');
                break;
            default:
                WriteTables(document, console);
                break;
        }
    }

    internal static string FormatCell(object? value) => value switch
    {
        null => string.Empty,
        decimal d => d.ToString("#,0.###", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    internal static string ToJson(ResultDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("title", document.Title);
            json.WriteStartArray("notes");
            foreach (string note in document.Notes)
            {
                json.WriteStringValue(note);
            }

            json.WriteEndArray();
            foreach (var pair in document.Values)
            {
                json.WritePropertyName(pair.Key);
                WriteValue(json, pair.Value);
            }

            foreach (ResultTable table in document.Tables)
            {
                json.WriteStartArray(table.Name);
                foreach (object?[] row in table.Rows)
                {
                    json.WriteStartObject();
                    for (int i = 0; i < row.Length; i++)
                    {
                        json.WritePropertyName(table.Columns[i].Name);
                        WriteValue(json, row[i]);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case decimal d:
                json.WriteNumberValue(d);
                break;
            case long l:
                json.WriteNumberValue(l);
                break;
            case int i:
                json.WriteNumberValue(i);
                break;
            case bool b:
                json.WriteBooleanValue(b);
                break;
            case ResultDocument nested:
                using (JsonDocument parsed = JsonDocument.Parse(ToJson(nested)))
                {
                    parsed.RootElement.WriteTo(json);
                }

                break;
            default:
                json.WriteStringValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }

    private static void WriteCsv(ResultDocument document, TextWriter output)
    {
        bool several = document.Tables.Count > 1;
        foreach (ResultTable table in document.Tables)
        {
            if (several)
            {
                output.Write("# " + table.Name + "\n");
            }

            output.Write(string.Join(",", table.Columns.Select(c => Quote(c.Name))) + "\n");
            foreach (object?[] row in table.Rows)
            {
                output.Write(string.Join(",", row.Select(v => Quote(v switch
                {
                    decimal d => d.ToString(CultureInfo.InvariantCulture),
                    bool b => b ? "true" : "false",
                    _ => FormatCell(v),
                }))) + "\n");
            }

            if (several)
            {
                output.Write("\n");
            }
        }
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(CsvSpecial) >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    private static void WriteTables(ResultDocument document, IAnsiConsole console)
    {
        console.Write(new Rule(Markup.Escape(document.Title)).LeftJustified());
        foreach (ResultTable table in document.Tables.Where(t => !t.HiddenInTerminal))
        {
            var grid = new Table().Border(TableBorder.Simple).Title(Markup.Escape(table.Title));
            foreach (ResultColumn column in table.Columns)
            {
                var tableColumn = new TableColumn(Markup.Escape(column.Heading));
                grid.AddColumn(column.IsNumeric ? tableColumn.RightAligned() : tableColumn);
            }

            foreach (object?[] row in table.Rows)
            {
                grid.AddRow(row.Select(v => Markup.Escape(FormatCell(v))).ToArray());
            }

            console.Write(grid);
        }

        foreach (string note in document.Notes)
        {
            console.WriteLine(note);
        }
    }
}
