using System;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using NodaTime;

namespace Kyoto.Accounting.CrashProbe;

/// <summary>
/// A deterministic, endless sequence of valid transactions: an issuance of 1,000 blocks of 1,000 units, a transfer of
/// every other block to an entity account, then pairs of external transfers that split a block and merge it back.
/// Transaction i is the same in every process, so a parent can check a recovered journal against it.
/// </summary>
public static class CrashWorkload
{
    public const int Blocks = 1000;
    public const long BlockSize = 1000;

    private static readonly Party Deu = Party.FromCode("DEU");
    private static readonly Party Fra = Party.FromCode("FRA");
    private static readonly AccountId DeuHolding = AccountId.FromNumber(1);
    private static readonly AccountId DeuEntity = AccountId.FromNumber(2);
    private static readonly AccountId FraHolding = AccountId.FromNumber(3);
    private static readonly LocalDate Date = new(2010, 6, 1);

    public static RegistryConfiguration Configuration { get; } = RegistryConfiguration.Empty
        .WithAccount(Account.PartyHolding(DeuHolding, RegistryId.National(Deu)))
        .WithAccount(Account.EntityHolding(DeuEntity, RegistryId.National(Deu), "Entity"))
        .WithAccount(Account.PartyHolding(FraHolding, RegistryId.National(Fra)))
        .WithAuthorisedLegalEntity(Deu, "Entity")
        .WithEligibility(Deu, Mechanism.EmissionsTrading)
        .WithEligibility(Fra, Mechanism.EmissionsTrading)
        .WithAssignedAmount(Deu, CommitmentPeriod.First, Blocks * BlockSize)
        .WithReserve(Deu, CommitmentPeriod.First, 1);

    /// <summary>Gets transaction <paramref name="index"/> (0-based) of the sequence.</summary>
    public static Transaction Transaction(long index)
    {
        var id = TransactionId.FromNumber(index + 1);
        if (index == 0)
        {
            return Registry.Transaction.IssueAssignedAmountUnits(id, Date, DeuHolding, CommitmentPeriod.First, SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), 1, Blocks * BlockSize));
        }

        if (index == 1)
        {
            var odd = new SerialRange[Blocks / 2];
            for (int j = 0; j < odd.Length; j++)
            {
                odd[j] = SerialRange.FromFirstAndQuantity(RegistryId.National(Deu), (((2 * j) + 1) * BlockSize) + 1, BlockSize);
            }

            return Registry.Transaction.TransferInternally(id, Date, DeuHolding, DeuEntity, odd);
        }

        long pair = (index - 2) / 2;
        ulong h = unchecked((ulong)pair * 0x9E3779B97F4A7C15UL);
        h ^= h >> 29;
        int block = (int)(h % Blocks);
        long first = (block * BlockSize) + 1 + (long)((h >> 20) % 800);
        AccountId holder = block % 2 == 0 ? DeuHolding : DeuEntity;
        SerialRange part = SerialRange.Of(RegistryId.National(Deu), first, first + 99);
        return (index - 2) % 2 == 0
            ? Registry.Transaction.TransferExternally(id, Date, holder, FraHolding, part)
            : Registry.Transaction.TransferExternally(id, Date, FraHolding, holder, part);
    }
}
