using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// The aggregation kernels over the store's columns. The GWP table is indexed by the gas key byte (gas index, plus
/// the LULUCF flag), so the period's basket and the LULUCF choice are table entries (0 = not counted), not branches.
/// </summary>
internal static class Aggregation
{
    internal static readonly int SourceKeys = SourceCategory.All.Count + Enum.GetValues<LulucfActivity>().Length;

    private static readonly int[][] GwpTables = BuildGwpTables();
    private static readonly byte[] NoKey = new byte[256];
    private static readonly byte[] GasKeyMap = BuildGasKeyMap();
    private static readonly byte[] SourceKeyMap = BuildSourceKeyMap();

    internal static int KeyCount(EmissionBreakdown breakdown) => breakdown switch
    {
        EmissionBreakdown.None => 1,
        EmissionBreakdown.Gas => Gas.All.Count,
        _ => SourceKeys,
    };

    /// <summary>The dense key of a source: category index, then 27 + activity − 1.</summary>
    internal static int SourceKey(EmissionSource source) => SourceKeyMap[source.StoreCode];

    /// <summary>The fewest records worth a partition of their own: below 2 × this, one thread sums everything.</summary>
    internal const int MinRecordsPerPartition = 1 << 18;

    internal static EmissionTotals Run(EmissionInventory inventory, CommitmentPeriod period, LulucfInclusion lulucf, EmissionBreakdown breakdown, int maxDegreeOfParallelism) =>
        Run(inventory, period, lulucf, breakdown, maxDegreeOfParallelism, MinRecordsPerPartition);

    /// <summary>
    /// Aggregates with up to <paramref name="maxDegreeOfParallelism"/> threads (−1: one per processor), one partition
    /// per <paramref name="minRecordsPerPartition"/> records at least. The result never depends on the partition: every
    /// partial sum is exact and merging adds integers.
    /// </summary>
    internal static EmissionTotals Run(EmissionInventory inventory, CommitmentPeriod period, LulucfInclusion lulucf, EmissionBreakdown breakdown, int maxDegreeOfParallelism, int minRecordsPerPartition)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckArgumentRange(nameof(lulucf), (long)lulucf, (long)LulucfInclusion.Excluded, (long)LulucfInclusion.Included);
        Preconditions.CheckArgumentRange(nameof(breakdown), (long)breakdown, (long)EmissionBreakdown.None, (long)EmissionBreakdown.Source);
        Preconditions.CheckArgument(
            maxDegreeOfParallelism == -1 || maxDegreeOfParallelism >= 1,
            nameof(maxDegreeOfParallelism),
            "The degree of parallelism must be -1 (one thread per processor) or at least 1, not " + maxDegreeOfParallelism.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        int[] gwp = GwpArray(period, lulucf);
        int years = inventory.LastYearOffset - inventory.FirstYearOffset + 1;
        int keys = KeyCount(breakdown);
        int cellCount = Party.All.Count * years * keys;
        var cells = new Int128[cellCount];
        if (cellCount > 0)
        {
            int degree = maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;
            int participants = (int)Math.Clamp(inventory.Count / (long)Math.Max(1, minRecordsPerPartition), 1, degree);
            bool exact64 = participants > 1
                ? ParallelSum.TrySum(inventory, gwp, years, breakdown, participants, cells)
                : TrySumSingle(inventory, gwp, years, breakdown, cells);
            if (!exact64)
            {
                // A 64-bit partial sum would overflow: sum again in 128 bits, which cannot (see SumByKey).
                Array.Clear(cells);
                SumByKey<Int128>(inventory, 0, inventory.Count, gwp, years, keys, KeyColumn(inventory, breakdown), KeyMap(breakdown), cells);
            }
        }

        return new EmissionTotals(period, lulucf, breakdown, inventory.FirstYearOffset + InventoryRecord.MinYear, years, cells, inventory.PresenceFor(gwp));
    }

    /// <summary>
    /// Sums the records [<paramref name="start"/>, <paramref name="end"/>) into 64-bit cells (Party × year × key).
    /// Each product fits in 64 bits (records are bounded by <see cref="InventoryRecord.MaxMagnitude"/>); a partial sum
    /// that would overflow throws <see cref="OverflowException"/>, and the caller sums again in 128 bits, so the result
    /// never depends on the order or the partition of the records.
    /// </summary>
    internal static void SumRange(EmissionInventory inventory, int start, int end, ReadOnlySpan<int> gwp, int years, EmissionBreakdown breakdown, Span<long> sums)
    {
        if (breakdown == EmissionBreakdown.None)
        {
            int length = end - start;
            SumByPartyAndYear(
                inventory.PartyColumn.Slice(start, length),
                inventory.YearColumn.Slice(start, length),
                inventory.GasKeyColumn.Slice(start, length),
                inventory.GramsColumn.Slice(start, length),
                gwp,
                years,
                inventory.FirstYearOffset,
                sums);
        }
        else
        {
            SumByKey(inventory, start, end, gwp, years, KeyCount(breakdown), KeyColumn(inventory, breakdown), KeyMap(breakdown), sums);
        }
    }

    private static int[] GwpArray(CommitmentPeriod period, LulucfInclusion lulucf) =>
        GwpTables[((period.Number - 1) * 2) + (lulucf == LulucfInclusion.Included ? 1 : 0)];

    private static ReadOnlySpan<byte> KeyColumn(EmissionInventory inventory, EmissionBreakdown breakdown) =>
        breakdown == EmissionBreakdown.Source ? inventory.SourceColumn : inventory.GasKeyColumn;

    private static byte[] KeyMap(EmissionBreakdown breakdown) => breakdown switch
    {
        EmissionBreakdown.None => NoKey,
        EmissionBreakdown.Gas => GasKeyMap,
        _ => SourceKeyMap,
    };

    /// <summary>Sums on the calling thread into pooled 64-bit cells; false if a partial sum would overflow.</summary>
    private static bool TrySumSingle(EmissionInventory inventory, int[] gwp, int years, EmissionBreakdown breakdown, Int128[] cells)
    {
        long[] rented = ArrayPool<long>.Shared.Rent(cells.Length);
        try
        {
            Span<long> sums = rented.AsSpan(0, cells.Length);
            sums.Clear();
            try
            {
                SumRange(inventory, 0, inventory.Count, gwp, years, breakdown, sums);
            }
            catch (OverflowException)
            {
                return false;
            }

            for (int i = 0; i < cells.Length; i++)
            {
                cells[i] = sums[i];
            }

            return true;
        }
        finally
        {
            ArrayPool<long>.Shared.Return(rented);
        }
    }

    /// <summary>
    /// The hot loop: CO2e per Party × year, one multiply-add per record, no allocation. Bounds checks are elided
    /// because the store guarantees every key is in range (Party index &lt; Party count, year offset within
    /// [<paramref name="y0"/>, <paramref name="y0"/> + <paramref name="years"/>), gas key &lt; 256 entries of
    /// <paramref name="gwp"/>) and <paramref name="sums"/> has a cell for each Party × year.
    /// </summary>
    private static void SumByPartyAndYear(
        ReadOnlySpan<byte> party,
        ReadOnlySpan<byte> year,
        ReadOnlySpan<byte> gasKey,
        ReadOnlySpan<long> grams,
        ReadOnlySpan<int> gwp,
        int years,
        int y0,
        Span<long> sums)
    {
        int n = grams.Length;
        if (party.Length < n || year.Length < n || gasKey.Length < n || gwp.Length < 256 || sums.Length < Party.All.Count * years)
        {
            throw new InvalidOperationException("Bug in Kyoto.Accounting: inconsistent inventory columns.");
        }

        ref byte p = ref MemoryMarshal.GetReference(party);
        ref byte y = ref MemoryMarshal.GetReference(year);
        ref byte k = ref MemoryMarshal.GetReference(gasKey);
        ref long m = ref MemoryMarshal.GetReference(grams);
        ref int g = ref MemoryMarshal.GetReference(gwp);
        ref long s = ref MemoryMarshal.GetReference(sums);
        for (nint i = 0; i < n; i++)
        {
            ref long cell = ref Unsafe.Add(ref s, (Unsafe.Add(ref p, i) * years) + Unsafe.Add(ref y, i) - y0);
            cell = checked(cell + (Unsafe.Add(ref m, i) * Unsafe.Add(ref g, Unsafe.Add(ref k, i))));
        }
    }

    /// <summary>
    /// The general loop (any breakdown) over records [<paramref name="start"/>, <paramref name="end"/>) into 64-bit
    /// cells, which throw on overflow, or into 128-bit cells, which cannot overflow (each product fits 64 bits and a
    /// store holds fewer than 2^31 records).
    /// </summary>
    private static void SumByKey<T>(EmissionInventory inventory, int start, int end, ReadOnlySpan<int> gwp, int years, int keys, ReadOnlySpan<byte> keyColumn, byte[] keyMap, Span<T> sums)
        where T : IBinaryInteger<T>
    {
        ReadOnlySpan<byte> party = inventory.PartyColumn;
        ReadOnlySpan<byte> year = inventory.YearColumn;
        ReadOnlySpan<byte> gasKey = inventory.GasKeyColumn;
        ReadOnlySpan<long> grams = inventory.GramsColumn;
        int y0 = inventory.FirstYearOffset;
        for (int i = start; i < end; i++)
        {
            int cell = ((((party[i] * years) + year[i] - y0) * keys) + keyMap[keyColumn[i]]);
            sums[cell] = checked(sums[cell] + T.CreateTruncating(grams[i] * gwp[gasKey[i]]));
        }
    }

    private static int[][] BuildGwpTables()
    {
        var tables = new int[CommitmentPeriod.All.Count * 2][];
        foreach (CommitmentPeriod period in CommitmentPeriod.All)
        {
            for (int withLulucf = 0; withLulucf < 2; withLulucf++)
            {
                var table = new int[256];
                foreach (Gas gas in Gas.All)
                {
                    int value = period.Includes(gas) ? period.GwpSet.GetValue(gas) : 0;
                    table[gas.Index] = value;
                    table[gas.Index | EmissionSource.LulucfFlag] = withLulucf == 1 ? value : 0;
                }

                tables[((period.Number - 1) * 2) + withLulucf] = table;
            }
        }

        return tables;
    }

    private static byte[] BuildGasKeyMap()
    {
        var map = new byte[256];
        for (int i = 0; i < 256; i++)
        {
            map[i] = (byte)((i & 0x7F) % Gas.All.Count);
        }

        return map;
    }

    private static byte[] BuildSourceKeyMap()
    {
        var map = new byte[256];
        foreach (SourceCategory category in SourceCategory.All)
        {
            map[EmissionSource.FromCategory(category).StoreCode] = (byte)category.Index;
        }

        foreach (LulucfActivity activity in Enum.GetValues<LulucfActivity>())
        {
            map[EmissionSource.FromActivity(activity).StoreCode] = (byte)(SourceCategory.All.Count + (int)activity - 1);
        }

        return map;
    }
}
