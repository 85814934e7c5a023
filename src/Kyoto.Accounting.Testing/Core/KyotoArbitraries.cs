using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Testing.Core;

/// <summary>
/// FsCheck arbitraries for the core values, to register with
/// <c>[Properties(Arbitrary = new[] { typeof(KyotoArbitraries) })]</c> or <c>Config.WithArbitrary</c>.
/// </summary>
/// <remarks>Shrinking follows the underlying numbers towards zero. This type is stateless and thread-safe.</remarks>
public static class KyotoArbitraries
{
    /// <summary>Gets an arbitrary of Annex A gases.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Gas> Gas() => KyotoGenerators.Gas.ToArbitrary();

    /// <summary>Gets an arbitrary of GWP sets.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GwpSet> GwpSet() => KyotoGenerators.GwpSet.ToArbitrary();

    /// <summary>Gets an arbitrary of commitment periods.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CommitmentPeriod> CommitmentPeriod() => KyotoGenerators.CommitmentPeriod.ToArbitrary();

    /// <summary>Gets an arbitrary of Annex B Parties.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Party> Party() => KyotoGenerators.Party.ToArbitrary();

    /// <summary>Gets an arbitrary of gas masses that shrinks towards zero.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<GasMass> GasMass() =>
        Arb.From(KyotoGenerators.GasMass, m => ArbMap.Default.ArbFor<long>().Shrinker(m.Grams).Select(Quantities.GasMass.FromGrams));

    /// <summary>
    /// Gets an arbitrary of CO2-equivalent values of either GWP set that shrinks towards zero within its set.
    /// Two values drawn from it independently may carry different sets, and adding those throws
    /// <see cref="GwpSetMismatchException"/>; take a <see cref="Core.Co2ePair"/> or <see cref="Core.Co2eTriple"/> for
    /// arithmetic properties.
    /// </summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Co2e> Co2e() => Arb.From(KyotoGenerators.Co2e, ShrinkCo2e);

    /// <summary>Gets an arbitrary of two CO2-equivalent values under the same GWP set; each shrinks towards zero within the set.</summary>
    /// <returns>The arbitrary.</returns>
    /// <example>
    /// <code>
    /// [Property(Arbitrary = new[] { typeof(KyotoArbitraries) })]
    /// public bool AdditionIsCommutative(Co2ePair pair) => pair.First + pair.Second == pair.Second + pair.First;
    /// </code>
    /// </example>
    public static Arbitrary<Co2ePair> Co2ePair() =>
        Arb.From(
            KyotoGenerators.SameSetCo2ePair,
            p => ShrinkCo2e(p.First).Select(a => p with { First = a })
                .Concat(ShrinkCo2e(p.Second).Select(b => p with { Second = b })));

    /// <summary>Gets an arbitrary of three CO2-equivalent values under the same GWP set; each shrinks towards zero within the set.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Co2eTriple> Co2eTriple() =>
        Arb.From(
            KyotoGenerators.SameSetCo2eTriple,
            t => ShrinkCo2e(t.First).Select(a => t with { First = a })
                .Concat(ShrinkCo2e(t.Second).Select(b => t with { Second = b }))
                .Concat(ShrinkCo2e(t.Third).Select(c => t with { Third = c })));

    // Zero carries no set and cannot shrink further; any other value shrinks within its own set.
    private static IEnumerable<Co2e> ShrinkCo2e(Co2e c) =>
        c.GwpSet is null
            ? Enumerable.Empty<Co2e>()
            : ArbMap.Default.ArbFor<long>().Shrinker(c.Grams).Select(g => Gases.Co2e.FromGrams(g, c.GwpSet));
}
