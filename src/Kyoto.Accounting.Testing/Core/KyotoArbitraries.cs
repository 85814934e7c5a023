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

    /// <summary>Gets an arbitrary of CO2-equivalent values of either GWP set that shrinks towards zero within its set.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Co2e> Co2e() =>
        Arb.From(
            KyotoGenerators.Co2e,
            c => c.GwpSet is null
                ? Enumerable.Empty<Co2e>()
                : ArbMap.Default.ArbFor<long>().Shrinker(c.Grams).Select(g => Gases.Co2e.FromGrams(g, c.GwpSet)));
}
