namespace Kyoto.Accounting.Sinks;

/// <summary>
/// A second-period natural-disturbance exclusion for one activity and year, as the Party reports it: the emissions
/// from natural disturbances above the background level plus margin that it excludes from accounting, and the
/// later removals on the same land that are then excluded too (decision 2/CMP.7 annex; the background level and margin
/// are the Party's, not computed here).
/// </summary>
/// <param name="ExcludedEmissionsTonnes">Emissions excluded, t CO2e, not negative.</param>
/// <param name="ExcludedRemovalsTonnes">Subsequent removals on the disturbed land excluded, t CO2e, not negative.</param>
public readonly record struct NaturalDisturbanceExclusion(decimal ExcludedEmissionsTonnes, decimal ExcludedRemovalsTonnes);
