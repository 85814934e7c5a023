namespace Kyoto.Accounting.Registry;

/// <summary>
/// The type of a registry transaction. The numeric values are the primary transaction-type codes of the Data Exchange
/// Standards (reference table <c>registry-codes.csv</c>, code set <c>transaction_type</c>).
/// </summary>
/// <remarks>Decision 13/CMP.1 annex; Data Exchange Standards.</remarks>
public enum TransactionType
{
    /// <summary>Issuance of AAUs, RMUs, CERs, tCERs or lCERs (DES 1).</summary>
    Issuance = 1,

    /// <summary>Conversion of AAUs or RMUs to ERUs (DES 2; Art. 6).</summary>
    Conversion = 2,

    /// <summary>Transfer between registries (DES 3; Art. 6, 12, 17).</summary>
    ExternalTransfer = 3,

    /// <summary>Cancellation into a cancellation account (DES 4).</summary>
    Cancellation = 4,

    /// <summary>Retirement into a retirement account (DES 5; Art. 3.1).</summary>
    Retirement = 5,

    /// <summary>Replacement of tCERs or lCERs (DES 6; decision 5/CMP.1).</summary>
    Replacement = 6,

    /// <summary>Carry-over to the next commitment period (DES 7; Art. 3.13).</summary>
    CarryOver = 7,

    /// <summary>Change of the expiry date of tCERs or lCERs (DES 8; decision 5/CMP.1).</summary>
    ExpiryDateChange = 8,

    /// <summary>Transfer between accounts of one registry (DES 10).</summary>
    InternalTransfer = 10,
}
