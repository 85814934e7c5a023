using System;
using System.Threading;
using System.Threading.Tasks;
using Kyoto.Accounting.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry.Journal;

/// <summary>Exception safety of the apply phase (fault injection) and detection of concurrent misuse.</summary>
public class LedgerSafetyTest
{
    private static (Ledger Ledger, Transaction Transfer) Prepared()
    {
        var ledger = new Ledger(BaseConfiguration());
        ledger.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, SerialRange.Of(DeuRegistry, 1, 1000)));
        // Two ranges, so the transfer moves two segments and a fault after the first leaves it half-applied.
        Transaction transfer = Transaction.TransferExternally(TransactionId.FromNumber(2), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 1, 10), SerialRange.Of(DeuRegistry, 101, 110));
        return (ledger, transfer);
    }

    [Fact]
    public void A_fault_inside_the_apply_phase_never_leaves_holdings_changed_without_a_journal_entry()
    {
        (Ledger ledger, Transaction transfer) = Prepared();
        ledger.FaultHook = segment => throw new OutOfMemoryException("injected after segment " + segment);
        Assert.Throws<OutOfMemoryException>(() => ledger.TryApply(transfer));

        // Fail-stop: the half-applied state cannot be observed or built upon.
        Assert.True(ledger.IsFaulted);
        var error = Assert.Throws<InvalidOperationException>(() => ledger.GetQuantity(DeuHolding));
        Assert.Contains("faulted", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ledger.GetHoldings());
        Assert.Throws<InvalidOperationException>(() => ledger.BlockCount);
        Assert.Throws<InvalidOperationException>(() => ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(3), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 500, 501))));

        // Written ahead: the journal holds the transaction, and its replay applies it in full.
        Assert.Same(transfer, ledger.Journal[^1]);
        Ledger rebuilt = Ledger.Replay(ledger.Configuration, ledger.Journal);
        (Ledger expected, _) = Prepared();
        expected.Apply(transfer);
        Assert.True(rebuilt.HasSameHoldings(expected));
        Assert.Equal(20, rebuilt.GetQuantity(FraHolding));
    }

    [Fact]
    public void A_fault_inside_a_durable_ledger_is_recovered_from_its_journal_file()
    {
        using var files = new JournalTestFiles();
        string path = files.NewPath();
        (Ledger expected, Transaction transfer) = Prepared();
        using (var durable = Kyoto.Accounting.Registry.Journal.DurableLedger.Create(path, expected.Configuration))
        {
            durable.Apply(expected.Journal[0]);
            durable.Ledger.FaultHook = _ => throw new OutOfMemoryException("injected");
            Assert.Throws<OutOfMemoryException>(() => durable.TryApply(transfer));
            Assert.Throws<InvalidOperationException>(() => durable.TryApply(transfer));
        }

        expected.Apply(transfer);
        using var recovered = Kyoto.Accounting.Registry.Journal.DurableLedger.Open(path);
        Assert.True(recovered.Ledger.HasSameHoldings(expected));
    }

    [Fact]
    public async Task Two_threads_applying_to_one_ledger_are_detected()
    {
        (Ledger ledger, Transaction transfer) = Prepared();
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        ledger.FaultHook = _ =>
        {
            inside.Set();
            release.Wait();
        };
        Task first = Task.Run(() => ledger.TryApply(transfer));
        Assert.True(inside.Wait(TimeSpan.FromSeconds(10)));
        var error = Assert.Throws<InvalidOperationException>(() => ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(3), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 500, 501))));
        Assert.Contains("Two threads", error.Message, StringComparison.Ordinal);
        release.Set();
        await first;
        ledger.FaultHook = null;

        // The refused call changed nothing; the ledger goes on.
        Assert.Equal(20, ledger.GetQuantity(FraHolding));
        Assert.True(ledger.TryApply(Transaction.TransferExternally(TransactionId.FromNumber(3), Day, DeuHolding, FraHolding, SerialRange.Of(DeuRegistry, 500, 501))).IsAccepted);
    }

    [Fact]
    public void Hammering_one_ledger_from_two_threads_throws_instead_of_corrupting_it()
    {
        var ledger = new Ledger(BaseConfiguration());
        ledger.Apply(Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Day, DeuHolding, Cp1, SerialRange.Of(DeuRegistry, 1, 1_000_000)));
        long nextId = 1;
        int refused = 0;
        int accepted = 0;
        void Run(int thread)
        {
            for (int i = 0; i < 20_000; i++)
            {
                long id = Interlocked.Increment(ref nextId);
                long first = ((id % 5000) * 100) + 1;
                try
                {
                    if (ledger.TryApply(Transaction.TransferInternally(TransactionId.FromNumber(id), Day, DeuHolding, DeuEntity, SerialRange.Of(DeuRegistry, first, first))).IsAccepted)
                    {
                        Interlocked.Increment(ref accepted);
                    }
                }
                catch (InvalidOperationException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        }

        Parallel.Invoke(() => Run(0), () => Run(1));
        // Whatever interleaving happened, the ledger is consistent: conservation holds and its journal replays to it.
        Assert.Equal(1_000_000, ledger.GetQuantity(DeuHolding) + ledger.GetQuantity(DeuEntity));
        Assert.Equal(accepted + 1, ledger.Journal.Count);
        Assert.True(Ledger.Replay(ledger.Configuration, ledger.Journal).HasSameHoldings(ledger));
    }
}
