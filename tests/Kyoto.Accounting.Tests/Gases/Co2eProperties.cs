using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Testing.Core;

namespace Kyoto.Accounting.Tests.Gases;

[Properties(Arbitrary = new[] { typeof(KyotoArbitraries) }, MaxTest = 200)]
public class Co2eProperties
{
    private static Co2e InSet(GasMass grams, GwpSet set) => Co2e.FromGrams(grams.Grams, set);

    [Property]
    public bool Addition_IsCommutative(GasMass a, GasMass b, GwpSet set) =>
        InSet(a, set) + InSet(b, set) == InSet(b, set) + InSet(a, set);

    [Property]
    public bool Addition_IsAssociative(GasMass a, GasMass b, GasMass c, GwpSet set) =>
        (InSet(a, set) + InSet(b, set)) + InSet(c, set) == InSet(a, set) + (InSet(b, set) + InSet(c, set));

    [Property]
    public Property Sum_IsIndependentOfOrderAndPartition(GasMass[] masses, GwpSet set, int seed, int cut)
    {
        Co2e[] values = masses.Select(m => InSet(m, set)).ToArray();
        var random = new Random(seed);
        Co2e[] shuffled = values.OrderBy(_ => random.Next()).ToArray();
        int split = values.Length == 0 ? 0 : Math.Abs(cut % (values.Length + 1));
        Co2e whole = Co2e.Sum(values);
        Co2e merged = Co2e.Sum(shuffled.Take(split)) + Co2e.Sum(shuffled.Skip(split));
        return (whole == Co2e.Sum(shuffled) && whole == merged && whole.Grams == masses.Sum(m => (decimal)m.Grams))
            .Label("sum(shuffle(x)) = sum(x) = sum(a) + sum(b) = exact decimal sum");
    }

    [Property]
    public Property Conversion_IsMassTimesGwp_Exactly()
    {
        return Prop.ForAll(
            KyotoGenerators.GasInSetWithMass.ToArbitrary(),
            t => t.Set.ToCo2e(t.Gas, t.Mass).Grams == t.Mass.Grams * t.Set.GetValue(t.Gas)
                 && (t.Mass.Grams == 0 || t.Set.ToCo2e(t.Gas, t.Mass).GwpSet == t.Set));
    }

    [Property]
    public bool Overflow_ThrowsRatherThanWraps(PositiveInt extra, GwpSet set)
    {
        Co2e near = Co2e.FromGrams(long.MaxValue - extra.Get + 1, set);
        try
        {
            _ = near + Co2e.FromGrams(extra.Get, set);
            return false;
        }
        catch (OverflowException)
        {
            return true;
        }
    }

    [Property]
    public bool MixingSets_AlwaysThrows(GasMass a, GasMass b)
    {
        // The set of a value is decided by how it was made, not by whether it is zero: a SAR zero is still SAR
        // (reliability audit 2b), so mixing sets throws for every pair of masses.
        try
        {
            _ = InSet(a, GwpSet.Sar) + InSet(b, GwpSet.Ar4);
            return false;
        }
        catch (GwpSetMismatchException)
        {
            return true;
        }
    }

    [Property]
    public bool Rounding_IsWithinHalfATonne_AndMonotonic(GasMass a, GasMass b)
    {
        Co2e x = InSet(a, GwpSet.Sar);
        Co2e y = InSet(b, GwpSet.Sar);
        long rx = x.ToWholeTonnes(TonneRounding.NearestHalfAwayFromZero);
        long ry = y.ToWholeTonnes(TonneRounding.NearestHalfAwayFromZero);
        bool close = Math.Abs((rx * 1_000_000m) - x.Grams) <= 500_000m;
        bool monotonic = x.Grams > y.Grams ? rx >= ry : rx <= ry;
        return close && monotonic && x.ToWholeTonnes(TonneRounding.Down) <= x.ToWholeTonnes(TonneRounding.Up);
    }
}
