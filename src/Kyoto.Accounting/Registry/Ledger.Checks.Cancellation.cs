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

/// <content>Checks of cancellation (DES 4).</content>
public sealed partial class Ledger
{
    private long CheckCancellation(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "cancelling", "cancellation", "cancellations", ref failures, ref plan);
        to = RequireDestination(to, to >= 0 && _accounts[to].IsCancellation, "a cancellation account", ref failures);

        RequireSameRegistry(from, to, "A cancellation", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (to < 0)
        {
            return 0;
        }

        CheckPeriodMatches(to, 0, ref failures);
        AccountInfo target = _accounts[to];
        CheckTemporaryCancellation(tx.Date, to, ref failures);
        if (target.Type is AccountType.Article37TerCancellation or AccountType.AmbitionIncreaseCancellation)
        {
            foreach (Segment segment in _segments)
            {
                if (_attributes[segment.Attributes].UnitType != UnitType.Aau)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot go to {Acct(to)}; only AAUs are cancelled there (Art. 3.7 ter, 3.1 ter)."), UnitsOf(segment));
                }
            }
        }

        if (target.Type == AccountType.Article37TerCancellation)
        {
            CheckArticle37TerCancellation(to, ref failures);
        }
        else if (target.Type == AccountType.NetSourceCancellation)
        {
            // Decision 13/CMP.1 annex ¶32 (as reported under decision 3/CMP.11 annex II ¶14(b)): AAUs, ERUs, RMUs and/or CERs.
            foreach (Segment segment in _segments)
            {
                if (_attributes[segment.Attributes].IsTemporary)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot go to {Acct(to)}; net-source cancellations (Art. 3.3, 3.4) use AAUs, ERUs, RMUs or CERs, not tCERs or lCERs (decision 13/CMP.1 annex ¶32)."), UnitsOf(segment));
                }
            }
        }
        else if (target.Type == AccountType.MandatoryCancellation)
        {
            // Units neither retired nor carried over are cancelled once the additional period has ended (decision 13/CMP.1 annex ¶36).
            LocalDate end = PeriodNumbers.Of(target.Period).AdditionalPeriodEnd;
            if (tx.Date <= end)
            {
                Fail(ref failures, CheckCode.RemainingUnitsCancellationTooEarly, Invariant($"Remaining units valid for CP{target.Period} are cancelled into {Acct(to)} only after the additional period ends on {Date(end)} (decision 13/CMP.1 annex ¶36); {Date(tx.Date)} is not after it."));
            }
        }

        return 0;
    }

    /// <summary>
    /// Art. 3.7 ter cancellations (decision 13/CMP.1 annex ¶8 quater as inserted by decision 3/CMP.11): only AAUs the
    /// Party issued for the second period; with a recorded quantity (¶10 bis), no more than it in total.
    /// </summary>
    private void CheckArticle37TerCancellation(int to, ref List<CheckFailure>? failures)
    {
        int party = _accounts[to].Registry;
        Int128 adding = 0;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (a.UnitType != UnitType.Aau)
            {
                continue;
            }

            adding += segment.Quantity;
            if (segment.Originator != party || a.OriginalPeriod != 2)
            {
                Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot go to {Acct(to)}: the units cancelled under Art. 3.7 ter are AAUs issued by {RegistryId.FromIndex(party)} for the second period (decision 13/CMP.1 annex ¶8 quater); these were issued by {RegistryId.FromIndex(segment.Originator)} for CP{a.OriginalPeriod}."), UnitsOf(segment));
            }
        }

        if (_configuration.SettingsAt(party).Article37TerQuantity is long recorded)
        {
            Int128 after = Article37TerCancelled(party) + adding;
            if (after > recorded)
            {
                Fail(ref failures, CheckCode.Article37TerBeyondRecordedQuantity, Invariant($"{RegistryId.FromIndex(party)} would have cancelled {after:N0} AAUs under Art. 3.7 ter, beyond the recorded quantity of {recorded:N0} (decision 13/CMP.1 annex ¶10 bis)."));
            }
        }
    }

    /// <summary>The CP2 AAUs a Party holds in its Art. 3.7 ter cancellation accounts.</summary>
    private Int128 Article37TerCancelled(int party)
    {
        Int128 cancelled = 0;
        foreach (int account in Article37TerAccounts(party))
        {
            cancelled += _accountTotals[(account * TotalsPerAccount) + ((int)UnitType.Aau * 2) + 1];
        }

        return cancelled;
    }

    private IEnumerable<int> Article37TerAccounts(int party) =>
        AccountsOf(party).Where(i => _accounts[i].Type == AccountType.Article37TerCancellation);

    /// <summary>
    /// Decision 13/CMP.1 annex ¶23 ter: the Art. 3.7 ter cancellation occurs immediately upon issuance. While less than
    /// the recorded quantity is cancelled, a Party's own second-period AAUs move only into its Art. 3.7 ter account.
    /// </summary>
    private void CheckArticle37TerPending(Transaction tx, in Plan plan, ref List<CheckFailure>? failures)
    {
        if (tx.Type is TransactionType.Issuance or TransactionType.ExpiryDateChange
            || (tx.Type == TransactionType.Cancellation && plan.To >= 0 && _accounts[plan.To].Type == AccountType.Article37TerCancellation))
        {
            return;
        }

        int reported = -1;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            if (segment.Group != 0 || a.UnitType != UnitType.Aau || a.OriginalPeriod != 2 || segment.Originator == reported || segment.Originator == RegistryId.CdmIndex)
            {
                continue;
            }

            if (_configuration.SettingsAt(segment.Originator).Article37TerQuantity is long recorded && recorded > 0)
            {
                Int128 cancelled = Article37TerCancelled(segment.Originator);
                if (cancelled < recorded)
                {
                    reported = segment.Originator;
                    Fail(ref failures, CheckCode.Article37TerCancellationPending, Invariant($"{Describe(segment)} cannot move yet: {RegistryId.FromIndex(segment.Originator)} has cancelled {cancelled:N0} of its recorded Art. 3.7 ter quantity of {recorded:N0}, which is cancelled immediately upon issuance of its CP2 AAUs (decision 13/CMP.1 annex ¶23 ter)."), UnitsOf(segment));
                }
            }
        }
    }
}
