using System;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Sef;
using Kyoto.Accounting.Tests.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Sef;

/// <summary>
/// The tCER/lCER cancellation accounts (decision 13/CMP.1 annex ¶21(i)–(l)) in the SEF report and the journal: each
/// cancellation lands in its own rows, never in the voluntary cancellation rows.
/// </summary>
public sealed class TemporaryCerCancellationSefTest : IDisposable
{
    private static readonly LocalDate SecondPeriodExpiry = new(2016, 6, 30);
    private readonly string _path = Path.Combine(Path.GetTempPath(), "kyoto-tcer-" + Guid.NewGuid().ToString("N") + ".journal");

    private static SerialRange Cdm(long first, long last) => Range(RegistryId.Cdm, first, last);

    private static RegistryConfiguration Configuration() =>
        WithTemporaryCancellationAccounts(BaseConfiguration()).WithTemporaryCerLimit(Deu, Cp1, 1000).WithTemporaryCerLimit(Deu, Cp2, 1000);

    /// <summary>Second period: 100 lCERs expiring mid-2016 forwarded in 2014; in 2016 10 cancelled for reversal of storage, 5 for non-submission, 85 for expiry.</summary>
    private static RegistryFixture SecondPeriod()
    {
        var f = new RegistryFixture(_ => Configuration());
        f.Accept(Transaction.IssueCdmUnits(f.NextId(), new LocalDate(2014, 1, 10), CdmHolding, UnitType.Lcer, Cp2, 7, Cdm(1, 100), SecondPeriodExpiry));
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2014, 1, 11), CdmHolding, DeuHolding, Cdm(1, 100)));
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2016, 2, 1), DeuHolding, DeuLcerReversalCancellation2, Cdm(1, 10)));
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2016, 3, 1), DeuHolding, DeuLcerNonSubmissionCancellation2, Cdm(11, 15)));
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2016, 8, 1), DeuHolding, DeuLcerCancellation2, Cdm(16, 100)));
        return f;
    }

    [Fact]
    public void Sef_2_0_reports_each_cancellation_in_its_account_row_and_table_3_row_not_as_voluntary()
    {
        SefReport report = SefReport.Generate(SecondPeriod().Ledger, Deu, 2016, Cp2, SefFixture.Stamp);
        long Cell(string location) => report.GetQuantity(location, SefUnitType.Lcer).Units;

        Assert.Equal(100, Cell("Table1/AccountType[PartyHolding]"));
        Assert.Equal(85, Cell("Table4/AccountType[lCERCancellationAccountForExpiry]"));
        Assert.Equal(10, Cell("Table4/AccountType[lCERCancellationAccountForReversalOfStorage]"));
        Assert.Equal(5, Cell("Table4/AccountType[lCERCancellationAccountForNonSubmissionCertReport]"));
        Assert.Equal(0, Cell("Table4/AccountType[VoluntaryCancellationAccount]"));
        Assert.Equal(0, Cell("Table2a/TransactionType[VoluntaryCancellation]/Subtractions"));
        Assert.Equal(10, Cell("Table2a/TransactionType[CancellationForReversalOfStorage]/Subtractions"));
        Assert.Equal(5, Cell("Table2a/TransactionType[CancellationForNonSubmissionOfCertReport]/Subtractions"));
        Assert.Equal(85, Cell("Table3/TransactionOrEventType[lCERsExpiredInHoldingAccounts]/RequirementForReplacement"));
        Assert.Equal(85, Cell("Table3/TransactionOrEventType[lCERsExpiredInHoldingAccounts]/Cancellation"));
        Assert.Equal(10, Cell("Table3/TransactionOrEventType[SubjectToReversalOfStorage]/Cancellation"));
        Assert.Equal(5, Cell("Table3/TransactionOrEventType[SubjectToNonSubmissionOfCertReport]/Cancellation"));
        Assert.Equal(100, Cell("Table3/TotalTxOrEvent/Cancellation"));
        Assert.Equal(100, Cell("Table5d/AnnualReplacements/AnnualReplacement[2016]/Cancellation"));
        Assert.Empty(SefValidator.Validate(report));
    }

    [Fact]
    public void Sef_1_0_reports_the_cancellation_of_expired_lcers_in_its_table_3_rows_and_as_other_cancellation()
    {
        var f = new RegistryFixture(_ => Configuration());
        f.IssueCdmTo(DeuHolding, UnitType.Lcer, 1, 100, new LocalDate(2012, 1, 1));
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2012, 6, 1), DeuHolding, DeuLcerCancellation1, Cdm(1, 100)));
        SefReport report = SefReport.Generate(f.Ledger, Deu, 2012, Cp1, SefFixture.Stamp);
        long Cell(string location) => report.GetQuantity(location, SefUnitType.Lcer).Units;

        Assert.Equal(100, Cell("Table4/AccountType[OtherCancellationAccounts]"));
        Assert.Equal(100, Cell("Table2a/TransactionType[OtherCancellation]/Subtractions"));
        Assert.Equal(100, Cell("Table3/TransactionOrEventType[lCERsExpiredInHoldingAccounts]/RequirementForReplacement"));
        Assert.Equal(100, Cell("Table3/TransactionOrEventType[CancellationOflCERsExpiredInHoldingAccounts]/Replacement"));
        Assert.Equal(0, Cell("Table3/TransactionOrEventType[ReplacementOfExpiredlCERs]/Replacement"));
        Assert.Empty(SefValidator.Validate(report));
    }

    [Fact]
    public void The_accounts_and_their_cancellations_round_trip_through_the_journal()
    {
        RegistryFixture f = SecondPeriod();
        using (DurableLedger durable = DurableLedger.Create(_path, Configuration()))
        {
            foreach (Transaction t in f.Ledger.Journal)
            {
                Assert.True(durable.TryApply(t).IsAccepted);
            }
        }

        using DurableLedger reopened = DurableLedger.Open(_path);
        Assert.True(reopened.Ledger.Configuration.HasSameContent(Configuration()));
        Assert.True(reopened.Ledger.HasSameHoldings(f.Ledger));
        Assert.Equal(AccountType.LcerCancellationForNonSubmissionOfCertificationReport, reopened.Ledger.Configuration.Accounts.Single(a => a.Id == DeuLcerNonSubmissionCancellation2).Type);
        Assert.Equal(85, reopened.Ledger.GetQuantity(DeuLcerCancellation2));
    }

    public void Dispose() => File.Delete(_path);
}
