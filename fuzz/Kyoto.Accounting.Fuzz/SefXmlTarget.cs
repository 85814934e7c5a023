using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sef;
using NodaTime;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// The SEF XML reader (<see cref="SefReport.Parse"/>, <see cref="SefReport.Load"/>) and <see cref="SefValidator"/>.
/// Oracles: nothing but <see cref="SefFormatException"/> escapes the reader (an <c>XmlException</c> must arrive
/// wrapped in it); a report read validates without throwing, alone, against itself as the previous year, and against
/// the seed report of its period; the violations are well formed; <c>ToXml</c> then <c>Parse</c> gives an equal report,
/// with no differences (<see cref="SefDiff"/>) and the same XML again; <c>Save</c> then <c>Load</c> gives an equal report;
/// and reading the string and a UTF-8 stream of the same bytes give the same outcome.
/// </summary>
public sealed class SefXmlTarget : IFuzzTarget
{
    private static readonly Instant Stamp = Instant.FromUtc(2015, 4, 15, 12, 0);
    private static readonly UTF8Encoding Utf8 = new(false, false);
    private static readonly Lazy<SefReport[]> Reports = new(() =>
    {
        Ledger ledger = World.Ledger();
        return
        [
            SefReport.Generate(ledger, World.Deu, 2014, CommitmentPeriod.Second, Stamp),
            SefReport.Generate(ledger, World.Deu, 2009, CommitmentPeriod.First, Stamp),
        ];
    });

    /// <inheritdoc/>
    public string Name => "sef-xml";

    /// <inheritdoc/>
    public int MaxLength => 1 << 17;

    /// <inheritdoc/>
    public IReadOnlyList<string> Tokens { get; } = new[]
    {
        "<", ">", "</", "/>", "=\"", "\"", "<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e \"x\">]>", "&e;", "&amp;", "&#x41;", "&#0;", "<![CDATA[", "]]>", "<!-- -->", "xmlns=", "xmlns:sef1=",
        "urn:un:unfccc:kp:sef:1.0", "urn:un:unfccc:kp:sef:2.0", "SEFSubmission", "Header", "UnitQty", "CerQty", "type=", "NO", "NA", "0", "-1", "9223372036854775807", "9223372036854775808",
        "AAU", "CER", "ERU", "RMU", "lCER", "tCER", "Party", "SubmissionYear", "ReportedYear", "CommitmentPeriod", "Version", "Source", "Status", "Timestamp", "ReportFormat", "ReportEndDate",
        "REG", "ITL", "Final", "Draft", "RF-CP1", "RF-CP2", "2015-04-15T12:00:00Z", "2015-04-15T12:00:00+14:00", "2012-12-31", "DEU", "CDM", "Table1", "Table2a", "Table4", "Table5a", "Table6a",
        "AccountType", "TransactionType", "ExternalTransfer", "Additions", "Subtractions", "SubTotal", "Total",
    };

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> data)
    {
        string text = Utf8.GetString(data);
        string? outcome = Read(() => SefReport.Parse(text), out SefReport? report);
        if (!data.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) && !data.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) && !data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            && Utf8.GetBytes(text).AsSpan().SequenceEqual(data))
        {
            byte[] bytes = data.ToArray();
            string? fromStream = Read(() => SefReport.Load(new MemoryStream(bytes, false)), out SefReport? loaded);
            if (fromStream != outcome || (report is not null && !report.Equals(loaded)))
            {
                throw new OracleException("Parse(string) gives " + (outcome ?? "a report") + ", Load(stream) " + (fromStream ?? "a report") + ".");
            }
        }

        if (report is null)
        {
            return;
        }

        Validate(report, null);
        Validate(report, report);
        Validate(report, Reports.Value.First(r => r.Format == report.Format));
        string xml = report.ToXml();
        SefReport again = SefReport.Parse(xml);
        if (!again.Equals(report) || SefDiff.Compare(report, again).Count != 0 || again.ToXml() != xml)
        {
            throw new OracleException("ToXml then Parse does not give the same report: " + report + " / " + again);
        }

        using var stream = new MemoryStream();
        report.Save(stream);
        stream.Position = 0;
        if (!SefReport.Load(stream).Equals(report))
        {
            throw new OracleException("Save then Load does not give the same report.");
        }
    }

    /// <inheritdoc/>
    public IEnumerable<(string Name, byte[] Data)> MakeSeeds()
    {
        SefReport[] reports = Reports.Value;
        yield return ("deu-2014-cp2.xml", Encoding.UTF8.GetBytes(reports[0].ToXml()));
        yield return ("deu-2009-cp1.xml", Encoding.UTF8.GetBytes(reports[1].ToXml()));
        SefBlock block = reports[0].Blocks.First(b => b.Location.StartsWith("Table2a", StringComparison.Ordinal));
        SefReport changed = reports[0].WithQuantity(block.Location, block.Columns[0], SefQuantity.FromUnits(7));
        yield return ("deu-2014-cp2-inconsistent.xml", Encoding.UTF8.GetBytes(changed.ToXml()));
        string xml = reports[1].ToXml();
        yield return ("deu-2009-cp1-truncated.xml", Encoding.UTF8.GetBytes(xml[..(xml.Length / 3)]));
    }

    private static string? Read(Func<SefReport> read, out SefReport? report)
    {
        try
        {
            report = read();
            return null;
        }
        catch (SefFormatException e)
        {
            report = null;
            if (e.Line < 0 || e.Position < 0 || string.IsNullOrWhiteSpace(e.Message))
            {
                throw new OracleException("Malformed SefFormatException: " + e.Message, e);
            }

            return "an error";
        }
    }

    private static void Validate(SefReport report, SefReport? previous)
    {
        IReadOnlyList<SefViolation> violations = SefValidator.Validate(report, previous);
        if (violations.Any(v => v is null || string.IsNullOrWhiteSpace(v.Message) || v.Location is null || !Enum.IsDefined(v.Code)))
        {
            throw new OracleException("Malformed violation from SefValidator.");
        }
    }
}
