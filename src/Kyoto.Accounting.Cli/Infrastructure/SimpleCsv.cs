using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NodaTime;
using NodaTime.Text;

namespace Kyoto.Accounting.Cli.Infrastructure;

/// <summary>A row of one of the tool's own small CSV inputs (deposits, emissions), with its line number for errors.</summary>
internal sealed class CsvInputRow
{
    private readonly Dictionary<string, int> _columns;

    internal CsvInputRow(string file, int line, string[] fields, Dictionary<string, int> columns)
    {
        File = file;
        Line = line;
        Fields = fields;
        _columns = columns;
    }

    internal string File { get; }

    internal int Line { get; }

    internal string[] Fields { get; }

    internal string Get(string column) => Fields[_columns[column]].Trim();

    internal int ColumnOf(string column) => _columns[column] + 1;

    internal CliException Error(string code, string column, string message) =>
        CliException.BadInput(code, message, File, Line, ColumnOf(column));

    internal LocalDate Date(string column)
    {
        ParseResult<LocalDate> result = LocalDatePattern.Iso.Parse(Get(column));
        return result.Success ? result.Value : throw Error("InvalidDate", column, "'" + Get(column) + "' is not a date in ISO form (yyyy-MM-dd).");
    }

    internal decimal Decimal(string column) =>
        decimal.TryParse(Get(column), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)
            ? value
            : throw Error("InvalidNumber", column, "'" + Get(column) + "' is not a plain decimal number.");

    internal bool Boolean(string column) => Get(column).ToUpperInvariant() switch
    {
        "TRUE" or "YES" or "1" => true,
        "FALSE" or "NO" or "0" or "" => false,
        _ => throw Error("InvalidBoolean", column, "'" + Get(column) + "' is not true/false."),
    };
}

/// <summary>Reads the tool's own small CSV inputs: a header, then rows; RFC 4180 quotes; # comments and blank lines skipped.</summary>
internal static class SimpleCsv
{
    internal static List<CsvInputRow> Read(string path, string displayName, params string[] required)
    {
        if (!File.Exists(path))
        {
            throw CliException.BadInput("FileNotFound", "The file does not exist.", displayName);
        }

        string[] lines = File.ReadAllLines(path, Encoding.UTF8);
        Dictionary<string, int>? columns = null;
        var rows = new List<CsvInputRow>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            string[] fields = Split(line, displayName, i + 1);
            if (columns is null)
            {
                columns = fields.Select((f, c) => (Name: f.Trim().ToLowerInvariant(), c)).GroupBy(x => x.Name).ToDictionary(g => g.Key, g => g.First().c, StringComparer.Ordinal);
                foreach (string column in required.Where(r => !columns.ContainsKey(r)))
                {
                    throw CliException.BadInput("MissingColumn", "The header lacks the required column '" + column + "'; expected " + string.Join(",", required) + ".", displayName, i + 1, 0);
                }

                continue;
            }

            if (fields.Length != columns.Count)
            {
                throw CliException.BadInput("WrongFieldCount", string.Format(CultureInfo.InvariantCulture, "The row has {0} field(s) but the header has {1}.", fields.Length, columns.Count), displayName, i + 1, 0);
            }

            rows.Add(new CsvInputRow(displayName, i + 1, fields, columns));
        }

        if (columns is null)
        {
            throw CliException.BadInput("MissingHeader", "The file has no header row; expected " + string.Join(",", required) + ".", displayName, 1, 0);
        }

        return rows;
    }

    private static string[] Split(string line, string file, int lineNumber)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (quoted)
        {
            throw CliException.BadInput("MalformedFile", "A quoted field is not terminated.", file, lineNumber, 0);
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
