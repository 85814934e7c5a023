using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Testing.Compliance;

/// <summary>
/// FsCheck 3 generators for the true-up (Art. 3.1; decision 27/CMP.1 annex XV): retired units by unit type and reviewed
/// emissions in whole tonnes on a common scale, so that compliant and non-compliant cases are both frequent.
/// Register with <c>[Properties(Arbitrary = new[] { typeof(ComplianceArbitraries) })]</c>; it supplies
/// <see cref="Kyoto.Accounting.Compliance.RetiredUnits"/>.
/// </summary>
/// <remarks>
/// Each of the seven unit types gets 0 to 1,000,000 units (a zero in about one draw in four), without a tCER/lCER limit;
/// emissions are 0 to 7,000,000 t. Shrinking follows the quantities towards zero. This type is stateless and thread-safe.
/// </remarks>
public static class ComplianceArbitraries
{
    /// <summary>Gets the generator of reviewed emissions in whole tonnes, 0 to 7,000,000.</summary>
    /// <returns>The generator.</returns>
    public static Gen<long> ReviewedEmissionsTonnes() => Gen.Choose(0, 7_000_000).Select(i => (long)i);

    /// <summary>Gets an arbitrary of retired units, as described in the type remarks.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RetiredUnits> RetiredUnits() =>
        Arb.From(
            Gen.ArrayOf(Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(0, 1_000_000))), 7).Select(Create),
            units => ArbMap.Default.ArbFor<int[]>()
                .Shrinker(Enumerable.Range(1, 7).Select(t => (int)units.GetQuantity((UnitType)t)).ToArray())
                .Where(a => a.Length == 7 && a.All(q => q >= 0))
                .Select(Create));

    private static RetiredUnits Create(int[] quantities) =>
        Kyoto.Accounting.Compliance.RetiredUnits.FromQuantities(
            Enumerable.Range(0, 7).ToDictionary(i => (UnitType)(i + 1), i => (long)quantities[i]));
}
