namespace Kyoto.Accounting.Registry;

/// <summary>
/// The type of a registry account. The numeric values are the Kyoto account-type codes of the Data Exchange Standards
/// (reference table <c>registry-codes.csv</c>, code set <c>kyoto_account_type</c>), except the four tCER/lCER
/// cancellation accounts (911, 921–923), whose codes are the library's own: the DES code table has none for them.
/// </summary>
/// <remarks>
/// Decision 13/CMP.1 annex ¶21: each national registry has at least one Party holding account, a holding account for
/// each legal entity the Party authorises (Art. 6.3), and per commitment period a retirement account and cancellation
/// accounts (net source, non-compliance, voluntary). The second period adds the previous period surplus reserve
/// (decision 1/CMP.8 ¶23–26), the Art. 3.7 ter and ambition-increase cancellation accounts, and the tCER/lCER replacement
/// accounts (decision 5/CMP.1). The entity holding account uses code 120, which the source registry names
/// <c>FORMER_OPERATOR_HOLDING_ACCOUNT</c> (its legal-entity holding account).
/// Decision 3/CMP.11 annex I ¶12 adds to ¶21 the tCER cancellation account for expiry and the lCER cancellation accounts
/// for expiry, for reversal of storage and for non-submission of a certification report (¶21(i)–(l)). The transaction log
/// records those cancellations in the mandatory cancellation account (250) and tells them apart by the units' expiry date
/// and the CDM notification, so the DES assigns them no code; the library gives them codes outside the DES ranges
/// (100–499): the code of the matching replacement account with 9 for its leading 4 (411 → 911, 421–423 → 921–923).
/// </remarks>
public enum AccountType
{
    /// <summary>Party holding account (DES 100).</summary>
    PartyHolding = 100,

    /// <summary>Holding account of a legal entity authorised by the Party (DES 120; Art. 6.3).</summary>
    EntityHolding = 120,

    /// <summary>Previous period surplus reserve account, second period (DES 130; decision 1/CMP.8 ¶23–26).</summary>
    PreviousPeriodSurplusReserve = 130,

    /// <summary>Net source cancellation account, per period (DES 210; Art. 3.3, 3.4).</summary>
    NetSourceCancellation = 210,

    /// <summary>Non-compliance cancellation account, per period (DES 220; decision 27/CMP.1).</summary>
    NonComplianceCancellation = 220,

    /// <summary>Voluntary cancellation account, per period (DES 230).</summary>
    VoluntaryCancellation = 230,

    /// <summary>Mandatory cancellation account, per period: units neither retired nor carried over (DES 250).</summary>
    MandatoryCancellation = 250,

    /// <summary>Art. 3.7 ter cancellation account, second period (DES 270).</summary>
    Article37TerCancellation = 270,

    /// <summary>Ambition increase cancellation account, second period (DES 280; Art. 3.1 ter as amended at Doha).</summary>
    AmbitionIncreaseCancellation = 280,

    /// <summary>Retirement account, per period (DES 300; Art. 3.1).</summary>
    Retirement = 300,

    /// <summary>tCER replacement account for expiry, per period (DES 411; decision 5/CMP.1).</summary>
    TcerReplacementForExpiry = 411,

    /// <summary>lCER replacement account for expiry, per period (DES 421; decision 5/CMP.1).</summary>
    LcerReplacementForExpiry = 421,

    /// <summary>lCER replacement account for reversal of storage, per period (DES 422; decision 5/CMP.1).</summary>
    LcerReplacementForReversalOfStorage = 422,

    /// <summary>lCER replacement account for non-submission of a certification report, per period (DES 423; decision 5/CMP.1).</summary>
    LcerReplacementForNonSubmissionOfCertificationReport = 423,

    /// <summary>
    /// tCER cancellation account for expiry, per period (library code 911, not a DES code; decision 13/CMP.1 annex ¶21(i)
    /// as inserted by decision 3/CMP.11 annex I ¶12): takes tCERs that expired in a holding account.
    /// </summary>
    TcerCancellationForExpiry = 911,

    /// <summary>
    /// lCER cancellation account for expiry, per period (library code 921, not a DES code; decision 13/CMP.1 annex ¶21(j)
    /// as inserted by decision 3/CMP.11 annex I ¶12): takes lCERs that expired in a holding account.
    /// </summary>
    LcerCancellationForExpiry = 921,

    /// <summary>
    /// lCER cancellation account for reversal of storage, per period (library code 922, not a DES code; decision 13/CMP.1
    /// annex ¶21(k) as inserted by decision 3/CMP.11 annex I ¶12; decision 5/CMP.1 annex ¶49–53).
    /// </summary>
    LcerCancellationForReversalOfStorage = 922,

    /// <summary>
    /// lCER cancellation account for non-submission of a certification report, per period (library code 923, not a DES
    /// code; decision 13/CMP.1 annex ¶21(l) as inserted by decision 3/CMP.11 annex I ¶12; decision 5/CMP.1 annex ¶49–53).
    /// </summary>
    LcerCancellationForNonSubmissionOfCertificationReport = 923,
}
