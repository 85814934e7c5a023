using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>
/// A reference model of design invariant 4 that knows nothing of the ledger's structures: the units in existence, as
/// runs of serial numbers with their unit type and periods, computed with plain arithmetic over the serial ranges of
/// the accepted transactions. Issuance adds units; conversion turns AAUs and RMUs into ERUs of the same serials;
/// carry-over makes units valid for the second period; every other transaction (transfers, cancellation, retirement,
/// replacement, expiry-date change) moves units between accounts or changes their dates, so it changes nothing here.
/// </summary>
internal sealed class IssuedUnitsModel
{
    private List<Run> _runs = new();

    /// <summary>Gets the runs, sorted by originator and first serial, adjacent runs with equal attributes merged.</summary>
    public IReadOnlyList<Run> Runs => Canonical(_runs);

    /// <summary>Builds the model of a sequence of proposals and the ledger's verdicts on them.</summary>
    public static IssuedUnitsModel Of(IEnumerable<(Transaction Transaction, TransactionResult Result)> steps)
    {
        var model = new IssuedUnitsModel();
        foreach ((Transaction transaction, TransactionResult result) in steps)
        {
            model.Observe(transaction, result);
        }

        return model;
    }

    /// <summary>Brings runs to one form: sorted, and adjacent runs with equal attributes merged.</summary>
    public static IReadOnlyList<Run> Canonical(IEnumerable<Run> runs)
    {
        var merged = new List<Run>();
        foreach (Run run in runs.OrderBy(r => r.Originator.ToString(), StringComparer.Ordinal).ThenBy(r => r.First))
        {
            if (merged.Count > 0 && merged[^1] is Run last && last.Originator == run.Originator && last.Last + 1 == run.First
                && last.Type == run.Type && last.OriginalPeriod == run.OriginalPeriod && last.ApplicablePeriod == run.ApplicablePeriod)
            {
                merged[^1] = last with { Last = run.Last };
            }
            else
            {
                merged.Add(run);
            }
        }

        return merged;
    }

    /// <summary>Records the effect of a proposal: none if the ledger rejected it.</summary>
    public void Observe(Transaction transaction, TransactionResult result)
    {
        if (!result.IsAccepted)
        {
            return;
        }

        switch (transaction.Type)
        {
            case TransactionType.Issuance:
                SerialRange issued = transaction.Units[0];
                int period = transaction.Period!.Number;
                _runs.Add(new Run(issued.Originator, issued.First, issued.Last, transaction.IssuedUnitType!.Value, period, period));
                break;
            case TransactionType.Conversion:
                Rewrite(transaction.Units, run => run with { Type = run.Type == UnitType.Rmu ? UnitType.EruFromRmu : UnitType.EruFromAau });
                break;
            case TransactionType.CarryOver:
                Rewrite(transaction.Units, run => run with { ApplicablePeriod = 2 });
                break;
        }
    }

    /// <summary>Gets the quantity in existence per originator, unit type, original and applicable period.</summary>
    public Dictionary<(RegistryId Originator, UnitType Type, int Original, int Applicable), long> Totals() =>
        _runs.GroupBy(r => (r.Originator, r.Type, r.OriginalPeriod, r.ApplicablePeriod)).ToDictionary(g => g.Key, g => g.Sum(r => r.Quantity));

    private void Rewrite(IEnumerable<SerialRange> ranges, Func<Run, Run> change)
    {
        foreach (SerialRange range in ranges)
        {
            var next = new List<Run>(_runs.Count + 2);
            foreach (Run run in _runs)
            {
                if (run.Originator != range.Originator || run.Last < range.First || run.First > range.Last)
                {
                    next.Add(run);
                    continue;
                }

                long first = Math.Max(run.First, range.First);
                long last = Math.Min(run.Last, range.Last);
                if (run.First < first)
                {
                    next.Add(run with { Last = first - 1 });
                }

                next.Add(change(run with { First = first, Last = last }));
                if (run.Last > last)
                {
                    next.Add(run with { First = last + 1 });
                }
            }

            _runs = next;
        }
    }

    /// <summary>Serials <paramref name="First"/>…<paramref name="Last"/> of an originator, all of one type and periods.</summary>
    internal readonly record struct Run(RegistryId Originator, long First, long Last, UnitType Type, int OriginalPeriod, int ApplicablePeriod)
    {
        public long Quantity => Last - First + 1;
    }
}
