using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using NodaTime;
using NodaTime.Text;

namespace Kyoto.Accounting.Sef;

/// <summary>Writes and reads SEF XML: the element names and namespaces of the SEF schemas, cells as <c>UnitQty</c>/<c>CerQty</c> text.</summary>
internal static class SefXml
{
    private const string Root = "SEFSubmission";
    private static readonly InstantPattern TimestampPattern = InstantPattern.ExtendedIso;

    internal static string Write(SefReport report)
    {
        var builder = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(builder, CultureInfo.InvariantCulture), Settings()))
        {
            Write(report, writer);
        }

        return builder.ToString();
    }

    internal static void Write(SefReport report, Stream stream)
    {
        XmlWriterSettings settings = Settings();
        settings.Encoding = new UTF8Encoding(false);
        using var writer = XmlWriter.Create(stream, settings);
        Write(report, writer);
    }

    private static XmlWriterSettings Settings() => new() { Indent = true, OmitXmlDeclaration = false };

    private static void Write(SefReport report, XmlWriter writer)
    {
        SefFormat format = report.Format;
        writer.WriteStartElement(Root, format.Namespace);
        if (format.Number == 2)
        {
            writer.WriteAttributeString("xmlns", "sef1", null, SefFormat.Namespace1);
        }

        WriteHeader(report.Header, format, writer);
        var blocksByTable = report.Blocks.ToLookup(b => b.Table, StringComparer.Ordinal);
        foreach (string table in format.Tables)
        {
            writer.WriteStartElement(table, format.NamespaceOf(table));
            var open = new List<string>();
            foreach (SefBlock block in blocksByTable[table])
            {
                string[] steps = block.Location.Split('/')[1..];
                int common = 0;
                while (common < open.Count && common < steps.Length && open[common] == steps[common])
                {
                    common++;
                }

                for (int i = open.Count; i > common; i--)
                {
                    writer.WriteEndElement();
                }

                open.RemoveRange(common, open.Count - common);
                for (int i = common; i < steps.Length; i++)
                {
                    (string name, string? key) = Step(steps[i]);
                    writer.WriteStartElement(name, format.NamespaceOf(name));
                    if (key is not null)
                    {
                        writer.WriteAttributeString(SefNames.KeyAttribute(name)!, key);
                    }

                    open.Add(steps[i]);
                }

                string cell = block.IsRequirementForReplacement ? "CerQty" : "UnitQty";
                for (int c = 0; c < block.Columns.Count; c++)
                {
                    writer.WriteStartElement(cell, SefFormat.Namespace1);
                    writer.WriteAttributeString("type", SefNames.Unit(block.Columns[c]));
                    writer.WriteString(block.Cells[c].ToString());
                    writer.WriteEndElement();
                }
            }

            for (int i = open.Count; i > 0; i--)
            {
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void WriteHeader(SefHeader header, SefFormat format, XmlWriter writer)
    {
        writer.WriteStartElement("Header", format.NamespaceOf("Header"));
        void Field(string name, string value) => writer.WriteElementString(name, format.NamespaceOf(name), value);
        Field("Party", header.Party);
        Field("SubmissionYear", header.SubmissionYear.ToString(CultureInfo.InvariantCulture));
        Field("ReportedYear", header.ReportedYear.ToString(CultureInfo.InvariantCulture));
        Field("CommitmentPeriod", header.CommitmentPeriod.ToString(CultureInfo.InvariantCulture));
        Field("Version", header.Version.ToString(CultureInfo.InvariantCulture));
        Field("Source", header.Source == SefSource.Registry ? "REG" : "ITL");
        Field("Status", header.Status == SefStatus.Final ? "Final" : "Draft");
        Field("Timestamp", TimestampPattern.Format(header.Timestamp));
        if (format.Number == 2)
        {
            Field("ReportFormat", "RF-CP2");
        }

        if (header.ReportEndDate is LocalDate end)
        {
            Field("ReportEndDate", LocalDatePattern.Iso.Format(end));
        }

        writer.WriteEndElement();
    }

    private static (string Name, string? Key) Step(string step)
    {
        int open = step.IndexOf('[', StringComparison.Ordinal);
        return open < 0 ? (step, null) : (step.Substring(0, open), step.Substring(open + 1, step.Length - open - 2));
    }

    internal static SefReport Read(TextReader text)
    {
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(text, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new SefFormatException("not well-formed XML: " + e.Message, e.LineNumber, e.LinePosition, null);
        }

        XElement root = document.Root!;
        if (root.Name.LocalName != Root || !SefFormat.TryFromNamespace(root.Name.NamespaceName, out SefFormat? format))
        {
            throw Error(root, null, $"the root element is {{{root.Name.NamespaceName}}}{root.Name.LocalName}; an SEF report's root is SEFSubmission in {SefFormat.Namespace1} (SEF 1.0) or {SefFormat.Namespace2} (SEF 2.0)");
        }

        List<XElement> children = root.Elements().ToList();
        if (children.Count == 0)
        {
            throw Error(root, null, "the Header element is missing");
        }

        SefHeader header = ReadHeader(children[0], format);
        var blocks = new List<SefBlock>();
        int expectedTables = format.Tables.Count;
        for (int i = 0; i < expectedTables; i++)
        {
            string table = format.Tables[i];
            XElement? element = i + 1 < children.Count ? children[i + 1] : null;
            if (element is null)
            {
                throw Error(root, table, $"{table} is missing ({format} has {string.Join(", ", format.Tables)})");
            }

            Expect(element, table, format);
            ReadBlocks(element, table, format, blocks);
        }

        if (children.Count > expectedTables + 1)
        {
            throw Error(children[expectedTables + 1], null, $"unexpected element {children[expectedTables + 1].Name.LocalName} after {format.Tables[^1]}");
        }

        // Before the report indexes its blocks by location: a repeated location is a format error, not a duplicate key.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (blocks.FirstOrDefault(b => !seen.Add(b.Location)) is SefBlock repeated)
        {
            throw new SefFormatException($"block {repeated.Location} appears twice", 0, 0, repeated.Location);
        }

        var report = new SefReport(format, header, blocks.ToArray());
        CheckStructure(report, blocks);
        return report;
    }

    private static void ReadBlocks(XElement element, string path, SefFormat format, List<SefBlock> blocks)
    {
        List<XElement> children = element.Elements().ToList();
        string cell = children.Count > 0 ? children[0].Name.LocalName : string.Empty;
        if (cell is "UnitQty" or "CerQty")
        {
            blocks.Add(ReadCells(element, path, children, cell == "CerQty"));
            return;
        }

        foreach (XElement child in children)
        {
            string name = child.Name.LocalName;
            if (child.Name.NamespaceName != format.NamespaceOf(name))
            {
                throw Error(child, path + "/" + name, $"element {name} is in namespace '{child.Name.NamespaceName}'; {format} puts it in {format.NamespaceOf(name)}");
            }

            string? keyAttribute = SefNames.KeyAttribute(name);
            string? key = keyAttribute is null ? null : (string?)child.Attribute(keyAttribute);
            ReadBlocks(child, path + "/" + (key is null ? name : $"{name}[{key}]"), format, blocks);
        }
    }

    private static SefBlock ReadCells(XElement element, string location, List<XElement> cells, bool requirement)
    {
        var columns = new SefUnitType[cells.Count];
        var quantities = new SefQuantity[cells.Count];
        for (int i = 0; i < cells.Count; i++)
        {
            XElement cell = cells[i];
            if (cell.Name.LocalName != (requirement ? "CerQty" : "UnitQty") || cell.Name.NamespaceName != SefFormat.Namespace1)
            {
                throw Error(cell, location, $"a block mixes {cell.Name.LocalName} with {(requirement ? "CerQty" : "UnitQty")} cells, or a cell is outside {SefFormat.Namespace1}");
            }

            if (!SefNames.TryParseUnit((string?)cell.Attribute("type"), out columns[i]))
            {
                throw Error(cell, location, $"type=\"{(string?)cell.Attribute("type")}\" is not a unit type (AAU, CER, ERU, RMU, lCER, tCER)");
            }

            if (cell.HasElements || !SefQuantity.TryParse(cell.Value.Trim(), out quantities[i]))
            {
                throw Error(cell, location, $"the {SefNames.Unit(columns[i])} cell '{cell.Value}' is not NO, NA or a whole positive number");
            }
        }

        return new SefBlock(location, requirement, columns, quantities);
    }

    // The blocks must be exactly those of the format's layout, in order, with the same columns.
    private static void CheckStructure(SefReport report, List<SefBlock> blocks)
    {
        SefLayout layout = SefLayout.For(report);
        int n = Math.Min(layout.Slots.Count, blocks.Count);
        for (int i = 0; i < n; i++)
        {
            SefLayout.Slot slot = layout.Slots[i];
            SefBlock block = blocks[i];
            if (slot.Location != block.Location)
            {
                bool expectedLater = blocks.Skip(i).Any(b => b.Location == slot.Location);
                throw new SefFormatException(expectedLater ? $"unexpected block {block.Location} (expected {slot.Location} here)" : $"block {slot.Location} is missing", 0, 0, block.Location);
            }

            if (slot.IsRequirement != block.IsRequirementForReplacement || !slot.Columns.SequenceEqual(block.Columns))
            {
                throw new SefFormatException($"{block.Location} must list {(slot.IsRequirement ? "CerQty" : "UnitQty")} cells {string.Join(", ", slot.Columns.Select(SefNames.Unit))} in that order", 0, 0, block.Location);
            }
        }

        if (blocks.Count < layout.Slots.Count)
        {
            throw new SefFormatException($"block {layout.Slots[blocks.Count].Location} is missing", 0, 0, layout.Slots[blocks.Count].Location);
        }

        if (blocks.Count > layout.Slots.Count)
        {
            throw new SefFormatException($"unexpected block {blocks[layout.Slots.Count].Location}", 0, 0, blocks[layout.Slots.Count].Location);
        }

    }

    private static SefHeader ReadHeader(XElement element, SefFormat format)
    {
        Expect(element, "Header", format);
        var fields = element.Elements().ToList();
        var names = new List<string> { "Party", "SubmissionYear", "ReportedYear", "CommitmentPeriod", "Version", "Source", "Status", "Timestamp" };
        if (format.Number == 2)
        {
            names.Add("ReportFormat");
        }

        string Field(string name)
        {
            XElement? field = fields.FirstOrDefault(f => f.Name.LocalName == name);
            if (field is null)
            {
                throw Error(element, "Header/" + name, $"the header field {name} is missing");
            }

            if (field.Name.NamespaceName != format.NamespaceOf(name))
            {
                throw Error(field, "Header/" + name, $"{name} is in namespace '{field.Name.NamespaceName}'; {format} puts it in {format.NamespaceOf(name)}");
            }

            return field.Value.Trim();
        }

        int Number(string name)
        {
            string text = Field(name);
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
                ? value
                : throw Error(element, "Header/" + name, $"{name} '{text}' is not a whole number");
        }

        XElement? unknown = fields.FirstOrDefault(f => !names.Contains(f.Name.LocalName) && f.Name.LocalName != "ReportEndDate");
        if (unknown is not null)
        {
            throw Error(unknown, "Header", $"unexpected header field {unknown.Name.LocalName}");
        }

        string source = Field("Source");
        string status = Field("Status");
        string stamp = Field("Timestamp");
        ParseResult<Instant> instant = TimestampPattern.Parse(stamp);
        if (!instant.Success)
        {
            ParseResult<OffsetDateTime> offset = OffsetDateTimePattern.ExtendedIso.Parse(stamp);
            instant = offset.Success ? ParseResult<Instant>.ForValue(offset.Value.ToInstant()) : instant;
        }

        LocalDate? end = null;
        if (fields.FirstOrDefault(f => f.Name.LocalName == "ReportEndDate") is XElement endElement)
        {
            ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(endElement.Value.Trim());
            end = date.Success ? date.Value : throw Error(endElement, "Header/ReportEndDate", $"'{endElement.Value}' is not an ISO date (uuuu-MM-dd)");
        }

        if (format.Number == 2 && Field("ReportFormat") is not ("RF-CP2" or "RF-CP1"))
        {
            throw Error(element, "Header/ReportFormat", "ReportFormat is RF-CP1 or RF-CP2");
        }

        try
        {
            var header = new SefHeader(
                Field("Party"),
                Number("SubmissionYear"),
                Number("ReportedYear"),
                Number("CommitmentPeriod"),
                Number("Version"),
                source switch { "REG" => SefSource.Registry, "ITL" => SefSource.TransactionLog, _ => throw Error(element, "Header/Source", $"Source '{source}' is REG or ITL") },
                status switch { "Final" => SefStatus.Final, "Draft" => SefStatus.Draft, _ => throw Error(element, "Header/Status", $"Status '{status}' is Draft or Final") },
                instant.Success ? instant.Value : throw Error(element, "Header/Timestamp", $"'{stamp}' is not an ISO date and time"),
                end);
            return header.CommitmentPeriod == format.Period.Number
                ? header
                : throw Error(element, "Header/CommitmentPeriod", $"a {format} document reports commitment period {format.Period.Number}, not {header.CommitmentPeriod}");
        }
        catch (ArgumentException e)
        {
            throw Error(element, "Header", e.Message);
        }
    }

    private static void Expect(XElement element, string name, SefFormat format)
    {
        if (element.Name.LocalName != name || element.Name.NamespaceName != format.NamespaceOf(name))
        {
            throw Error(element, name, $"expected {{{format.NamespaceOf(name)}}}{name}, found {{{element.Name.NamespaceName}}}{element.Name.LocalName}");
        }
    }

    private static SefFormatException Error(XElement element, string? location, string message)
    {
        var info = (IXmlLineInfo)element;
        return new SefFormatException(message, info.HasLineInfo() ? info.LineNumber : 0, info.HasLineInfo() ? info.LinePosition : 0, location);
    }
}
