using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Compliance;

/// <summary>
/// The units valid for a commitment period that a Party retired for it, by unit type, and how many of them count
/// towards compliance with Art. 3.1.
/// </summary>
/// <remarks>
/// <para>
/// Before the end of the additional period each Annex I Party retires ERUs, CERs, AAUs, RMUs, tCERs and lCERs valid for
/// the period to demonstrate compliance with Art. 3.1, by transferring them to its retirement account (decision
/// 13/CMP.1 annex ¶13–14). One unit is one tonne CO2e.
/// </para>
/// <para>
/// tCERs and lCERs count only within their limit (1% of base-year emissions × 5 in the first period; decision 17/CP.7
/// ¶7): with a stated <see cref="TemporaryCerLimit"/>, <see cref="CountedTonnes"/> counts at most that many of them; the
/// rest are retired but do not count. A registry ledger already refuses to retire beyond its recorded limit
/// (check 4008), so <see cref="FromLedger"/> states no limit.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RetiredUnitsJsonConverter))]
public sealed class RetiredUnits
{
    private readonly long[] _quantities; // indexed by UnitType code 1–7; [0] unused

    private RetiredUnits(long[] quantities, long? temporaryCerLimit)
    {
        _quantities = quantities;
        TemporaryCerLimit = temporaryCerLimit;
        long total = 0;
        for (int i = 1; i < quantities.Length; i++)
        {
            total = Checked.Add(total, quantities[i], "number of retired units");
        }

        TotalTonnes = total;
        long temporary = Checked.Add(quantities[(int)UnitType.Tcer], quantities[(int)UnitType.Lcer], "number of retired units");
        CountedTonnes = temporaryCerLimit is long limit && temporary > limit ? total - (temporary - limit) : total;
    }

    /// <summary>Gets no retired units.</summary>
    public static RetiredUnits None { get; } = new(new long[8], null);

    /// <summary>Gets the number of units retired, over every unit type.</summary>
    public long TotalTonnes { get; }

    /// <summary>Gets the number of retired units that count towards compliance: all of them, except tCERs and lCERs beyond <see cref="TemporaryCerLimit"/>.</summary>
    public long CountedTonnes { get; }

    /// <summary>Gets the limit on tCERs and lCERs that count (decision 17/CP.7 ¶7), or null if none was stated.</summary>
    public long? TemporaryCerLimit { get; }

    /// <summary>Gets the quantities by unit type, for the types with units, in DES code order.</summary>
    public IReadOnlyDictionary<UnitType, long> Quantities =>
        Enumerable.Range(1, 7).Where(i => _quantities[i] != 0).ToDictionary(i => (UnitType)i, i => _quantities[i]);

    /// <summary>Creates retired units from stated quantities, with no limit on tCERs and lCERs.</summary>
    /// <param name="quantities">The number of units retired for the period, by unit type; each zero or more.</param>
    /// <returns>The retired units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is null.</exception>
    /// <exception cref="ArgumentException">A quantity is negative, or a unit type is undefined.</exception>
    /// <exception cref="OverflowException">The total does not fit in <see cref="long"/>.</exception>
    public static RetiredUnits FromQuantities(IReadOnlyDictionary<UnitType, long> quantities) => Create(quantities, null);

    /// <summary>Creates retired units from stated quantities; tCERs and lCERs count only up to a limit (decision 17/CP.7 ¶7).</summary>
    /// <param name="quantities">The number of units retired for the period, by unit type; each zero or more.</param>
    /// <param name="temporaryCerLimit">The number of tCERs and lCERs that may count, zero or more.</param>
    /// <returns>The retired units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantities"/> is null.</exception>
    /// <exception cref="ArgumentException">A quantity is negative, or a unit type is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="temporaryCerLimit"/> is negative.</exception>
    /// <exception cref="OverflowException">The total does not fit in <see cref="long"/>.</exception>
    public static RetiredUnits FromQuantities(IReadOnlyDictionary<UnitType, long> quantities, long temporaryCerLimit)
    {
        Preconditions.CheckArgumentRange(nameof(temporaryCerLimit), temporaryCerLimit, 0, long.MaxValue, "a tCER/lCER limit is zero or more; decision 17/CP.7 ¶7");
        return Create(quantities, temporaryCerLimit);
    }

    /// <summary>
    /// Reads the units valid for a period in the Party's retirement accounts for that period, as they stood at the end
    /// of the additional period (<see cref="CommitmentPeriod.AdditionalPeriodEnd"/>): units retired later do not count
    /// (decision 13/CMP.1 annex ¶13–14).
    /// </summary>
    /// <param name="ledger">The ledger of the Party's national registry.</param>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>The retired units.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ledger"/>, <paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">The ledger has no retirement account of the Party's registry for the period (13/CMP.1 annex ¶21).</exception>
    /// <exception cref="OverflowException">The total does not fit in <see cref="long"/>.</exception>
    public static RetiredUnits FromLedger(Ledger ledger, Party party, CommitmentPeriod period)
    {
        Preconditions.CheckNotNull(ledger, nameof(ledger));
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        RegistryId registry = RegistryId.National(party);
        Account[] accounts = ledger.Configuration.Accounts
            .Where(a => a.Type == AccountType.Retirement && a.Registry == registry && ReferenceEquals(a.Period, period))
            .ToArray();
        Preconditions.CheckArgument(
            accounts.Length > 0,
            nameof(ledger),
            string.Format(CultureInfo.InvariantCulture, "The ledger has no retirement account of the registry of {0} for {1}; a national registry keeps one per period (decision 13/CMP.1 annex ¶21).", party.Name, period));

        Ledger atEnd = ledger.AsOf(period.AdditionalPeriodEnd);
        long[] quantities = new long[8];
        foreach (Account account in accounts)
        {
            for (int type = 1; type <= 7; type++)
            {
                quantities[type] = Checked.Add(quantities[type], atEnd.GetQuantity(account.Id, (UnitType)type, period), "number of retired units");
            }
        }

        return new RetiredUnits(quantities, null);
    }

    /// <summary>Gets the number of units of a type retired.</summary>
    /// <param name="unitType">The unit type.</param>
    /// <returns>The quantity, zero or more.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitType"/> is undefined.</exception>
    public long GetQuantity(UnitType unitType)
    {
        Preconditions.CheckArgumentRange(nameof(unitType), (long)unitType, 1, 7, "unit type codes 1–7 (DES)");
        return _quantities[(int)unitType];
    }

    /// <summary>Formats the units, e.g. <c>"1000 t retired (Aau 900, Cer 100), 1000 t counted"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        string.Format(
            CultureInfo.InvariantCulture,
            "{0} t retired ({1}), {2} t counted",
            TotalTonnes,
            string.Join(", ", Quantities.Select(q => string.Format(CultureInfo.InvariantCulture, "{0} {1}", q.Key, q.Value))),
            CountedTonnes);

    private static RetiredUnits Create(IReadOnlyDictionary<UnitType, long> quantities, long? temporaryCerLimit)
    {
        Preconditions.CheckNotNull(quantities, nameof(quantities));
        long[] array = new long[8];
        foreach (KeyValuePair<UnitType, long> entry in quantities)
        {
            Preconditions.CheckArgument(entry.Key >= UnitType.Aau && entry.Key <= UnitType.Lcer, nameof(quantities), string.Format(CultureInfo.InvariantCulture, "Unit type {0} is undefined; unit type codes are 1–7 (DES).", (int)entry.Key));
            Preconditions.CheckArgument(entry.Value >= 0, nameof(quantities), string.Format(CultureInfo.InvariantCulture, "The quantity of {0} retired is negative ({1}); units are whole positive numbers (decision 13/CMP.1 annex ¶13).", entry.Key, entry.Value));
            array[(int)entry.Key] = entry.Value;
        }

        return new RetiredUnits(array, temporaryCerLimit);
    }
}
