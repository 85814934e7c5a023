using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry.Internal;
using Kyoto.Accounting.Sectors;
using NodaTime;
using static System.FormattableString;

namespace Kyoto.Accounting.Registry;

/// <content>Checks of carry-over to the second period (DES 7; Art. 3.13).</content>
public sealed partial class Ledger
{
    private long CheckCarryOver(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int from = Resolve(tx.From, "carrying-over", ref failures);
        int to = Resolve(tx.To, "destination", ref failures);
        plan.From = from;
        plan.To = to;
        if (from >= 0 && (!_accounts[from].IsHolding || _accounts[from].IsPpsr || !_accounts[from].IsNational))
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Units are carried over from a Party or entity holding account of a national registry, not from {Acct(from)}."));
            from = -1;
        }

        RequireSameRegistry(from, to, "A carry-over", ref failures);
        if (from >= 0)
        {
            // Only Parties with a second-period commitment carry units over or have a PPSR (decision 1/CMP.8 ¶23–24; decision 3/CMP.11 ¶3–4).
            RequireSecondPeriodCommitment(_accounts[from].Registry, "it carries nothing over into the second period and has no PPSR", ref failures);
        }

        if (tx.Date <= CommitmentPeriod.First.AdditionalPeriodEnd)
        {
            Fail(ref failures, CheckCode.CarryOverTooEarly, Invariant($"Carry-over on {Date(tx.Date)} comes before the end of the first period's additional period ({Date(CommitmentPeriod.First.AdditionalPeriodEnd)})."));
        }

        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        Int128 eru = 0;
        Int128 cer = 0;
        bool wrongDestination = false;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (a.ApplicablePeriod != 1)
            {
                Fail(ref failures, CheckCode.PeriodNotValid, Invariant($"{Describe(segment)} are valid for CP{a.ApplicablePeriod}; only units valid for CP1 are carried over to CP2."), UnitsOf(segment));
            }

            switch (a.UnitType)
            {
                case UnitType.Aau:
                    wrongDestination |= !_accounts[to].IsPpsr;
                    break;
                case UnitType.EruFromAau:
                    eru += segment.Quantity;
                    wrongDestination |= to != from;
                    break;
                case UnitType.Cer:
                    cer += segment.Quantity;
                    wrongDestination |= to != from;
                    break;
                default:
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} are never carried over (RMUs, ERUs from RMUs, tCERs and lCERs; decision 13/CMP.1 annex ¶15)."), UnitsOf(segment));
                    break;
            }
        }

        if (wrongDestination)
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"AAUs are carried over into the Party's PPSR account and CERs and ERUs stay in their account; {Acct(to)} does not fit."));
        }

        int party = _accounts[from].Registry;
        long assigned = _configuration.SettingsAt(party).AssignedAmount[0];
        plan.Eru = CheckCarryOverLimit(party, "ERUs converted from AAUs", _carriedEru[party], eru, assigned, ref failures);
        plan.Cer = CheckCarryOverLimit(party, "CERs", _carriedCer[party], cer, assigned, ref failures);
        return 0;
    }

    /// <summary>Checks 2.5% of the assigned amount in 128 bits; returns the units added when within it (then they fit a long), else 0.</summary>
    private static long CheckCarryOverLimit(int party, string units, long carried, Int128 adding, long assigned, ref List<CheckFailure>? failures)
    {
        Int128 after = carried + adding;
        if (adding > 0 && after * 40 > assigned)
        {
            Fail(ref failures, CheckCode.CarryOverBeyondLimit, Invariant($"{RegistryId.FromIndex(party)} would have carried over {after:N0} {units}, beyond 2.5% of its first-period assigned amount of {assigned:N0}."));
            return 0;
        }

        return (long)adding;
    }
}
