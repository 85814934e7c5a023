namespace Kyoto.Accounting.Gases;

/// <summary>
/// The gas groups of Annex A of the Protocol (Art. 3.1), with nitrogen trifluoride added by the Doha
/// Amendment for the second commitment period.
/// </summary>
public enum GasGroup
{
    /// <summary>Carbon dioxide (CO2).</summary>
    CarbonDioxide = 1,

    /// <summary>Methane (CH4).</summary>
    Methane = 2,

    /// <summary>Nitrous oxide (N2O).</summary>
    NitrousOxide = 3,

    /// <summary>Hydrofluorocarbons (HFCs).</summary>
    Hydrofluorocarbons = 4,

    /// <summary>Perfluorocarbons (PFCs).</summary>
    Perfluorocarbons = 5,

    /// <summary>Sulphur hexafluoride (SF6).</summary>
    SulphurHexafluoride = 6,

    /// <summary>Nitrogen trifluoride (NF3); Annex A as amended at Doha, second commitment period only.</summary>
    NitrogenTrifluoride = 7,
}
