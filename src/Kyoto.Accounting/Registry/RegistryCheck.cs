using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// One check of the transaction log: its stable <see cref="Code"/>, a short name, the rule it enforces (article or
/// decision paragraph) and what it means.
/// </summary>
/// <remarks>
/// Decision 13/CMP.1 annex ¶42: the transaction log checks every proposed transaction and rejects it with a code when
/// a check fails (units already retired or cancelled, units in more than one registry, improper issuance or carry-over,
/// legal entity not authorised, Party not eligible, reserve infringed, …). The catalogue is fixed; instances are
/// singletons and equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
public sealed class RegistryCheck
{
    private static readonly Dictionary<CheckCode, RegistryCheck> ByCode;

    static RegistryCheck()
    {
        All = new[]
        {
            new RegistryCheck(CheckCode.DuplicateTransactionId, "Decision 13/CMP.1 annex ¶42; all or nothing", "The transaction identifier was already applied; the same transaction is never applied twice."),
            new RegistryCheck(CheckCode.QuantityNotPositive, "Data Exchange Standards: one unit is one tonne; quantities are positive whole numbers", "A serial range has a last serial before its first, or the transaction names no units."),
            new RegistryCheck(CheckCode.UnknownAccount, "Decision 13/CMP.1 annex ¶21", "An account named by the transaction is not in the registry configuration."),
            new RegistryCheck(CheckCode.DateOutOfOrder, "deterministic replay (the journal is in date order, so holdings at a date are a journal prefix)", "The transaction is dated before the last accepted transaction."),
            new RegistryCheck(CheckCode.AccountTypeNotValid, "Decision 13/CMP.1 annex ¶21", "An account's type does not allow the operation (e.g. transferring out of a retirement account, retiring into a holding account)."),
            new RegistryCheck(CheckCode.RegistryNotValid, "Decision 13/CMP.1 annex ¶42", "An external transfer stays within one registry, an internal transfer, cancellation or retirement crosses registries, or units are issued with another registry's serials."),
            new RegistryCheck(CheckCode.AdaptationFundAccountNotConfigured, "Decision 3/CMP.1 annex ¶66; decision 3/CMP.11 (13/CMP.1 annex ¶16 bis)", "A share of proceeds is due (CER issuance; in the second period ERU conversion and the first international transfer of AAUs), but the configuration names no Adaptation Fund account to receive it."),
            new RegistryCheck(CheckCode.UnitsNotHeld, "Decision 13/CMP.1 annex ¶42 (a unit is held in exactly one account of one registry)", "Units named by the transaction are held by another account than the transferring one."),
            new RegistryCheck(CheckCode.SerialRangeUnknown, "Decision 13/CMP.1 annex ¶42", "Serial numbers named by the transaction were never issued."),
            new RegistryCheck(CheckCode.SerialRangeOverlap, "Decision 13/CMP.1 annex ¶42 (a serial number exists once)", "Serial ranges of the transaction overlap each other, or an issuance reuses issued serial numbers."),
            new RegistryCheck(CheckCode.UnitsRetiredOrCancelled, "Decision 13/CMP.1 annex ¶42 (units already retired or cancelled)", "Units named by the transaction sit in a retirement, cancellation or replacement account."),
            new RegistryCheck(CheckCode.UnitTypeNotValid, "Decision 13/CMP.1 annex ¶42; Art. 3.13 and decision 1/CMP.8 ¶23–26 for carry-over; decision 5/CMP.1 for replacement", "The unit type cannot take part in the operation (e.g. RMUs carried over, CERs converted, ERUs issued, AAUs into the Art. 3.7 ter account only)."),
            new RegistryCheck(CheckCode.PeriodNotValid, "Decision 13/CMP.1 annex ¶21, ¶42", "The units' applicable period differs from the period of the destination account, or the operation is not open for that period."),
            new RegistryCheck(CheckCode.UnitsExpired, "Decision 5/CMP.1 annex ¶1(g), (h)", "tCERs or lCERs past their expiry date can only be replaced (from the retirement account) or cancelled into the cancellation account for expiry of their type."),
            new RegistryCheck(CheckCode.UnitsNotOfHostParty, "Art. 6; decision 13/CMP.1 annex ¶42 (improper issuance)", "Only AAUs and RMUs issued by the host Party can be converted into ERUs in its registry."),
            new RegistryCheck(CheckCode.ReplacementNotFromSameProject, "Decision 5/CMP.1 annex ¶47(b), (c)", "lCERs replaced for reversal of storage or non-submission of a certification report are replaced by lCERs of another project activity."),
            new RegistryCheck(CheckCode.UnitsNotExpired, "Decision 13/CMP.1 annex ¶21(i), (j) (decision 3/CMP.11 annex I ¶12); decision 5/CMP.1 annex ¶1(g), (h)", "tCERs or lCERs are cancelled into a cancellation account for expiry before they have expired."),
            new RegistryCheck(CheckCode.TransferringPartyNotEligible, "Art. 6, 12, 17; decision 11/CMP.1", "The transferring Party is not eligible to transfer units under the mechanism that governs them (ERUs Art. 6, CERs Art. 12, AAUs and RMUs Art. 17)."),
            new RegistryCheck(CheckCode.AcquiringPartyNotEligible, "Art. 6, 12, 17; decision 11/CMP.1", "The acquiring Party is not eligible to acquire units under the mechanism that governs them."),
            new RegistryCheck(CheckCode.PartySuspended, "Decision 27/CMP.1 annex XV; Art. 6.4", "The eligibility of the transferring or acquiring Party is suspended on the transaction date."),
            new RegistryCheck(CheckCode.LegalEntityNotAuthorised, "Art. 6.3", "A legal entity holding account takes part, but its Party has not authorised the entity."),
            new RegistryCheck(CheckCode.RetiringPartyNotEligible, "Decision 13/CMP.1 annex ¶42(d) (decision 3/CMP.11); decision 1/CMP.8 ¶14", "A Party retires CERs, tCERs or lCERs while not eligible to use them under Art. 12 for the period."),
            new RegistryCheck(CheckCode.NoSecondPeriodCommitment, "Decision 1/CMP.8 ¶13–15, ¶23–24; decision 3/CMP.11 ¶3–4", "A Party without a second-period commitment transfers, acquires or retires units valid for the second period, or carries units over into it."),
            new RegistryCheck(CheckCode.PpsrTransferNotAllowed, "Decision 13/CMP.1 annex ¶8 septies (decision 3/CMP.11)", "A Party with an economy in transition, not fulfilling jointly, whose assigned amount is adjusted under Art. 3.7 ter, transfers units from its PPSR account to another PPSR account."),
            new RegistryCheck(CheckCode.ReserveInfringed, "Decision 11/CMP.1 annex ¶6", "After the external transfer the Party's holdings valid for the period would be below its commitment period reserve."),
            new RegistryCheck(CheckCode.IssuanceBeyondAssignedAmount, "Art. 3.7, 3.7 bis; decision 13/CMP.1 annex ¶2, ¶42 (improper issuance)", "The AAUs issued for the period would exceed the recorded assigned amount."),
            new RegistryCheck(CheckCode.IssuanceBeyondLulucfLimit, "Art. 3.3, 3.4; decision 16/CMP.1; decision 13/CMP.1 annex ¶42", "The RMUs issued for the activity and period would exceed the recorded limit."),
            new RegistryCheck(CheckCode.CarryOverBeyondLimit, "Art. 3.13; decision 13/CMP.1 annex ¶15; decision 1/CMP.8 ¶23–26", "CERs, or ERUs converted from AAUs, carried over would exceed 2.5% of the first-period assigned amount."),
            new RegistryCheck(CheckCode.CarryOverTooEarly, "Decision 13/CMP.1 annex ¶15", "Units are carried over before the end of the additional period for fulfilling commitments."),
            new RegistryCheck(CheckCode.PpsrAcquisitionBeyondLimit, "Decision 1/CMP.8 ¶23–26", "PPSR units acquired from other Parties would exceed 2% of the acquiring Party's first-period assigned amount."),
            new RegistryCheck(CheckCode.PpsrRetirementBeyondLimit, "Decision 1/CMP.8 ¶23–26", "PPSR units retired would exceed the extent to which second-period emissions exceed the assigned amount (the recorded limit)."),
            new RegistryCheck(CheckCode.TemporaryCerLimitExceeded, "Decision 17/CP.7 ¶7", "tCERs and lCERs retired for the period would exceed 1% of base-year emissions × 5 in the first period (× 8 in the second: the recorded limit)."),
            new RegistryCheck(CheckCode.ReplacementQuantityMismatch, "Decision 5/CMP.1 annex", "The replacing units do not equal the replaced tCERs or lCERs in quantity."),
            new RegistryCheck(CheckCode.ExpiryDateNotValid, "Decision 5/CMP.1 annex ¶1(g), (h); decision 3/CMP.1 annex ¶49", "A tCER or lCER issuance has no expiry date, a CER issuance has one, a first-period tCER does not expire at the end of the second period (a second-period tCER: not after it), or an expiry date is not after the transaction date."),
            new RegistryCheck(CheckCode.PpsrRetirementTooEarly, "Decision 1/CMP.8 ¶23–26", "PPSR units are retired on or before the end of the second period; they may be retired only after it, to the extent that second-period emissions exceed the assigned amount."),
            new RegistryCheck(CheckCode.RetirementAfterAdditionalPeriod, "Decision 13/CMP.1 annex ¶14, ¶34", "Units are retired for a period after the end of its additional period for fulfilling commitments."),
            new RegistryCheck(CheckCode.RemainingUnitsCancellationTooEarly, "Decision 13/CMP.1 annex ¶36", "Units are cancelled into the mandatory (remaining units) cancellation account on or before the end of the period's additional period."),
            new RegistryCheck(CheckCode.Article37TerCancellationPending, "Decision 13/CMP.1 annex ¶23 ter (decision 3/CMP.11)", "The Party's second-period AAUs move elsewhere than its Art. 3.7 ter account before the recorded Art. 3.7 ter quantity is cancelled."),
            new RegistryCheck(CheckCode.Article37TerBeyondRecordedQuantity, "Decision 13/CMP.1 annex ¶10 bis (decision 3/CMP.11)", "AAUs cancelled into the Art. 3.7 ter account would exceed the recorded Art. 3.7 ter quantity."),
            new RegistryCheck(CheckCode.TemporaryCerAcquisitionBeyondLimit, "Decision 13/CMP.1 annex ¶42(c); decision 17/CP.7 ¶7", "An acquisition of tCERs and lCERs would take the tCERs and lCERs valid for the period that the Party holds in its holding accounts, plus those it has retired for the period, beyond its recorded limit (1% of base-year emissions × 5 in the first period; × 8 in the second)."),
        };
        ByCode = All.ToDictionary(c => c.Code);
    }

    private RegistryCheck(CheckCode code, string rule, string description)
    {
        Code = code;
        Rule = rule;
        Description = description;
    }

    /// <summary>Gets every check, in code order.</summary>
    public static IReadOnlyList<RegistryCheck> All { get; }

    /// <summary>Gets the stable numeric code.</summary>
    public CheckCode Code { get; }

    /// <summary>Gets the short name, e.g. <c>ReserveInfringed</c>.</summary>
    public string Name => Code.ToString();

    /// <summary>Gets the rule the check enforces (article or decision paragraph).</summary>
    public string Rule { get; }

    /// <summary>Gets what a failure of the check means.</summary>
    public string Description { get; }

    /// <summary>Gets the check with a code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The check.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="code"/> is not a defined check code.</exception>
    public static RegistryCheck FromCode(CheckCode code) =>
        ByCode.TryGetValue(code, out RegistryCheck? check)
            ? check
            : throw new ArgumentOutOfRangeException(nameof(code), code, "Value should be a defined check code (see RegistryCheck.All).");

    /// <summary>Formats the check, e.g. <c>"4001 ReserveInfringed (Decision 11/CMP.1 annex ¶6)"</c>.</summary>
    /// <returns>The formatted check.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} {1} ({2})", (int)Code, Name, Rule);
}
