namespace Kyoto.Accounting.Registry;

/// <summary>
/// The type of a registry account. The numeric values are the Kyoto account-type codes of the Data Exchange Standards
/// (reference table <c>registry-codes.csv</c>, code set <c>kyoto_account_type</c>).
/// </summary>
/// <remarks>
/// Decision 13/CMP.1 annex ¶21: each national registry has at least one Party holding account, a holding account for
/// each legal entity the Party authorises (Art. 6.3), and per commitment period a retirement account and cancellation
/// accounts (net source, non-compliance, voluntary). The second period adds the previous period surplus reserve
/// (decision 1/CMP.8 ¶23–26), the Art. 3.7 ter and ambition-increase cancellation accounts, and the tCER/lCER replacement
/// accounts (decision 5/CMP.1). The entity holding account uses code 120, which the source registry names
/// <c>FORMER_OPERATOR_HOLDING_ACCOUNT</c> (its legal-entity holding account).
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
}
