namespace Kyoto.Accounting.Sinks;

/// <summary>How an activity-data quantity was stated.</summary>
public enum LulucfQuantityUnit
{
    /// <summary>Net emissions in tonnes CO2e (removals negative), as in the inventory. CSV unit <c>tCO2e</c>.</summary>
    TonnesCo2e = 0,

    /// <summary>A carbon-stock gain (net removal) in tonnes of carbon, not negative; counts as −44/12 t CO2 each. CSV unit <c>tC-removed</c>.</summary>
    TonnesCarbonRemoved = 1,

    /// <summary>A carbon-stock loss (net emission) in tonnes of carbon, not negative; counts as +44/12 t CO2 each. CSV unit <c>tC-emitted</c>.</summary>
    TonnesCarbonEmitted = 2,
}
