using System;
using System.Diagnostics.Contracts;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;
using UnitsNet;

namespace Kyoto.Accounting.Gases;

// The UnitsNet edge: lossy in both directions, as for GasMass.
public readonly partial struct Co2e
{
    /// <summary>
    /// Converts the value to a UnitsNet <see cref="Mass"/> of CO2-equivalent, for display and interoperability.
    /// The GWP set is not carried by <see cref="Mass"/>.
    /// </summary>
    /// <remarks>Lossy: see <see cref="GasMass.ToMass"/>.</remarks>
    /// <returns>The mass of CO2-equivalent in grams.</returns>
    [Pure]
    public Mass ToMass() => Mass.FromGrams(_grams);

    /// <summary>Converts a UnitsNet <see cref="Mass"/> of CO2-equivalent to an exact value of a GWP set.</summary>
    /// <remarks>Lossy: see <see cref="GasMass.FromMass"/>.</remarks>
    /// <param name="mass">The mass of CO2-equivalent.</param>
    /// <param name="gwpSet">The GWP set the mass is expressed in.</param>
    /// <param name="rounding">How to round to whole grams.</param>
    /// <returns>The exact value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mass"/> is not finite or outside the representable range.</exception>
    public static Co2e FromMass(Mass mass, GwpSet gwpSet, MidpointRounding rounding) =>
        new(GasMass.FromMass(mass, rounding).Grams, Preconditions.CheckNotNull(gwpSet, nameof(gwpSet)).Id);
}
