namespace Kyoto.Accounting.Registry;

/// <summary>
/// A Kyoto Protocol unit type. The numeric values are the unit-type codes of the Data Exchange Standards
/// (reference table <c>registry-codes.csv</c>, code set <c>unit_type</c>). One unit is one tonne of CO2 equivalent.
/// </summary>
/// <remarks>
/// Decision 13/CMP.1 annex; Data Exchange Standards. AAUs are issued up to the assigned amount (Art. 3.7), RMUs for
/// net removals from LULUCF activities (Art. 3.3, 3.4), ERUs by conversion of AAUs or RMUs (Art. 6), CERs, tCERs and
/// lCERs in the CDM registry (Art. 12; decision 5/CMP.1 for the temporary ones).
/// </remarks>
public enum UnitType
{
    /// <summary>Assigned amount unit (DES 1; Art. 3.7, 17).</summary>
    Aau = 1,

    /// <summary>Removal unit (DES 2; Art. 3.3, 3.4).</summary>
    Rmu = 2,

    /// <summary>Emission reduction unit converted from an AAU (DES 3; Art. 6).</summary>
    EruFromAau = 3,

    /// <summary>Emission reduction unit converted from an RMU (DES 4; Art. 6).</summary>
    EruFromRmu = 4,

    /// <summary>Certified emission reduction (DES 5; Art. 12).</summary>
    Cer = 5,

    /// <summary>Temporary CER from an afforestation or reforestation project (DES 6; decision 5/CMP.1 annex ¶1(g)).</summary>
    Tcer = 6,

    /// <summary>Long-term CER from an afforestation or reforestation project (DES 7; decision 5/CMP.1 annex ¶1(h)).</summary>
    Lcer = 7,
}
