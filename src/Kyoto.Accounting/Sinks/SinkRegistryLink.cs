using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// Links the sink accounting to a registry: the RMU issuance limits per activity and period come from the accounting
/// result instead of being typed in (Art. 3.3, 3.4; decision 13/CMP.1 annex ¶25), and the tCER/lCER limit from the
/// base-year emissions (<see cref="CdmAfforestationLimit"/>). The net-source cancellation requirement is the result's
/// <see cref="SinkAccountingResult.TotalUnitsToCancel"/>, checked by
/// <see cref="Compliance.NetSourceCancellationAssessment"/>.
/// </summary>
/// <remarks>This type is thread-safe.</remarks>
public static class SinkRegistryLink
{
    /// <summary>
    /// Returns a configuration whose RMU issuance limit for each accounted activity of the result's Party and period is
    /// the RMUs the accounting gives it (annual results summed over the period); deforestation gets zero.
    /// </summary>
    /// <param name="configuration">The registry configuration.</param>
    /// <param name="result">The sink accounting.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RegistryConfiguration WithSinkAccounting(this RegistryConfiguration configuration, SinkAccountingResult result)
    {
        Preconditions.CheckNotNull(configuration, nameof(configuration));
        Preconditions.CheckNotNull(result, nameof(result));
        RegistryConfiguration updated = configuration;
        foreach (LulucfActivity activity in result.Elections.AccountedActivities)
        {
            updated = updated.WithLulucfIssuanceLimit(result.Party, result.Period, activity, result.GetRmusToIssue(activity));
        }

        return updated;
    }

    /// <summary>Returns a configuration whose tCER/lCER limit for the base year's Party and period is computed from it (<see cref="CdmAfforestationLimit.Compute"/>).</summary>
    /// <param name="configuration">The registry configuration.</param>
    /// <param name="baseYear">The Party's base-year emissions for the period.</param>
    /// <returns>The new configuration.</returns>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public static RegistryConfiguration WithComputedTemporaryCerLimit(this RegistryConfiguration configuration, BaseYearEmissions baseYear)
    {
        Preconditions.CheckNotNull(configuration, nameof(configuration));
        Preconditions.CheckNotNull(baseYear, nameof(baseYear));
        return configuration.WithTemporaryCerLimit(baseYear.Party, baseYear.Period, CdmAfforestationLimit.Compute(baseYear));
    }
}
