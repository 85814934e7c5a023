namespace Kyoto.Accounting.Sinks;

/// <summary>One step of the sink accounting of an activity; each is its own line of a <see cref="SinkAccountingResult"/>.</summary>
public enum SinkStep
{
    /// <summary>The net removals (credit) or net emissions (debit) of the activity over the span, from the activity data (Art. 3.3, 3.4).</summary>
    NetEmissionsAndRemovals = 0,

    /// <summary>Harvested wood products reported for the activity (second period).</summary>
    HarvestedWoodProducts = 1,

    /// <summary>Emissions from natural disturbances excluded from accounting (second period).</summary>
    NaturalDisturbanceExcludedEmissions = 2,

    /// <summary>Later removals on land whose natural-disturbance emissions were excluded, excluded too (second period).</summary>
    NaturalDisturbanceExcludedRemovals = 3,

    /// <summary>First period: harvesting debits on AR land above the credits accounted on it, not accounted (decision 16/CMP.1 annex ¶4).</summary>
    HarvestingDebitLimit = 4,

    /// <summary>Net-net activities: the base-year (1990) net emissions × the number of years (decision 16/CMP.1 annex ¶9; second period likewise).</summary>
    BaseYearNetEmissions = 5,

    /// <summary>Second period FM: the inscribed reference level × the number of years.</summary>
    ReferenceLevel = 6,

    /// <summary>Second period FM: the technical correction of the reference level × the number of years.</summary>
    TechnicalCorrection = 7,

    /// <summary>Information: the Art. 3.3 net source that FM may offset, and the part offset (decision 16/CMP.1 annex ¶10).</summary>
    NetSourceOffset = 8,

    /// <summary>Information: ERUs of forest management projects under Art. 6 counted within the cap (decision 16/CMP.1 annex ¶12).</summary>
    Article6ForestManagementProjects = 9,

    /// <summary>FM credits above the cap, not accounted (first period ¶11; second period 3.5 % of base-year emissions).</summary>
    CapExcess = 10,

    /// <summary>Information: deforestation with net removals — accounted, but no RMUs are issued for deforestation.</summary>
    NoRemovalUnitsForDeforestation = 11,

    /// <summary>Information: the accounting quantity of the activity (the sum of its contributing lines).</summary>
    AccountingQuantity = 12,
}
