using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// A Standard Electronic Format report: the annual report of a Party's registry for one calendar year and commitment
/// period, every table as blocks of six unit-type cells (decision 14/CMP.1; decision 3/CMP.11 annex II).
/// </summary>
/// <remarks>
/// <para>
/// Generate one from a registry's journal with <see cref="Generate(Ledger, Party, int, CommitmentPeriod, Instant)"/>,
/// write it with <see cref="ToXml"/>, read a received one with <see cref="Parse(string)"/>, check it with
/// <see cref="SefValidator"/> and compare two with <see cref="SefDiff"/>.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
/// <example>
/// <code>
/// SefReport report = SefReport.Generate(ledger, Party.FromCode("DEU"), 2014, CommitmentPeriod.Second, clock.GetCurrentInstant());
/// string xml = report.ToXml();
/// IReadOnlyList&lt;SefViolation&gt; problems = SefValidator.Validate(SefReport.Parse(xml));
/// </code>
/// </example>
public sealed class SefReport : IEquatable<SefReport>
{
    private readonly SefBlock[] _blocks;
    private readonly Dictionary<string, SefBlock> _byLocation;

    internal SefReport(SefFormat format, SefHeader header, SefBlock[] blocks)
    {
        Format = format;
        Header = header;
        _blocks = blocks;
        _byLocation = blocks.ToDictionary(b => b.Location, StringComparer.Ordinal);
    }

    /// <summary>Gets the format: SEF 1.0 (first period) or SEF 2.0 (second period).</summary>
    public SefFormat Format { get; }

    /// <summary>Gets the header.</summary>
    public SefHeader Header { get; }

    /// <summary>Gets every block, in document order.</summary>
    public IReadOnlyList<SefBlock> Blocks => _blocks;

    /// <summary>Gets a block by its location.</summary>
    /// <param name="location">The location, e.g. <c>Table1/AccountType[PartyHolding]</c>.</param>
    /// <returns>The block.</returns>
    /// <exception cref="KeyNotFoundException">The report has no block there.</exception>
    public SefBlock this[string location] =>
        TryGetBlock(location, out SefBlock? block) ? block : throw new KeyNotFoundException($"The {Format} report has no block at '{location}'.");

    /// <summary>Gets a cell.</summary>
    /// <param name="location">The block's location.</param>
    /// <param name="unitType">The column.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">The report has no block there.</exception>
    /// <exception cref="ArgumentException">The block has no such column.</exception>
    public SefQuantity GetQuantity(string location, SefUnitType unitType) => this[location][unitType];

    /// <summary>Tries to get a block by its location.</summary>
    /// <param name="location">The location.</param>
    /// <param name="block">The block, if present.</param>
    /// <returns>True if present.</returns>
    public bool TryGetBlock(string location, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SefBlock? block) =>
        _byLocation.TryGetValue(Preconditions.CheckNotNull(location, nameof(location)), out block);

    /// <summary>
    /// Computes the report of a Party's registry for a year and period from a ledger's configuration and journal
    /// (decision 14/CMP.1; decision 3/CMP.11 annex II).
    /// </summary>
    /// <param name="ledger">The ledger whose journal holds the registry's transactions.</param>
    /// <param name="party">The Party whose registry reports.</param>
    /// <param name="year">The calendar year reported.</param>
    /// <param name="period">The commitment period: units valid for it are reported.</param>
    /// <param name="timestamp">The report's time stamp (taken, not read from a clock, so the report is reproducible).</param>
    /// <returns>The report, with <see cref="SefSource.Registry"/> as source, version 1, status final.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years the period's format covers.</exception>
    public static SefReport Generate(Ledger ledger, Party party, int year, CommitmentPeriod period, Instant timestamp)
    {
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        return Generate(ledger.Configuration, ledger.Journal, party, year, period, timestamp);
    }

    /// <summary>Computes the report from a configuration and a journal of accepted transactions (see <see cref="Generate(Ledger, Party, int, CommitmentPeriod, Instant)"/>).</summary>
    /// <param name="configuration">The configuration the journal was recorded under.</param>
    /// <param name="journal">The accepted transactions, in order.</param>
    /// <param name="party">The Party whose registry reports.</param>
    /// <param name="year">The calendar year reported.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="timestamp">The report's time stamp.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the years the period's format covers.</exception>
    /// <exception cref="TransactionRejectedException">A journal entry fails a check on replay (the journal does not belong to the configuration).</exception>
    public static SefReport Generate(RegistryConfiguration configuration, IEnumerable<Transaction> journal, Party party, int year, CommitmentPeriod period, Instant timestamp)
    {
        Preconditions.CheckNotNull(configuration, nameof(configuration));
        Preconditions.CheckNotNull(journal, nameof(journal));
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        SefFormat format = SefFormat.For(period);
        Preconditions.CheckArgumentRange(nameof(year), year, format.FirstAnnualYear, format.LastAnnualYear, $"{format} reports the years {format.FirstAnnualYear}–{format.LastAnnualYear}");
        return new SefGenerator(configuration, party, year, format).Run(journal, timestamp);
    }

    /// <summary>Reads an SEF XML document (either version), checking its structure (not its arithmetic: see <see cref="SefValidator"/>).</summary>
    /// <param name="xml">The document.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="xml"/> is null.</exception>
    /// <exception cref="SefFormatException">The document is not well-formed, not in an SEF namespace, or a block, cell or header field is missing, extra or malformed; the message gives the line and the element.</exception>
    public static SefReport Parse(string xml) => SefXml.Read(new StringReader(Preconditions.CheckNotNull(xml, nameof(xml))));

    /// <summary>Reads an SEF XML document from a stream (see <see cref="Parse(string)"/>).</summary>
    /// <param name="stream">The stream.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="SefFormatException">The document is malformed.</exception>
    public static SefReport Load(Stream stream) => SefXml.Read(new StreamReader(Preconditions.CheckNotNull(stream, nameof(stream))));

    /// <summary>Writes the report as SEF XML (UTF-8, indented), in its format's namespaces.</summary>
    /// <returns>The document.</returns>
    public string ToXml() => SefXml.Write(this);

    /// <summary>Writes the report as SEF XML to a stream (UTF-8, indented).</summary>
    /// <param name="stream">The stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void Save(Stream stream) => SefXml.Write(this, Preconditions.CheckNotNull(stream, nameof(stream)));

    /// <summary>Returns a copy with another header (to mark a recomputation as the transaction log's, or a draft).</summary>
    /// <param name="header">The header; its commitment period must be the report's.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException">The header's commitment period differs.</exception>
    public SefReport WithHeader(SefHeader header)
    {
        Preconditions.CheckNotNull(header, nameof(header));
        Preconditions.CheckArgument(header.CommitmentPeriod == Format.Period.Number, nameof(header), $"a {Format} report has commitment period {Format.Period.Number} in its header.");
        return new SefReport(Format, header, _blocks);
    }

    /// <summary>Returns a copy with one cell changed (to correct a report, or to build a test case).</summary>
    /// <param name="location">The block's location.</param>
    /// <param name="unitType">The column.</param>
    /// <param name="quantity">The new cell.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="KeyNotFoundException">The report has no block there.</exception>
    /// <exception cref="ArgumentException">The block has no such column, or the cell is <c>default</c>.</exception>
    public SefReport WithQuantity(string location, SefUnitType unitType, SefQuantity quantity)
    {
        Preconditions.CheckArgument(quantity.IsValid, nameof(quantity), "default(SefQuantity) is not a cell.");
        SefBlock old = this[location];
        int column = old.Columns.ToList().IndexOf(unitType);
        Preconditions.CheckArgument(column >= 0, nameof(unitType), $"{location} has no {SefNames.Unit(unitType)} column.");
        SefQuantity[] cells = old.Cells.ToArray();
        cells[column] = quantity;
        SefBlock[] blocks = _blocks.Select(b => ReferenceEquals(b, old) ? new SefBlock(old.Location, old.IsRequirementForReplacement, old.Columns.ToArray(), cells) : b).ToArray();
        return new SefReport(Format, Header, blocks);
    }

    /// <inheritdoc />
    public bool Equals(SefReport? other) =>
        other is not null && Format == other.Format && Header.Equals(other.Header) && _blocks.SequenceEqual(other._blocks);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SefReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Format, Header, _blocks.Length);

    /// <summary>Formats the report's header and size.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Format} report {Header} ({_blocks.Length} blocks)";
}
