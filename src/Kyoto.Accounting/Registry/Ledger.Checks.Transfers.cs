using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry.Internal;
using Kyoto.Accounting.Sectors;
using NodaTime;
using static System.FormattableString;

namespace Kyoto.Accounting.Registry;

/// <content>Checks of external and internal transfers (DES 3, 10): eligibility, reserve, PPSR and tCER/lCER limits.</content>
public sealed partial class Ledger
{
    /// <summary>
    /// Eligibility under a mechanism for units valid for a period (decision 11/CMP.1; decision 1/CMP.8 ¶13–15) and its
    /// suspension (decision 27/CMP.1 annex XV). A transfers-only suspension (annex XV ¶5(c)) counts only when
    /// <paramref name="transfer"/>: acquiring and using units stay possible.
    /// </summary>
    private void CheckEligibility(int registry, Mechanism mechanism, int period, LocalDate date, CheckCode code, string role, bool transfer, ref List<CheckFailure>? failures, CheckCode suspended = CheckCode.PartySuspended)
    {
        if (registry == RegistryId.CdmIndex)
        {
            return;
        }

        PartySettings settings = _configuration.SettingsAt(registry);
        string party = RegistryId.FromIndex(registry).ToString();
        if ((settings.EligibleMask & RegistryConfiguration.EligibilityBit(mechanism, period)) == 0)
        {
            Fail(ref failures, code, Invariant($"The {role} Party {party} is not eligible under Art. {(int)mechanism} for units valid for CP{period}."));
        }

        if (!settings.Suspensions.IsEmpty && settings.IsSuspended(mechanism, date, transfer))
        {
            Fail(ref failures, suspended, Invariant($"The eligibility of the {role} Party {party} under Art. {(int)mechanism} is suspended on {Date(date)}."));
        }
    }

    /// <summary>
    /// Units valid for the second period, and PPSR accounts, belong only to Parties with a second-period commitment
    /// (decision 1/CMP.8 ¶13–15, ¶23–24; decision 3/CMP.11 ¶3–4: the second-period provisions do not apply to Parties
    /// without one). Reports 3006 for a national registry of such a Party.
    /// </summary>
    private static void RequireSecondPeriodCommitment(int registry, string what, ref List<CheckFailure>? failures)
    {
        if (registry != RegistryId.CdmIndex && !RegistryId.FromIndex(registry).Party!.HasCommitment(CommitmentPeriod.Second))
        {
            Fail(ref failures, CheckCode.NoSecondPeriodCommitment, Invariant($"{RegistryId.FromIndex(registry)} has no quantified commitment for the second period, so {what} (decision 1/CMP.8 ¶13–15, ¶23–24; decision 3/CMP.11 ¶3–4)."));
        }
    }

    private long CheckExternalTransfer(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        (int from, int to) = ResolveMove(tx, "transferring", "acquiring", "external transfers", ref failures, ref plan);
        to = RequireDestination(to, to >= 0 && _accounts[to].IsHolding, "a holding account", ref failures);

        if (from >= 0 && to >= 0)
        {
            if (_accounts[from].Registry == _accounts[to].Registry)
            {
                Fail(ref failures, CheckCode.RegistryNotValid, Invariant($"An external transfer goes to another registry, but {Acct(from)} and {Acct(to)} are both in {_accounts[from].Account.Registry}."));
            }

            if (_accounts[from].IsPpsr != _accounts[to].IsPpsr)
            {
                Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"PPSR units move only between PPSR accounts (decision 1/CMP.8 ¶23–26): {Acct(from)} → {Acct(to)}."));
            }
        }

        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        if (from < 0 || to < 0)
        {
            return 0;
        }

        AccountInfo source = _accounts[from];
        AccountInfo target = _accounts[to];
        int mechanisms = 0;
        long outFirst = 0;
        long outSecond = 0;
        long firstTransfer = 0;
        long total = 0;
        bool temporary = false;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            long quantity = segment.Quantity;
            total = checked(total + quantity);
            temporary |= a.IsTemporary;
            if (a.IsTemporary && a.IsExpiredOn(tx.Date))
            {
                Fail(ref failures, CheckCode.UnitsExpired, Invariant($"{Describe(segment)} expired on {Date(a.ExpiryDate!.Value)}; expired tCERs and lCERs cannot be transferred."), UnitsOf(segment));
            }

            mechanisms |= RegistryConfiguration.EligibilityBit(UnitTypes.MechanismOf(a.UnitType), a.ApplicablePeriod);
            if (source.CountsForReserve && a.CountsForReserve)
            {
                if (a.ApplicablePeriod == 1)
                {
                    outFirst = checked(outFirst + quantity);
                }
                else
                {
                    outSecond = checked(outSecond + quantity);
                }
            }

            if (a.UnitType == UnitType.Aau && a.OriginalPeriod == 2 && !a.InternationallyTransferred)
            {
                firstTransfer = checked(firstTransfer + quantity);
            }
        }

        plan.Total = total;
        for (int period = 1; period <= 2; period++)
        {
            foreach (Mechanism mechanism in AllMechanisms)
            {
                if ((mechanisms & RegistryConfiguration.EligibilityBit(mechanism, period)) != 0)
                {
                    CheckEligibility(source.Registry, mechanism, period, tx.Date, CheckCode.TransferringPartyNotEligible, "transferring", true, ref failures);
                    CheckEligibility(target.Registry, mechanism, period, tx.Date, CheckCode.AcquiringPartyNotEligible, "acquiring", false, ref failures);
                }
            }
        }

        if ((mechanisms & (7 << 3)) != 0)
        {
            RequireSecondPeriodCommitment(source.Registry, "it cannot transfer units valid for CP2", ref failures);
            RequireSecondPeriodCommitment(target.Registry, "it cannot acquire units valid for CP2", ref failures);
        }

        if (source.IsPpsr && target.IsPpsr && source.IsNational)
        {
            CheckPpsrTransferAllowed(source.Registry, ref failures);
        }

        RequireAuthorisedEntity(from, ref failures);
        RequireAuthorisedEntity(to, ref failures);
        if (source.IsNational)
        {
            CheckReserve(source.Registry, 1, outFirst, ref failures);
            CheckReserve(source.Registry, 2, outSecond, ref failures);
        }

        if (temporary)
        {
            CheckTemporaryCerAcquisition(to, ref failures);
        }

        if (target.IsPpsr && target.IsNational)
        {
            long limitBase = _configuration.SettingsAt(target.Registry).AssignedAmount[0];
            Int128 after = (Int128)_ppsrAcquired[target.Registry] + total;
            if (after * 50 > limitBase)
            {
                Fail(ref failures, CheckCode.PpsrAcquisitionBeyondLimit, Invariant($"{RegistryId.FromIndex(target.Registry)} would have acquired {after:N0} PPSR units, beyond 2% of its first-period assigned amount of {limitBase:N0}."));
            }
        }

        bool exempt = to == _adaptationFund || (source.IsPpsr && target.IsPpsr);
        long share = !exempt && firstTransfer > 0 ? ShareOfProceedsOf(firstTransfer) : 0;
        RequireAdaptationFund(share, ref failures);
        return share;
    }

    /// <summary>
    /// Decision 13/CMP.1 annex ¶8 septies (as inserted by decision 3/CMP.11): a Party with an economy in transition,
    /// not fulfilling its commitments jointly, whose assigned amount is adjusted under Art. 3.7 ter (a recorded Art. 3.7 ter
    /// quantity above zero), does not transfer units from its PPSR account to other PPSR accounts.
    /// </summary>
    private void CheckPpsrTransferAllowed(int registry, ref List<CheckFailure>? failures)
    {
        Party party = RegistryId.FromIndex(registry).Party!;
        if (party.IsEconomyInTransition && _configuration.SettingsAt(registry).Article37TerQuantity > 0 && !JointFulfilment.TryFind(party, CommitmentPeriod.Second, out _))
        {
            Fail(ref failures, CheckCode.PpsrTransferNotAllowed, Invariant($"{RegistryId.FromIndex(registry)}, a Party with an economy in transition whose assigned amount is adjusted under Art. 3.7 ter and that does not fulfil its commitments jointly, does not transfer units from its PPSR account to other PPSR accounts (decision 13/CMP.1 annex ¶8 septies)."));
        }
    }

    private void CheckReserve(int party, int period, long outgoing, ref List<CheckFailure>? failures)
    {
        if (outgoing == 0)
        {
            return;
        }

        long reserve = _configuration.SettingsAt(party).Reserve[period - 1];
        Int128 after = _reserveHoldings[(party * 2) + period - 1] - outgoing;
        if (after < reserve)
        {
            Fail(ref failures, CheckCode.ReserveInfringed, Invariant($"Transferring {Units(outgoing)} valid for CP{period} would leave {RegistryId.FromIndex(party)} holding {after:N0}, below its commitment period reserve of {reserve:N0}."));
        }
    }

    private long CheckInternalTransfer(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int from = Resolve(tx.From, "transferring", ref failures);
        int to = Resolve(tx.To, "acquiring", ref failures);
        plan.From = from;
        plan.To = to;
        foreach ((int account, string role) in new[] { (from, "transferring"), (to, "acquiring") })
        {
            if (account >= 0 && (!_accounts[account].IsHolding || _accounts[account].IsPpsr))
            {
                Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"The {role} account {Acct(account)} is not a Party or entity holding account; internal transfers move units between those."));
            }
        }

        RequireSameRegistry(from, to, "An internal transfer", ref failures);
        CollectUnits(tx.UnitArray, from, false, 0, ref failures);
        CheckNotExpired(tx.Date, "transferred", ref failures);
        RequireAuthorisedEntity(from, ref failures);
        RequireAuthorisedEntity(to, ref failures);
        return 0;
    }

    private static readonly Mechanism[] AllMechanisms = { Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading };
}
