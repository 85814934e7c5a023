using System.Globalization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// One Party × activity × year of LULUCF activity data: the net emissions (positive) or net removals (negative) of the
/// activity on its land (Art. 3.3, 3.4), exact, with the quantity and unit as stated.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class LulucfActivityRecord
{
    internal LulucfActivityRecord(Party party, LulucfActivity activity, int year, decimal quantity, LulucfQuantityUnit unit, ExactCo2e netEmissions)
    {
        Party = party;
        Activity = activity;
        Year = year;
        Quantity = quantity;
        Unit = unit;
        NetEmissions = netEmissions;
    }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the activity.</summary>
    public LulucfActivity Activity { get; }

    /// <summary>Gets the inventory year.</summary>
    public int Year { get; }

    /// <summary>Gets the quantity as stated, in <see cref="Unit"/>.</summary>
    public decimal Quantity { get; }

    /// <summary>Gets the unit the quantity was stated in.</summary>
    public LulucfQuantityUnit Unit { get; }

    /// <summary>Gets the net emissions in CO2e (removals negative), exact: carbon quantities × 44/12 keep their fraction of a gram.</summary>
    public ExactCo2e NetEmissions { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "{0} {1} {2}: {3}", Party.Code, Activity, Year, NetEmissions);
}
