namespace Kyoto.Accounting.Registry;

/// <summary>
/// A flexibility mechanism of the Protocol, numbered by its article. Eligibility to transfer and acquire units is per
/// mechanism (decision 11/CMP.1).
/// </summary>
/// <remarks>
/// The mechanism that governs a unit: ERUs, Art. 6; CERs, tCERs and lCERs, Art. 12; AAUs and RMUs, Art. 17.
/// </remarks>
public enum Mechanism
{
    /// <summary>Joint implementation (Art. 6): ERUs.</summary>
    JointImplementation = 6,

    /// <summary>Clean development mechanism (Art. 12): CERs, tCERs, lCERs.</summary>
    CleanDevelopmentMechanism = 12,

    /// <summary>Emissions trading (Art. 17): AAUs and RMUs.</summary>
    EmissionsTrading = 17,
}
