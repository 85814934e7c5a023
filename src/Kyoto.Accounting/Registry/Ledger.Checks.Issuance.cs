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

/// <content>Checks of issuance (DES 1): AAUs, RMUs, CERs, tCERs and lCERs.</content>
public sealed partial class Ledger
{
    private long CheckIssuance(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int to = Resolve(tx.To, "issuing", ref failures);
        plan.To = to;
        SerialRange range = tx.UnitArray[0];
        UnitType type = tx.IssuedUnitType!.Value;
        int period = tx.Period!.Number;
        long quantity = range.Quantity;
        if (quantity <= 0)
        {
            Fail(ref failures, CheckCode.QuantityNotPositive, Invariant($"Issuance of {range.Originator} {range.First}..{range.Last} has quantity {quantity}; quantities are positive whole numbers."));
            return 0;
        }

        int originator = range.Originator.Index;
        if (_trees[originator].TryFindFloor(range.Last, out BlockTree.Leaf leaf, out int index) && leaf.Lasts[index] >= range.First)
        {
            BlockRecord existing = leaf[index];
            Fail(ref failures, CheckCode.SerialRangeOverlap, "Issuance of " + range.ToString() + " reuses serials of " + SerialRange.Format(range.Originator, existing.First, existing.Last) + ", already issued.", SerialRange.Of(range.Originator, Math.Max(range.First, existing.First), Math.Min(range.Last, existing.Last)));
        }

        if (to < 0)
        {
            return 0;
        }

        AccountInfo account = _accounts[to];
        bool cdmUnit = type is UnitType.Cer or UnitType.Tcer or UnitType.Lcer;
        if (type is UnitType.EruFromAau or UnitType.EruFromRmu)
        {
            Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"ERUs are not issued; they are converted from AAUs or RMUs (Art. 6)."));
            return 0;
        }

        if (account.Type != AccountType.PartyHolding)
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Units are issued into a Party holding account, not into {Acct(to)}."));
        }

        if (cdmUnit != !account.IsNational || range.Originator.Index != account.Registry)
        {
            Fail(ref failures, CheckCode.RegistryNotValid, Invariant($"{UnitTypes.Name(type)} {range} cannot be issued into {Acct(to)}: AAUs and RMUs are issued in the Party's national registry with its serials, CERs, tCERs and lCERs in the CDM registry."));
            return 0;
        }

        if (!cdmUnit)
        {
            int party = account.Registry;
            if (type == UnitType.Aau)
            {
                long limit = _configuration.SettingsAt(party).AssignedAmount[period - 1];
                Int128 after = (Int128)_issuedAau[(party * 2) + period - 1] + quantity;
                if (after > limit)
                {
                    Fail(ref failures, CheckCode.IssuanceBeyondAssignedAmount, Invariant($"Issuing {Units(quantity)} of AAUs for CP{period} into {Acct(to)} would bring the AAUs issued to {after:N0}, beyond the recorded assigned amount of {limit:N0}."));
                }
            }
            else
            {
                LulucfActivity activity = tx.Activity!.Value;
                if (activity == LulucfActivity.Deforestation)
                {
                    // Decision (interpretation of Art. 3.3 and decision 13/CMP.1 annex ¶25): RMUs are issued for net removals;
                    // deforestation is only ever a source, so it produces debits (net-source cancellation), never RMUs.
                    Fail(ref failures, CheckCode.UnitTypeNotValid, "RMUs are not issued for deforestation: under Art. 3.3 deforestation only produces net emissions (debits, cancelled into the net-source cancellation account), never net removals (decision 13/CMP.1 annex ¶25).");
                }

                if (activity == LulucfActivity.WetlandDrainageAndRewetting && period == 1)
                {
                    Fail(ref failures, CheckCode.PeriodNotValid, "Wetland drainage and rewetting is an activity of the second period only (Art. 3.4 as amended at Doha).");
                }

                int slot = RegistryConfiguration.LulucfSlot(period, activity);
                long limit = _configuration.SettingsAt(party).LulucfLimit[slot];
                Int128 after = (Int128)_issuedRmu[(party * 16) + slot] + quantity;
                if (after > limit)
                {
                    Fail(ref failures, CheckCode.IssuanceBeyondLulucfLimit, Invariant($"Issuing {Units(quantity)} of RMUs for {activity} in CP{period} into {Acct(to)} would bring them to {after:N0}, beyond the recorded limit of {limit:N0}."));
                }
            }

            return 0;
        }

        CheckIssuedExpiryDate(tx, type, period, ref failures);

        long share = type == UnitType.Cer && !_configuration.IsLeastDevelopedCountryProject(tx.ProjectId!.Value) ? ShareOfProceedsOf(quantity) : 0;
        RequireAdaptationFund(share, ref failures);
        return share;
    }

    /// <summary>
    /// Expiry dates at CDM issuance (decision 5/CMP.1 annex ¶1(g), (h)): CERs have none; tCERs expire at the end of the
    /// period following the one for which they were issued (CP1: the end of CP2; CP2: the following period is not
    /// defined, so only a date after the end of CP2 is required); lCERs at the end of the crediting period, which the
    /// registry does not know, so any date; every expiry date lies after the issuance date.
    /// </summary>
    private static void CheckIssuedExpiryDate(Transaction tx, UnitType type, int period, ref List<CheckFailure>? failures)
    {
        string given = tx.ExpiryDate is LocalDate e ? Date(e) : "none";
        if (type == UnitType.Cer)
        {
            if (tx.ExpiryDate is not null)
            {
                Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"CERs do not expire; only tCERs and lCERs carry an expiry date (decision 5/CMP.1 annex ¶1(g), (h)); given: {given}."));
            }

            return;
        }

        if (tx.ExpiryDate is not LocalDate expiry || expiry <= tx.Date)
        {
            Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"{UnitTypes.Name(type)}s need an expiry date after the issuance date {Date(tx.Date)}; given: {given}."));
            return;
        }

        LocalDate endOfSecond = CommitmentPeriod.Second.Dates.End;
        if (type == UnitType.Tcer && (period == 1 ? expiry != endOfSecond : expiry <= endOfSecond))
        {
            string required = period == 1 ? "the end of the second period, " + Date(endOfSecond) : "after the end of the second period, " + Date(endOfSecond);
            Fail(ref failures, CheckCode.ExpiryDateNotValid, Invariant($"tCERs issued for CP{period} expire at the end of the following commitment period (decision 5/CMP.1 annex ¶1(g)): {required}; given: {given}."));
        }
    }
}
