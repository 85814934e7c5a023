using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry.Internal;

namespace Kyoto.Accounting.Registry;

/// <content>Queries: holdings by account, unit type, originating registry and period; the SEF holdings tables.</content>
public sealed partial class Ledger
{
    /// <summary>Gets the number of units an account holds (O(1)).</summary>
    /// <param name="account">The account.</param>
    /// <returns>The total quantity.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is not in the configuration.</exception>
    public long GetQuantity(AccountId account) =>
        Sum(_accountTotals.AsSpan(IndexOf(account, nameof(account)) * TotalsPerAccount, TotalsPerAccount));

    /// <summary>Gets the number of units of a type valid for a period that an account holds (O(1)).</summary>
    /// <param name="account">The account.</param>
    /// <param name="unitType">The unit type.</param>
    /// <param name="applicablePeriod">The period in which the units are valid.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is not in the configuration.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="applicablePeriod"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unitType"/> is undefined.</exception>
    public long GetQuantity(AccountId account, UnitType unitType, CommitmentPeriod applicablePeriod)
    {
        Preconditions.CheckArgumentRange(nameof(unitType), (long)unitType, 1, 7, "unit type codes 1–7 (DES)");
        Preconditions.CheckNotNull(applicablePeriod, nameof(applicablePeriod));
        return checked((long)_accountTotals[(IndexOf(account, nameof(account)) * TotalsPerAccount) + ((int)unitType * 2) + applicablePeriod.Number - 1]);
    }

    /// <summary>
    /// Gets the units a Party's registry holds valid for a period that count against its commitment period reserve:
    /// Party holding, entity holding and retirement accounts, AAUs, RMUs, ERUs and CERs only (decision 11/CMP.1 annex ¶6, ¶8: tCERs and lCERs excluded), track-2 ERUs excluded (decision 9/CMP.1 annex ¶41).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>The quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    public long GetReserveHoldings(Party party, CommitmentPeriod period)
    {
        ThrowIfFaulted();
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        return checked((long)_reserveHoldings[(party.Index * 2) + period.Number - 1]);
    }

    /// <summary>
    /// Gets the tCERs and lCERs that count against a Party's tCER/lCER limit for a period when it acquires more (check
    /// 4016, decision 13/CMP.1 annex ¶42(c)): those valid for the period in its holding accounts plus those it has retired
    /// for the period (interpretation; see <see href="https://github.com/kyoto-accounting/Kyoto.Accounting/blob/main/docs/registry.md">docs/registry.md</see> in the repository).
    /// </summary>
    /// <param name="party">The Party.</param>
    /// <param name="period">The period.</param>
    /// <returns>The quantity; the Party may acquire up to its limit minus this quantity.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="period"/> is null.</exception>
    /// <example>
    /// <code>
    /// long room = configuration.GetTemporaryCerLimit(germany, CommitmentPeriod.First) - ledger.GetTemporaryCersTowardsLimit(germany, CommitmentPeriod.First);
    /// </code>
    /// </example>
    public long GetTemporaryCersTowardsLimit(Party party, CommitmentPeriod period)
    {
        ThrowIfFaulted();
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(period, nameof(period));
        return checked((long)TemporaryCersTowardsLimit(party.Index, period.Number));
    }

    /// <summary>Gets the blocks an account holds, in canonical form, ordered by originating registry and first serial (O(n) over all blocks).</summary>
    /// <param name="account">The account.</param>
    /// <returns>The blocks.</returns>
    /// <exception cref="ArgumentException"><paramref name="account"/> is not in the configuration.</exception>
    public IReadOnlyList<SerialBlock> GetBlocks(AccountId account)
    {
        int index = IndexOf(account, nameof(account));
        var blocks = new List<SerialBlock>();
        for (int r = 0; r < _trees.Length; r++)
        {
            RegistryId originator = RegistryId.FromIndex(r);
            foreach (BlockRecord record in Records(_trees[r]))
            {
                if (record.Account == index)
                {
                    blocks.Add(new SerialBlock(account, originator, record.First, record.Last, _attributes[record.Attributes]));
                }
            }
        }

        return blocks;
    }

    /// <summary>Gets every live block, in canonical form, ordered by originating registry and first serial.</summary>
    /// <returns>The blocks.</returns>
    public IReadOnlyList<SerialBlock> GetBlocks()
    {
        ThrowIfFaulted();
        var blocks = new List<SerialBlock>();
        for (int r = 0; r < _trees.Length; r++)
        {
            blocks.AddRange(Blocks(r));
        }

        return blocks;
    }

    /// <summary>
    /// Gets the holdings aggregated by account, originating registry, unit type, original and applicable period: the
    /// rows from which holdings by account, by unit type, by originating Party or by period are summed.
    /// </summary>
    /// <returns>The holdings, ordered by account, originator, unit type and periods.</returns>
    public IReadOnlyList<Holding> GetHoldings()
    {
        ThrowIfFaulted();
        var totals = new Dictionary<(int Account, int Originator, UnitType Type, byte Original, byte Applicable), long>();
        for (int r = 0; r < _trees.Length; r++)
        {
            foreach (BlockRecord record in Records(_trees[r]))
            {
                BlockAttributes a = _attributes[record.Attributes];
                var key = (record.Account, r, a.UnitType, a.OriginalPeriod, a.ApplicablePeriod);
                totals[key] = checked(totals.GetValueOrDefault(key) + record.Quantity);
            }
        }

        return totals
            .OrderBy(t => t.Key)
            .Select(t => new Holding(
                _accounts[t.Key.Account].Account.Id,
                RegistryId.FromIndex(t.Key.Originator),
                t.Key.Type,
                CommitmentPeriod.FromNumber(t.Key.Original),
                CommitmentPeriod.FromNumber(t.Key.Applicable),
                t.Value))
            .ToList();
    }

    /// <summary>
    /// Gets the quantities the SEF holdings tables report for a registry and period: units valid for the period by
    /// account type and unit type (14/CMP.1; Table 1 on 1 January and Table 4 on 31 December: use
    /// <see cref="AsOf(NodaTime.LocalDate)"/> first). O(number of accounts).
    /// </summary>
    /// <param name="registry">The registry.</param>
    /// <param name="period">The commitment period.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public SefHoldings GetSefHoldings(RegistryId registry, CommitmentPeriod period)
    {
        ThrowIfFaulted();
        Preconditions.CheckNotNull(period, nameof(period));
        var table = new Dictionary<(AccountType, UnitType), long>();
        for (int i = 0; i < _accounts.Length; i++)
        {
            if (_accounts[i].Registry != registry.Index)
            {
                continue;
            }

            for (int type = 1; type <= 7; type++)
            {
                long quantity = checked((long)_accountTotals[(i * TotalsPerAccount) + (type * 2) + period.Number - 1]);
                if (quantity != 0)
                {
                    var key = (_accounts[i].Type, (UnitType)type);
                    table[key] = checked(table.GetValueOrDefault(key) + quantity);
                }
            }
        }

        return new SefHoldings(registry, period, table);
    }

    private static long Sum(ReadOnlySpan<Int128> values)
    {
        Int128 sum = 0;
        foreach (Int128 value in values)
        {
            sum += value;
        }

        return checked((long)sum);
    }
}
