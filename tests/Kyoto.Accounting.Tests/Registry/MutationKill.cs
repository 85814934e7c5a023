using System.Linq;
using Kyoto.Accounting.Registry;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>Assertions shared by the <c>*MutationKillTests</c> classes: codes, units and all-or-nothing rejection.</summary>
internal static class MutationKill
{
    /// <summary>Applies a transaction that must be rejected, asserts that the ledger is unchanged and every failure has a message, and returns the failures.</summary>
    public static CheckFailure[] Reject(RegistryFixture f, Transaction transaction)
    {
        Ledger before = f.Ledger.Clone();
        TransactionResult result = f.Ledger.TryApply(transaction);
        Assert.False(result.IsAccepted, "accepted: " + result);
        Assert.True(f.Ledger.HasSameHoldings(before), "a rejected transaction changed the holdings");
        Assert.Equal(before.Journal.Count, f.Ledger.Journal.Count);

        // Every failure explains itself (its wording is not asserted, only that there is one).
        Assert.All(result.Failures, x => Assert.False(string.IsNullOrWhiteSpace(x.Message), x.Code + " has no message"));
        return result.Failures.ToArray();
    }

    /// <summary>Asserts that the transaction is rejected with exactly the given codes (in any order, with repeats).</summary>
    public static CheckFailure[] RejectWith(RegistryFixture f, Transaction transaction, params CheckCode[] codes)
    {
        CheckFailure[] failures = Reject(f, transaction);
        Assert.Equal(codes.OrderBy(c => c), failures.Select(x => x.Code).OrderBy(c => c));
        return failures;
    }

    /// <summary>Asserts the single failure of the given code and returns it.</summary>
    public static CheckFailure Single(CheckFailure[] failures, CheckCode code) => Assert.Single(failures, x => x.Code == code);
}
