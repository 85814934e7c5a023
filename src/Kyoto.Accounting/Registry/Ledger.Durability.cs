using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Registry.Internal;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <content>
/// What makes a ledger safe to persist: the single-writer guard, write-ahead journaling with fail-stop on a fault in the
/// apply phase, configuration changes with effective dates, and bounded memory when the journal lives in a file.
/// </content>
public sealed partial class Ledger
{
    private readonly List<ConfigurationChange> _configurationChanges = new();
    private RegistryConfiguration _initialConfiguration;
    private int _busy;
    private Exception? _fault;
    private string? _faultedTransaction;

    /// <summary>Gets the configuration the ledger started with (before any <see cref="ConfigurationChanges"/>).</summary>
    public RegistryConfiguration InitialConfiguration => _initialConfiguration;

    /// <summary>Gets the configuration changes applied, in order, each with its effective date and position in the journal.</summary>
    public IReadOnlyList<ConfigurationChange> ConfigurationChanges => _configurationChanges.AsReadOnly();

    /// <summary>Gets whether the ledger keeps every accepted transaction in <see cref="Journal"/> (see <see cref="Ledger(RegistryConfiguration, bool)"/>).</summary>
    public bool RetainsJournal => _journal.Retains;

    /// <summary>Gets the number of transactions accepted, retained in <see cref="Journal"/> or not.</summary>
    public long TransactionCount => _journal.TransactionCount;

    /// <summary>
    /// Gets whether applying a transaction threw part-way (out of memory), so the ledger refuses further use; rebuild it
    /// from its journal (see <see cref="TryApply"/>).
    /// </summary>
    public bool IsFaulted => _fault is not null;

    /// <summary>The owner that journals this ledger's transactions (a <see cref="Journal.DurableLedger"/>), if any.</summary>
    internal object? Owner
    {
        get => _owner;
        set => _owner = value;
    }

    /// <summary>A fault injected between the moves of the apply phase, for tests of exception safety (argument: the segment just moved).</summary>
    internal Action<int>? FaultHook { get; set; }

    private object? _owner;

    /// <summary>
    /// Changes the configuration from a date on: later transactions are checked against it, and replay of the journal
    /// reproduces the rules in force on each date. The change is an event of the date-ordered journal.
    /// </summary>
    /// <param name="configuration">The new configuration: the current accounts, unchanged and in the same order, possibly followed by new ones; any figures, eligibility, suspensions, authorisations and projects.</param>
    /// <param name="effectiveDate">The date from which it is in force: not earlier than the last accepted transaction or change; later transactions may not be dated before it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="configuration"/> is null.</exception>
    /// <exception cref="ArgumentException">The configuration removes, reorders or changes an existing account, or <paramref name="effectiveDate"/> is earlier than the last event.</exception>
    /// <exception cref="InvalidOperationException">As for <see cref="TryApply"/>: concurrent use, a faulted ledger, or a ledger owned by a <see cref="Journal.DurableLedger"/>.</exception>
    /// <example>
    /// <code>
    /// ledger.ChangeConfiguration(ledger.Configuration.WithSuspension(party, Mechanism.EmissionsTrading, interval), new LocalDate(2011, 1, 1));
    /// </code>
    /// </example>
    public void ChangeConfiguration(RegistryConfiguration configuration, LocalDate effectiveDate)
    {
        if (_owner is not null)
        {
            throw new InvalidOperationException("This ledger belongs to a DurableLedger; change its configuration through it so that the change is journaled.");
        }

        ChangeConfigurationCore(configuration, effectiveDate, null);
    }

    internal void ChangeConfigurationCore(RegistryConfiguration configuration, LocalDate effectiveDate, Action<RegistryConfiguration, RegistryConfiguration, LocalDate>? journal)
    {
        Preconditions.CheckNotNull(configuration, nameof(configuration));
        Enter();
        try
        {
            ThrowIfFaulted();
            Preconditions.CheckArgument(
                _journal.Count == 0 || effectiveDate >= _lastDate,
                nameof(effectiveDate),
                "A configuration change takes effect on or after the last accepted transaction or change (" + _lastDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + "); the journal is in date order.");
            CheckKeepsAccounts(configuration);
            journal?.Invoke(_configuration, configuration, effectiveDate);
            try
            {
                Reconfigure(configuration);
                _journal.AddConfigurationChange();
                _lastDate = effectiveDate;
                _configurationChanges.Add(new ConfigurationChange(effectiveDate, _journal.TransactionCount, configuration));
            }
            catch (Exception e)
            {
                _fault = e;
                _faultedTransaction = "a configuration change";
                throw;
            }
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>Checks and applies a transaction; an accepted one is handed to <paramref name="journal"/> before its effects are applied.</summary>
    internal TransactionResult TryApplyCore(Transaction transaction, Action<Transaction>? journal)
    {
        Preconditions.CheckNotNull(transaction, nameof(transaction));
        Enter();
        try
        {
            ThrowIfFaulted();
            List<CheckFailure>? failures = null;
            _segments.Clear();
            long share = Check(transaction, ref failures, out Plan plan);
            if (failures is not null)
            {
                TrimScratch();
                return new TransactionResult(transaction, failures.ToArray(), 0);
            }

            // Write ahead: the journal holds the transaction before any holding changes.
            journal?.Invoke(transaction);
            _ids.Add(transaction.Id.Number);
            _journal.Add(transaction);
            _lastDate = transaction.Date;
            try
            {
                Execute(transaction, plan, share);
            }
            catch (Exception e)
            {
                _fault = e;
                _faultedTransaction = transaction.Id.ToString();
                throw;
            }

            TrimScratch();
            return new TransactionResult(transaction, null, share);
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    /// <summary>Throws if the ledger is faulted (a transaction threw part-way through being applied).</summary>
    internal void ThrowIfFaulted()
    {
        if (_fault is not null)
        {
            throw new InvalidOperationException(
                "The ledger is faulted: applying " + _faultedTransaction + " threw " + _fault.GetType().Name + " part-way, so its holdings are incomplete. "
                + "Its journal holds the transaction; rebuild the ledger with Ledger.Replay or by recovering its journal file.",
                _fault);
        }
    }

    private void Enter()
    {
        if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
        {
            throw new InvalidOperationException("Two threads are applying transactions to one ledger at the same time. A ledger is single-writer: serialize calls to TryApply and ChangeConfiguration (for example with a lock); queries are safe only while nothing is applied.");
        }
    }

    private void RequireRetainedJournal()
    {
        ThrowIfFaulted();
        if (!_journal.Retains)
        {
            throw new InvalidOperationException("This ledger does not retain its journal in memory; replay its journal file instead (JournalFile.Replay with a date or a transaction count).");
        }
    }

    /// <summary>Replays the first <paramref name="count"/> retained transactions (only those dated on or before <paramref name="date"/>, if given), with the configuration changes in force.</summary>
    private Ledger ReplayRetained(int count, LocalDate? date)
    {
        var ledger = new Ledger(_initialConfiguration);
        int change = 0;
        for (int i = 0; i <= count; i++)
        {
            while (change < _configurationChanges.Count && _configurationChanges[change].TransactionCount <= i
                && (date is null || _configurationChanges[change].EffectiveDate <= date))
            {
                ledger.ChangeConfiguration(_configurationChanges[change].Configuration, _configurationChanges[change].EffectiveDate);
                change++;
            }

            if (i == count || (date is LocalDate end && _journal.Retained[i].Date > end))
            {
                break;
            }

            ledger.Apply(_journal.Retained[i]);
        }

        return ledger;
    }

    private void CheckKeepsAccounts(RegistryConfiguration configuration)
    {
        IReadOnlyList<Account> next = configuration.Accounts;
        Preconditions.CheckArgument(next.Count >= _accounts.Length, nameof(configuration), "A configuration change may add accounts but not remove them: units and journal entries refer to every account (decision 13/CMP.1 annex ¶21).");
        for (int i = 0; i < _accounts.Length; i++)
        {
            Account old = _accounts[i].Account;
            Account now = next[i];
            Preconditions.CheckArgument(
                old.Id == now.Id && old.Registry == now.Registry && old.Type == now.Type && old.Period == now.Period && old.LegalEntity == now.LegalEntity,
                nameof(configuration),
                "A configuration change keeps every existing account unchanged and in order; account " + old.ToString() + " differs or moved.");
        }
    }

    private void Reconfigure(RegistryConfiguration configuration)
    {
        int before = _accounts.Length;
        AccountInfo[] accounts = configuration.Accounts.Select(a => new AccountInfo(a, configuration)).ToArray();
        Int128[] totals = _accountTotals;
        if (accounts.Length > before)
        {
            totals = new Int128[accounts.Length * TotalsPerAccount];
            _accountTotals.AsSpan().CopyTo(totals);
        }

        var index = new Dictionary<long, int>(_accountIndex);
        for (int i = before; i < accounts.Length; i++)
        {
            index.Add(accounts[i].Account.Id.Number, i);
        }

        _accounts = accounts;
        _accountTotals = totals;
        _accountIndex = index;
        _adaptationFund = configuration.AdaptationFundAccount is AccountId fund ? index[fund.Number] : -1;
        _configuration = configuration;
    }
}
