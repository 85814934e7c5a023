using System;
using System.Collections.Generic;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// A version of the Standard Electronic Format: SEF 1.0 for the first commitment period (decision 14/CMP.1) and SEF
/// 2.0 for the second (decision 3/CMP.11 annex II), with their XML namespaces, tables and row names.
/// </summary>
/// <remarks>
/// The names are those of the SEF schema's enumerations (<c>AccountTypeEnum</c>, <c>TransactionTypeEnum</c>,
/// <c>TransactionOrEventTypeEnum</c>, <c>StartingValueEnum</c>), in the order the tables list them. SEF 2.0 documents
/// reuse the SEF 1.0 elements that did not change (header fields, <c>UnitQty</c>, <c>AccountType</c>, <c>Additions</c>,
/// …), in the SEF 1.0 namespace. This type is immutable and thread-safe.
/// </remarks>
public sealed class SefFormat
{
    /// <summary>The SEF 1.0 namespace.</summary>
    public const string Namespace1 = "urn:KyotoProtocol:RegistrySystem:SEF:1.0:0.0";

    /// <summary>The SEF 2.0 namespace.</summary>
    public const string Namespace2 = "urn:KyotoProtocol:RegistrySystem:SEF:2.0:0.0";

    private SefFormat(
        int number,
        string ns,
        CommitmentPeriod period,
        string[] tables,
        string[] accountTypes,
        string[] transactionTypes,
        string[] eventTypes,
        string[] startingValues,
        SefUnitType[] cerColumns,
        int firstYear,
        int lastYear)
    {
        Number = number;
        Namespace = ns;
        Period = period;
        Tables = tables;
        AccountTypes = accountTypes;
        TransactionTypes = transactionTypes;
        EventTypes = eventTypes;
        StartingValues = startingValues;
        CerColumns = cerColumns;
        FirstAnnualYear = firstYear;
        LastAnnualYear = lastYear;
    }

    /// <summary>Gets SEF 1.0, the first commitment period's format (decision 14/CMP.1).</summary>
    public static SefFormat First { get; } = new(
        1,
        Namespace1,
        CommitmentPeriod.First,
        ["Table1", "Table2a", "Table2b", "Table2c", "Table3", "Table4", "Table5a", "Table5b", "Table5c", "Table6a", "Table6b", "Table6c"],
        [
            "PartyHolding", "EntityHolding", "NetSourceCancellation", "NonComplianceCancellation", "OtherCancellationAccounts",
            "RetirementAccount", "tCERReplacementForExpiry", "lCERReplacementForExpiry", "lCERReplacementForReversalOfStorage",
            "lCERReplacementForNonSubmissionCertReport",
        ],
        [
            "IssuanceConversionOfPartyVerifiedProjects", "IndependentlyVerifiedProjects", "Art33AfforestationReforestation",
            "Art33Deforestation", "Art34CropLandManagement", "Art34ForestManagement", "Art34GrazingLandManagement",
            "Art34Revegetation", "ReplacementExpiredlCERs", "ReplacementExpiredtCERs", "ReplacementForNonSubmissionOfCertReport",
            "ReplacementForReversalOfStorage", "OtherCancellation",
        ],
        [
            "tCERsExpiredInRetirementAndReplacementAccounts", "ReplacementOfExpiredtCERs",
            "tCERsExpiredInHoldingAccounts", "CancellationOftCERsExpiredInHoldingAccounts",
            "lCERsExpiredInRetirementAndReplacementAccounts", "ReplacementOfExpiredlCERs",
            "lCERsExpiredInHoldingAccounts", "CancellationOflCERsExpiredInHoldingAccounts",
            "SubjectToReplacementForReversalOfStorage", "ReplacementForReversalOfStorage",
            "SubjectToReplacementForNonSubmissionOfCertReport", "ReplacementForNonSubmissionOfCertReport",
        ],
        ["IssuancePursuantToArt37-38", "Non-compliance cancellation", "CarryOver"],
        [SefUnitType.Lcer, SefUnitType.Tcer],
        2008,
        2015);

    /// <summary>Gets SEF 2.0, the second commitment period's format (decision 3/CMP.11 annex II).</summary>
    public static SefFormat Second { get; } = new(
        2,
        Namespace2,
        CommitmentPeriod.Second,
        [
            "Table1", "Table2a", "Table2aRetirement", "Table2b", "Table2c", "Table2d", "Table2e", "Table3", "Table4", "Table5a",
            "Table5b", "Table5c", "Table5d", "Table5e", "Table6a", "Table6b", "Table6c",
        ],
        [
            "PartyHolding", "EntityHolding", "RetirementAccount", "PreviousPeriodSurplusReserveAccount", "NetSourceCancellation",
            "NonComplianceCancellation", "VoluntaryCancellationAccount", "CancellationAccountForRemainingUnitsAfterCarryover",
            "Art31TerQuaterAmbitionIncreaseCancellationAccount", "Art37TerCancellationAccount", "tCERCancellationAccountForExpiry",
            "lCERCancellationAccountForExpiry", "lCERCancellationAccountForReversalOfStorage",
            "lCERCancellationAccountForNonSubmissionCertReport", "tCERReplacementForExpiry", "lCERReplacementForExpiry",
            "lCERReplacementForReversalOfStorage", "lCERReplacementForNonSubmissionCertReport",
        ],
        [
            "IssuanceConversionOfPartyVerifiedProjects", "IndependentlyVerifiedProjects", "Art33AfforestationReforestation",
            "Art33Deforestation", "Art34CropLandManagement", "Art34ForestManagement", "Art34GrazingLandManagement",
            "Art34Revegetation", "Art34WetLandDrainageRewetting", "ReplacementExpiredlCERs", "ReplacementExpiredtCERs",
            "ReplacementForReversalOfStorage", "CancellationForReversalOfStorage", "ReplacementForNonSubmissionOfCertReport",
            "CancellationForNonSubmissionOfCertReport", "VoluntaryCancellation", "Art31TerQuaterAmbitionIncreaseCancellation",
        ],
        [
            "tCERsExpiredInRetirementAndReplacementAccounts", "tCERsExpiredInHoldingAccounts",
            "lCERsExpiredInRetirementAndReplacementAccounts", "lCERsExpiredInHoldingAccounts", "CCSubjectToNetReversalOfStorage",
            "CCSubjectToNonSubmissionOfCertReport", "SubjectToReversalOfStorage", "SubjectToNonSubmissionOfCertReport",
        ],
        [
            "AssignedAmountUnitsIssued", "Art3Par7TerCancellations", "CancellationFollowingIncreaseAmbition",
            "CancellationRemainingUnitsCarryOver", "Non-compliance cancellation", "CarryOver", "CarryOverPPSR",
        ],
        [SefUnitType.Lcer, SefUnitType.Tcer, SefUnitType.Cer],
        2013,
        2023);

    /// <summary>Gets the version number: 1 (SEF 1.0) or 2 (SEF 2.0).</summary>
    public int Number { get; }

    /// <summary>Gets the namespace of the root element and of the tables.</summary>
    public string Namespace { get; }

    /// <summary>Gets the commitment period the format reports.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the table element names, in document order.</summary>
    public IReadOnlyList<string> Tables { get; }

    /// <summary>Gets the account types of Tables 1 and 4, in order.</summary>
    public IReadOnlyList<string> AccountTypes { get; }

    /// <summary>Gets the transaction types of Table 2(a), in order.</summary>
    public IReadOnlyList<string> TransactionTypes { get; }

    /// <summary>Gets the transaction or event types of Table 3, in order.</summary>
    public IReadOnlyList<string> EventTypes { get; }

    /// <summary>Gets the starting values of Table 5(a), in order.</summary>
    public IReadOnlyList<string> StartingValues { get; }

    /// <summary>Gets the columns of a <c>RequirementForReplacement</c> block (<c>CerQty</c> cells), in order.</summary>
    public IReadOnlyList<SefUnitType> CerColumns { get; }

    /// <summary>Gets the first year of the annual rows of Tables 5 (the period's first year).</summary>
    public int FirstAnnualYear { get; }

    /// <summary>Gets the last year of the annual rows of Tables 5.</summary>
    public int LastAnnualYear { get; }

    /// <summary>Gets the format of a commitment period.</summary>
    /// <param name="period">The period.</param>
    /// <returns>SEF 1.0 for the first period, SEF 2.0 for the second.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static SefFormat For(CommitmentPeriod period) =>
        Preconditions.CheckNotNull(period, nameof(period)).Number == 1 ? First : Second;

    /// <summary>Gets the format whose namespace is given.</summary>
    /// <param name="ns">The namespace of an <c>SEFSubmission</c> root.</param>
    /// <param name="format">The format, if the namespace is an SEF one.</param>
    /// <returns>True if the namespace is SEF 1.0 or 2.0.</returns>
    public static bool TryFromNamespace(string? ns, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SefFormat? format)
    {
        format = ns switch
        {
            Namespace1 => First,
            Namespace2 => Second,
            _ => null,
        };
        return format is not null;
    }

    /// <summary>Returns <c>SEF 1.0</c> or <c>SEF 2.0</c>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Number == 1 ? "SEF 1.0" : "SEF 2.0";

    /// <summary>Gets the namespace an element of this format's documents lives in (SEF 2.0 reuses SEF 1.0 elements).</summary>
    internal string NamespaceOf(string element) =>
        Number == 1 || SharedElements.Contains(element) ? Namespace1 : Namespace2;

    // The SEF 1.0 elements that SEF 2.0 documents reference unchanged.
    private static readonly HashSet<string> SharedElements = new(StringComparer.Ordinal)
    {
        "Party", "SubmissionYear", "ReportedYear", "CommitmentPeriod", "Version", "Source", "Status", "Timestamp",
        "ReportEndDate", "AccountType", "UnitQty", "CerQty", "TotalUnitQty", "TransactionType", "SubTotal", "ExternalTransfer",
        "Additions", "Subtractions", "RequirementForReplacement", "Replacement", "StartingValue", "TotalAdditionSubtraction",
        "CorrectiveTransaction", "CorrectiveReplacement", "CorrectiveRetirement",
    };
}
