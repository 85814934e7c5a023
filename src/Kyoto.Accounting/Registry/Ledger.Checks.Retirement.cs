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

/// <content>Checks of retirement (DES 5; Art. 3.1).</content>
public sealed partial class Ledger
{
    private long CheckRetirement(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "retiring", "retirement", "retirements", ref failures, ref plan);
        to = RequireDestination(to, to >= 0 && _accounts[to].Type == AccountType.Retirement, "a retirement account", ref failures);

        RequireSameRegistry(from, to, "A retirement", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        CheckPeriodMatches(to, 0, ref failures);
        CheckNotExpired(tx.Date, "retired", ref failures);
        CheckRetirementWindow(tx, to, ref failures);
        // Units of many originating registries can together exceed a long: sums and limits compare in 128 bits.
        Int128 temporary = 0;
        Int128 total = 0;
        Int128 cdm = 0;
        foreach (Segment segment in _segments)
        {
            total += segment.Quantity;
            if (UnitTypes.MechanismOf(_attributes[segment.Attributes].UnitType) == Mechanism.CleanDevelopmentMechanism)
            {
                cdm += segment.Quantity;
            }

            if (_attributes[segment.Attributes].IsTemporary)
            {
                temporary += segment.Quantity;
            }
        }

        int party = _accounts[to].Registry;
        int period = _accounts[to].Period;
        if (cdm > 0)
        {
            // Decision 13/CMP.1 annex ¶42(d) (second-period text of decision 3/CMP.11): on retirement of CERs, the
            // eligibility of the Party to use CERs towards its commitment; a transfers-only suspension does not apply.
            CheckEligibility(party, Mechanism.CleanDevelopmentMechanism, period, tx.Date, CheckCode.RetiringPartyNotEligible, "retiring", false, ref failures, CheckCode.RetiringPartyNotEligible);
        }

        if (temporary > 0)
        {
            long limit = _configuration.SettingsAt(party).TemporaryCerLimit[period - 1];
            Int128 after = _temporaryRetired[(party * 2) + period - 1] + temporary;
            if (after > limit)
            {
                Fail(ref failures, CheckCode.TemporaryCerLimitExceeded, Invariant($"{RegistryId.FromIndex(party)} would have retired {after:N0} tCERs and lCERs for CP{period}, beyond its limit of {limit:N0} (1% of base-year emissions × the period multiplier)."));
            }
            else
            {
                plan.Temporary = (long)temporary;
            }
        }

        if (_accounts[from].IsPpsr)
        {
            LocalDate end = CommitmentPeriod.Second.Dates.End;
            if (tx.Date <= end)
            {
                Fail(ref failures, CheckCode.PpsrRetirementTooEarly, Invariant($"PPSR units are retired only after the second period, to the extent that its emissions exceed the assigned amount; {Date(tx.Date)} is not after {Date(end)}."));
            }

            long limit = _configuration.SettingsAt(party).PpsrRetirementLimit;
            Int128 after = _ppsrRetired[party] + total;
            if (after > limit)
            {
                Fail(ref failures, CheckCode.PpsrRetirementBeyondLimit, Invariant($"{RegistryId.FromIndex(party)} would have retired {after:N0} PPSR units, beyond the {limit:N0} by which its second-period emissions exceed its assigned amount."));
            }
            else
            {
                // Within a long-valued limit, so the narrowing cannot fail; only PPSR retirements use the total.
                plan.Total = (long)total;
            }
        }

        return 0;
    }

    /// <summary>
    /// Units are retired for a period up to the end of its additional period for fulfilling commitments (decision
    /// 13/CMP.1 annex ¶14, ¶34); retiring for the second period needs a second-period commitment.
    /// </summary>
    private void CheckRetirementWindow(Transaction tx, int to, ref List<CheckFailure>? failures)
    {
        int period = _accounts[to].Period;
        LocalDate end = PeriodNumbers.Of(period).AdditionalPeriodEnd;
        if (tx.Date > end)
        {
            Fail(ref failures, CheckCode.RetirementAfterAdditionalPeriod, Invariant($"Retirement for CP{period} into {Acct(to)} closes with the additional period on {Date(end)} (decision 13/CMP.1 annex ¶14, ¶34); {Date(tx.Date)} is after it."));
        }

        if (period == 2)
        {
            RequireSecondPeriodCommitment(_accounts[to].Registry, "it retires no units for CP2", ref failures);
        }
    }
}
