using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Kyoto.Accounting.Internal;

/// <summary>One parsed CSV row with its 1-based line number in the source.</summary>
internal readonly record struct CsvRow(int LineNumber, string[] Fields);

/// <summary>
/// A minimal RFC 4180 reader for the embedded reference tables (quoted fields, doubled quotes, commas and newlines
/// inside quotes). LF, CRLF and a lone CR each end a line (a line end inside quotes is kept as LF). Lines starting
/// with '#' are comments. It never drops a data row: an unterminated quote throws. Inventories have their own
/// streaming reader with the same line-end rule (InventoryCsvReader).
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
        int pending = -1;
        int c;

        // LF, CRLF and a lone CR are each one line end, everywhere. The reader is never asked to Peek (a TextReader
        // may not implement it): a character read ahead is kept in 'pending'.
        while ((c = pending >= 0 ? pending : reader.Read()) != -1)
        {
            pending = -1;
            char ch = (char)c;
            if (ch == '\r')
            {
                int next = reader.Read();
                if (next != '\n')
                {
                    pending = next;
                }

                ch = '\n';
            }

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
                    int next = reader.Read();
                    if (next == '"')
                    {
                        field.Append('"');
                    }
                    else
                    {
                        pending = next;
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
