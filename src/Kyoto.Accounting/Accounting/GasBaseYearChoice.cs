namespace Kyoto.Accounting.Accounting;

/// <summary>
/// The base year a Party chose for a group of gases: its own base year (Art. 3.7, 3.5), or the alternative year
/// Art. 3.8 (HFCs, PFCs, SF6: 1995) or Art. 3.8 bis (NF3: 1995 or 2000) allows.
/// </summary>
public enum GasBaseYearChoice
{
    /// <summary>The Party's base year or period for the other gases (Art. 3.7, 3.5).</summary>
    PartyBaseYear = 1,

    /// <summary>1995 (Art. 3.8 for HFCs, PFCs and SF6; Art. 3.8 bis for NF3).</summary>
    Year1995 = 2,

    /// <summary>2000 (Art. 3.8 bis, NF3 only).</summary>
    Year2000 = 3,
}
