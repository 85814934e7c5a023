using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Cli.Output;

/// <summary>The format of a command's result on standard output.</summary>
internal enum OutputFormat
{
    /// <summary>A table for people (the default).</summary>
    Table,

    /// <summary>RFC 4180 CSV, one block per table.</summary>
    Csv,

    /// <summary>One JSON object.</summary>
    Json,
}

/// <summary>A column of a result table.</summary>
/// <param name="Name">The name (CSV header, JSON property).</param>
/// <param name="Heading">The heading shown in the terminal table.</param>
/// <param name="IsNumeric">Whether cells are numbers (right-aligned; JSON numbers).</param>
internal sealed record ResultColumn(string Name, string Heading, bool IsNumeric);

/// <summary>A named table of a result: columns, rows of cells (string, decimal, long, int, bool or null).</summary>
internal sealed class ResultTable
{
    private readonly List<object?[]> _rows = new();

    internal ResultTable(string name, string title, params ResultColumn[] columns)
    {
        Name = name;
        Title = title;
        Columns = columns;
    }

    internal string Name { get; }

    internal string Title { get; }

    internal IReadOnlyList<ResultColumn> Columns { get; }

    internal IReadOnlyList<object?[]> Rows => _rows;

    /// <summary>Gets or sets whether the terminal table leaves this table out (it is in CSV and JSON).</summary>
    internal bool HiddenInTerminal { get; init; }

    internal static ResultColumn Text(string name, string heading) => new(name, heading, false);

    internal static ResultColumn Number(string name, string heading) => new(name, heading, true);

    internal ResultTable Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new InvalidOperationException("Bug in kyoto: table " + Name + " has " + Columns.Count + " columns, row has " + cells.Length + ".");
        }

        _rows.Add(cells);
        return this;
    }

    internal IEnumerable<object?> Column(string name)
    {
        int index = Columns.Select((c, i) => (c, i)).First(x => x.c.Name == name).i;
        return _rows.Select(r => r[index]);
    }
}

/// <summary>A command's result: a title, notes a reader must see, and tables.</summary>
internal sealed class ResultDocument
{
    internal ResultDocument(string title)
    {
        Title = title;
    }

    internal string Title { get; }

    internal List<string> Notes { get; } = new();

    internal List<ResultTable> Tables { get; } = new();

    /// <summary>Gets extra top-level JSON values (name → value), e.g. a summary object.</summary>
    internal List<KeyValuePair<string, object?>> Values { get; } = new();
}
