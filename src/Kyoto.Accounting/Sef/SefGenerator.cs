using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// Computes an SEF report by replaying a journal: each accepted transaction's effect on the holdings valid for the
/// reported period is classified into the rows of Tables 2, 3 and 5 (decision 14/CMP.1; decision 3/CMP.11 annex II).
/// </summary>
/// <remarks>
/// Interpretations, stated in the docs: a cancellation into the net source cancellation account is reported in the row
/// of the transaction's LULUCF activity, or in the Art. 3.3 deforestation row when the transaction names none; units
/// carried over out of the first period are Table 5(a) <c>CarryOver</c> additions of the first period's report (as the
/// SEF 1.0 cells allow), and carried into the second period are <c>CarryOver</c>/<c>CarryOverPPSR</c> additions of its
/// report; the requirement for replacement is the tCERs or lCERs replaced in the year. tCERs and lCERs cancelled for
/// expiry (decision 13/CMP.1 annex ¶21(i), (j)) are the requirement of the "expired in holding accounts" row of Table 3,
/// and their cancellation is reported in SEF 1.0 in the Replacement block of the "cancellation of … expired in holding
/// accounts" row (and as other cancellation in Table 2(a)), in SEF 2.0 in the Cancellation block of the event row;
/// lCERs cancelled for reversal of storage or non-submission of a certification report (¶21(k), (l)) are SEF 2.0 Table
/// 2(a) cancellations and the Cancellation block of the matching Table 3 event row, SEF 1.0 other cancellations.
/// </remarks>
internal sealed class SefGenerator
{
    private readonly RegistryConfiguration _configuration;
    private readonly RegistryId _registry;
    private readonly int _year;
    private readonly SefFormat _format;
    private readonly Dictionary<int, Cells> _byYear = new();
    private readonly Cells _starting = new();
    private readonly HashSet<string> _external = new(StringComparer.Ordinal);
    private readonly HashSet<string> _ppsr = new(StringComparer.Ordinal);

    internal SefGenerator(RegistryConfiguration configuration, Party party, int year, SefFormat format)
    {
        _configuration = configuration;
        _registry = RegistryId.National(party);
        _year = year;
        _format = format;
    }

    private bool First => _format.Number == 1;

    internal SefReport Run(IEnumerable<Transaction> journal, Instant timestamp)
    {
        var ledger = new Ledger(_configuration);
        Ledger yearStart = ledger;
        Dictionary<(AccountId, SefUnitType, int), long> before = Holdings(ledger);
        bool startTaken = false;
        foreach (Transaction t in journal)
        {
            if (t.Date.Year > _year)
            {
                break;
            }

            if (!startTaken && t.Date.Year == _year)
            {
                yearStart = ledger.Clone();
                startTaken = true;
            }

            TransactionResult result = ledger.Apply(t);
            Dictionary<(AccountId, SefUnitType, int), long> after = Holdings(ledger);
            Classify(t, Delta(before, after), result.ShareOfProceeds);
            before = after;
        }

        if (!startTaken)
        {
            yearStart = ledger.Clone();
        }

        Ledger yearEnd = ledger;
        var draft = new Dictionary<string, long[]>(StringComparer.Ordinal);
        Cells current = YearCells(_year);
        SefLayout layout = SefLayout.Create(_format, _external, _ppsr);
        foreach (SefLayout.Slot slot in layout.Slots)
        {
            draft[slot.Location] = new long[6];
        }

        FillHoldings(draft, "Table1", yearStart);
        FillHoldings(draft, "Table4", yearEnd);
        current.CopyTo(draft, loc => loc.StartsWith("Table2", StringComparison.Ordinal) || loc.StartsWith("Table3", StringComparison.Ordinal));
        _starting.CopyTo(draft, loc => loc.StartsWith("Table5a/StartingValues", StringComparison.Ordinal));
        FillAnnual(draft);
        return SefAssembler.Assemble(layout, new SefHeader(_registry.ToString(), _year, _year, _format.Period.Number, 1, SefSource.Registry, SefStatus.Final, timestamp), draft);
    }

    private void FillAnnual(Dictionary<string, long[]> draft)
    {
        foreach ((int year, Cells cells) in _byYear.Where(y => y.Key <= _year))
        {
            foreach (string side in new[] { "Additions", "Subtractions" })
            {
                long[] sum = new long[6];
                foreach (string row in cells.Locations.Where(l => l.StartsWith("Table2a/TransactionType[", StringComparison.Ordinal) || l.StartsWith("Table2b/ExternalTransfer[", StringComparison.Ordinal) || (!First && l.StartsWith("Table2c/PPSRTransfer[", StringComparison.Ordinal))).Where(l => l.EndsWith("/" + side, StringComparison.Ordinal)))
                {
                    Add(sum, cells.Get(row));
                }

                string annual = First ? $"Table5a/AnnualTransactions/AnnualTransaction[{year}]/{side}" : $"Table5b/AnnualTransactions/AnnualTransaction[{year}]/{side}";
                AddTo(draft, annual, sum);
                if (!First)
                {
                    long[] ppsr = new long[6];
                    foreach (string row in cells.Locations.Where(l => l.StartsWith("Table2c/PPSRTransfer[", StringComparison.Ordinal) && l.EndsWith("/" + side, StringComparison.Ordinal)))
                    {
                        Add(ppsr, cells.Get(row));
                    }

                    AddTo(draft, $"Table5c/AnnualTransactionsPPSR/AnnualTransactionPPSR[{year}]/{side}", ppsr);
                }
            }

            string retirements = First ? "Table5c/AnnualRetirements/AnnualRetirement" : "Table5e/AnnualRetirements/AnnualRetirement";
            long[] retired = new long[6];
            foreach (string row in cells.Locations.Where(l => l == "Table2a/Retirement" || l.StartsWith("Table2aRetirement/Retirement[", StringComparison.Ordinal)))
            {
                Add(retired, cells.Get(row));
            }

            AddTo(draft, $"{retirements}[{year}]", retired);
            string replacements = First ? "Table5b/AnnualReplacements/AnnualReplacement" : "Table5d/AnnualReplacements/AnnualReplacement";
            foreach (string part in new[] { "RequirementForReplacement", "Replacement", "Cancellation" })
            {
                long[] total = new long[6];
                foreach (string row in cells.Locations.Where(l => l.StartsWith("Table3/TransactionOrEventType[", StringComparison.Ordinal) && l.EndsWith("/" + part, StringComparison.Ordinal)))
                {
                    Add(total, cells.Get(row));
                }

                AddTo(draft, $"{replacements}[{year}]/{part}", total);
            }
        }
    }

    private static void Add(long[] sum, long[] cells)
    {
        for (int i = 0; i < sum.Length && i < cells.Length; i++)
        {
            sum[i] = checked(sum[i] + cells[i]);
        }
    }

    private static void AddTo(Dictionary<string, long[]> draft, string location, long[] values)
    {
        if (draft.TryGetValue(location, out long[]? cells))
        {
            Add(cells, values);
        }
    }

    private void FillHoldings(Dictionary<string, long[]> draft, string table, Ledger ledger)
    {
        SefHoldings holdings = ledger.GetSefHoldings(_registry, _format.Period);
        foreach (AccountType type in Enum.GetValues<AccountType>())
        {
            string? row = AccountRow(type);
            if (row is null || !draft.TryGetValue($"{table}/AccountType[{row}]", out long[]? cells))
            {
                continue;
            }

            foreach (UnitType unit in Enum.GetValues<UnitType>())
            {
                int column = Array.IndexOf(SefNames.UnitColumns, Column(unit));
                cells[column] = checked(cells[column] + holdings.GetQuantity(type, unit));
            }
        }
    }

    private string? AccountRow(AccountType type) => type switch
    {
        AccountType.PartyHolding => "PartyHolding",
        AccountType.EntityHolding => "EntityHolding",
        AccountType.PreviousPeriodSurplusReserve => First ? null : "PreviousPeriodSurplusReserveAccount",
        AccountType.NetSourceCancellation => "NetSourceCancellation",
        AccountType.NonComplianceCancellation => "NonComplianceCancellation",
        AccountType.VoluntaryCancellation => First ? "OtherCancellationAccounts" : "VoluntaryCancellationAccount",
        AccountType.MandatoryCancellation => First ? "OtherCancellationAccounts" : "CancellationAccountForRemainingUnitsAfterCarryover",
        AccountType.Article37TerCancellation => First ? "OtherCancellationAccounts" : "Art37TerCancellationAccount",
        AccountType.AmbitionIncreaseCancellation => First ? "OtherCancellationAccounts" : "Art31TerQuaterAmbitionIncreaseCancellationAccount",
        AccountType.Retirement => "RetirementAccount",
        AccountType.TcerReplacementForExpiry => "tCERReplacementForExpiry",
        AccountType.LcerReplacementForExpiry => "lCERReplacementForExpiry",
        AccountType.LcerReplacementForReversalOfStorage => "lCERReplacementForReversalOfStorage",
        AccountType.LcerReplacementForNonSubmissionOfCertificationReport => "lCERReplacementForNonSubmissionCertReport",
        AccountType.TcerCancellationForExpiry => First ? "OtherCancellationAccounts" : "tCERCancellationAccountForExpiry",
        AccountType.LcerCancellationForExpiry => First ? "OtherCancellationAccounts" : "lCERCancellationAccountForExpiry",
        AccountType.LcerCancellationForReversalOfStorage => First ? "OtherCancellationAccounts" : "lCERCancellationAccountForReversalOfStorage",
        AccountType.LcerCancellationForNonSubmissionOfCertificationReport => First ? "OtherCancellationAccounts" : "lCERCancellationAccountForNonSubmissionCertReport",
        _ => null,
    };

    internal static SefUnitType Column(UnitType unit) => unit switch
    {
        UnitType.Aau => SefUnitType.Aau,
        UnitType.Rmu => SefUnitType.Rmu,
        UnitType.EruFromAau or UnitType.EruFromRmu => SefUnitType.Eru,
        UnitType.Cer => SefUnitType.Cer,
        UnitType.Tcer => SefUnitType.Tcer,
        _ => SefUnitType.Lcer,
    };

    private static Dictionary<(AccountId, SefUnitType, int), long> Holdings(Ledger ledger)
    {
        var holdings = new Dictionary<(AccountId, SefUnitType, int), long>();
        foreach (Holding h in ledger.GetHoldings())
        {
            var key = (h.Account, Column(h.UnitType), h.ApplicablePeriod.Number);
            holdings[key] = checked(holdings.GetValueOrDefault(key) + h.Quantity);
        }

        return holdings;
    }

    private static Dictionary<(AccountId Account, SefUnitType Unit, int Period), long> Delta(
        Dictionary<(AccountId, SefUnitType, int), long> before,
        Dictionary<(AccountId, SefUnitType, int), long> after)
    {
        var delta = new Dictionary<(AccountId, SefUnitType, int), long>();
        foreach (var key in before.Keys.Union(after.Keys))
        {
            long d = checked(after.GetValueOrDefault(key) - before.GetValueOrDefault(key));
            if (d != 0)
            {
                delta[key] = d;
            }
        }

        return delta;
    }

    private Cells YearCells(int year)
    {
        if (!_byYear.TryGetValue(year, out Cells? cells))
        {
            cells = new Cells();
            _byYear.Add(year, cells);
        }

        return cells;
    }

    private bool InRegistry(AccountId? id, out Account account)
    {
        account = null!;
        return id is AccountId a && _configuration.TryGetAccount(a, out account!) && account.Registry == _registry;
    }

    private void Classify(Transaction t, Dictionary<(AccountId Account, SefUnitType Unit, int Period), long> delta, long shareOfProceeds)
    {
        Cells year = YearCells(t.Date.Year);
        int period = _format.Period.Number;
        IEnumerable<(AccountId Account, SefUnitType Unit, long Quantity)> Moves(AccountId? account, int sign, int? inPeriod = null) =>
            delta.Where(d => account is AccountId a && d.Key.Account == a && d.Key.Period == (inPeriod ?? period) && Math.Sign(d.Value) == sign)
                .Select(d => (d.Key.Account, d.Key.Unit, Math.Abs(d.Value)));

        bool fromHere = InRegistry(t.From, out Account? from);
        bool toHere = InRegistry(t.To, out Account? to);
        switch (t.Type)
        {
            case TransactionType.Issuance when toHere:
                foreach (var m in Moves(t.To, +1))
                {
                    if (m.Unit == SefUnitType.Aau)
                    {
                        _starting.Add($"Table5a/StartingValues/StartingValue[{(First ? "IssuancePursuantToArt37-38" : "AssignedAmountUnitsIssued")}]/Additions", m.Unit, m.Quantity);
                    }
                    else if (m.Unit == SefUnitType.Rmu)
                    {
                        year.Add($"Table2a/TransactionType[{ActivityRow(t.Activity)}]/Additions", m.Unit, m.Quantity);
                    }
                }

                break;
            case TransactionType.Conversion when toHere:
                string row = t.Track == EruTrack.Track2 ? "IndependentlyVerifiedProjects" : "IssuanceConversionOfPartyVerifiedProjects";
                string fund = t.Track == EruTrack.Track2 ? "IssuanceIndependentlyVerifiedERU" : "IssuanceERUFromPartyVerifiedProjects";

                // ERUs issued, including the share of proceeds that goes at once to the Adaptation Fund (an external transfer).
                foreach (var m in Elsewhere(delta, +1))
                {
                    year.Add($"Table2a/TransactionType[{row}]/Additions", m.Unit, m.Quantity);
                    if (!First)
                    {
                        year.Add($"Table2d/AdaptationFundType[{fund}]/AmountTransferred", SefUnitType.Eru, m.Quantity);
                    }

                    if (m.Registry != _registry)
                    {
                        _external.Add(m.Registry.ToString());
                        year.Add($"Table2b/ExternalTransfer[{m.Registry}]/Subtractions", m.Unit, m.Quantity);
                    }
                }

                foreach (var m in Moves(t.To, -1))
                {
                    year.Add($"Table2a/TransactionType[{row}]/Subtractions", m.Unit, m.Quantity);
                }

                if (!First && shareOfProceeds > 0)
                {
                    year.Add($"Table2d/AdaptationFundType[{fund}]/AmountContributed", SefUnitType.Eru, shareOfProceeds);
                }

                break;
            case TransactionType.ExternalTransfer when fromHere != toHere:
                bool ppsr = !First && (fromHere ? from : to)!.Type == AccountType.PreviousPeriodSurplusReserve;
                if (fromHere)
                {
                    // Split by receiving registry: the share of proceeds goes to the Adaptation Fund in the CDM registry.
                    foreach (var m in Elsewhere(delta, +1).Where(m => m.Registry != _registry))
                    {
                        (ppsr ? _ppsr : _external).Add(m.Registry.ToString());
                        year.Add($"{(ppsr ? "Table2c/PPSRTransfer" : "Table2b/ExternalTransfer")}[{m.Registry}]/Subtractions", m.Unit, m.Quantity);
                    }
                }
                else
                {
                    string other = RegistryOf(t.From).ToString();
                    (ppsr ? _ppsr : _external).Add(other);
                    foreach (var m in Moves(t.To, +1))
                    {
                        year.Add($"{(ppsr ? "Table2c/PPSRTransfer" : "Table2b/ExternalTransfer")}[{other}]/Additions", m.Unit, m.Quantity);
                    }
                }

                if (!First && fromHere && shareOfProceeds > 0)
                {
                    long aaus = Moves(t.From, -1).Where(m => m.Unit == SefUnitType.Aau).Sum(m => m.Quantity);
                    year.Add("Table2d/AdaptationFundType[FirstInternationalTransfersOfAAU]/AmountTransferred", SefUnitType.Aau, aaus);
                    year.Add("Table2d/AdaptationFundType[FirstInternationalTransfersOfAAU]/AmountContributed", SefUnitType.Aau, shareOfProceeds);
                }

                break;
            case TransactionType.Cancellation when fromHere:
                foreach (var m in Moves(t.From, -1))
                {
                    foreach (string target in CancellationTargets(to!.Type, t.Activity))
                    {
                        (target.StartsWith("Table5a", StringComparison.Ordinal) ? _starting : year).Add(target, m.Unit, m.Quantity);
                    }
                }

                break;
            case TransactionType.Retirement when fromHere:
                string retirement = First ? "Table2a/Retirement"
                    : from!.Type == AccountType.PreviousPeriodSurplusReserve ? "Table2aRetirement/Retirement[RetirementFromPPSR]"
                    : "Table2aRetirement/Retirement[Retirement]";
                foreach (var m in Moves(t.From, -1))
                {
                    year.Add(retirement, m.Unit, m.Quantity);
                }

                break;
            case TransactionType.Replacement when toHere:
                (string tx, string requirementEvent, string replacementEvent) = ReplacementRows(to!.Type);
                foreach (var m in Moves(t.From, -1))
                {
                    year.Add($"Table2a/TransactionType[{tx}]/Subtractions", m.Unit, m.Quantity);
                    year.Add($"Table3/TransactionOrEventType[{replacementEvent}]/Replacement", m.Unit, m.Quantity);
                }

                foreach (var m in Moves(t.ReplacedFrom, -1))
                {
                    year.Add($"Table3/TransactionOrEventType[{requirementEvent}]/RequirementForReplacement", m.Unit, m.Quantity);
                }

                break;
            case TransactionType.CarryOver when First && fromHere:
                foreach (var m in Moves(t.From, -1, 1))
                {
                    _starting.Add("Table5a/StartingValues/StartingValue[CarryOver]/Additions", m.Unit, m.Quantity);
                }

                break;
            case TransactionType.CarryOver when !First && toHere:
                string carry = to!.Type == AccountType.PreviousPeriodSurplusReserve ? "CarryOverPPSR" : "CarryOver";
                foreach (var m in Moves(t.To, +1, 2))
                {
                    _starting.Add($"Table5a/StartingValues/StartingValue[{carry}]/Additions", m.Unit, m.Quantity);
                }

                break;
        }
    }

    // Units that arrived in accounts of any registry (for the receiving side of a move), by registry and column.
    private IEnumerable<(RegistryId Registry, SefUnitType Unit, long Quantity)> Elsewhere(Dictionary<(AccountId Account, SefUnitType Unit, int Period), long> delta, int sign) =>
        delta.Where(d => d.Key.Period == _format.Period.Number && Math.Sign(d.Value) == sign)
            .GroupBy(d => (Registry: RegistryOf(d.Key.Account), d.Key.Unit))
            .Select(g => (g.Key.Registry, g.Key.Unit, Math.Abs(g.Sum(d => d.Value))));

    private RegistryId RegistryOf(AccountId? id) =>
        id is AccountId a && _configuration.TryGetAccount(a, out Account? account) ? account.Registry : RegistryId.Cdm;

    private string ActivityRow(LulucfActivity? activity) => activity switch
    {
        LulucfActivity.AfforestationAndReforestation => "Art33AfforestationReforestation",
        LulucfActivity.ForestManagement => "Art34ForestManagement",
        LulucfActivity.CroplandManagement => "Art34CropLandManagement",
        LulucfActivity.GrazingLandManagement => "Art34GrazingLandManagement",
        LulucfActivity.Revegetation => "Art34Revegetation",
        LulucfActivity.WetlandDrainageAndRewetting when !First => "Art34WetLandDrainageRewetting",
        _ => "Art33Deforestation",
    };

    private IEnumerable<string> CancellationTargets(AccountType account, LulucfActivity? activity)
    {
        switch (account)
        {
            case AccountType.NetSourceCancellation:
                yield return $"Table2a/TransactionType[{ActivityRow(activity)}]/Subtractions";
                break;
            case AccountType.NonComplianceCancellation:
                yield return "Table5a/StartingValues/StartingValue[Non-compliance cancellation]/Subtractions";
                break;
            case AccountType.MandatoryCancellation when !First:
                yield return "Table5a/StartingValues/StartingValue[CancellationRemainingUnitsCarryOver]/Subtractions";
                break;
            case AccountType.Article37TerCancellation when !First:
                yield return "Table5a/StartingValues/StartingValue[Art3Par7TerCancellations]/Subtractions";
                break;
            case AccountType.AmbitionIncreaseCancellation when !First:
                yield return "Table2a/TransactionType[Art31TerQuaterAmbitionIncreaseCancellation]/Subtractions";
                yield return "Table5a/StartingValues/StartingValue[CancellationFollowingIncreaseAmbition]/Subtractions";
                break;
            case AccountType.TcerCancellationForExpiry or AccountType.LcerCancellationForExpiry:
                // Expired in holding accounts (the event) and their cancellation (SEF 1.0: its own row; SEF 2.0: the
                // event row's Cancellation block). SEF 2.0 has no Table 2(a) row for it.
                string kind = account == AccountType.TcerCancellationForExpiry ? "tCER" : "lCER";
                yield return $"Table3/TransactionOrEventType[{kind}sExpiredInHoldingAccounts]/RequirementForReplacement";
                if (First)
                {
                    yield return "Table2a/TransactionType[OtherCancellation]/Subtractions";
                    yield return $"Table3/TransactionOrEventType[CancellationOf{kind}sExpiredInHoldingAccounts]/Replacement";
                }
                else
                {
                    yield return $"Table3/TransactionOrEventType[{kind}sExpiredInHoldingAccounts]/Cancellation";
                }

                break;
            case AccountType.LcerCancellationForReversalOfStorage when !First:
                yield return "Table2a/TransactionType[CancellationForReversalOfStorage]/Subtractions";
                yield return "Table3/TransactionOrEventType[SubjectToReversalOfStorage]/Cancellation";
                break;
            case AccountType.LcerCancellationForNonSubmissionOfCertificationReport when !First:
                yield return "Table2a/TransactionType[CancellationForNonSubmissionOfCertReport]/Subtractions";
                yield return "Table3/TransactionOrEventType[SubjectToNonSubmissionOfCertReport]/Cancellation";
                break;
            default:
                yield return First ? "Table2a/TransactionType[OtherCancellation]/Subtractions" : "Table2a/TransactionType[VoluntaryCancellation]/Subtractions";
                break;
        }
    }

    private (string Transaction, string Requirement, string Replacement) ReplacementRows(AccountType account) => account switch
    {
        AccountType.TcerReplacementForExpiry => ("ReplacementExpiredtCERs", "tCERsExpiredInRetirementAndReplacementAccounts", First ? "ReplacementOfExpiredtCERs" : "tCERsExpiredInRetirementAndReplacementAccounts"),
        AccountType.LcerReplacementForExpiry => ("ReplacementExpiredlCERs", "lCERsExpiredInRetirementAndReplacementAccounts", First ? "ReplacementOfExpiredlCERs" : "lCERsExpiredInRetirementAndReplacementAccounts"),
        AccountType.LcerReplacementForReversalOfStorage => ("ReplacementForReversalOfStorage", First ? "SubjectToReplacementForReversalOfStorage" : "SubjectToReversalOfStorage", First ? "ReplacementForReversalOfStorage" : "SubjectToReversalOfStorage"),
        _ => ("ReplacementForNonSubmissionOfCertReport", First ? "SubjectToReplacementForNonSubmissionOfCertReport" : "SubjectToNonSubmissionOfCertReport", First ? "ReplacementForNonSubmissionOfCertReport" : "SubjectToNonSubmissionOfCertReport"),
    };

    /// <summary>Accumulated cells by location and column.</summary>
    private sealed class Cells
    {
        private readonly Dictionary<string, long[]> _cells = new(StringComparer.Ordinal);

        internal IEnumerable<string> Locations => _cells.Keys;

        internal void Add(string location, SefUnitType unit, long quantity)
        {
            if (!_cells.TryGetValue(location, out long[]? cells))
            {
                cells = new long[6];
                _cells.Add(location, cells);
            }

            cells[(int)unit - 1] = checked(cells[(int)unit - 1] + quantity);
        }

        internal long[] Get(string location) => _cells[location];

        // Copies into the draft, whose requirement blocks have only the CER columns of the format.
        internal void CopyTo(Dictionary<string, long[]> draft, Func<string, bool> include)
        {
            foreach ((string location, long[] values) in _cells)
            {
                if (include(location) && draft.TryGetValue(location, out long[]? target))
                {
                    SefGenerator.Add(target, values);
                }
            }
        }
    }
}
