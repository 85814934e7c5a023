using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Kyoto.Accounting.Internal;

/// <summary>One parsed CSV row with its 1-based line number in the source.</summary>
internal readonly record struct CsvRow(int LineNumber, string[] Fields);

/// <summary>
/// A minimal RFC 4180 reader (quoted fields, doubled quotes, commas and newlines inside quotes).
/// Lines starting with '#' are comments. It never drops a data row: an unterminated quote throws.
/// </summary>
internal static class Csv
{
    internal static List<CsvRow> Parse(TextReader reader)
    {
        var rows = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        bool inQuotes = false;
        bool atRowStart = true;
        bool comment = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            char ch = (char)c;
            if (atRowStart)
            {
                atRowStart = false;
                rowStart = line;
                comment = ch == '#';
            }

            if (comment)
            {
                if (ch == '\n')
                {
                    line++;
                    atRowStart = true;
                }

                continue;
            }

            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"':
                    inQuotes = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    AddRow(rows, fields, rowStart);
                    line++;
                    atRowStart = true;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }

        if (inQuotes)
        {
            throw new CsvFormatException(rowStart, "Unterminated quoted field starting on line " + rowStart.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        }

        if (!atRowStart && !comment)
        {
            fields.Add(field.ToString());
            AddRow(rows, fields, rowStart);
        }

        return rows;
    }

    private static void AddRow(List<CsvRow> rows, List<string> fields, int line)
    {
        // A blank line is not a row.
        if (!(fields.Count == 1 && fields[0].Length == 0))
        {
            rows.Add(new CsvRow(line, fields.ToArray()));
        }

        fields.Clear();
    }
}

/// <summary>A CSV text that cannot be split into rows, with the 1-based line where the problem starts.</summary>
internal sealed class CsvFormatException : FormatException
{
    internal CsvFormatException(int lineNumber, string message)
        : base(message)
    {
        LineNumber = lineNumber;
    }

    internal int LineNumber { get; }
}
