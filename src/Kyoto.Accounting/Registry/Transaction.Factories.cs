using System;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <content>The factories, one per DES transaction type.</content>
public sealed partial class Transaction
{
    /// <summary>Proposes the issuance of AAUs into a Party holding account, up to the recorded assigned amount (DES 1; Art. 3.7; decision 13/CMP.1 annex ¶2).</summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="account">The Party holding account of the issuing Party.</param>
    /// <param name="period">The commitment period for which the AAUs are issued.</param>
    /// <param name="units">The new serial range; its originator must be the account's registry.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static Transaction IssueAssignedAmountUnits(TransactionId id, LocalDate date, AccountId account, CommitmentPeriod period, SerialRange units) =>
        new(TransactionType.Issuance, id, date, null, account, [units])
        {
            IssuedUnitType = UnitType.Aau,
            Period = Preconditions.CheckNotNull(period, nameof(period)),
        };

    /// <summary>Proposes the issuance of RMUs for net removals by a LULUCF activity (DES 1; Art. 3.3, 3.4; decision 16/CMP.1).</summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="account">The Party holding account of the issuing Party.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="units">The new serial range; its originator must be the account's registry.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activity"/> is undefined.</exception>
    public static Transaction IssueRemovalUnits(TransactionId id, LocalDate date, AccountId account, CommitmentPeriod period, LulucfActivity activity, SerialRange units)
    {
        CheckDefined(activity, nameof(activity));
        return new(TransactionType.Issuance, id, date, null, account, [units])
        {
            IssuedUnitType = UnitType.Rmu,
            Period = Preconditions.CheckNotNull(period, nameof(period)),
            Activity = activity,
        };
    }

    /// <summary>
    /// Proposes the issuance of CERs, tCERs or lCERs in the CDM registry (DES 1; Art. 12). Unless the project is hosted
    /// by a least developed country (decision 17/CP.7 ¶15(b)), 2% of the CERs, rounded up, go to the Adaptation Fund
    /// account (decision 3/CMP.1 annex ¶66): the first serials of the range.
    /// </summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="account">The CDM registry account that receives the units.</param>
    /// <param name="unitType">CER, tCER or lCER.</param>
    /// <param name="period">The commitment period.</param>
    /// <param name="projectId">The CDM project identifier, at least 1.</param>
    /// <param name="units">The new serial range; its originator must be the CDM registry.</param>
    /// <param name="expiryDate">
    /// The expiry date (decision 5/CMP.1 annex ¶1(g), (h)): none for CERs; for tCERs the end of the period following
    /// <paramref name="period"/> (first period: 31 December 2020; second: any date after it); for lCERs the end of the
    /// crediting period. The ledger rejects other dates with check 4010.
    /// </param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitType"/> is undefined, <paramref name="projectId"/> is less than 1, or a date lies outside [<see cref="EarliestDate"/>, <see cref="LatestDate"/>].</exception>
    /// <exception cref="ArgumentException"><paramref name="unitType"/> is not a CDM unit (CER, tCER, lCER), or a date is not an ISO-calendar date.</exception>
    public static Transaction IssueCdmUnits(TransactionId id, LocalDate date, AccountId account, UnitType unitType, CommitmentPeriod period, long projectId, SerialRange units, LocalDate? expiryDate = null)
    {
        CheckDefined(unitType, nameof(unitType));
        Preconditions.CheckArgument(
            unitType is UnitType.Cer or UnitType.Tcer or UnitType.Lcer,
            nameof(unitType),
            "The CDM registry issues CERs, tCERs and lCERs (Art. 12; decision 3/CMP.1, 5/CMP.1); AAUs and RMUs are issued with IssueAssignedAmountUnits and IssueRemovalUnits, ERUs by Convert.");
        Preconditions.CheckArgumentRange(nameof(projectId), projectId, 1, long.MaxValue, "project identifiers are positive");
        if (expiryDate is LocalDate expiry)
        {
            Transaction.CheckDate(expiry, nameof(expiryDate));
        }

        return new(TransactionType.Issuance, id, date, null, account, [units])
        {
            IssuedUnitType = unitType,
            Period = Preconditions.CheckNotNull(period, nameof(period)),
            ProjectId = projectId,
            ExpiryDate = expiryDate,
        };
    }

    /// <summary>
    /// Proposes the conversion of AAUs or RMUs held in the host Party's holding account into ERUs for a joint
    /// implementation project (DES 2; Art. 6). In the second period 2% of the ERUs, rounded up, go to the Adaptation
    /// Fund account (decision 3/CMP.11; 13/CMP.1 annex ¶16 bis).
    /// </summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="account">The Party holding account of the host Party.</param>
    /// <param name="projectId">The project identifier, at least 1.</param>
    /// <param name="track">Track 1 or track 2.</param>
    /// <param name="units">The AAUs or RMUs to convert.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="projectId"/> is less than 1 or <paramref name="track"/> is not track 1 or 2.</exception>
    public static Transaction Convert(TransactionId id, LocalDate date, AccountId account, long projectId, EruTrack track, params SerialRange[] units)
    {
        Preconditions.CheckArgumentRange(nameof(projectId), projectId, 1, long.MaxValue, "project identifiers are positive");
        Preconditions.CheckArgumentRange(nameof(track), (long)track, 1, 2, "joint implementation track 1 or 2");
        return new(TransactionType.Conversion, id, date, account, account, Copy(units, nameof(units)))
        {
            ProjectId = projectId,
            Track = track,
        };
    }

    /// <summary>
    /// Proposes a transfer to an account of another registry (DES 3; Art. 6, 12, 17). In the second period 2% of the
    /// AAUs transferred internationally for the first time, rounded up, go to the Adaptation Fund account instead of the
    /// acquiring account (decision 3/CMP.11; 13/CMP.1 annex ¶16 bis).
    /// </summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="from">The transferring holding account.</param>
    /// <param name="to">The acquiring holding account, in another registry.</param>
    /// <param name="units">The units.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public static Transaction TransferExternally(TransactionId id, LocalDate date, AccountId from, AccountId to, params SerialRange[] units) =>
        new(TransactionType.ExternalTransfer, id, date, from, to, Copy(units, nameof(units)));

    /// <summary>Proposes a transfer between holding accounts of one registry (DES 10).</summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="from">The transferring holding account.</param>
    /// <param name="to">The acquiring holding account, in the same registry.</param>
    /// <param name="units">The units.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public static Transaction TransferInternally(TransactionId id, LocalDate date, AccountId from, AccountId to, params SerialRange[] units) =>
        new(TransactionType.InternalTransfer, id, date, from, to, Copy(units, nameof(units)));

    /// <summary>Proposes a cancellation into a cancellation account of the same registry and period (DES 4); the kind of cancellation is the type of <paramref name="to"/>.</summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="from">The holding account.</param>
    /// <param name="to">The cancellation account (net source, non-compliance, voluntary, mandatory, Art. 3.7 ter, ambition increase; tCER/lCER cancellation for expiry, lCER cancellation for reversal of storage or non-submission of a certification report, decision 13/CMP.1 annex ¶21(i)–(l)).</param>
    /// <param name="units">The units.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public static Transaction Cancel(TransactionId id, LocalDate date, AccountId from, AccountId to, params SerialRange[] units) =>
        new(TransactionType.Cancellation, id, date, from, to, Copy(units, nameof(units)));

    /// <summary>Proposes a retirement into the retirement account of the same registry and period (DES 5; Art. 3.1).</summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="from">The holding account (a PPSR account retires PPSR units, decision 1/CMP.8 ¶23–26).</param>
    /// <param name="to">The retirement account.</param>
    /// <param name="units">The units.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public static Transaction Retire(TransactionId id, LocalDate date, AccountId from, AccountId to, params SerialRange[] units) =>
        new(TransactionType.Retirement, id, date, from, to, Copy(units, nameof(units)));

    /// <summary>
    /// Proposes the replacement of tCERs or lCERs (DES 6; decision 5/CMP.1): the replacing units (AAU, RMU, ERU, CER, or a
    /// unit of the replaced type) and the replaced units, in equal quantities, both move into a replacement account.
    /// </summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="from">The holding account with the replacing units.</param>
    /// <param name="replacingUnits">The replacing units, valid for the same period as the replaced units (check 2006).</param>
    /// <param name="replacedFrom">The retirement account holding the retired tCERs or lCERs (any other account: check 1005).</param>
    /// <param name="replacedUnits">The tCERs or lCERs replaced.</param>
    /// <param name="to">The tCER or lCER replacement account.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="replacingUnits"/> or <paramref name="replacedUnits"/> is null.</exception>
    public static Transaction Replace(TransactionId id, LocalDate date, AccountId from, SerialRange[] replacingUnits, AccountId replacedFrom, SerialRange[] replacedUnits, AccountId to) =>
        new(TransactionType.Replacement, id, date, from, to, Copy(replacingUnits, nameof(replacingUnits)))
        {
            ReplacedFrom = replacedFrom,
            ReplacedUnitArray = Copy(replacedUnits, nameof(replacedUnits)),
        };

    /// <summary>
    /// Proposes the carry-over of units valid for the first period into the second (DES 7; Art. 3.13; decision 13/CMP.1
    /// annex ¶15; decision 1/CMP.8 ¶23–26): AAUs into the Party's PPSR account; CERs and ERUs converted from AAUs, within
    /// 2.5% of the assigned amount each, stay in their account (<paramref name="to"/> = <paramref name="from"/>).
    /// </summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date; after the end of the additional period.</param>
    /// <param name="from">The holding account.</param>
    /// <param name="to">The PPSR account for AAUs; <paramref name="from"/> for CERs and ERUs.</param>
    /// <param name="units">The units.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public static Transaction CarryOver(TransactionId id, LocalDate date, AccountId from, AccountId to, params SerialRange[] units) =>
        new(TransactionType.CarryOver, id, date, from, to, Copy(units, nameof(units)));

    /// <summary>Proposes a change of the expiry date of tCERs or lCERs (DES 8; decision 5/CMP.1 annex ¶1(g), (h); 3/CMP.1 annex ¶49).</summary>
    /// <param name="id">The transaction identifier.</param>
    /// <param name="date">The date.</param>
    /// <param name="account">The account holding the units.</param>
    /// <param name="expiryDate">The new expiry date; after <paramref name="date"/>.</param>
    /// <param name="units">The units.</param>
    /// <returns>The transaction.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="units"/> is null.</exception>
    public static Transaction ChangeExpiryDate(TransactionId id, LocalDate date, AccountId account, LocalDate expiryDate, params SerialRange[] units) =>
        new(TransactionType.ExpiryDateChange, id, date, account, account, Copy(units, nameof(units)))
        {
            ExpiryDate = CheckDate(expiryDate, nameof(expiryDate)),
        };
}
