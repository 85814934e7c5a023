namespace Kyoto.Accounting.Inventories;

/// <summary>The extra dimension an <see cref="EmissionTotals"/> keeps besides Party and year.</summary>
public enum EmissionBreakdown
{
    /// <summary>Totals by Party × year only (the fastest aggregate).</summary>
    None = 0,

    /// <summary>Totals by Party × year × gas.</summary>
    Gas = 1,

    /// <summary>Totals by Party × year × source category or LULUCF activity (and hence by sector).</summary>
    Source = 2,
}
