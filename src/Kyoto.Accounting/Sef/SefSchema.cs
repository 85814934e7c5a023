using System;
using System.Collections.Generic;
using System.IO;
using System.Xml;
using System.Xml.Schema;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// The XML schemas of the Standard Electronic Format shipped with the library (<c>sef-1.0.xsd</c>, <c>sef-2.0.xsd</c>,
/// written from the SEF table structure of decision 14/CMP.1 and decision 3/CMP.11 annex II), and validation against them.
/// </summary>
/// <remarks>
/// Schema validation checks element names, order, row counts, enumerations and cell syntax; the arithmetic (totals, NA
/// placement, holdings) is <see cref="SefValidator"/>'s.
/// </remarks>
public static class SefSchema
{
    private static readonly Lazy<XmlSchemaSet> Schemas = new(Load);

    /// <summary>Gets the text of a format's schema.</summary>
    /// <param name="format">The format.</param>
    /// <returns>The XSD document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="format"/> is null.</exception>
    public static string GetXsd(SefFormat format)
    {
        Preconditions.CheckNotNull(format, nameof(format));
        using var reader = new StreamReader(Resource(format.Number == 1 ? "sef-1.0.xsd" : "sef-2.0.xsd"));
        return reader.ReadToEnd();
    }

    /// <summary>Validates an SEF XML document against the shipped schemas.</summary>
    /// <param name="xml">The document.</param>
    /// <returns>Every schema error, each with its line and position; empty if the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    public static IReadOnlyList<SefFormatException> Validate(string xml)
    {
        Preconditions.CheckNotNull(xml, nameof(xml));
        var errors = new List<SefFormatException>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Schemas.Value, DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        settings.ValidationEventHandler += (_, e) => errors.Add(new SefFormatException(e.Message, e.Exception?.LineNumber ?? 0, e.Exception?.LinePosition ?? 0, null));
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
        }
        catch (XmlException e)
        {
            errors.Add(new SefFormatException("not well-formed XML: " + e.Message, e.LineNumber, e.LinePosition, null));
        }

        return errors;
    }

    private static XmlSchemaSet Load()
    {
        var set = new XmlSchemaSet { XmlResolver = null };
        foreach (string name in new[] { "sef-1.0.xsd", "sef-2.0.xsd" })
        {
            using var reader = XmlReader.Create(Resource(name), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            set.Add(XmlSchema.Read(reader, null)!);
        }

        set.Compile();
        return set;
    }

    private static Stream Resource(string name) =>
        typeof(SefSchema).Assembly.GetManifestResourceStream("Kyoto.Accounting.Sef.Schemas." + name)
        ?? throw new InvalidOperationException($"The embedded schema {name} is missing from the assembly.");
}
