using System;
using System.Linq;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

[CollectionDefinition(nameof(LedgerMemoryTest), DisableParallelization = true)]
public sealed class LedgerMemoryRunsAlone
{
}

/// <summary>
/// The whole ledger retains at most 64 bytes per live serial block at 10^6 blocks (journal set aside: it moves to
/// storage), measured as retained heap after a full collection, so scratch buffers sized by one large transaction count.
/// Runs alone so no other test allocates during the measurement.
/// </summary>
[Collection(nameof(LedgerMemoryTest))]
public class LedgerMemoryTest
{
    private const int Blocks = 1_000_000;
    private const long BlockSize = 1000;
    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly AccountId DeuHolding = AccountId.FromNumber(1);
    private static readonly AccountId DeuEntity = AccountId.FromNumber(2);
    private static readonly LocalDate Date = new(2010, 6, 1);

    [Fact]
    public void WholeLedger_AtAMillionLiveBlocks_RetainsAtMost64BytesPerBlock()
    {
        RegistryConfiguration configuration = RegistryConfiguration.Empty
            .WithAccount(Account.PartyHolding(DeuHolding, RegistryId.National(Deu)))
            .WithAccount(Account.EntityHolding(DeuEntity, RegistryId.National(Deu), "Entity"))
            .WithAuthorisedLegalEntity(Deu, "Entity")
            .WithAssignedAmount(Deu, CommitmentPeriod.First, Blocks * BlockSize)
            .WithReserve(Deu, CommitmentPeriod.First, 1);
        SerialRange all = SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), 1, Blocks * BlockSize);
        SerialRange[] odd = Enumerable.Range(0, Blocks / 2)
            .Select(j => SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), (((2 * j) + 1) * BlockSize) + 1, BlockSize))
            .ToArray();
        var issue = Transaction.IssueAssignedAmountUnits(TransactionId.FromNumber(1), Date, DeuHolding, CommitmentPeriod.First, all);
        var split = Transaction.TransferInternally(TransactionId.FromNumber(2), Date, DeuHolding, DeuEntity, odd);
        odd = Array.Empty<SerialRange>();

        long before = GC.GetTotalMemory(forceFullCollection: true);
        var ledger = new Ledger(configuration);
        ledger.Apply(issue);
        ledger.Apply(split);
        ledger.ForgetJournal();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(issue);
        GC.KeepAlive(split);

        Assert.Equal(Blocks, ledger.BlockCount);
        double perBlock = (after - before) / (double)Blocks;
        Assert.True(perBlock <= 64, "The ledger retains " + perBlock.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + " B per live block.");
        GC.KeepAlive(ledger);
    }
}
