namespace Kyoto.Accounting.Sef;

/// <summary>
/// A column of the Standard Electronic Format: the unit types of its <c>UnitQty type="…"</c> and <c>CerQty type="…"</c>
/// cells, in the order a block lists them.
/// </summary>
/// <remarks>
/// Decision 14/CMP.1 (first period) and decision 3/CMP.11 annex II (second period). ERUs converted from AAUs and from
/// RMUs share the one <see cref="Eru"/> column.
/// </remarks>
public enum SefUnitType
{
    /// <summary>Assigned amount units (<c>AAU</c>).</summary>
    Aau = 1,

    /// <summary>Certified emission reductions (<c>CER</c>).</summary>
    Cer = 2,

    /// <summary>Emission reduction units, from AAUs or RMUs (<c>ERU</c>).</summary>
    Eru = 3,

    /// <summary>Removal units (<c>RMU</c>).</summary>
    Rmu = 4,

    /// <summary>Long-term CERs (<c>lCER</c>).</summary>
    Lcer = 5,

    /// <summary>Temporary CERs (<c>tCER</c>).</summary>
    Tcer = 6,
}
