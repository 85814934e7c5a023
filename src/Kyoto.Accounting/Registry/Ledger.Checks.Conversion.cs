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

/// <content>Checks of conversion to ERUs (DES 2; Art. 6).</content>
public sealed partial class Ledger
{
    private long CheckConversion(Transaction tx, ref List<CheckFailure>? failures, ref Plan plan)
    {
        int account = Resolve(tx.From, "converting", ref failures);
        plan.From = account;
        if (account >= 0 && (_accounts[account].Type != AccountType.PartyHolding || !_accounts[account].IsNational))
        {
            Fail(ref failures, CheckCode.AccountTypeNotValid, Invariant($"Conversion to ERUs takes place in the host Party's holding account, not in {Acct(account)}."));
            account = -1;
        }

        CollectUnits(tx.UnitArray, account, false, 0, ref failures);
        if (account < 0)
        {
            return 0;
        }

        int party = _accounts[account].Registry;
        long secondPeriod = 0;
        int periods = 0;
        foreach (Segment segment in _segments)
        {
            BlockAttributes a = _attributes[segment.Attributes];
            periods |= 1 << a.ApplicablePeriod;
            if (a.UnitType is not (UnitType.Aau or UnitType.Rmu))
            {
                Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot be converted; only AAUs and RMUs become ERUs (Art. 6)."), UnitsOf(segment));
            }
            else if (segment.Originator != party)
            {
                Fail(ref failures, CheckCode.UnitsNotOfHostParty, Invariant($"{Describe(segment)} were issued by {RegistryId.FromIndex(segment.Originator)}; {RegistryId.FromIndex(party)} converts only its own AAUs and RMUs."), UnitsOf(segment));
            }

            if (a.OriginalPeriod == 2)
            {
                secondPeriod = checked(secondPeriod + segment.Quantity);
            }
        }

        if (tx.Track == EruTrack.Track1)
        {
            for (int period = 1; period <= 2; period++)
            {
                if ((periods & (1 << period)) != 0)
                {
                    CheckEligibility(party, Mechanism.JointImplementation, period, tx.Date, CheckCode.TransferringPartyNotEligible, "host", true, ref failures);
                }
            }
        }

        long share = secondPeriod > 0 ? ShareOfProceedsOf(secondPeriod) : 0;
        RequireAdaptationFund(share, ref failures);
        return share;
    }
}
