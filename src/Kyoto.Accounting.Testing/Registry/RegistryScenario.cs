using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Testing.Registry;

/// <summary>
/// A generated registry: a configuration and a sequence of proposed transactions, some valid and some not. Submitting
/// them in order to a fresh <see cref="Ledger"/> reproduces the ledger the generator built.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RegistryScenario
{
    internal RegistryScenario(RegistryConfiguration configuration, IReadOnlyList<Transaction> transactions, int accepted)
    {
        Configuration = configuration;
        Transactions = transactions;
        AcceptedCount = accepted;
    }

    /// <summary>Gets the configuration.</summary>
    public RegistryConfiguration Configuration { get; }

    /// <summary>Gets the proposed transactions, in order (accepted and rejected).</summary>
    public IReadOnlyList<Transaction> Transactions { get; }

    /// <summary>Gets how many of the transactions a ledger accepts.</summary>
    public int AcceptedCount { get; }

    /// <summary>Submits every transaction to a new ledger.</summary>
    /// <returns>The ledger after the last transaction.</returns>
    public Ledger Run()
    {
        var ledger = new Ledger(Configuration);
        foreach (Transaction transaction in Transactions)
        {
            ledger.TryApply(transaction);
        }

        return ledger;
    }

    /// <summary>Lists the transactions, one per line, for a counterexample report.</summary>
    /// <returns>The formatted scenario.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0} transactions ({1} accepted):", Transactions.Count, AcceptedCount)
        + Environment.NewLine + string.Join(Environment.NewLine, Transactions.Select(t => t.ToString()));
}
