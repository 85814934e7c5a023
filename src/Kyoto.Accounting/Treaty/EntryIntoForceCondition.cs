namespace Kyoto.Accounting.Treaty;

/// <summary>Which of the two conditions of Art. 25.1 was met last, so completed the conditions for entry into force.</summary>
public enum EntryIntoForceCondition
{
    /// <summary>The count of at least 55 Parties to the Convention was met last.</summary>
    PartyCount = 0,

    /// <summary>The share of at least 55 % of Annex I Parties' total 1990 CO2 emissions was met last.</summary>
    EmissionsShare = 1,

    /// <summary>Both conditions were first met on the same date.</summary>
    Both = 2,
}
