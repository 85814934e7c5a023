namespace Kyoto.Accounting.Parties;

/// <summary>What kind of Party a Party is (Art. 1.6 of the Convention; Art. 4 and 24 of the Protocol).</summary>
public enum PartyKind
{
    /// <summary>A State.</summary>
    State = 1,

    /// <summary>A regional economic integration organization (the European Community, later the European Union).</summary>
    RegionalEconomicIntegrationOrganization = 2,
}
