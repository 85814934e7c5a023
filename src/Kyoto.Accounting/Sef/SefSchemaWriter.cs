using System;
using System.Collections.Generic;
using System.Linq;
using System.Xml.Linq;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// Writes the XML schemas of SEF 1.0 and 2.0 from the same layout the generator and parser use, so the shipped schema
/// cannot drift from the code: global elements referenced by name, as the SEF schemas declare them, with the row counts
/// and enumerations of each table.
/// </summary>
internal static class SefSchemaWriter
{
    private static readonly XNamespace Xs = "http://www.w3.org/2001/XMLSchema";

    internal static string Write(SefFormat target)
    {
        var shapes = new Dictionary<(string Ns, string Name), Shape>();
        foreach (SefFormat format in new[] { SefFormat.First, SefFormat.Second })
        {
            SefLayout layout = SefLayout.Create(format, ["XX"], ["XX"], ["XX1"], ["XX1"], ["XX1"]);
            var root = new Node(format.Namespace, "SEFSubmission", null);
            root.Children.Add(new Node(format.NamespaceOf("Header"), "Header", null));
            foreach (string table in format.Tables)
            {
                root.Children.Add(new Node(format.NamespaceOf(table), table, null));
            }

            foreach (SefLayout.Slot slot in layout.Slots)
            {
                string[] steps = slot.Location.Split('/');
                Node node = root.Children.First(c => c.Name == steps[0]);
                foreach (string step in steps.Skip(1))
                {
                    int open = step.IndexOf('[', StringComparison.Ordinal);
                    string name = open < 0 ? step : step.Substring(0, open);
                    string? key = open < 0 ? null : step.Substring(open + 1, step.Length - open - 2);
                    Node? child = node.Children.FirstOrDefault(c => c.Name == name && c.Key == key);
                    if (child is null)
                    {
                        child = new Node(format.NamespaceOf(name), name, key);
                        node.Children.Add(child);
                    }

                    node = child;
                }

                node.Cells = slot.IsRequirement ? "CerQty" : "UnitQty";
                node.CellCount = slot.Columns.Length;
            }

            Collect(root, shapes);
        }

        return Emit(target.Namespace, shapes).ToString();
    }

    private static void Collect(Node node, Dictionary<(string, string), Shape> shapes)
    {
        if (node.Name == "Header")
        {
            return;
        }

        var shape = new Shape(node.Key is null ? null : SefNames.KeyAttribute(node.Name));
        if (node.Cells is not null)
        {
            shape.Children.Add(new Child(SefFormat.Namespace1, node.Cells, node.CellCount, node.CellCount));
        }

        foreach (Node child in node.Children)
        {
            bool variable = child.Name is "ExternalTransfer" or "PPSRTransfer" or "CorrectiveTransaction" or "CorrectiveReplacement" or "CorrectiveRetirement";
            if (shape.Children.Count > 0 && shape.Children[^1].Name == child.Name && shape.Children[^1].Ns == child.Ns)
            {
                shape.Children[^1] = shape.Children[^1] with { Min = shape.Children[^1].Min + 1, Max = shape.Children[^1].Max + 1 };
            }
            else
            {
                shape.Children.Add(new Child(child.Ns, child.Name, variable ? 0 : 1, variable ? int.MaxValue : 1));
            }

            Collect(child, shapes);
        }

        for (int i = 0; i < shape.Children.Count; i++)
        {
            Child c = shape.Children[i];
            if (c.Ns == SefFormat.Namespace2 && c.Name.StartsWith("Annual", StringComparison.Ordinal) && c.Max > 1)
            {
                shape.Children[i] = c with { Min = 8 }; // the SEF 2.0 annual tables accept 8–11 years
            }
        }

        var id = (node.Ns, node.Name);
        if (shapes.TryGetValue(id, out Shape? known))
        {
            for (int i = 0; i < known.Children.Count; i++)
            {
                Child k = known.Children[i], n = shape.Children[i];
                known.Children[i] = k with { Min = Math.Min(k.Min, n.Min), Max = Math.Max(k.Max, n.Max) };
            }
        }
        else
        {
            shapes.Add(id, shape);
        }
    }

    private static XElement Emit(string ns, Dictionary<(string Ns, string Name), Shape> shapes)
    {
        bool one = ns == SefFormat.Namespace1;
        var schema = new XElement(
            Xs + "schema",
            new XAttribute("targetNamespace", ns),
            new XAttribute("elementFormDefault", "qualified"),
            new XAttribute(XNamespace.Xmlns + "xs", Xs.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "sef1", SefFormat.Namespace1));
        if (!one)
        {
            schema.Add(new XAttribute(XNamespace.Xmlns + "sef2", SefFormat.Namespace2));
            schema.Add(new XElement(Xs + "import", new XAttribute("namespace", SefFormat.Namespace1), new XAttribute("schemaLocation", "sef-1.0.xsd")));
        }

        schema.Add(new XComment(" Generated from the layout of Kyoto.Accounting.Sef (decision 14/CMP.1; decision 3/CMP.11 annex II). "));
        schema.Add(Header(one));
        foreach (var ((elementNs, name), shape) in shapes.Where(s => s.Key.Ns == ns).OrderBy(s => s.Key.Name, StringComparer.Ordinal))
        {
            var sequence = new XElement(Xs + "sequence");
            foreach (Child child in shape.Children)
            {
                var element = new XElement(Xs + "element", new XAttribute("ref", Prefix(child.Ns) + ":" + child.Name));
                if (child.Min != 1)
                {
                    element.Add(new XAttribute("minOccurs", child.Min));
                }

                if (child.Max != 1)
                {
                    element.Add(new XAttribute("maxOccurs", child.Max == int.MaxValue ? "unbounded" : child.Max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                }

                sequence.Add(element);
            }

            var type = new XElement(Xs + "complexType", sequence);
            if (shape.Key is not null)
            {
                type.Add(new XElement(Xs + "attribute", new XAttribute("name", shape.Key), new XAttribute("type", KeyType(name, elementNs)), new XAttribute("use", "required")));
            }

            schema.Add(new XElement(Xs + "element", new XAttribute("name", name), type));
        }

        if (one)
        {
            schema.Add(Cell("UnitQty", "sef1:UnitTypeEnum"), Cell("CerQty", "sef1:CerTypeEnum"));
            schema.Add(Restriction("UnitQtyType", new XElement(Xs + "pattern", new XAttribute("value", "NO|NA|[1-9][0-9]{0,18}"))));
            schema.Add(Enumeration("UnitTypeEnum", SefNames.UnitColumns.Select(SefNames.Unit)));
            schema.Add(Enumeration("CerTypeEnum", ["CER", "lCER", "tCER"]));
            schema.Add(Enumeration("AccountTypeEnum", Union(f => f.AccountTypes)));
            schema.Add(Enumeration("TransactionTypeEnum", Union(f => f.TransactionTypes)));
            schema.Add(Enumeration("TransactionOrEventTypeEnum", Union(f => f.EventTypes)));
            schema.Add(Enumeration("StartingValueEnum", Union(f => f.StartingValues)));
            schema.Add(Enumeration("SourceType", ["ITL", "REG"]));
            schema.Add(Enumeration("StatusType", ["Draft", "Final"]));
            schema.Add(Restriction("RegistryCode", new XElement(Xs + "pattern", new XAttribute("value", "[A-Z]{2,3}"))));
            schema.Add(Restriction("TransactionNumber", new XElement(Xs + "pattern", new XAttribute("value", "[A-Z]{2,3}[1-9][0-9]{0,14}"))));
            schema.Add(new XElement(
                Xs + "simpleType",
                new XAttribute("name", "Year"),
                new XElement(Xs + "restriction", new XAttribute("base", "xs:short"), new XElement(Xs + "minInclusive", new XAttribute("value", 2007)), new XElement(Xs + "maxInclusive", new XAttribute("value", 2023)))));
            foreach ((string field, string type) in HeaderFields)
            {
                schema.Add(new XElement(Xs + "element", new XAttribute("name", field), new XAttribute("type", type)));
            }
        }
        else
        {
            schema.Add(Enumeration("RetirementTypeEnum", ["Retirement", "RetirementFromPPSR"]));
            schema.Add(Enumeration("AdaptationFundTypeEnum", SefLayout.AdaptationFundTypes));
            schema.Add(new XElement(Xs + "element", new XAttribute("name", "ReportFormat"), new XAttribute("type", "xs:string")));
        }

        return schema;
    }

    private static readonly (string Field, string Type)[] HeaderFields =
    [
        ("Party", "sef1:RegistryCode"), ("SubmissionYear", "xs:short"), ("ReportedYear", "xs:short"), ("CommitmentPeriod", "xs:short"),
        ("Version", "xs:short"), ("Source", "sef1:SourceType"), ("Status", "sef1:StatusType"), ("Timestamp", "xs:dateTime"),
        ("ReportEndDate", "xs:date"),
    ];

    private static XElement Header(bool one)
    {
        var sequence = new XElement(Xs + "sequence");
        foreach ((string field, _) in HeaderFields.Take(8))
        {
            sequence.Add(new XElement(Xs + "element", new XAttribute("ref", "sef1:" + field)));
        }

        if (!one)
        {
            sequence.Add(new XElement(Xs + "element", new XAttribute("ref", "sef2:ReportFormat")));
        }

        sequence.Add(new XElement(Xs + "element", new XAttribute("ref", "sef1:ReportEndDate"), new XAttribute("minOccurs", 0)));
        return new XElement(Xs + "element", new XAttribute("name", "Header"), new XElement(Xs + "complexType", sequence));
    }

    private static IEnumerable<string> Union(Func<SefFormat, IReadOnlyList<string>> names) =>
        names(SefFormat.First).Concat(names(SefFormat.Second)).Distinct(StringComparer.Ordinal);

    private static string KeyType(string element, string ns) => element switch
    {
        "AccountType" => "sef1:AccountTypeEnum",
        "TransactionType" => "sef1:TransactionTypeEnum",
        "TransactionOrEventType" => "sef1:TransactionOrEventTypeEnum",
        "StartingValue" => "sef1:StartingValueEnum",
        "Retirement" => ns == SefFormat.Namespace2 ? "sef2:RetirementTypeEnum" : "xs:string",
        "AdaptationFundType" => "sef2:AdaptationFundTypeEnum",
        "ExternalTransfer" or "PPSRTransfer" => "sef1:RegistryCode",
        "CorrectiveTransaction" or "CorrectiveReplacement" or "CorrectiveRetirement" => "sef1:TransactionNumber",
        _ => "sef1:Year",
    };

    private static XElement Cell(string name, string typeEnum) => new(
        Xs + "element",
        new XAttribute("name", name),
        new XElement(
            Xs + "complexType",
            new XElement(
                Xs + "simpleContent",
                new XElement(Xs + "extension", new XAttribute("base", "sef1:UnitQtyType"), new XElement(Xs + "attribute", new XAttribute("name", "type"), new XAttribute("type", typeEnum), new XAttribute("use", "required"))))));

    private static XElement Restriction(string name, XElement facet) =>
        new(Xs + "simpleType", new XAttribute("name", name), new XElement(Xs + "restriction", new XAttribute("base", "xs:string"), facet));

    private static XElement Enumeration(string name, IEnumerable<string> values) => new(
        Xs + "simpleType",
        new XAttribute("name", name),
        new XElement(Xs + "restriction", new XAttribute("base", "xs:string"), values.Select(v => new XElement(Xs + "enumeration", new XAttribute("value", v)))));

    private static string Prefix(string ns) => ns == SefFormat.Namespace1 ? "sef1" : "sef2";

    private sealed class Node(string ns, string name, string? key)
    {
        internal string Ns { get; } = ns;

        internal string Name { get; } = name;

        internal string? Key { get; } = key;

        internal List<Node> Children { get; } = new();

        internal string? Cells { get; set; }

        internal int CellCount { get; set; }
    }

    private sealed record Shape(string? Key)
    {
        internal List<Child> Children { get; } = new();
    }

    private sealed record Child(string Ns, string Name, int Min, int Max);
}
