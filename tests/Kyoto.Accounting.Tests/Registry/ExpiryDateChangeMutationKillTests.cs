using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// Conditions of the expiry-date change (decision 5/CMP.1 annex): tCERs and lCERs only, wherever they are held (also in
/// a retirement account), not once expired, and a new date after the transaction date.
/// </summary>
public sealed class ExpiryDateChangeMutationKillTests
{
    private static readonly LocalDate LcerExpiry = new(2012, 1, 1);
    private static readonly LocalDate NewExpiry = new(2040, 1, 1);

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    private static RegistryFixture World()
    {
        var f = new RegistryFixture(c => c.WithTemporaryCerLimit(Deu, Cp1, 1000));
        f.IssueDeuAau(1, 10);
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 40, LcerExpiry);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(31, 40)));
        return f;
    }

    [Fact]
    public void The_new_date_must_be_after_the_transaction_date()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, Day, Cdm(1, 10)), CheckCode.ExpiryDateNotValid));
        Assert.Null(failure.Units);
        RejectWith(f, Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, Day.PlusDays(-1), Cdm(1, 10)), CheckCode.ExpiryDateNotValid);
        f.Accept(Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, Day.PlusDays(1), Cdm(1, 10)));
        Assert.Contains(f.Ledger.GetBlocks(DeuHolding), b => b.ExpiryDate == Day.PlusDays(1));
    }

    [Fact]
    public void Only_temporary_units_have_an_expiry_date_and_the_others_fail_with_their_units()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, NewExpiry, Cdm(1, 10), Deu1(1, 10)), CheckCode.UnitTypeNotValid));
        Assert.Equal(Deu1(1, 10), failure.Units);
    }

    [Fact]
    public void Expired_units_are_not_revived_but_units_on_their_expiry_date_are_still_valid()
    {
        RegistryFixture f = World();
        CheckFailure failure = Assert.Single(RejectWith(f, Transaction.ChangeExpiryDate(f.NextId(), LcerExpiry.PlusDays(1), DeuHolding, NewExpiry, Cdm(1, 10)), CheckCode.UnitsExpired));
        Assert.Equal(Cdm(1, 10), failure.Units);
        f.Accept(Transaction.ChangeExpiryDate(f.NextId(), LcerExpiry, DeuHolding, NewExpiry, Cdm(1, 10)));
    }

    [Fact]
    public void Units_in_a_retirement_account_get_a_new_date_but_only_from_their_holder()
    {
        RegistryFixture f = World();
        RejectWith(f, Transaction.ChangeExpiryDate(f.NextId(), Day, DeuHolding, NewExpiry, Cdm(31, 40)), CheckCode.UnitsRetiredOrCancelled);
        RejectWith(f, Transaction.ChangeExpiryDate(f.NextId(), Day, AccountId.FromNumber(999), NewExpiry, Cdm(31, 40)), CheckCode.UnknownAccount);
        f.Accept(Transaction.ChangeExpiryDate(f.NextId(), Day, DeuRetirement1, NewExpiry, Cdm(31, 40)));
    }
}
