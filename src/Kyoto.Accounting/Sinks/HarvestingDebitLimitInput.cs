namespace Kyoto.Accounting.Sinks;

/// <summary>
/// First-period inputs of the harvesting-debit limit for one year, as the Party reports them from its land units:
/// debits from harvesting during the period on land afforested or reforested since 1990, and the credits accounted on
/// those units of land; debits above the credits are not accounted (decision 16/CMP.1 annex ¶4).
/// </summary>
/// <param name="HarvestingDebitsTonnes">Harvesting debits on AR land, t CO2e, not negative (already part of the AR net emissions).</param>
/// <param name="CreditsOnThatLandTonnes">Credits accounted on those land units, t CO2e, not negative.</param>
public readonly record struct HarvestingDebitLimitInput(decimal HarvestingDebitsTonnes, decimal CreditsOnThatLandTonnes);
