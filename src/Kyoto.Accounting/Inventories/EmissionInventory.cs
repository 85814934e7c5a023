using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// An immutable, columnar store of emission inventory records (Party, year, gas, source category or LULUCF activity,
/// gas mass), aggregated to CO2-equivalent totals under a commitment period's GWP set and Annex A basket.
/// </summary>
/// <remarks>
/// <para>
/// Records are kept as a structure of arrays with small integer keys: one byte each for the Party index, the year
/// offset, the gas (with a LULUCF flag) and the source, and eight bytes for the mass in grams:
/// <see cref="BytesPerRecord"/> bytes per record. Build a store with <see cref="EmissionInventoryBuilder"/> or read it
/// with <see cref="InventoryCsv"/>; combine stores from several sources with <see cref="Merge(EmissionInventory)"/>.
/// Records are additive (two records with the same key add up), and the record order never changes a result.
/// </para>
/// <para>
/// <see cref="Aggregate"/> converts masses with the GWP set bound to the period (Art. 5.3), counts only the gases of
/// the period's Annex A basket (<see cref="CommitmentPeriod.Includes"/>; NF3 only in the second period) and counts
/// LULUCF activities only when asked (<see cref="LulucfInclusion"/>). Sums are exact (64-bit grams, falling back to
/// 128-bit accumulators if a partial sum would overflow), so any order or partition of the records gives the
/// identical result, and partial results merge (<see cref="EmissionTotals.Merge"/>).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class EmissionInventory
{
    /// <summary>The number of bytes one record takes in the store's columns (1 + 1 + 1 + 1 + 8).</summary>
    public const int BytesPerRecord = 12;

    internal const int YearSlots = InventoryRecord.MaxYear - InventoryRecord.MinYear + 1;

    private readonly byte[] _party;
    private readonly byte[] _year;
    private readonly byte[] _gasKey;
    private readonly byte[] _source;
    private readonly long[] _grams;
    private readonly bool[] _presence;

    // Which gas keys (gas index, and gas index + 64 for LULUCF records) occur per Party × year, so that an aggregation
    // can tell "no record that counts under this period and LULUCF choice" from "records summing to zero".
    private readonly UInt128[] _gasKeysPresent;

    internal EmissionInventory(byte[] party, byte[] year, byte[] gasKey, byte[] source, long[] grams)
    {
        _party = party;
        _year = year;
        _gasKey = gasKey;
        _source = source;
        _grams = grams;
        _gasKeysPresent = ComputeGasKeysPresent(party, year, gasKey);
        _presence = Array.ConvertAll(_gasKeysPresent, mask => mask != UInt128.Zero);
        FirstYearOffset = 0;
        LastYearOffset = -1;
        for (int i = 0; i < _presence.Length; i++)
        {
            if (_presence[i])
            {
                int y = i % YearSlots;
                FirstYearOffset = LastYearOffset < 0 ? y : Math.Min(FirstYearOffset, y);
                LastYearOffset = Math.Max(LastYearOffset, y);
            }
        }
    }

    /// <summary>Gets an inventory without records.</summary>
    public static EmissionInventory Empty { get; } = new(Array.Empty<byte>(), Array.Empty<byte>(), Array.Empty<byte>(), Array.Empty<byte>(), Array.Empty<long>());

    /// <summary>Gets the number of records.</summary>
    public int Count => _grams.Length;

    /// <summary>Gets whether the inventory has no records.</summary>
    public bool IsEmpty => _grams.Length == 0;

    /// <summary>Gets the bytes the record columns take (<see cref="Count"/> × <see cref="BytesPerRecord"/>).</summary>
    public long StorageBytes => (long)Count * BytesPerRecord;

    /// <summary>Gets the Parties that have at least one record, ordered by code.</summary>
    public IReadOnlyList<Party> Parties =>
        Party.All.Where(p => Enumerable.Range(0, YearSlots).Any(y => _presence[(p.Index * YearSlots) + y])).ToArray();

    /// <summary>Gets the record at a position (records keep the order they were added in).</summary>
    /// <param name="index">The position, from 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public InventoryRecord this[int index]
    {
        get
        {
            Preconditions.CheckArgumentRange(nameof(index), index, 0, Count - 1);
            return InventoryRecord.FromTrusted(
                Party.All[_party[index]],
                _year[index] + InventoryRecord.MinYear,
                Gas.FromIndex(_gasKey[index] & 0x7F),
                EmissionSource.FromStoreCode(_source[index]),
                _grams[index]);
        }
    }

    internal int FirstYearOffset { get; }

    internal int LastYearOffset { get; }

    internal ReadOnlySpan<byte> PartyColumn => _party;

    internal ReadOnlySpan<byte> YearColumn => _year;

    internal ReadOnlySpan<byte> GasKeyColumn => _gasKey;

    internal ReadOnlySpan<byte> SourceColumn => _source;

    internal ReadOnlySpan<long> GramsColumn => _grams;

    /// <summary>Returns whether the inventory has at least one LULUCF record of a Party for a year.</summary>
    internal bool HasLulucfData(Party party, int year) =>
        year >= InventoryRecord.MinYear && year <= InventoryRecord.MaxYear
        && (_gasKeysPresent[(party.Index * YearSlots) + year - InventoryRecord.MinYear] >> 64) != UInt128.Zero;

    /// <summary>
    /// Gets, per Party × year slot, whether a record exists whose gas key has a non-zero factor in <paramref name="gwpByGasKey"/>
    /// (that is, a record that counts under the aggregation's period and LULUCF choice).
    /// </summary>
    internal bool[] PresenceFor(ReadOnlySpan<int> gwpByGasKey)
    {
        UInt128 counted = UInt128.Zero;
        for (int key = 0; key < gwpByGasKey.Length; key++)
        {
            if (gwpByGasKey[key] != 0)
            {
                counted |= UInt128.One << PresenceBit((byte)key);
            }
        }

        var presence = new bool[_gasKeysPresent.Length];
        for (int i = 0; i < presence.Length; i++)
        {
            presence[i] = (_gasKeysPresent[i] & counted) != UInt128.Zero;
        }

        return presence;
    }

    /// <summary>Enumerates the records in the order they were added.</summary>
    /// <returns>The records.</returns>
    public IEnumerable<InventoryRecord> GetRecords()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    /// <summary>Returns whether the inventory has at least one record of a Party for a year.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <returns>True if a record exists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool HasData(Party party, int year) => PresenceAt(_presence, Preconditions.CheckNotNull(party, nameof(party)), year);

    /// <summary>Returns an inventory with the records of this one followed by those of <paramref name="other"/>.</summary>
    /// <param name="other">The other inventory.</param>
    /// <returns>The merged inventory; records with the same key add up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public EmissionInventory Merge(EmissionInventory other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        return Merge(new[] { this, other });
    }

    /// <summary>Returns one inventory holding the records of all <paramref name="inventories"/>, in order.</summary>
    /// <param name="inventories">The inventories, e.g. one per source or per Party.</param>
    /// <returns>The merged inventory; records with the same key add up.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inventories"/> or one of its elements is null.</exception>
    public static EmissionInventory Merge(IEnumerable<EmissionInventory> inventories)
    {
        Preconditions.CheckNotNull(inventories, nameof(inventories));
        EmissionInventory[] all = inventories.ToArray();
        var builder = new EmissionInventoryBuilder(all.Sum(i => Preconditions.CheckNotNull(i, nameof(inventories)).Count));
        foreach (EmissionInventory inventory in all)
        {
            builder.AddRange(inventory);
        }

        return builder.Build();
    }

    /// <summary>
    /// Aggregates the records to CO2-equivalent under a period's GWP set and Annex A basket, by Party × year and,
    /// optionally, by gas or by source, on all cores for large inventories.
    /// </summary>
    /// <param name="period">The commitment period whose GWP set and gases apply (Art. 5.3; Annex A; NF3 in the second period only).</param>
    /// <param name="lulucf">Whether LULUCF activities count.</param>
    /// <param name="breakdown">The dimension kept besides Party and year.</param>
    /// <param name="maxDegreeOfParallelism">
    /// The most threads to use: −1 (the default) for one per processor, 1 for the calling thread only. Inventories
    /// are split into contiguous partitions of at least 2^18 records, so small ones are summed on the calling thread.
    /// </param>
    /// <returns>The exact totals, identical for every degree of parallelism; allocates only the result.</returns>
    /// <remarks>
    /// Each thread sums its partitions exactly into its own 64-bit cells (pooled, reused across calls), and the
    /// partial sums are added into the 128-bit totals, so the result does not depend on how the records were split
    /// (the same monoid as <see cref="EmissionTotals.Merge"/>). The calling thread takes part and waits for the
    /// thread-pool work items it queued; the call is thread-safe.
    /// </remarks>
    /// <example>
    /// <code>
    /// EmissionTotals totals = inventory.Aggregate(CommitmentPeriod.First, LulucfInclusion.Excluded);
    /// Co2e germany2010 = totals.Get(Party.FromCode("DEU"), 2010);
    /// </code>
    /// </example>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lulucf"/> or <paramref name="breakdown"/> is not a defined value.</exception>
    /// <exception cref="GwpSetMismatchException">
    /// The inventory holds records already CO2-equivalent under another GWP set than the period's (an unspecified mix,
    /// <see cref="Gas.ReportedAsCo2eUnder"/>): they aggregate only under their own set (Art. 5.3), never dropped or mixed silently.
    /// </exception>
    /// <exception cref="ArgumentException"><paramref name="maxDegreeOfParallelism"/> is 0 or less than −1.</exception>
    public EmissionTotals Aggregate(CommitmentPeriod period, LulucfInclusion lulucf, EmissionBreakdown breakdown = EmissionBreakdown.None, int maxDegreeOfParallelism = -1)
    {
        CheckReportedCo2eSets(Preconditions.CheckNotNull(period, nameof(period)));
        return Aggregation.Run(this, period, lulucf, breakdown, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Throws if a record is already CO2-equivalent under a GWP set other than the period's (Art. 5.3; unspecified mixes,
    /// decision 24/CP.19 annex I). Reads the Party × year gas-key masks, not the records.
    /// </summary>
    private void CheckReportedCo2eSets(CommitmentPeriod period)
    {
        UInt128 foreign = UInt128.Zero;
        foreach (Gas gas in Gas.All)
        {
            if (gas.IsReportedAsCo2e && gas.ReportedAsCo2eUnder != period.GwpSet)
            {
                foreign |= (UInt128.One << PresenceBit((byte)gas.Index)) | (UInt128.One << PresenceBit((byte)(gas.Index | EmissionSource.LulucfFlag)));
            }
        }

        UInt128 present = UInt128.Zero;
        foreach (UInt128 mask in _gasKeysPresent)
        {
            present |= mask;
        }

        if ((present & foreign) == UInt128.Zero)
        {
            return;
        }

        for (int slot = 0; slot < _gasKeysPresent.Length; slot++)
        {
            foreach (Gas gas in Gas.All)
            {
                UInt128 bits = (UInt128.One << PresenceBit((byte)gas.Index)) | (UInt128.One << PresenceBit((byte)(gas.Index | EmissionSource.LulucfFlag)));
                if ((_gasKeysPresent[slot] & foreign & bits) != UInt128.Zero)
                {
                    throw new GwpSetMismatchException(
                        period.GwpSet,
                        gas.ReportedAsCo2eUnder!,
                        string.Format(
                            System.Globalization.CultureInfo.InvariantCulture,
                            "The inventory holds {0} records ({1} {2}, among others), already CO2-equivalent under {3}; {4} is accounted under {5} (Art. 5.3), and a mix reported as CO2-equivalent cannot be converted without the masses of its gases (decision 24/CP.19 annex I). Aggregate under a period of {3}, or report the individual gases.",
                            gas.Code,
                            Party.All[slot / YearSlots].Code,
                            (slot % YearSlots) + InventoryRecord.MinYear,
                            gas.ReportedAsCo2eUnder!.Name,
                            period,
                            period.GwpSet.Name));
                }
            }
        }
    }

    internal static bool PresenceAt(bool[] presence, Party party, int year) =>
        year >= InventoryRecord.MinYear && year <= InventoryRecord.MaxYear
        && presence[(party.Index * YearSlots) + year - InventoryRecord.MinYear];

    private static int PresenceBit(byte gasKey) => (gasKey & 0x7F) + ((gasKey & EmissionSource.LulucfFlag) != 0 ? 64 : 0);

    private static UInt128[] ComputeGasKeysPresent(byte[] party, byte[] year, byte[] gasKey)
    {
        var present = new UInt128[Party.All.Count * YearSlots];
        for (int i = 0; i < party.Length; i++)
        {
            present[(party[i] * YearSlots) + year[i]] |= UInt128.One << PresenceBit(gasKey[i]);
        }

        return present;
    }
}
