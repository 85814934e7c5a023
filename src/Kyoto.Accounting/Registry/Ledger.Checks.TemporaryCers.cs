using System;
using System.Collections.Generic;
using Kyoto.Accounting.Registry.Internal;
using NodaTime;
using static System.FormattableString;

namespace Kyoto.Accounting.Registry;

/// <content>
/// Checks proper to tCERs and lCERs: the limit on their acquisition (decision 13/CMP.1 annex ¶42(c)) and the
/// cancellation accounts for expiry, reversal of storage and non-submission of a certification report (¶21(i)–(l) as
/// inserted by decision 3/CMP.11 annex I ¶12).
/// </content>
public sealed partial class Ledger
{
    /// <summary>
    /// Decision 13/CMP.1 annex ¶42(c): on an acquisition of tCERs and lCERs, the transaction log checks the limits of
    /// decision 16/CMP.1 (second period: 2/CMP.7), that is 1% of base-year emissions × 5 (decision 17/CP.7 ¶7). The quantity
    /// compared (interpretation): per period of the units, the tCERs and lCERs the acquiring Party holds in its holding
    /// accounts, plus those it has retired for the period (as check 4008 counts them), plus the incoming ones.
    /// </summary>
    private void CheckTemporaryCerAcquisition(int to, ref List<CheckFailure>? failures)
    {
        if (!_accounts[to].IsNational)
        {
            return;
        }

        Int128 first = 0;
        Int128 second = 0;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (a.IsTemporary)
            {
                if (a.ApplicablePeriod == 1)
                {
                    first += segment.Quantity;
                }
                else
                {
                    second += segment.Quantity;
                }
            }
        }

        int party = _accounts[to].Registry;
        for (int period = 1; period <= 2; period++)
        {
            Int128 incoming = period == 1 ? first : second;
            if (incoming == 0)
            {
                continue;
            }

            long limit = _configuration.SettingsAt(party).TemporaryCerLimit[period - 1];
            Int128 counted = TemporaryCersTowardsLimit(party, period);
            if (counted + incoming > limit)
            {
                Fail(ref failures, CheckCode.TemporaryCerAcquisitionBeyondLimit, Invariant($"Acquiring {incoming:N0} tCERs and lCERs valid for CP{period} would bring {RegistryId.FromIndex(party)} to {counted + incoming:N0} (held in its holding accounts or retired for the period), beyond its limit of {limit:N0} (1% of base-year emissions × the period multiplier; decision 13/CMP.1 annex ¶42(c))."));
            }
        }
    }

    /// <summary>The tCERs and lCERs valid for a period in a Party's holding accounts, plus those it retired for the period.</summary>
    private Int128 TemporaryCersTowardsLimit(int party, int period)
    {
        Int128 total = _temporaryRetired[(party * 2) + period - 1];
        foreach (int account in AccountsOf(party))
        {
            if (_accounts[account].IsHolding)
            {
                int slot = (account * TotalsPerAccount) + period - 1;
                total += _accountTotals[slot + ((int)UnitType.Tcer * 2)] + _accountTotals[slot + ((int)UnitType.Lcer * 2)];
            }
        }

        return total;
    }

    /// <summary>
    /// The tCER and lCER cancellation accounts (decision 13/CMP.1 annex ¶21(i)–(l) as inserted by decision 3/CMP.11 annex
    /// I ¶12): the tCER account for expiry takes tCERs only, the three lCER accounts lCERs only (2005); the accounts for
    /// expiry take only units expired on the transaction date (2010); an expired tCER or lCER may not be further
    /// transferred (decision 5/CMP.1 annex), so it is cancelled only into the account for expiry of its type (2007).
    /// </summary>
    private void CheckTemporaryCancellation(LocalDate date, int to, ref List<CheckFailure>? failures)
    {
        AccountType type = _accounts[to].Type;
        UnitType? only = type switch
        {
            AccountType.TcerCancellationForExpiry => UnitType.Tcer,
            AccountType.LcerCancellationForExpiry or AccountType.LcerCancellationForReversalOfStorage or AccountType.LcerCancellationForNonSubmissionOfCertificationReport => UnitType.Lcer,
            _ => null,
        };
        bool forExpiry = type is AccountType.TcerCancellationForExpiry or AccountType.LcerCancellationForExpiry;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (only is UnitType required && a.UnitType != required)
            {
                Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot go to {Acct(to)}, which takes {UnitTypes.Name(required)}s only (decision 13/CMP.1 annex ¶21(i)–(l))."), UnitsOf(segment));
            }
            else if (forExpiry && !a.IsExpiredOn(date))
            {
                Fail(ref failures, CheckCode.UnitsNotExpired, Invariant($"{Describe(segment)} expire on {Date(a.ExpiryDate!.Value)}, so on {Date(date)} they are not yet expired and cannot be cancelled for expiry into {Acct(to)}."), UnitsOf(segment));
            }
            else if (!forExpiry && a.IsTemporary && a.IsExpiredOn(date))
            {
                Fail(ref failures, CheckCode.UnitsExpired, Invariant($"{Describe(segment)} expired on {Date(a.ExpiryDate!.Value)}; expired tCERs and lCERs in a holding account are cancelled into the {UnitTypes.Name(a.UnitType)} cancellation account for expiry (decision 13/CMP.1 annex ¶21(i), (j)), not into {Acct(to)}."), UnitsOf(segment));
            }
        }
    }
}
