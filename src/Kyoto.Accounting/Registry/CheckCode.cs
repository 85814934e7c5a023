namespace Kyoto.Accounting.Registry;

/// <summary>
/// The stable numeric code of a transaction-log check. Codes never change meaning; new checks get new codes.
/// See <see cref="RegistryCheck"/> for each check's name and the rule it enforces, and <see href="https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/registry-check-codes.md">docs/registry-check-codes.md</see> in the repository.
/// </summary>
/// <remarks>1xxx: the transaction itself; 2xxx: the units; 3xxx: the Parties and entities; 4xxx: quantitative limits.</remarks>
public enum CheckCode
{
    /// <summary>The transaction identifier was already applied.</summary>
    DuplicateTransactionId = 1001,

    /// <summary>A quantity is not a positive whole number, or the transaction names no units.</summary>
    QuantityNotPositive = 1002,

    /// <summary>An account is not in the configuration.</summary>
    UnknownAccount = 1003,

    /// <summary>The transaction is dated before the last accepted transaction.</summary>
    DateOutOfOrder = 1004,

    /// <summary>An account's type is not valid for the transaction type.</summary>
    AccountTypeNotValid = 1005,

    /// <summary>The accounts' registries, or the units' originating registry, are not valid for the transaction type.</summary>
    RegistryNotValid = 1006,

    /// <summary>A share of proceeds is due and no Adaptation Fund account is configured.</summary>
    AdaptationFundAccountNotConfigured = 1007,

    /// <summary>Units are not held by the transferring account.</summary>
    UnitsNotHeld = 2001,

    /// <summary>Serial numbers were never issued.</summary>
    SerialRangeUnknown = 2002,

    /// <summary>Serial ranges overlap each other or units already issued.</summary>
    SerialRangeOverlap = 2003,

    /// <summary>Units are already retired, cancelled or replaced.</summary>
    UnitsRetiredOrCancelled = 2004,

    /// <summary>A unit type is not valid for the operation.</summary>
    UnitTypeNotValid = 2005,

    /// <summary>A unit's commitment period is not valid for the operation.</summary>
    PeriodNotValid = 2006,

    /// <summary>tCERs or lCERs are past their expiry date.</summary>
    UnitsExpired = 2007,

    /// <summary>Units to convert did not originate in the host Party's registry.</summary>
    UnitsNotOfHostParty = 2008,

    /// <summary>An lCER replaced for reversal of storage or non-submission of a certification report is replaced by lCERs of another project.</summary>
    ReplacementNotFromSameProject = 2009,

    /// <summary>tCERs or lCERs cancelled into a cancellation account for expiry have not expired.</summary>
    UnitsNotExpired = 2010,

    /// <summary>The transferring Party is not eligible under the mechanism of the units.</summary>
    TransferringPartyNotEligible = 3001,

    /// <summary>The acquiring Party is not eligible under the mechanism of the units.</summary>
    AcquiringPartyNotEligible = 3002,

    /// <summary>A Party's eligibility is suspended on the transaction date.</summary>
    PartySuspended = 3003,

    /// <summary>A legal entity is not authorised by its Party.</summary>
    LegalEntityNotAuthorised = 3004,

    /// <summary>The retiring Party is not eligible to use CERs, tCERs or lCERs towards its commitment.</summary>
    RetiringPartyNotEligible = 3005,

    /// <summary>Second-period units or a previous period surplus reserve for a Party without a second-period commitment.</summary>
    NoSecondPeriodCommitment = 3006,

    /// <summary>A transfer between previous period surplus reserve accounts that the transferring Party may not make.</summary>
    PpsrTransferNotAllowed = 3007,

    /// <summary>The transfer would take the Party's holdings below its commitment period reserve.</summary>
    ReserveInfringed = 4001,

    /// <summary>AAU issuance beyond the recorded assigned amount.</summary>
    IssuanceBeyondAssignedAmount = 4002,

    /// <summary>RMU issuance beyond the limit of the LULUCF activity.</summary>
    IssuanceBeyondLulucfLimit = 4003,

    /// <summary>Carry-over beyond 2.5% of the assigned amount (CERs; ERUs converted from AAUs).</summary>
    CarryOverBeyondLimit = 4004,

    /// <summary>Carry-over before the end of the additional period.</summary>
    CarryOverTooEarly = 4005,

    /// <summary>Acquisition of PPSR units beyond 2% of the first-period assigned amount.</summary>
    PpsrAcquisitionBeyondLimit = 4006,

    /// <summary>Retirement of PPSR units beyond the recorded limit.</summary>
    PpsrRetirementBeyondLimit = 4007,

    /// <summary>Retirement of tCERs and lCERs beyond the recorded limit.</summary>
    TemporaryCerLimitExceeded = 4008,

    /// <summary>Replacing and replaced quantities differ.</summary>
    ReplacementQuantityMismatch = 4009,

    /// <summary>An expiry date is missing, present on a CER, not the one the rules fix for a tCER, or not after the transaction date.</summary>
    ExpiryDateNotValid = 4010,

    /// <summary>Retirement of PPSR units on or before the end of the second period.</summary>
    PpsrRetirementTooEarly = 4011,

    /// <summary>Retirement for a period after the end of its additional period for fulfilling commitments.</summary>
    RetirementAfterAdditionalPeriod = 4012,

    /// <summary>Cancellation of remaining units for a period before the end of its additional period.</summary>
    RemainingUnitsCancellationTooEarly = 4013,

    /// <summary>The Party's CP2 AAUs leave its Party holding account before the recorded Art. 3.7 ter quantity is cancelled.</summary>
    Article37TerCancellationPending = 4014,

    /// <summary>A cancellation into the Art. 3.7 ter account exceeds the recorded Art. 3.7 ter quantity.</summary>
    Article37TerBeyondRecordedQuantity = 4015,

    /// <summary>An acquisition of tCERs and lCERs would take the Party beyond its recorded limit.</summary>
    TemporaryCerAcquisitionBeyondLimit = 4016,
}
