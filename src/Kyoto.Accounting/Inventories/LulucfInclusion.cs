namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Whether an aggregate counts the records of LULUCF activities. Annex A totals exclude them (LULUCF is not an
/// Annex A sector); Art. 3.3, 3.4 and the second sentence of Art. 3.7 bring them in explicitly.
/// </summary>
public enum LulucfInclusion
{
    /// <summary>Only Annex A source categories count (Art. 3.1, Annex A).</summary>
    Excluded = 1,

    /// <summary>Annex A source categories and LULUCF activities (Art. 3.3, 3.4) count.</summary>
    Included = 2,
}
