using System;
using System.Linq;
using Kyoto.Accounting.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry;

public class LedgerAllocationTest
{
    private static long AllocatedPerTransfer(Ledger ledger, Transaction[] transactions)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        foreach (Transaction transaction in transactions)
        {
            Assert.True(ledger.TryApply(transaction).IsAccepted);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / transactions.Length;
    }

    [Fact]
    public void Accepted_split_and_merge_transfers_allocate_only_amortised_journal_growth()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1_000_000);
        const int pairs = 20_000;
        Transaction[] transactions = Enumerable.Range(0, pairs).SelectMany(i =>
        {
            long first = ((i * 37L) % 9_000) * 100 + 10;
            SerialRange part = Deu1(first, first + 49);
            return new[]
            {
                Transaction.TransferExternally(f.NextId(), Day, DeuHolding, FraHolding, part),
                Transaction.TransferExternally(f.NextId(), Day, FraHolding, DeuHolding, part),
            };
        }).ToArray();
        // First pass: journal and id set grow (amortised). Second pass, same transactions after the journal is forgotten
        // (capacity kept): the steady-state cost of checking and applying a split or merge transfer.
        long growing = AllocatedPerTransfer(f.Ledger, transactions);
        f.Ledger.ForgetJournal();
        long steady = AllocatedPerTransfer(f.Ledger, transactions);

        Assert.InRange(steady, 0, 0);
        Assert.InRange(growing, 0, 127);
        Assert.Single(f.Ledger.GetBlocks(DeuHolding));
    }
}
