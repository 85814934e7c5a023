using System;
using System.Globalization;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Periods;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// A registry account: its identifier, registry, type, and where the type requires them, its commitment period and
/// legal entity.
/// </summary>
/// <remarks>
/// <para>
/// Decision 13/CMP.1 annex ¶21: a national registry has Party holding accounts, holding accounts of the legal entities
/// the Party authorises (Art. 6.3), and per commitment period cancellation and retirement accounts; the second period
/// adds the previous period surplus reserve (decision 1/CMP.8 ¶23–26), the Art. 3.7 ter and ambition-increase cancellation
/// accounts and the tCER/lCER replacement accounts, and decision 3/CMP.11 annex I ¶12 the tCER/lCER cancellation accounts
/// of ¶21(i)–(l) (library codes 911, 921–923). Period-specific types need a period; the second-period-only types
/// (130, 270, 280) need the second period. The tCER/lCER cancellation accounts exist for both periods (interpretation:
/// first-period tCERs and lCERs expire too, and SEF 1.0 reports the cancellation of those expired in holding accounts). In the CDM registry only holding accounts (100, 120) and the voluntary and
/// mandatory cancellation accounts (230, 250) are modelled.
/// </para>
/// <para>Equality is reference equality; identifiers are unique within a <see cref="RegistryConfiguration"/>. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class Account
{
    private Account(AccountId id, RegistryId registry, AccountType type, CommitmentPeriod? period, string? legalEntity)
    {
        Id = RegistryArguments.Check(id, nameof(id));
        Registry = registry;
        Type = type;
        Period = period;
        LegalEntity = legalEntity;
    }

    /// <summary>Gets the account identifier.</summary>
    public AccountId Id { get; }

    /// <summary>Gets the registry that keeps the account.</summary>
    public RegistryId Registry { get; }

    /// <summary>Gets the account type.</summary>
    public AccountType Type { get; }

    /// <summary>Gets the commitment period of a period-specific account (cancellation, retirement, PPSR, replacement), or null.</summary>
    public CommitmentPeriod? Period { get; }

    /// <summary>Gets the legal entity of an entity holding account, or null.</summary>
    public string? LegalEntity { get; }

    /// <summary>Gets whether units can be transferred out of the account: Party, entity holding and PPSR accounts.</summary>
    public bool IsHolding => IsHoldingType(Type);

    /// <summary>Gets whether units in the account are retired, cancelled or replaced and can never leave it (except replaced-unit retirement, see <see cref="TransactionType.Replacement"/>).</summary>
    public bool IsTerminal => !IsHolding;

    /// <summary>Creates a Party holding account (DES 100) in a registry.</summary>
    /// <param name="id">The account identifier.</param>
    /// <param name="registry">The registry.</param>
    /// <returns>The account.</returns>
    public static Account PartyHolding(AccountId id, RegistryId registry) => new(id, registry, AccountType.PartyHolding, null, null);

    /// <summary>Creates a holding account (DES 120) for a legal entity (Art. 6.3).</summary>
    /// <param name="id">The account identifier.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="legalEntity">The legal entity's name or identifier.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="legalEntity"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="legalEntity"/> is empty or white space.</exception>
    public static Account EntityHolding(AccountId id, RegistryId registry, string legalEntity)
    {
        Preconditions.CheckNotNull(legalEntity, nameof(legalEntity));
        Preconditions.CheckArgument(legalEntity.Trim().Length > 0, nameof(legalEntity), "A legal entity holding account needs the entity's name (decision 13/CMP.1 annex ¶21).");
        return new Account(id, registry, AccountType.EntityHolding, null, legalEntity);
    }

    /// <summary>Creates a period-specific account: PPSR, cancellation, retirement or replacement.</summary>
    /// <param name="id">The account identifier.</param>
    /// <param name="registry">The registry.</param>
    /// <param name="type">The account type; not a holding type.</param>
    /// <param name="period">The commitment period of the account.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="type"/> is a holding type or undefined; or it is a second-period type and <paramref name="period"/> is the first; or the CDM registry has no account of that type.</exception>
    public static Account ForPeriod(AccountId id, RegistryId registry, AccountType type, CommitmentPeriod period)
    {
        Preconditions.CheckNotNull(period, nameof(period));
        Preconditions.CheckArgument(
            Enum.IsDefined(type) && type is not (AccountType.PartyHolding or AccountType.EntityHolding),
            nameof(type),
            string.Format(CultureInfo.InvariantCulture, "{0} is not a period-specific account type (decision 13/CMP.1 annex ¶21); use PartyHolding or EntityHolding.", type));
        Preconditions.CheckArgument(
            period.Number == 2 || type is not (AccountType.PreviousPeriodSurplusReserve or AccountType.Article37TerCancellation or AccountType.AmbitionIncreaseCancellation),
            nameof(period),
            string.Format(CultureInfo.InvariantCulture, "{0} accounts exist only for the second commitment period (Doha Amendment; decision 1/CMP.8).", type));
        Preconditions.CheckArgument(
            !registry.IsCdm || type is AccountType.VoluntaryCancellation or AccountType.MandatoryCancellation,
            nameof(type),
            string.Format(CultureInfo.InvariantCulture, "The CDM registry has no {0} account; it keeps holding, voluntary and mandatory cancellation accounts.", type));
        return new Account(id, registry, type, period, null);
    }

    /// <summary>Formats the account, e.g. <c>"#7 DEU PartyHolding"</c> or <c>"#9 DEU Retirement CP1"</c>.</summary>
    /// <returns>The formatted account.</returns>
    public override string ToString()
    {
        string text = Id.ToString() + " " + Registry.ToString() + " " + Type.ToString();
        if (Period is not null)
        {
            text += " CP" + Period.Number.ToString(CultureInfo.InvariantCulture);
        }

        return LegalEntity is null ? text : text + " (" + LegalEntity + ")";
    }

    internal static bool IsHoldingType(AccountType type) =>
        type is AccountType.PartyHolding or AccountType.EntityHolding or AccountType.PreviousPeriodSurplusReserve;
}
