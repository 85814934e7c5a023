using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// A proposed registry transaction of one of the DES types: issuance, conversion, external and internal transfer,
/// cancellation, retirement, replacement, carry-over and expiry-date change. Create one with the static factory of its
/// type and submit it to <see cref="Ledger.TryApply"/>.
/// </summary>
/// <remarks>
/// <para>
/// Decision 13/CMP.1 annex; Data Exchange Standards: a transaction is a proposal that the transaction log checks in
/// full before anything changes (¶42). Everything a rule governs — quantities, serials, holders, unit types, periods,
/// eligibility, limits — is therefore checked by the <see cref="Ledger"/> and reported as <see cref="CheckFailure"/>s,
/// not thrown here. The factories throw only on misuse: null, undefined or <c>default</c> arguments (an <see cref="AccountId"/>, <see cref="TransactionId"/> or <see cref="SerialRange"/> no factory of its own would produce).
/// </para>
/// <para>Equality is reference equality; the ledger identifies transactions by <see cref="Id"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Transaction
{
    private readonly AccountId? _replacedFrom;

    private Transaction(TransactionType type, TransactionId id, LocalDate date, AccountId? from, AccountId to, ImmutableArray<SerialRange> units)
    {
        bool oneAccount = from is null || type is TransactionType.Conversion or TransactionType.ExpiryDateChange;
        Type = type;
        Id = RegistryArguments.Check(id, nameof(id));
        Date = CheckDate(date, nameof(date));
        From = from is AccountId source ? RegistryArguments.Check(source, oneAccount ? "account" : nameof(from)) : null;
        To = RegistryArguments.Check(to, oneAccount ? "account" : nameof(to));
        UnitArray = RegistryArguments.Check(units, type == TransactionType.Replacement ? "replacingUnits" : nameof(units));
        ReplacedUnitArray = ImmutableArray<SerialRange>.Empty;
    }

    /// <summary>
    /// Gets the earliest date a transaction or expiry date may carry: 1 January 1990, before any Kyoto unit existed.
    /// Dates are ISO-calendar dates in [<see cref="EarliestDate"/>, <see cref="LatestDate"/>].
    /// </summary>
    public static LocalDate EarliestDate { get; } = new(1990, 1, 1);

    /// <summary>
    /// Gets the latest date a transaction or expiry date may carry: 31 December 2100. A mistyped far-future date
    /// (e.g. 9999-12-31) is refused by the factory instead of blocking every later transaction (check 1004).
    /// </summary>
    public static LocalDate LatestDate { get; } = new(2100, 12, 31);

    /// <summary>Gets the transaction type.</summary>
    public TransactionType Type { get; }

    /// <summary>Gets the transaction identifier.</summary>
    public TransactionId Id { get; }

    /// <summary>Gets the date of the transaction; a ledger accepts transactions in date order.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the transferring account (null for issuance; for expiry-date change and carry-over of CERs and ERUs, the account that holds the units).</summary>
    public AccountId? From { get; }

    /// <summary>Gets the acquiring account: the account that holds the units afterwards.</summary>
    public AccountId To { get; }

    /// <summary>Gets the units the transaction issues, moves or changes (for replacement: the replacing units).</summary>
    public IReadOnlyList<SerialRange> Units => UnitArray;

    /// <summary>Gets, for a replacement, the account holding the tCERs or lCERs being replaced; otherwise null.</summary>
    public AccountId? ReplacedFrom
    {
        get => _replacedFrom;
        private init => _replacedFrom = value is AccountId account ? RegistryArguments.Check(account, "replacedFrom") : null;
    }

    /// <summary>Gets, for a replacement, the tCERs or lCERs being replaced; otherwise empty.</summary>
    public IReadOnlyList<SerialRange> ReplacedUnits => ReplacedUnitArray;

    /// <summary>Gets, for an issuance, the unit type issued; otherwise null.</summary>
    public UnitType? IssuedUnitType { get; private init; }

    /// <summary>Gets, for an issuance, the commitment period for which the units are issued; otherwise null.</summary>
    public CommitmentPeriod? Period { get; private init; }

    /// <summary>Gets, for an RMU issuance, the LULUCF activity; otherwise null.</summary>
    public LulucfActivity? Activity { get; private init; }

    /// <summary>Gets, for a CDM issuance or a conversion, the project identifier; otherwise null.</summary>
    public long? ProjectId { get; private init; }

    /// <summary>Gets, for a conversion, the joint implementation track; otherwise <see cref="EruTrack.None"/>.</summary>
    public EruTrack Track { get; private init; }

    /// <summary>Gets, for a tCER or lCER issuance or an expiry-date change, the (new) expiry date; otherwise null.</summary>
    public LocalDate? ExpiryDate { get; private init; }

    internal ImmutableArray<SerialRange> UnitArray { get; }

    internal ImmutableArray<SerialRange> ReplacedUnitArray { get; private init; }

    /// <summary>Formats the transaction, e.g. <c>"T12 ExternalTransfer 2010-03-01 #1 → #7: DEU 1..100 (100 units)"</c>.</summary>
    /// <returns>The formatted transaction.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Id.ToString()).Append(' ').Append(Type.ToString()).Append(' ')
            .Append(Date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)).Append(' ');
        if (From is AccountId from)
        {
            text.Append(from.ToString()).Append(" → ");
        }

        text.Append(To.ToString()).Append(": ");
        AppendRanges(text, UnitArray);
        if (ReplacedFrom is AccountId replacedFrom)
        {
            text.Append(" replacing ");
            AppendRanges(text, ReplacedUnitArray);
            text.Append(" from ").Append(replacedFrom.ToString());
        }

        return text.ToString();
    }

    private static void AppendRanges(StringBuilder text, ImmutableArray<SerialRange> ranges)
    {
        for (int i = 0; i < ranges.Length; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(ranges[i].ToString());
        }
    }

    private static ImmutableArray<SerialRange> Copy(SerialRange[] units, string paramName) =>
        RegistryArguments.Check(ImmutableArray.Create(Preconditions.CheckNotNull(units, paramName)), paramName);

    private static void CheckDefined<T>(T value, string paramName)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Value should be a defined " + typeof(T).Name + ".");
        }
    }

    /// <summary>Refuses dates of another calendar than ISO (they cannot be compared with the ledger's) and dates outside [<see cref="EarliestDate"/>, <see cref="LatestDate"/>].</summary>
    internal static LocalDate CheckDate(LocalDate date, string paramName)
    {
        CheckIsoCalendar(date, paramName);
        if (date < EarliestDate || date > LatestDate)
        {
            throw new ArgumentOutOfRangeException(paramName, date, "Registry dates lie between 1990-01-01 and 2100-12-31 (Transaction.EarliestDate, Transaction.LatestDate).");
        }

        return date;
    }

    /// <summary>Refuses dates of another calendar than ISO: they cannot be compared with the journal's dates.</summary>
    internal static LocalDate CheckIsoCalendar(LocalDate date, string paramName)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Registry dates are ISO-calendar dates; " + date.Calendar.Id + " dates cannot be ordered against the journal. Convert with LocalDate.WithCalendar(CalendarSystem.Iso).", paramName);
        }

        return date;
    }
}
