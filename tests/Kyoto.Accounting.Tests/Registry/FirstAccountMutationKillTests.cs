using System;
using Kyoto.Accounting.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.MutationKill;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// The checks resolve accounts to indexes where −1 means unknown: these examples put the account under test first in
/// the configuration (index 0), so that a check written against index 0 instead of −1 is caught.
/// </summary>
public sealed class FirstAccountMutationKillTests
{
    private static RegistryFixture With(Account first, Func<RegistryConfiguration, RegistryConfiguration> rest) =>
        new(_ => rest(RegistryConfiguration.Empty.WithAccount(first)));

    private static RegistryConfiguration Germany(RegistryConfiguration c) => c
        .WithAccount(Account.PartyHolding(DeuHolding, DeuRegistry))
        .WithAssignedAmount(Deu, Cp1, 1_000_000).WithAssignedAmount(Deu, Cp2, 1_000_000);

    [Fact]
    public void A_first_retirement_account_takes_retirements_and_checks_them()
    {
        RegistryFixture f = With(Account.ForPeriod(DeuRetirement1, DeuRegistry, AccountType.Retirement, Cp1), Germany);
        f.IssueDeuAau(1, 10);
        f.IssueDeuAau(11, 10, Cp2);
        RejectWith(f, Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(11, 20)), CheckCode.PeriodNotValid);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 10)));
        Assert.Equal(10, f.Ledger.GetQuantity(DeuRetirement1));

        // Neither is it a converting account.
        RejectWith(f, Transaction.Convert(f.NextId(), Day, DeuRetirement1, 11, EruTrack.Track2, Deu1(1, 10)), CheckCode.AccountTypeNotValid);
    }

    [Fact]
    public void A_first_ppsr_account_is_no_carry_over_source_and_as_destination_its_units_are_checked()
    {
        RegistryFixture f = With(Account.ForPeriod(DeuPpsr, DeuRegistry, AccountType.PreviousPeriodSurplusReserve, Cp2), Germany);
        f.IssueDeuAau(1, 10);
        f.IssueDeuAau(11, 10, Cp2);
        var date = Cp1.AdditionalPeriodEnd.PlusDays(1);
        RejectWith(f, Transaction.CarryOver(f.NextId(), date, DeuHolding, DeuPpsr, Deu1(11, 20)), CheckCode.PeriodNotValid);
        f.Accept(Transaction.CarryOver(f.NextId(), date, DeuHolding, DeuPpsr, Deu1(1, 10)));
        RejectWith(f, Transaction.CarryOver(f.NextId(), date, DeuPpsr, DeuPpsr, Deu1(1, 10)), CheckCode.AccountTypeNotValid);
    }

    [Fact]
    public void A_first_holding_account_of_a_party_without_a_second_period_commitment_carries_nothing_over()
    {
        RegistryFixture f = With(Account.PartyHolding(JpnHolding, JpnRegistry), c => c
            .WithAssignedAmount(Jpn, Cp1, 1_000_000).WithEligibility(Jpn, Mechanism.JointImplementation));
        f.IssueAau(JpnHolding, JpnRegistry, Cp1, 1, 100);
        f.Accept(Transaction.Convert(f.NextId(), Day, JpnHolding, 11, EruTrack.Track1, Range(JpnRegistry, 1, 10)));
        RejectWith(f, Transaction.CarryOver(f.NextId(), Cp1.AdditionalPeriodEnd.PlusDays(1), JpnHolding, JpnHolding, Range(JpnRegistry, 1, 10)), CheckCode.NoSecondPeriodCommitment);
    }

    [Fact]
    public void A_first_replacement_account_takes_replacements_and_checks_them()
    {
        SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);
        RegistryFixture f = With(Account.ForPeriod(DeuTcerReplacement1, DeuRegistry, AccountType.TcerReplacementForExpiry, Cp1), c => Germany(c)
            .WithAccount(Account.ForPeriod(DeuRetirement1, DeuRegistry, AccountType.Retirement, Cp1))
            .WithAccount(Account.PartyHolding(CdmHolding, RegistryId.Cdm))
            .WithEligibility(Deu, Mechanism.CleanDevelopmentMechanism)
            .WithLeastDevelopedCountryProject(7)
            .WithTemporaryCerLimit(Deu, Cp1, 100));
        f.IssueDeuAau(1, 100);
        f.IssueCdmTo(DeuHolding, UnitType.Tcer, 1, 40, Cp2.Dates.End);
        f.Accept(Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Cdm(1, 40)));
        RejectWith(f, Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 39)], DeuRetirement1, [Cdm(1, 40)], DeuTcerReplacement1), CheckCode.ReplacementQuantityMismatch);
        f.Accept(Transaction.Replace(f.NextId(), Day, DeuHolding, [Deu1(1, 40)], DeuRetirement1, [Cdm(1, 40)], DeuTcerReplacement1));
        Assert.Equal(80, f.Ledger.GetQuantity(DeuTcerReplacement1));
    }
}
