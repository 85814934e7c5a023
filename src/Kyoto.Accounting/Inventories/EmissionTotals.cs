using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Exact CO2-equivalent totals of an inventory under one commitment period's GWP set and Annex A basket, by
/// Party × year and optionally by gas or by source (<see cref="EmissionBreakdown"/>).
/// </summary>
/// <remarks>
/// <para>
/// Totals are kept in 128-bit grams, so merging partial totals never overflows; a value read out as <see cref="Co2e"/>
/// throws <see cref="OverflowException"/> only if it is outside the range of <see cref="Co2e"/>. Every value is tagged
/// with the period's GWP set (Art. 5.3).
/// </para>
/// <para>
/// Totals form a commutative monoid: <see cref="Merge"/> is associative and commutative, and <see cref="Empty"/> is
/// its identity, so <c>a.Aggregate(...).Merge(b.Aggregate(...))</c> equals <c>a.Merge(b).Aggregate(...)</c> and a
/// shard per machine works. Equality compares the period, the LULUCF choice, the breakdown, the Party-years that
/// have data and every total (a year range with only zero totals and no data equals an absent one).
/// </para>
/// <para>
/// Reading a total for a Party-year the inventory has no records for throws <see cref="ArgumentException"/>: a
/// missing year is not a year of zero emissions. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed class EmissionTotals : IEquatable<EmissionTotals>
{
    private readonly Int128[] _cells;
    private readonly bool[] _presence;
    private readonly int _keys;

    internal EmissionTotals(CommitmentPeriod period, LulucfInclusion lulucf, EmissionBreakdown breakdown, int firstYear, int yearCount, Int128[] cells, bool[] presence)
    {
        Period = period;
        Lulucf = lulucf;
        Breakdown = breakdown;
        FirstYear = firstYear;
        YearCount = yearCount;
        _cells = cells;
        _presence = presence;
        _keys = Aggregation.KeyCount(breakdown);
    }

    /// <summary>Gets the period whose GWP set and Annex A basket the totals use.</summary>
    public CommitmentPeriod Period { get; }

    /// <summary>Gets the GWP set of every total (the period's, Art. 5.3).</summary>
    public GwpSet GwpSet => Period.GwpSet;

    /// <summary>Gets whether LULUCF activities are counted.</summary>
    public LulucfInclusion Lulucf { get; }

    /// <summary>Gets the dimension kept besides Party and year.</summary>
    public EmissionBreakdown Breakdown { get; }

    /// <summary>Gets the first year of the cell range (the cells hold Party × year × key, years from this one).</summary>
    internal int FirstYear { get; }

    /// <summary>Gets the number of years in the cell range.</summary>
    internal int YearCount { get; }

    /// <summary>Gets the cells: Party index × year × key, in 128-bit grams.</summary>
    internal ReadOnlySpan<Int128> Cells => _cells;

    /// <summary>Gets the presence per Party × year slot from <see cref="InventoryRecord.MinYear"/>.</summary>
    internal ReadOnlySpan<bool> Presence => _presence;

    /// <summary>Returns empty totals: the identity of <see cref="Merge"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="lulucf">Whether LULUCF activities are counted.</param>
    /// <param name="breakdown">The dimension kept besides Party and year.</param>
    /// <returns>Totals without data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lulucf"/> or <paramref name="breakdown"/> is not a defined value.</exception>
    public static EmissionTotals Empty(CommitmentPeriod period, LulucfInclusion lulucf, EmissionBreakdown breakdown = EmissionBreakdown.None) =>
        EmissionInventory.Empty.Aggregate(period, lulucf, breakdown);

    /// <summary>
    /// Returns whether the inventory behind the totals had records of a Party for a year that count in these totals:
    /// gases of the period's basket and, if LULUCF is included, LULUCF records. A year whose only records are outside
    /// the basket (e.g. NF3 in the first period) or LULUCF records left out has no data: it is not a zero.
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <returns>True if there was data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public bool HasData(Party party, int year) => EmissionInventory.PresenceAt(_presence, Preconditions.CheckNotNull(party, nameof(party)), year);

    /// <summary>Gets the years for which a Party has data, in order.</summary>
    /// <param name="party">The Party.</param>
    /// <returns>The years.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    public IReadOnlyList<int> GetYears(Party party)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        return Enumerable.Range(InventoryRecord.MinYear, EmissionInventory.YearSlots).Where(y => HasData(party, y)).ToArray();
    }

    /// <summary>Gets a Party's total for a year (over all gases and sources of the basket).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The inventory has no records of <paramref name="party"/> for <paramref name="year"/>.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e Get(Party party, int year) => ToCo2e(SumKeys(CheckData(party, year), 0, _keys));

    /// <summary>Gets a Party's total for a year, if the inventory has data for it.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <param name="total">The total, or zero.</param>
    /// <returns>True if the inventory has records of <paramref name="party"/> for <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public bool TryGet(Party party, int year, out Co2e total)
    {
        total = Co2e.Zero;
        if (!HasData(party, year))
        {
            return false;
        }

        total = ToCo2e(SumKeys(CellBase(party, year), 0, _keys));
        return true;
    }

    /// <summary>Gets a Party's emissions of one gas for a year (zero for a gas outside the period's basket).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <param name="gas">The gas.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="gas"/> is null.</exception>
    /// <exception cref="ArgumentException">The inventory has no records of <paramref name="party"/> for <paramref name="year"/>.</exception>
    /// <exception cref="InvalidOperationException">The totals are not broken down by gas.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e Get(Party party, int year, Gas gas)
    {
        Preconditions.CheckNotNull(gas, nameof(gas));
        RequireBreakdown(EmissionBreakdown.Gas);
        return ToCo2e(_cells[CheckData(party, year) + gas.Index]);
    }

    /// <summary>Gets a Party's emissions from one source category or LULUCF activity for a year.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <param name="source">The source.</param>
    /// <returns>The total (zero for a LULUCF activity when LULUCF is excluded).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> is null.</exception>
    /// <exception cref="ArgumentException">The inventory has no records of <paramref name="party"/> for <paramref name="year"/>, or <paramref name="source"/> is <c>default</c>.</exception>
    /// <exception cref="InvalidOperationException">The totals are not broken down by source.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e Get(Party party, int year, EmissionSource source)
    {
        Preconditions.CheckArgument(source.IsValid, nameof(source), "The source must be a source category or a LULUCF activity, not default(EmissionSource).");
        RequireBreakdown(EmissionBreakdown.Source);
        return ToCo2e(_cells[CheckData(party, year) + Aggregation.SourceKey(source)]);
    }

    /// <summary>Gets a Party's emissions from one Annex A sector for a year.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="year">The year.</param>
    /// <param name="sector">The sector.</param>
    /// <returns>The total over the sector's source categories.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="sector"/> is null.</exception>
    /// <exception cref="ArgumentException">The inventory has no records of <paramref name="party"/> for <paramref name="year"/>.</exception>
    /// <exception cref="InvalidOperationException">The totals are not broken down by source.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e Get(Party party, int year, Sector sector)
    {
        Preconditions.CheckNotNull(sector, nameof(sector));
        RequireBreakdown(EmissionBreakdown.Source);
        int cell = CheckData(party, year);
        Int128 sum = 0;
        foreach (SourceCategory category in sector.Categories)
        {
            sum += _cells[cell + category.Index];
        }

        return ToCo2e(sum);
    }

    /// <summary>Gets a Party's total over the years of a commitment period (Art. 3.1: aggregate emissions in the period).</summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period whose years are summed (usually <see cref="Period"/>).</param>
    /// <returns>The total over the period's years.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The inventory lacks a year of the period for <paramref name="party"/>.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e GetPeriodTotal(Party party, CommitmentPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        Int128 sum = 0;
        for (int year = period.FirstYear; year <= period.LastYear; year++)
        {
            sum += SumKeys(CheckData(party, year), 0, _keys);
        }

        return ToCo2e(sum);
    }

    /// <summary>Gets the total of one gas over every Party and year.</summary>
    /// <param name="gas">The gas.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The totals are not broken down by gas.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e GetTotal(Gas gas)
    {
        Preconditions.CheckNotNull(gas, nameof(gas));
        RequireBreakdown(EmissionBreakdown.Gas);
        Int128 sum = 0;
        for (int cell = gas.Index; cell < _cells.Length; cell += _keys)
        {
            sum += _cells[cell];
        }

        return ToCo2e(sum);
    }

    /// <summary>Gets the total of one Annex A sector over every Party and year.</summary>
    /// <param name="sector">The sector.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sector"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The totals are not broken down by source.</exception>
    /// <exception cref="OverflowException">The total is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e GetTotal(Sector sector)
    {
        Preconditions.CheckNotNull(sector, nameof(sector));
        RequireBreakdown(EmissionBreakdown.Source);
        Int128 sum = 0;
        foreach (SourceCategory category in sector.Categories)
        {
            for (int cell = category.Index; cell < _cells.Length; cell += _keys)
            {
                sum += _cells[cell];
            }
        }

        return ToCo2e(sum);
    }

    /// <summary>Merges these totals with totals of other records (the monoid operation; see the type documentation).</summary>
    /// <param name="other">Totals of the same period, LULUCF choice and breakdown.</param>
    /// <returns>The totals of both sets of records.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="other"/> has another period, LULUCF choice or breakdown.</exception>
    public EmissionTotals Merge(EmissionTotals other)
    {
        Preconditions.CheckNotNull(other, nameof(other));
        Preconditions.CheckArgument(
            ReferenceEquals(Period, other.Period) && Lulucf == other.Lulucf && Breakdown == other.Breakdown,
            nameof(other),
            "Only totals of the same period (GWP set and basket, Art. 5.3), LULUCF choice and breakdown can be merged; these are " + Describe() + " and " + other.Describe() + ".");
        if (other.YearCount == 0 && ReferenceEquals(_presence, other._presence))
        {
            return this;
        }

        (int first, int last) = UnionYears(other);
        int years = last < first ? 0 : last - first + 1;
        var cells = new Int128[Party.All.Count * years * _keys];
        AddInto(cells, first, years);
        other.AddInto(cells, first, years);
        var presence = new bool[_presence.Length];
        for (int i = 0; i < presence.Length; i++)
        {
            presence[i] = _presence[i] || other._presence[i];
        }

        return new EmissionTotals(Period, Lulucf, Breakdown, first, years, cells, presence);
    }

    /// <summary>Returns true if both totals are equal. See the type documentation for equality semantics.</summary>
    /// <param name="other">The other totals.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(EmissionTotals? other)
    {
        if (other is null || !ReferenceEquals(Period, other.Period) || Lulucf != other.Lulucf || Breakdown != other.Breakdown || !_presence.AsSpan().SequenceEqual(other._presence))
        {
            return false;
        }

        (int first, int last) = UnionYears(other);
        for (int p = 0; p < Party.All.Count; p++)
        {
            for (int year = first; year <= last; year++)
            {
                for (int k = 0; k < _keys; k++)
                {
                    if (CellOrZero(p, year, k) != other.CellOrZero(p, year, k))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EmissionTotals);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Order-free over the non-zero cells, so that equal totals with different year ranges hash alike.
        int hash = HashCode.Combine(Period, Lulucf, Breakdown);
        for (int i = 0; i < _cells.Length; i++)
        {
            if (_cells[i] != 0)
            {
                int year = FirstYear + (i / _keys % YearCount);
                hash ^= HashCode.Combine(i / _keys / YearCount, year, i % _keys, _cells[i]);
            }
        }

        return hash;
    }

    /// <summary>Describes the totals, e.g. <c>"CO2e totals under SAR, CP1 (2008–2012) basket, LULUCF excluded, by Party × year"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => "CO2e totals under " + Describe();

    private string Describe() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}, {1} basket, LULUCF {2}, by Party × year{3}",
        GwpSet.Name,
        Period,
        Lulucf == LulucfInclusion.Included ? "included" : "excluded",
        Breakdown switch { EmissionBreakdown.Gas => " × gas", EmissionBreakdown.Source => " × source", _ => string.Empty });

    private Int128 CellOrZero(int party, int year, int key) =>
        year < FirstYear || year >= FirstYear + YearCount ? 0 : _cells[(((party * YearCount) + year - FirstYear) * _keys) + key];

    private (int First, int Last) UnionYears(EmissionTotals other)
    {
        if (YearCount == 0)
        {
            return (other.FirstYear, other.FirstYear + other.YearCount - 1);
        }

        if (other.YearCount == 0)
        {
            return (FirstYear, FirstYear + YearCount - 1);
        }

        return (Math.Min(FirstYear, other.FirstYear), Math.Max(FirstYear + YearCount, other.FirstYear + other.YearCount) - 1);
    }

    private void AddInto(Int128[] cells, int first, int years)
    {
        for (int p = 0; p < Party.All.Count; p++)
        {
            for (int y = 0; y < YearCount; y++)
            {
                int from = ((p * YearCount) + y) * _keys;
                int to = ((p * years) + FirstYear + y - first) * _keys;
                for (int k = 0; k < _keys; k++)
                {
                    cells[to + k] += _cells[from + k];
                }
            }
        }
    }

    private int CheckData(Party party, int year)
    {
        if (!HasData(party, year))
        {
            IReadOnlyList<int> years = GetYears(party);
            Preconditions.ThrowArgument(
                nameof(year),
                string.Format(
                    CultureInfo.InvariantCulture,
                    "The inventory has no records of {0} for {1}; a missing year is not a year of zero emissions. Years with data for {0}: {2}.",
                    party.Code,
                    year,
                    years.Count == 0 ? "none" : string.Join(", ", years)));
        }

        return CellBase(party, year);
    }

    private int CellBase(Party party, int year) => ((party.Index * YearCount) + year - FirstYear) * _keys;

    private Int128 SumKeys(int cell, int from, int count)
    {
        Int128 sum = 0;
        for (int k = from; k < from + count; k++)
        {
            sum += _cells[cell + k];
        }

        return sum;
    }

    private void RequireBreakdown(EmissionBreakdown needed)
    {
        if (Breakdown != needed)
        {
            throw new InvalidOperationException("These totals are " + Describe() + "; aggregate with EmissionBreakdown." + needed.ToString() + " to read totals by " + needed.ToString().ToLowerInvariant() + ".");
        }
    }

    private Co2e ToCo2e(Int128 grams)
    {
        if (grams > long.MaxValue || grams < -long.MaxValue)
        {
            throw Checked.Overflow(nameof(Co2e));
        }

        return Co2e.FromGramsTrusted((long)grams, GwpSet.Id);
    }
}
