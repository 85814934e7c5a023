using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Testing.Registry;

/// <summary>
/// The fixed set of registries and accounts the registry generators work in: Germany, France and Japan, each with a Party
/// holding, an entity holding, a PPSR, and per period a retirement, a voluntary cancellation, a tCER replacement, an
/// lCER replacement (for expiry), a tCER and an lCER cancellation account for expiry; the CDM registry with a holding
/// account and the Adaptation Fund account.
/// </summary>
/// <remarks>Account numbers: Party <c>p</c> (0, 1, 2) uses <c>100 × (p + 1) + 1 … 15</c>; the CDM registry 901 and 902. This type is immutable and thread-safe.</remarks>
public static class RegistryWorld
{
    /// <summary>Gets the Parties of the world.</summary>
    public static IReadOnlyList<Party> Parties { get; } = new[] { Party.FromCode("DEU"), Party.FromCode("FRA"), Party.FromCode("JPN") };

    /// <summary>Gets the CDM registry's holding account, where CERs are issued.</summary>
    public static AccountId CdmHolding { get; } = AccountId.FromNumber(901);

    /// <summary>Gets the Adaptation Fund account in the CDM registry.</summary>
    public static AccountId AdaptationFund { get; } = AccountId.FromNumber(902);

    /// <summary>Gets the legal entity every entity holding account belongs to (authorised by its Party).</summary>
    public static string LegalEntity => "Entity";

    /// <summary>Gets every account of the world.</summary>
    public static IReadOnlyList<Account> Accounts { get; } = CreateAccounts();

    /// <summary>Gets a Party's holding account.</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <returns>The account identifier.</returns>
    public static AccountId PartyHolding(int party) => Id(party, 1);

    /// <summary>Gets a Party's entity holding account.</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <returns>The account identifier.</returns>
    public static AccountId EntityHolding(int party) => Id(party, 2);

    /// <summary>Gets a Party's previous period surplus reserve account.</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <returns>The account identifier.</returns>
    public static AccountId Ppsr(int party) => Id(party, 3);

    /// <summary>Gets a Party's retirement account for a period.</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <param name="period">The period number (1 or 2).</param>
    /// <returns>The account identifier.</returns>
    public static AccountId Retirement(int party, int period) => Id(party, 3 + period);

    /// <summary>Gets a Party's voluntary cancellation account for a period.</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <param name="period">The period number (1 or 2).</param>
    /// <returns>The account identifier.</returns>
    public static AccountId VoluntaryCancellation(int party, int period) => Id(party, 5 + period);

    /// <summary>Gets a Party's replacement account for a period and a kind of temporary unit.</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <param name="period">The period number (1 or 2).</param>
    /// <param name="replaced">The type of the replaced units: <see cref="UnitType.Tcer"/> (tCER replacement for expiry) or <see cref="UnitType.Lcer"/> (lCER replacement for expiry).</param>
    /// <returns>The account identifier.</returns>
    public static AccountId Replacement(int party, int period, UnitType replaced) => Id(party, (replaced == UnitType.Tcer ? 7 : 9) + period);

    /// <summary>Gets a Party's cancellation account for expiry for a period and a kind of temporary unit (decision 13/CMP.1 annex ¶21(i), (j)).</summary>
    /// <param name="party">The Party's position in <see cref="Parties"/> (0–2).</param>
    /// <param name="period">The period number (1 or 2).</param>
    /// <param name="expired">The type of the expired units: <see cref="UnitType.Tcer"/> or <see cref="UnitType.Lcer"/>.</param>
    /// <returns>The account identifier.</returns>
    public static AccountId CancellationForExpiry(int party, int period, UnitType expired) => Id(party, (expired == UnitType.Tcer ? 11 : 13) + period);

    /// <summary>Gets the base configuration: the accounts, the Adaptation Fund account and the authorised entities; no figures and no eligibility.</summary>
    /// <returns>The configuration.</returns>
    public static RegistryConfiguration BaseConfiguration()
    {
        RegistryConfiguration configuration = RegistryConfiguration.Empty.WithAccounts(Accounts).WithAdaptationFundAccount(AdaptationFund);
        return Parties.Aggregate(configuration, (c, p) => c.WithAuthorisedLegalEntity(p, LegalEntity));
    }

    private static AccountId Id(int party, int slot) => AccountId.FromNumber((100 * (party + 1)) + slot);

    private static Account[] CreateAccounts()
    {
        var accounts = new List<Account>();
        for (int p = 0; p < Parties.Count; p++)
        {
            RegistryId registry = RegistryId.National(Parties[p]);
            accounts.Add(Account.PartyHolding(PartyHolding(p), registry));
            accounts.Add(Account.EntityHolding(EntityHolding(p), registry, LegalEntity));
            accounts.Add(Account.ForPeriod(Ppsr(p), registry, AccountType.PreviousPeriodSurplusReserve, CommitmentPeriod.Second));
            foreach (CommitmentPeriod period in CommitmentPeriod.All)
            {
                accounts.Add(Account.ForPeriod(Retirement(p, period.Number), registry, AccountType.Retirement, period));
                accounts.Add(Account.ForPeriod(VoluntaryCancellation(p, period.Number), registry, AccountType.VoluntaryCancellation, period));
                accounts.Add(Account.ForPeriod(Replacement(p, period.Number, UnitType.Tcer), registry, AccountType.TcerReplacementForExpiry, period));
                accounts.Add(Account.ForPeriod(Replacement(p, period.Number, UnitType.Lcer), registry, AccountType.LcerReplacementForExpiry, period));
                accounts.Add(Account.ForPeriod(CancellationForExpiry(p, period.Number, UnitType.Tcer), registry, AccountType.TcerCancellationForExpiry, period));
                accounts.Add(Account.ForPeriod(CancellationForExpiry(p, period.Number, UnitType.Lcer), registry, AccountType.LcerCancellationForExpiry, period));
            }
        }

        accounts.Add(Account.PartyHolding(CdmHolding, RegistryId.Cdm));
        accounts.Add(Account.PartyHolding(AdaptationFund, RegistryId.Cdm));
        return accounts.ToArray();
    }
}
