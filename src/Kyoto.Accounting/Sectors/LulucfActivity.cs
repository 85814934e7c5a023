namespace Kyoto.Accounting.Sectors;

/// <summary>
/// A land use, land-use change and forestry activity under Art. 3.3 and 3.4 (decision 16/CMP.1; CP2 adds wetland
/// drainage and rewetting). The numeric values are the registry codes of the Data Exchange Standards
/// (reference table <c>registry-codes.csv</c>, code set <c>lulucf_activity</c>).
/// </summary>
public enum LulucfActivity
{
    /// <summary>Afforestation and reforestation (Art. 3.3; mandatory).</summary>
    AfforestationAndReforestation = 1,

    /// <summary>Deforestation (Art. 3.3; mandatory).</summary>
    Deforestation = 2,

    /// <summary>Forest management (Art. 3.4; elective in CP1, mandatory in CP2).</summary>
    ForestManagement = 3,

    /// <summary>Cropland management (Art. 3.4; elective).</summary>
    CroplandManagement = 4,

    /// <summary>Grazing land management (Art. 3.4; elective).</summary>
    GrazingLandManagement = 5,

    /// <summary>Revegetation (Art. 3.4; elective).</summary>
    Revegetation = 6,

    /// <summary>Wetland drainage and rewetting (Art. 3.4 as amended at Doha; elective, CP2 only).</summary>
    WetlandDrainageAndRewetting = 7,
}
