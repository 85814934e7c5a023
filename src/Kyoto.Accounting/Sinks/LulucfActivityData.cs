using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// LULUCF activity data of one GWP set: net emissions or removals per Party × activity × year, including the 1990
/// figures that net-net activities are compared against (decision 16/CMP.1 annex ¶9). Build it with
/// <see cref="LulucfActivityDataBuilder"/> or read it with <see cref="LulucfActivityCsv"/>.
/// </summary>
/// <remarks>
/// <para>
/// One record per Party × activity × year; a missing record is never zero (the accounting refuses to run without it).
/// All records carry the store's GWP set, which must be the accounted period's (the first period SAR, the second AR4;
/// Art. 5.3). This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class LulucfActivityData
{
    private readonly ImmutableSortedDictionary<(int Party, LulucfActivity Activity, int Year), LulucfActivityRecord> _records;

    internal LulucfActivityData(GwpSet gwpSet, ImmutableSortedDictionary<(int Party, LulucfActivity Activity, int Year), LulucfActivityRecord> records)
    {
        GwpSet = gwpSet;
        _records = records;
    }

    /// <summary>Gets the GWP set of every record.</summary>
    public GwpSet GwpSet { get; }

    /// <summary>Gets the number of records.</summary>
    public int Count => _records.Count;

    /// <summary>Gets the records ordered by Party, activity and year.</summary>
    /// <returns>The records.</returns>
    public IReadOnlyList<LulucfActivityRecord> GetRecords() => _records.Values.ToArray();

    /// <summary>Finds the record of a Party, activity and year.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="year">The year.</param>
    /// <param name="record">The record, or null.</param>
    /// <returns>True if there is a record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool TryGetRecord(Party party, LulucfActivity activity, int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LulucfActivityRecord? record)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return _records.TryGetValue((party.Index, activity, year), out record);
    }

    /// <summary>Gets the net emissions of a Party, activity and year; a missing record is an error.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="activity">The activity.</param>
    /// <param name="year">The year.</param>
    /// <returns>The exact net emissions (removals negative).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">There is no record; the message names it.</exception>
    public ExactCo2e GetNetEmissions(Party party, LulucfActivity activity, int year)
    {
        if (TryGetRecord(party, activity, year, out LulucfActivityRecord? record))
        {
            return record.NetEmissions;
        }

        throw new ArgumentException(
            "The activity data has no record for " + party.Code + " " + activity + " " + year.ToString(System.Globalization.CultureInfo.InvariantCulture)
            + "; a missing year is never taken as zero — record 0 explicitly if the activity had no net emissions or removals.",
            nameof(activity));
    }
}
