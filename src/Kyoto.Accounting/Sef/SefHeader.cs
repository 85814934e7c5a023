using System;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// The header of an SEF report: the Party, the submission and reported years, the commitment period, the submission's
/// version, who produced it, its status and time stamp (decision 14/CMP.1; decision 3/CMP.11 annex II).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SefHeader : IEquatable<SefHeader>
{
    /// <summary>Initializes a header, validating every field.</summary>
    /// <param name="party">The registry code of the Party: two or three capital letters (e.g. <c>DEU</c>).</param>
    /// <param name="submissionYear">The year of submission (the reported year or later).</param>
    /// <param name="reportedYear">The calendar year reported, from the period's first year (or the year before, for the first period's initial holdings) to 2023.</param>
    /// <param name="commitmentPeriod">The commitment period: 1 or 2.</param>
    /// <param name="version">The version of this submission, 1 or more.</param>
    /// <param name="source">Who produced the report.</param>
    /// <param name="status">Draft or final.</param>
    /// <param name="timestamp">When it was produced.</param>
    /// <param name="reportEndDate">The last day the report covers, if given.</param>
    /// <exception cref="ArgumentException">A field is out of its range (the message names it).</exception>
    public SefHeader(string party, int submissionYear, int reportedYear, int commitmentPeriod, int version, SefSource source, SefStatus status, Instant timestamp, LocalDate? reportEndDate = null)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckArgument(party.Length is 2 or 3 && party.AsSpan().IndexOfAnyExceptInRange('A', 'Z') < 0, nameof(party), $"'{party}' is not a registry code: two or three capital letters.");
        Preconditions.CheckArgumentRange(nameof(commitmentPeriod), commitmentPeriod, 1, 2, "commitment periods 1 (2008–2012) and 2 (2013–2020)");
        Preconditions.CheckArgumentRange(nameof(reportedYear), reportedYear, 2007, 2023, "SEF reports cover 2007–2023");
        Preconditions.CheckArgumentRange(nameof(submissionYear), submissionYear, reportedYear, 9999, "a report is submitted in or after the year it reports");
        Preconditions.CheckArgumentRange(nameof(version), version, 1, short.MaxValue, "submission versions start at 1");
        Preconditions.CheckArgument(Enum.IsDefined(source), nameof(source), "source is REG or ITL");
        Preconditions.CheckArgument(Enum.IsDefined(status), nameof(status), "status is Draft or Final");
        Party = party;
        SubmissionYear = submissionYear;
        ReportedYear = reportedYear;
        CommitmentPeriod = commitmentPeriod;
        Version = version;
        Source = source;
        Status = status;
        Timestamp = timestamp;
        ReportEndDate = reportEndDate;
    }

    /// <summary>Gets the registry code of the Party.</summary>
    public string Party { get; }

    /// <summary>Gets the year of submission.</summary>
    public int SubmissionYear { get; }

    /// <summary>Gets the calendar year reported.</summary>
    public int ReportedYear { get; }

    /// <summary>Gets the commitment period: 1 or 2.</summary>
    public int CommitmentPeriod { get; }

    /// <summary>Gets the version of this submission.</summary>
    public int Version { get; }

    /// <summary>Gets who produced the report.</summary>
    public SefSource Source { get; }

    /// <summary>Gets the status.</summary>
    public SefStatus Status { get; }

    /// <summary>Gets when the report was produced.</summary>
    public Instant Timestamp { get; }

    /// <summary>Gets the last day the report covers, if given.</summary>
    public LocalDate? ReportEndDate { get; }

    /// <summary>Returns a copy produced by another source (to compare a registry's report with the transaction log's).</summary>
    /// <param name="source">The source.</param>
    /// <returns>The copy.</returns>
    public SefHeader WithSource(SefSource source) =>
        new(Party, SubmissionYear, ReportedYear, CommitmentPeriod, Version, source, Status, Timestamp, ReportEndDate);

    /// <inheritdoc />
    public bool Equals(SefHeader? other) =>
        other is not null && Party == other.Party && SubmissionYear == other.SubmissionYear && ReportedYear == other.ReportedYear
        && CommitmentPeriod == other.CommitmentPeriod && Version == other.Version && Source == other.Source
        && Status == other.Status && Timestamp == other.Timestamp && ReportEndDate == other.ReportEndDate;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as SefHeader);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Party, ReportedYear, CommitmentPeriod, Version, Source, Timestamp);

    /// <summary>Formats the header as <c>DEU 2014 CP2 v1 REG Final</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        FormattableString.Invariant($"{Party} {ReportedYear} CP{CommitmentPeriod} v{Version} {(Source == SefSource.Registry ? "REG" : "ITL")} {Status}");
}
