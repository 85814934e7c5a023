using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Benchmarks.ReferenceData;

/// <summary>
/// Reference look-ups (design target: allocation-free, O(1)): the GWP of every gas in a set and a Party by code,
/// against a naive baseline that scans a list of (set, gas, value) rows.
/// </summary>
[MemoryDiagnoser]
public class ReferenceLookupBenchmarks
{
    // The Annex A gases; mixes reported already as CO2e have a value in their own GWP set only.
    private static readonly Gas[] Gases = Gas.All.Where(g => !g.IsReportedAsCo2e).ToArray();
    private static readonly string[] Codes = Party.All.Select(p => p.Code.ToLowerInvariant()).ToArray();
    private static readonly List<(string Set, string Gas, int Value)> Rows = GwpSet.All
        .SelectMany(s => s.Gases.Select(g => (s.Name, g.Code, s.GetValue(g))))
        .ToList();

    /// <summary>Naive: scan a list of rows for every gas.</summary>
    [Benchmark(Baseline = true)]
    public long GwpByListScan()
    {
        long sum = 0;
        foreach (Gas gas in Gases)
        {
            foreach (var row in Rows)
            {
                if (row.Set == "AR4" && row.Gas == gas.Code)
                {
                    sum += row.Value;
                    break;
                }
            }
        }

        return sum;
    }

    /// <summary>The library: <see cref="GwpSet.GetValue"/> for every gas.</summary>
    [Benchmark]
    public long GwpBySet()
    {
        long sum = 0;
        foreach (Gas gas in Gases)
        {
            sum += GwpSet.Ar4.GetValue(gas);
        }

        return sum;
    }

    /// <summary>The library: <see cref="Party.FromCode"/> for every Party, case-insensitively.</summary>
    [Benchmark]
    public int PartyByCode()
    {
        int sum = 0;
        foreach (string code in Codes)
        {
            sum += Party.FromCode(code).Index;
        }

        return sum;
    }
}
