using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// The blocks a report of a format must contain, in document order, which cells are <c>NA</c>, and which blocks are
/// totals of others. One description serves the generator, the parser's structural check, the validator and the schema.
/// </summary>
/// <remarks>
/// Interpretation: a cell is <c>NA</c> exactly where the rules leave no way for that unit type to occur (a previous
/// period surplus reserve holds AAUs only, decision 1/CMP.8 ¶24; RMUs are only issued for Art. 3.3/3.4 activities;
/// conversions yield ERUs from AAUs or RMUs, Art. 6; tCER and lCER cancellation accounts hold only their own type, and a tCER is replaced by units other than lCERs, an lCER by units other than tCERs, decision 5/CMP.1);
/// the SEF texts list the cells but not every NA position.
/// </remarks>
internal sealed class SefLayout
{
    private readonly List<Slot> _slots = new();
    private readonly List<SumRule> _sums = new();

    private SefLayout(SefFormat format) => Format = format;

    internal SefFormat Format { get; }

    internal IReadOnlyList<Slot> Slots => _slots;

    internal IReadOnlyList<SumRule> Sums => _sums;

    /// <summary>Builds the layout of a format with the report's variable rows: the other registries of Tables 2(b) and 2(c).</summary>
    internal static SefLayout Create(SefFormat format, IEnumerable<string> externalRegistries, IEnumerable<string> ppsrRegistries, IEnumerable<string>? correctiveTransactions = null, IEnumerable<string>? correctiveReplacements = null, IEnumerable<string>? correctiveRetirements = null)
    {
        var layout = new SefLayout(format);
        layout.Build(Sorted(externalRegistries), Sorted(ppsrRegistries));
        foreach (string n in Sorted(correctiveTransactions ?? []))
        {
            layout.AddSub($"Table6a/CorrectiveTransaction[{n}]", _ => false);
        }

        foreach (string n in Sorted(correctiveReplacements ?? []))
        {
            layout.Cer($"Table6b/CorrectiveReplacement[{n}]/RequirementForReplacement", _ => false);
            layout.Unit($"Table6b/CorrectiveReplacement[{n}]/Replacement", _ => false);
        }

        foreach (string n in Sorted(correctiveRetirements ?? []))
        {
            layout.Unit($"Table6c/CorrectiveRetirement[{n}]", _ => false);
        }

        return layout;
    }

    /// <summary>The layout that matches a parsed report's variable rows (other registries, corrective transactions).</summary>
    internal static SefLayout For(SefReport report) => Create(
        report.Format,
        KeysOf(report, "Table2b/ExternalTransfer["),
        KeysOf(report, "Table2c/PPSRTransfer["),
        KeysOf(report, "Table6a/CorrectiveTransaction["),
        KeysOf(report, "Table6b/CorrectiveReplacement["),
        KeysOf(report, "Table6c/CorrectiveRetirement["));

    private static List<string> Sorted(IEnumerable<string> keys) => keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<string> KeysOf(SefReport report, string prefix) =>
        report.Blocks.Where(b => b.Location.StartsWith(prefix, StringComparison.Ordinal))
            .Select(b => b.Location.Substring(prefix.Length, b.Location.IndexOf(']', prefix.Length) - prefix.Length));

    private void Build(List<string> external, List<string> ppsr)
    {
        bool cp1 = Format.Number == 1;
        Holdings("Table1");
        foreach (string t in Format.TransactionTypes)
        {
            Unit($"Table2a/TransactionType[{t}]/Additions", u => AdditionNotApplicable(t, u));
            Unit($"Table2a/TransactionType[{t}]/Subtractions", u => SubtractionNotApplicable(t, u));
        }

        AddSubTotal("Table2a/SubTotal", "Table2a/TransactionType[*]");
        if (cp1)
        {
            Unit("Table2a/Retirement", _ => false);
        }
        else
        {
            Unit("Table2aRetirement/Retirement[Retirement]", _ => false);
            Unit("Table2aRetirement/Retirement[RetirementFromPPSR]", u => u != SefUnitType.Aau);
            Total("Table2aRetirement/TotalUnitQty", "Table2aRetirement/Retirement[*]");
        }

        foreach (string registry in external)
        {
            Unit($"Table2b/ExternalTransfer[{registry}]/Additions", _ => false);
            Unit($"Table2b/ExternalTransfer[{registry}]/Subtractions", _ => false);
        }

        AddSubTotal("Table2b/SubTotal", "Table2b/ExternalTransfer[*]");
        if (cp1)
        {
            Unit("Table2b/AdditionalInformation/Additions", _ => true);
            Unit("Table2b/AdditionalInformation/Subtractions", u => u != SefUnitType.Eru);
            Unit("Table2c/Additions", _ => false);
            Unit("Table2c/Subtractions", _ => false);
            _sums.Add(new SumRule("Table2c/Additions", ["Table2a/SubTotal/Additions", "Table2b/SubTotal/Additions"]));
            _sums.Add(new SumRule("Table2c/Subtractions", ["Table2a/SubTotal/Subtractions", "Table2b/SubTotal/Subtractions"]));
        }
        else
        {
            foreach (string registry in ppsr)
            {
                Unit($"Table2c/PPSRTransfer[{registry}]/Additions", u => u != SefUnitType.Aau);
                Unit($"Table2c/PPSRTransfer[{registry}]/Subtractions", u => u != SefUnitType.Aau);
            }

            AddSubTotal("Table2c/SubTotal", "Table2c/PPSRTransfer[*]", u => u != SefUnitType.Aau);
            foreach (string name in AdaptationFundTypes)
            {
                SefUnitType only = name == "FirstInternationalTransfersOfAAU" ? SefUnitType.Aau : SefUnitType.Eru;
                Unit($"Table2d/AdaptationFundType[{name}]/AmountTransferred", u => u != only);
                Unit($"Table2d/AdaptationFundType[{name}]/AmountContributed", u => u != only);
            }

            Unit("Table2e/Additions", _ => false);
            Unit("Table2e/Subtractions", _ => false);
            _sums.Add(new SumRule("Table2e/Additions", ["Table2a/SubTotal/Additions", "Table2b/SubTotal/Additions", "Table2c/SubTotal/Additions"]));
            _sums.Add(new SumRule("Table2e/Subtractions", ["Table2a/SubTotal/Subtractions", "Table2b/SubTotal/Subtractions", "Table2c/SubTotal/Subtractions"]));
        }

        foreach (string e in Format.EventTypes)
        {
            ReplacementParts($"Table3/TransactionOrEventType[{e}]", EventUnit(e));
        }

        ReplacementTotal("Table3/TotalTxOrEvent", "Table3/TransactionOrEventType[*]");
        Holdings("Table4");
        if (cp1)
        {
            foreach (string s in Format.StartingValues)
            {
                StartingValue($"Table5a/StartingValues/StartingValue[{s}]", s);
            }

            AddSubTotal("Table5a/StartingValues/SubTotal", "Table5a/StartingValues/StartingValue[*]");
            foreach (int year in Years(2007))
            {
                AddSub($"Table5a/AnnualTransactions/AnnualTransaction[{year}]", _ => false);
            }

            AddSubTotal("Table5a/AnnualTransactions/SubTotal", "Table5a/AnnualTransactions/AnnualTransaction[*]");
            AddSub("Table5a/TotalAdditionSubtraction", _ => false);
            _sums.Add(new SumRule("Table5a/TotalAdditionSubtraction/Additions", ["Table5a/StartingValues/SubTotal/Additions", "Table5a/AnnualTransactions/SubTotal/Additions"]));
            _sums.Add(new SumRule("Table5a/TotalAdditionSubtraction/Subtractions", ["Table5a/StartingValues/SubTotal/Subtractions", "Table5a/AnnualTransactions/SubTotal/Subtractions"]));
            Cer("Table5b/PreviousCP/RequirementForReplacement", _ => true);
            Unit("Table5b/PreviousCP/Replacement", _ => false);
            foreach (int year in Years(Format.FirstAnnualYear))
            {
                ReplacementParts($"Table5b/AnnualReplacements/AnnualReplacement[{year}]", null);
            }

            ReplacementTotal("Table5b/TotalTxOrEvent", "Table5b/AnnualReplacements/AnnualReplacement[*]", "Table5b/PreviousCP");
            foreach (int year in Years(Format.FirstAnnualYear))
            {
                Unit($"Table5c/AnnualRetirements/AnnualRetirement[{year}]", _ => false);
            }

            Total("Table5c/TotalUnitQty", "Table5c/AnnualRetirements/AnnualRetirement[*]");
        }
        else
        {
            foreach (string s in Format.StartingValues)
            {
                StartingValue($"Table5a/StartingValues/StartingValue[{s}]", s);
            }

            AddSubTotal("Table5a/TotalAdditionSubtraction", "Table5a/StartingValues/StartingValue[*]");
            foreach (int year in Years(Format.FirstAnnualYear))
            {
                AddSub($"Table5b/AnnualTransactions/AnnualTransaction[{year}]", _ => false);
            }

            AddSubTotal("Table5b/TotalAdditionSubtraction", "Table5b/AnnualTransactions/AnnualTransaction[*]");
            foreach (int year in Years(Format.FirstAnnualYear))
            {
                AddSub($"Table5c/AnnualTransactionsPPSR/AnnualTransactionPPSR[{year}]", u => u != SefUnitType.Aau);
            }

            AddSubTotal("Table5c/TotalAdditionSubtraction", "Table5c/AnnualTransactionsPPSR/AnnualTransactionPPSR[*]", u => u != SefUnitType.Aau);
            foreach (int year in Years(Format.FirstAnnualYear))
            {
                ReplacementParts($"Table5d/AnnualReplacements/AnnualReplacement[{year}]", null);
            }

            ReplacementTotal("Table5d/TotalTxOrEvent", "Table5d/AnnualReplacements/AnnualReplacement[*]");
            foreach (int year in Years(Format.FirstAnnualYear))
            {
                Unit($"Table5e/AnnualRetirements/AnnualRetirement[{year}]", _ => false);
            }

            Total("Table5e/TotalUnitQty", "Table5e/AnnualRetirements/AnnualRetirement[*]");
        }
    }

    internal static readonly string[] AdaptationFundTypes =
        ["FirstInternationalTransfersOfAAU", "IssuanceERUFromPartyVerifiedProjects", "IssuanceIndependentlyVerifiedERU"];

    internal static readonly string[] ConversionRows = ["IssuanceConversionOfPartyVerifiedProjects", "IndependentlyVerifiedProjects"];

    private IEnumerable<int> Years(int first) => Enumerable.Range(first, Format.LastAnnualYear - first + 1);

    private void Holdings(string table)
    {
        foreach (string account in Format.AccountTypes)
        {
            Unit($"{table}/AccountType[{account}]", u => !CanHold(account, u));
        }

        Total($"{table}/TotalUnitQty", $"{table}/AccountType[*]");
    }

    private void StartingValue(string location, string name)
    {
        Unit(location + "/Additions", u => name switch
        {
            "IssuancePursuantToArt37-38" or "AssignedAmountUnitsIssued" or "CarryOverPPSR" => u != SefUnitType.Aau,
            "CarryOver" => u is not (SefUnitType.Aau or SefUnitType.Eru or SefUnitType.Cer),
            _ => true,
        });
        Unit(location + "/Subtractions", u => name switch
        {
            "Art3Par7TerCancellations" or "CancellationFollowingIncreaseAmbition" => u != SefUnitType.Aau,
            "Non-compliance cancellation" => u is SefUnitType.Tcer or SefUnitType.Lcer,
            "CancellationRemainingUnitsCarryOver" => false,
            _ => true,
        });
    }

    // The requirement, replacement and (SEF 2.0) cancellation blocks of a Table 3 or annual replacement row.
    private void ReplacementParts(string location, SefUnitType? only)
    {
        Cer(location + "/RequirementForReplacement", u => only is SefUnitType o && u != o);
        Unit(location + "/Replacement", _ => false);
        if (Format.Number == 2)
        {
            Unit(location + "/Cancellation", u => only is SefUnitType o && u != o);
        }
    }

    private void ReplacementTotal(string target, params string[] sources)
    {
        Cer(target + "/RequirementForReplacement", _ => false);
        Unit(target + "/Replacement", _ => false);
        _sums.Add(new SumRule(target + "/RequirementForReplacement", sources.Select(s => s + "/RequirementForReplacement").ToArray()));
        _sums.Add(new SumRule(target + "/Replacement", sources.Select(s => s + "/Replacement").ToArray()));
        if (Format.Number == 2)
        {
            Unit(target + "/Cancellation", _ => false);
            _sums.Add(new SumRule(target + "/Cancellation", sources.Select(s => s + "/Cancellation").ToArray()));
        }
    }

    private void AddSub(string location, Func<SefUnitType, bool> notApplicable)
    {
        Unit(location + "/Additions", notApplicable);
        Unit(location + "/Subtractions", notApplicable);
    }

    private void AddSubTotal(string target, string rows, Func<SefUnitType, bool>? notApplicable = null)
    {
        AddSub(target, notApplicable ?? (_ => false));
        _sums.Add(new SumRule(target + "/Additions", [rows + "/Additions"]));
        _sums.Add(new SumRule(target + "/Subtractions", [rows + "/Subtractions"]));
    }

    private void Total(string target, string rows)
    {
        Unit(target, _ => false);
        _sums.Add(new SumRule(target, [rows]));
    }

    private void Unit(string location, Func<SefUnitType, bool> notApplicable) =>
        _slots.Add(new Slot(location, false, SefNames.UnitColumns, SefNames.UnitColumns.Select(notApplicable).ToArray()));

    private void Cer(string location, Func<SefUnitType, bool> notApplicable) =>
        _slots.Add(new Slot(location, true, Format.CerColumns.ToArray(), Format.CerColumns.Select(notApplicable).ToArray()));

    private static SefUnitType? EventUnit(string eventType) =>
        eventType.StartsWith("tCER", StringComparison.Ordinal) || eventType.EndsWith("tCERs", StringComparison.Ordinal) || eventType.Contains("OftCERs", StringComparison.Ordinal) ? SefUnitType.Tcer
        : eventType.StartsWith("CC", StringComparison.Ordinal) ? SefUnitType.Cer
        : SefUnitType.Lcer;

    private static bool CanHold(string account, SefUnitType unit) => account switch
    {
        "PreviousPeriodSurplusReserveAccount" or "Art37TerCancellationAccount" or "Art31TerQuaterAmbitionIncreaseCancellationAccount" => unit == SefUnitType.Aau,
        "tCERCancellationAccountForExpiry" => unit == SefUnitType.Tcer,
        "lCERCancellationAccountForExpiry" or "lCERCancellationAccountForReversalOfStorage" or "lCERCancellationAccountForNonSubmissionCertReport" => unit == SefUnitType.Lcer,
        "tCERReplacementForExpiry" => unit != SefUnitType.Lcer,
        "lCERReplacementForExpiry" or "lCERReplacementForReversalOfStorage" or "lCERReplacementForNonSubmissionCertReport" => unit != SefUnitType.Tcer,
        _ => true,
    };

    private static bool IsActivityRow(string t) => t.StartsWith("Art33", StringComparison.Ordinal) || t.StartsWith("Art34", StringComparison.Ordinal);

    private static bool AdditionNotApplicable(string t, SefUnitType u) =>
        ConversionRows.Contains(t) ? u != SefUnitType.Eru
        : IsActivityRow(t) && t != "Art33Deforestation" ? u != SefUnitType.Rmu
        : true;

    private static bool SubtractionNotApplicable(string t, SefUnitType u) => t switch
    {
        _ when ConversionRows.Contains(t) => u is not (SefUnitType.Aau or SefUnitType.Rmu),
        _ when IsActivityRow(t) => u is SefUnitType.Tcer or SefUnitType.Lcer,
        "ReplacementExpiredlCERs" or "ReplacementForReversalOfStorage" or "ReplacementForNonSubmissionOfCertReport" => u == SefUnitType.Tcer,
        "ReplacementExpiredtCERs" => u == SefUnitType.Lcer,
        "CancellationForReversalOfStorage" or "CancellationForNonSubmissionOfCertReport" => u != SefUnitType.Lcer,
        "Art31TerQuaterAmbitionIncreaseCancellation" => u != SefUnitType.Aau,
        _ => false,
    };

    /// <summary>A block the layout requires: its location, kind, columns and which cells are NA.</summary>
    internal sealed record Slot(string Location, bool IsRequirement, SefUnitType[] Columns, bool[] NotApplicable);

    /// <summary>A total: the target block is the cell-wise sum of the sources; a source with <c>[*]</c> matches every key.</summary>
    internal sealed record SumRule(string Target, string[] Sources)
    {
        internal bool Matches(string location) => Sources.Any(s => Match(s, location));

        private static bool Match(string pattern, string location)
        {
            int star = pattern.IndexOf("[*]", StringComparison.Ordinal);
            if (star < 0)
            {
                return pattern == location;
            }

            string prefix = pattern.Substring(0, star + 1);
            string suffix = pattern.Substring(star + 2);
            if (location.Length <= prefix.Length + suffix.Length || !location.StartsWith(prefix, StringComparison.Ordinal) || !location.EndsWith(suffix, StringComparison.Ordinal))
            {
                return false;
            }

            string key = location.Substring(prefix.Length, location.Length - prefix.Length - suffix.Length);
            return key.IndexOf('/', StringComparison.Ordinal) < 0 && key.IndexOf(']', StringComparison.Ordinal) < 0;
        }
    }
}
