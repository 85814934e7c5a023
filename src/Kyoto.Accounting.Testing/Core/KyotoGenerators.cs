using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Testing.Core;

/// <summary>
/// FsCheck generators for the core values of Kyoto.Accounting: gases, GWP sets, commitment periods, Parties,
/// gas masses and CO2-equivalent values.
/// </summary>
/// <remarks>
/// Magnitudes are bounded (|mass| ≤ <see cref="MaxGeneratedGrams"/>) so that sums of a few thousand generated
/// values stay inside the range of the quantity types; overflow is tested on purpose, with values near the limits.
/// This type is stateless and thread-safe.
/// </remarks>
public static class KyotoGenerators
{
    /// <summary>The largest magnitude of a generated mass or CO2e, in grams (10^15 g = 10^9 t).</summary>
    public const long MaxGeneratedGrams = 1_000_000_000_000_000;

    /// <summary>Gets a generator of Annex A gas species (not the unspecified mixes already reported as CO2-equivalent).</summary>
    public static Gen<Gas> Gas => Gen.Elements(Gases.Gas.All.Where(g => !g.IsReportedAsCo2e).ToArray());

    /// <summary>Gets a generator of GWP sets.</summary>
    public static Gen<GwpSet> GwpSet => Gen.Elements(Gases.GwpSet.All.ToArray());

    /// <summary>Gets a generator of commitment periods.</summary>
    public static Gen<CommitmentPeriod> CommitmentPeriod => Gen.Elements(Periods.CommitmentPeriod.All.ToArray());

    /// <summary>Gets a generator of Annex B Parties.</summary>
    public static Gen<Party> Party => Gen.Elements(Parties.Party.All.ToArray());

    /// <summary>Gets a generator of whole grams in [−<see cref="MaxGeneratedGrams"/>, <see cref="MaxGeneratedGrams"/>], biased to small and round values.</summary>
    public static Gen<long> Grams => Gen.Frequency(
        (3, Gen.Choose(-1_000_000, 1_000_000).Select(i => (long)i)),
        (2, Gen.Choose(-1_000_000, 1_000_000).Select(i => i * 1_000_000L)),
        (2, ArbMap.Default.GeneratorFor<long>().Select(l => l % (MaxGeneratedGrams + 1))));

    /// <summary>Gets a generator of gas masses, negative ones included (net removals).</summary>
    public static Gen<GasMass> GasMass => Grams.Select(Quantities.GasMass.FromGrams);

    /// <summary>Gets a generator of non-negative gas masses (emissions).</summary>
    public static Gen<GasMass> NonNegativeGasMass => Grams.Select(g => Quantities.GasMass.FromGrams(g < 0 ? -g : g));

    /// <summary>Gets a generator of CO2-equivalent values of one GWP set.</summary>
    /// <param name="set">The set every generated value carries (zero carries none).</param>
    /// <returns>The generator.</returns>
    public static Gen<Co2e> Co2eOf(GwpSet set) => Grams.Select(g => Gases.Co2e.FromGrams(g, set));

    /// <summary>Gets a generator of CO2-equivalent values of either set.</summary>
    public static Gen<Co2e> Co2e => GwpSet.SelectMany(Co2eOf);

    /// <summary>Gets a generator of two CO2-equivalent values under one (randomly chosen) GWP set.</summary>
    public static Gen<Co2ePair> SameSetCo2ePair =>
        from set in GwpSet
        from first in Co2eOf(set)
        from second in Co2eOf(set)
        select new Co2ePair(first, second);

    /// <summary>Gets a generator of three CO2-equivalent values under one (randomly chosen) GWP set.</summary>
    public static Gen<Co2eTriple> SameSetCo2eTriple =>
        from set in GwpSet
        from first in Co2eOf(set)
        from second in Co2eOf(set)
        from third in Co2eOf(set)
        select new Co2eTriple(first, second, third);

    /// <summary>Gets a generator of a gas, a set with a value for it, and a mass of it.</summary>
    public static Gen<(Gas Gas, GwpSet Set, GasMass Mass)> GasInSetWithMass =>
        from set in GwpSet
        from gas in Gen.Elements(set.Gases.ToArray())
        from mass in GasMass
        select (gas, set, mass);
}
