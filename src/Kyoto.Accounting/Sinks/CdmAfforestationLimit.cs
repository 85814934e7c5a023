using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// The limit on tCERs and lCERs (CDM afforestation and reforestation) a Party may use towards compliance for a period,
/// computed from its base-year emissions: 1 % of base-year emissions × 5 in the first period (decision 17/CP.7 ¶7(b),
/// applied by decision 5/CMP.1).
/// </summary>
/// <remarks>
/// <para>
/// Second period: the library computes 1 % of base-year emissions × 8 — an interpretation (the ×5 rule scaled to the
/// eight-year period), as the second-period text was not verified here; callers relying on a different reading record
/// their own limit with <c>RegistryConfiguration.WithTemporaryCerLimit</c>.
/// </para>
/// <para>
/// Base-year emissions are <see cref="BaseYearEmissions.Total"/> (the figure the assigned amount is computed from). The
/// limit is a number of units, so the exact value is rounded <b>down</b> to whole tonnes (no more units count than the
/// limit allows). This type is thread-safe.
/// </para>
/// </remarks>
public static class CdmAfforestationLimit
{
    /// <summary>Computes the exact limit for the base-year emissions' period.</summary>
    /// <param name="baseYear">The Party's base-year emissions for the period.</param>
    /// <returns>1 % × base-year emissions × the period's length in years, exact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseYear"/> is null.</exception>
    public static ExactCo2e ComputeExact(BaseYearEmissions baseYear)
    {
        Preconditions.CheckNotNull(baseYear, nameof(baseYear));
        return SinkMath.Scale(baseYear.Total, baseYear.Period.LengthInYears, 100);
    }

    /// <summary>Computes the limit in whole units (rounded down).</summary>
    /// <param name="baseYear">The Party's base-year emissions for the period.</param>
    /// <returns>Whole tonnes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseYear"/> is null.</exception>
    /// <example><code>long limit = CdmAfforestationLimit.Compute(BaseYearEmissions.Calculate(inventory, party, CommitmentPeriod.First, options));</code></example>
    public static long Compute(BaseYearEmissions baseYear) => ComputeExact(baseYear).ToWholeTonnes(TonneRounding.Down);

    /// <summary>Gets the number of years the 1 % is multiplied by for a period (5 or 8).</summary>
    /// <param name="period">The period.</param>
    /// <returns>The period's length in years.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static int Multiplier(CommitmentPeriod period) => Preconditions.CheckNotNull(period, nameof(period)).LengthInYears;
}
