namespace Kyoto.Accounting.Accounting;

/// <summary>
/// Which emissions a Party used for the 2008–2010 average of Art. 3.7 ter, as decision 2/CMP.11 ¶2 asks it to clarify in
/// its report to facilitate the calculation of its second-period assigned amount.
/// </summary>
public enum Article37TerAverageBasis
{
    /// <summary>Option (a): the gases and sources listed in Annex A (the second period's basket, without LULUCF).</summary>
    AnnexAGasesAndSources = 1,

    /// <summary>
    /// Option (b): the same greenhouse gases, sectors and source categories as those used to calculate the assigned amount
    /// for the second commitment period (e.g. including deforestation where the base year includes it).
    /// </summary>
    SameScopeAsAssignedAmount = 2,
}
