using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// The fixed dates and thresholds of the Protocol's final clauses (Articles 20, 24, 25 and 27), and the
/// date arithmetic those articles use.
/// </summary>
/// <remarks>
/// <para>
/// "The ninetieth day after" a date (Art. 20.4, 20.5, 25.1, 25.3) is <c>date.PlusDays(90)</c>: a deposit on
/// 18 November 2004 gives 16 February 2005.
/// </para>
/// <para>
/// A period of whole years "from" a date (three years in Art. 27.1, one year in Art. 27.2) runs to the end of
/// the day before the date's anniversary, and the event falls on the anniversary. When the date is 29 February
/// and the anniversary year is not a leap year, the period ends on 28 February and the event falls on
/// 1 March, never on 28 February: NodaTime's <see cref="LocalDate.PlusYears(int)"/> alone would clamp to
/// 28 February and let a withdrawal take effect one day early.
/// </para>
/// <para>This class is stateless and thread-safe.</para>
/// </remarks>
public static class KyotoProtocol
{
    private static readonly DateInterval SignatureInterval = new(new LocalDate(1998, 3, 16), new LocalDate(1999, 3, 15));

    /// <summary>Gets the date the Protocol was adopted at Kyoto: 11 December 1997 (the testimonium after Art. 28).</summary>
    public static LocalDate AdoptionDate => new(1997, 12, 11);

    /// <summary>Gets the period during which the Protocol was open for signature, 16 March 1998 to 15 March 1999 inclusive (Art. 24.1).</summary>
    public static DateInterval SignatureWindow => SignatureInterval;

    /// <summary>Gets the first day on which the Protocol is open for accession, the day after it closed for signature: 16 March 1999 (Art. 24.1).</summary>
    public static LocalDate AccessionOpensOn => new(1999, 3, 16);

    /// <summary>Gets the minimum number of Parties to the Convention whose instruments bring the Protocol into force: 55 (Art. 25.1).</summary>
    public static int RequiredParties => 55;

    /// <summary>Gets the minimum share, in per cent, of the Annex I Parties' total 1990 CO2 emissions that depositing Annex I Parties must account for: 55 (Art. 25.1).</summary>
    public static int RequiredAnnexIShareInPercent => 55;

    /// <summary>Gets the number of days between the event that triggers entry into force and entry into force: 90 (Art. 20.4, 20.5, 25.1, 25.3).</summary>
    public static int DaysUntilEntryIntoForce => 90;

    /// <summary>Gets the latest date the treaty types accept, 31 December 9990, so that adding 90 days or a few years never leaves the calendar.</summary>
    public static LocalDate LatestSupportedDate => new(9990, 12, 31);

    /// <summary>Returns whether a signature on <paramref name="date"/> falls inside the signature window of Art. 24.1.</summary>
    /// <param name="date">The date of signature.</param>
    /// <returns>True if 16 March 1998 ≤ <paramref name="date"/> ≤ 15 March 1999.</returns>
    public static bool IsValidSignatureDate(LocalDate date) => SignatureInterval.Contains(date);

    /// <summary>Returns the ninetieth day after a date, the day on which something enters into force (Art. 20.4, 20.5, 25.1, 25.3).</summary>
    /// <param name="date">The date of the deposit, or of the deposit that fulfils the conditions.</param>
    /// <returns><c>date.PlusDays(90)</c>.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="date"/> is after <see cref="LatestSupportedDate"/>.</exception>
    public static LocalDate NinetiethDayAfter(LocalDate date)
    {
        TreatyChecks.CheckSupported(date, nameof(date));
        return date.PlusDays(DaysUntilEntryIntoForce);
    }

    /// <summary>
    /// Returns the earliest date on which a Party may give notice of withdrawal: three years from the date the
    /// Protocol entered into force for it (Art. 27.1). See the type remarks for 29 February.
    /// </summary>
    /// <param name="entryIntoForceForParty">The date the Protocol entered into force for the Party.</param>
    /// <returns>The third anniversary of <paramref name="entryIntoForceForParty"/> (1 March for a 29 February without anniversary).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="entryIntoForceForParty"/> is after <see cref="LatestSupportedDate"/>.</exception>
    public static LocalDate EarliestWithdrawalNotice(LocalDate entryIntoForceForParty)
    {
        TreatyChecks.CheckSupported(entryIntoForceForParty, nameof(entryIntoForceForParty));
        return YearsAfter(entryIntoForceForParty, 3);
    }

    /// <summary>
    /// Returns the date on which a withdrawal takes effect when the notice names no later date: on expiry of one
    /// year from the Depositary's receipt of the notice (Art. 27.2). See the type remarks for 29 February.
    /// </summary>
    /// <param name="receivedOn">The date the Depositary received the notice.</param>
    /// <returns>The first anniversary of <paramref name="receivedOn"/> (1 March for a 29 February).</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="receivedOn"/> is after <see cref="LatestSupportedDate"/>.</exception>
    public static LocalDate WithdrawalTakesEffect(LocalDate receivedOn)
    {
        TreatyChecks.CheckSupported(receivedOn, nameof(receivedOn));
        return YearsAfter(receivedOn, 1);
    }

    /// <summary>The anniversary rule of the type remarks: the day after the period of <paramref name="years"/> years ends.</summary>
    internal static LocalDate YearsAfter(LocalDate date, int years)
    {
        LocalDate anniversary = date.PlusYears(years);
        return date.Month == 2 && date.Day == 29 && anniversary.Day == 28 ? anniversary.PlusDays(1) : anniversary;
    }
}
