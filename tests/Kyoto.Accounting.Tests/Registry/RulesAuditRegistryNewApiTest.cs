using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>Regression tests for audit findings that needed new configuration (F6, F12, M3); before, the rule could not be expressed.</summary>
public class RulesAuditRegistryNewApiTest
{
    [Fact]
    public void F6_transfer_suspension_leaves_acquisitions_possible()
    {
        var f = new RegistryFixture(c => c.WithTransferSuspension(Fra, Mechanism.EmissionsTrading, new DateInterval(new LocalDate(2016, 1, 1), new LocalDate(2016, 12, 31))));
        f.IssueAau(DeuHolding, DeuRegistry, Cp2, 1, 1000, new LocalDate(2016, 2, 1));
        f.IssueAau(FraHolding, FraRegistry, Cp2, 1, 1000, new LocalDate(2016, 2, 1));
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2016, 3, 1), DeuHolding, FraHolding, Deu1(1, 100)));
        TransactionResult transfer = f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), new LocalDate(2016, 3, 1), FraHolding, DeuHolding, Range(FraRegistry, 1, 100)));
        Assert.Contains(transfer.Failures, x => x.Code == CheckCode.PartySuspended);
    }

    [Fact]
    public void M3_article_37_ter_is_cancelled_upon_issuance()
    {
        var f = new RegistryFixture(c => c.WithArticle37TerQuantity(Deu, 10_000).WithReserve(Deu, Cp2, 0));
        f.IssueAau(DeuHolding, DeuRegistry, Cp2, 1, 1_000_000, new LocalDate(2016, 1, 4));
        TransactionResult abroad = f.Ledger.TryApply(Transaction.TransferExternally(f.NextId(), new LocalDate(2016, 1, 5), DeuHolding, FraHolding, Deu1(10_001, 1_000_000)));
        Assert.Contains(abroad.Failures, x => x.Code == CheckCode.Article37TerCancellationPending);
        TransactionResult tooMuch = f.Ledger.TryApply(Transaction.Cancel(f.NextId(), new LocalDate(2016, 1, 5), DeuHolding, DeuArt37Ter, Deu1(1, 10_001)));
        Assert.Contains(tooMuch.Failures, x => x.Code == CheckCode.Article37TerBeyondRecordedQuantity);
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2016, 1, 5), DeuHolding, DeuArt37Ter, Deu1(1, 10_000)));
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2016, 1, 6), DeuHolding, FraHolding, Deu1(10_001, 20_000)));
    }

    [Fact]
    public void M2_eligibility_is_recorded_per_period()
    {
        RegistryConfiguration c = RegistryConfiguration.Empty.WithEligibility(Jpn, Cp1, Mechanism.EmissionsTrading);
        Assert.True(c.IsEligible(Jpn, Cp1, Mechanism.EmissionsTrading));
        Assert.False(c.IsEligible(Jpn, Cp2, Mechanism.EmissionsTrading));
        Assert.True(c.IsEligible(Jpn, Mechanism.EmissionsTrading));
    }
}
