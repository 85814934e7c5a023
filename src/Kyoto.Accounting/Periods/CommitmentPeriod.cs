using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Periods;

/// <summary>
/// A commitment period of the Protocol: its dates, length, assigned-amount multiplier, GWP set, gas basket and
/// the dates that close its accounting.
/// </summary>
/// <remarks>
/// <para>
/// The first period runs from 2008 to 2012 (Art. 3.1, 3.7: assigned amount = Annex B % × base year × 5), uses the
/// SAR GWPs (Art. 5.3; decision 2/CP.3) and covers the six gases of Annex A. The second runs from 2013 to 2020
/// (Doha Amendment, Art. 3.1 bis and 3.7 bis: multiplier 8), uses the AR4 GWPs and adds NF3.
/// </para>
/// <para>
/// <see cref="Dates"/> is a NodaTime <see cref="DateInterval"/>, whose end is inclusive: the first period is
/// [2008-01-01, 2012-12-31]. The additional period for fulfilling commitments ends on the 100th day after the
/// review-completion date set by the CMP (decision 27/CMP.1 annex, section XIII; dates: decision 3/CMP.10 and
/// decision 1/CMP.17 (secondary source)).
/// </para>
/// <para>The two instances are singletons; equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class CommitmentPeriod : IEquatable<CommitmentPeriod>
{
    private readonly GasGroup[] _groups;

    private CommitmentPeriod(int number, int firstYear, int lastYear, int multiplier, GwpSet gwpSet, LocalDate reviewCompletion, GasGroup[] groups)
    {
        Number = number;
        Dates = new DateInterval(new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31));
        AssignedAmountMultiplier = multiplier;
        GwpSet = gwpSet;
        ReviewCompletionDate = reviewCompletion;
        _groups = groups;
        Gases = Gas.All.Where(Includes).ToArray();
    }

    /// <summary>Gets the first commitment period, 2008–2012 (Art. 3.1, 3.7).</summary>
    public static CommitmentPeriod First { get; } = new(
        1, 2008, 2012, 5, GwpSet.Sar, new LocalDate(2015, 8, 10), AnnexAGroups(includeNf3: false));

    /// <summary>Gets the second commitment period, 2013–2020 (Doha Amendment: Art. 3.1 bis, 3.7 bis).</summary>
    public static CommitmentPeriod Second { get; } = new(
        2, 2013, 2020, 8, GwpSet.Ar4, new LocalDate(2023, 6, 1), AnnexAGroups(includeNf3: true));

    /// <summary>Gets both commitment periods, in order.</summary>
    public static IReadOnlyList<CommitmentPeriod> All { get; } = new[] { First, Second };

    /// <summary>Gets the number of the period: 1 or 2.</summary>
    public int Number { get; }

    /// <summary>Gets the calendar dates of the period (end inclusive).</summary>
    public DateInterval Dates { get; }

    /// <summary>Gets the first calendar year of the period.</summary>
    public int FirstYear => Dates.Start.Year;

    /// <summary>Gets the last calendar year of the period.</summary>
    public int LastYear => Dates.End.Year;

    /// <summary>Gets the length of the period in years (5 or 8).</summary>
    public int LengthInYears => LastYear - FirstYear + 1;

    /// <summary>
    /// Gets the multiplier of base-year emissions in the assigned amount: 5 for the first period (Art. 3.7),
    /// 8 for the second (Art. 3.7 bis).
    /// </summary>
    public int AssignedAmountMultiplier { get; }

    /// <summary>Gets the GWP set bound to the period (Art. 5.3): SAR for the first, AR4 for the second.</summary>
    public GwpSet GwpSet { get; }

    /// <summary>Gets the gases of the period's Annex A basket that have a GWP in the period's set, in catalogue order.</summary>
    public IReadOnlyList<Gas> Gases { get; }

    /// <summary>
    /// Gets the date the CMP set for completing the expert review of the period's final inventories
    /// (first period: 10 August 2015, decision 3/CMP.10; second: 1 June 2023, decision 1/CMP.17 (secondary source)).
    /// </summary>
    public LocalDate ReviewCompletionDate { get; }

    /// <summary>
    /// Gets the last day of the additional period for fulfilling commitments: the 100th day after
    /// <see cref="ReviewCompletionDate"/> (decision 27/CMP.1 annex XIII (secondary source)).
    /// </summary>
    public LocalDate AdditionalPeriodEnd => ReviewCompletionDate.PlusDays(100);

    /// <summary>Gets the period by its number.</summary>
    /// <param name="number">1 or 2.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 or 2.</exception>
    public static CommitmentPeriod FromNumber(int number)
    {
        Preconditions.CheckArgumentRange(nameof(number), number, 1, 2, "the Protocol has two commitment periods");
        return All[number - 1];
    }

    /// <summary>Finds the period that contains a calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="period">The period, or null if no period contains the year.</param>
    /// <returns>True if a period contains <paramref name="year"/>.</returns>
    public static bool TryFromYear(int year, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out CommitmentPeriod? period)
    {
        period = All.FirstOrDefault(p => p.Contains(year));
        return period is not null;
    }

    /// <summary>Returns whether a calendar year lies in the period.</summary>
    /// <param name="year">The year.</param>
    /// <returns>True if <see cref="FirstYear"/> ≤ <paramref name="year"/> ≤ <see cref="LastYear"/>.</returns>
    public bool Contains(int year) => year >= FirstYear && year <= LastYear;

    /// <summary>Returns whether a date lies in the period.</summary>
    /// <param name="date">The date.</param>
    /// <returns>True if the date is within <see cref="Dates"/>.</returns>
    public bool Contains(LocalDate date) => Dates.Contains(date);

    /// <summary>Returns whether a gas group is in the period's Annex A basket (NF3 only in the second period).</summary>
    /// <param name="group">The gas group.</param>
    /// <returns>True if the group is covered.</returns>
    public bool Covers(GasGroup group) => Array.IndexOf(_groups, group) >= 0;

    /// <summary>
    /// Returns whether a gas is accounted in the period: its group is in the basket and the period's GWP set has a
    /// value for it (Art. 3.1, Annex A, Art. 5.3).
    /// </summary>
    /// <param name="gas">The gas.</param>
    /// <returns>True if emissions of the gas count in the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    public bool Includes(Gas gas) => Covers(Preconditions.CheckNotNull(gas, nameof(gas)).Group) && GwpSet.Contains(gas);

    /// <summary>Returns true if <paramref name="other"/> is the same period.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>True if the same.</returns>
    public bool Equals(CommitmentPeriod? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Number;

    /// <summary>Formats the period, e.g. <c>"CP1 (2008–2012)"</c>.</summary>
    /// <returns>The formatted period.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "CP{0} ({1}–{2})", Number, FirstYear, LastYear);

    private static GasGroup[] AnnexAGroups(bool includeNf3)
    {
        var groups = new List<GasGroup>
        {
            GasGroup.CarbonDioxide, GasGroup.Methane, GasGroup.NitrousOxide,
            GasGroup.Hydrofluorocarbons, GasGroup.Perfluorocarbons, GasGroup.SulphurHexafluoride,
        };
        if (includeNf3)
        {
            groups.Add(GasGroup.NitrogenTrifluoride);
        }

        return groups.ToArray();
    }
}
