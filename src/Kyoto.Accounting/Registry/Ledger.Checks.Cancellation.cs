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
        if (_accounts[to].Type is AccountType.Article37TerCancellation or AccountType.AmbitionIncreaseCancellation)
        {
            foreach (Segment segment in _segments)
            {
                if (_attributes[segment.Attributes].UnitType != UnitType.Aau)
                {
                    Fail(ref failures, CheckCode.UnitTypeNotValid, Invariant($"{Describe(segment)} cannot go to {Acct(to)}; only AAUs are cancelled there (Art. 3.7 ter, 3.1 ter)."));
                }
            }
        }

        return 0;
    }
}
