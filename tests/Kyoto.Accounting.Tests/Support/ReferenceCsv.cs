using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Kyoto.Accounting.Tests.Support;

/// <summary>
/// Reads the copies of ../shared/reference committed under ReferenceCopies/, independently of the library's own
/// parser, so reference tests compare the library with the published tables and not with itself.
/// </summary>
public static class ReferenceCsv
{
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> Read(string fileName)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "ReferenceCopies", fileName);
        var lines = File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        string[] header = Split(lines[0]);
        return lines.Skip(1)
            .Select(l => Split(l))
            .Select(f => (IReadOnlyDictionary<string, string>)header.Select((h, i) => (h, v: i < f.Length ? f[i] : string.Empty)).ToDictionary(x => x.h, x => x.v))
            .ToList();
    }

    private static string[] Split(string line)
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
            else if (c != '\r')
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields.ToArray();
    }
}
