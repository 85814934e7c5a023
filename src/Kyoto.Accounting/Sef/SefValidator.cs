using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// Checks a received SEF report's arithmetic and markers, each problem as a coded <see cref="SefViolation"/>: totals equal
/// the sum of their rows; <c>NA</c> exactly where a unit type cannot occur; Table 4 equals Table 1 plus the year's
/// movements; the reported year's Table 5 rows repeat the year's Tables 2 and 3; later years are empty; and, given the
/// previous year's report, Table 1 equals its Table 4 (decision 14/CMP.1; decision 3/CMP.11 annex II).
/// </summary>
/// <remarks>
/// <para>
/// Movements of the holdings identity, per unit type: Table 2(a) additions, less the AAUs and RMUs converted (the
/// subtractions of the two conversion rows), plus Table 2(b) and — in the second period — Table 2(c) additions less
/// subtractions, plus the year's change in the Table 5(a) starting values that bring units into the period (AAU issuance;
/// carry-over into the second period) or take them out (carry-over out of the first). Cancellations, retirements and
/// replacements move units between accounts that Tables 1 and 4 both count, so they leave the totals unchanged.
/// </para>
/// <para>
/// The year's change in the starting values is their difference from the previous report when one is given; without
/// it, the identity is checked only when it does not depend on that change: when Table 1 is empty (the period's first
/// report, so every starting value is the year's) or when those starting values are all empty. Structural problems
/// (missing blocks, malformed cells) are found earlier, by <see cref="SefReport.Parse(string)"/>.
/// </para>
/// </remarks>
public static class SefValidator
{
    private static readonly string[] Sides = ["Additions", "Subtractions"];

    /// <summary>Checks a report; with the previous year's report of the same Party and period, also the opening holdings.</summary>
    /// <param name="report">The report.</param>
    /// <param name="previous">The previous year's report, if available.</param>
    /// <returns>Every violation found, in document order; empty if the report is consistent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static IReadOnlyList<SefViolation> Validate(SefReport report, SefReport? previous = null)
    {
        Preconditions.CheckNotNull(report, nameof(report));
        var violations = new List<SefViolation>();
        SefLayout layout = SefLayout.For(report);
        CheckMarkers(report, layout, violations);
        CheckTotals(report, layout, violations);
        CheckAnnualRows(report, violations);
        CheckHoldings(report, previous, violations);
        if (previous is not null)
        {
            CheckSequence(previous, report, violations);
        }

        return violations;
    }

    private static void CheckMarkers(SefReport report, SefLayout layout, List<SefViolation> violations)
    {
        var totals = layout.Sums.Select(s => s.Target).ToHashSet(StringComparer.Ordinal);
        foreach (SefLayout.Slot slot in layout.Slots)
        {
            if (!report.TryGetBlock(slot.Location, out SefBlock? block))
            {
                continue;
            }

            bool isTotal = totals.Contains(slot.Location);
            for (int c = 0; c < slot.Columns.Length; c++)
            {
                SefQuantity cell = block[slot.Columns[c]];
                if (slot.NotApplicable[c] && !cell.IsNotApplicable && !(isTotal && cell.Units == 0))
                {
                    violations.Add(new SefViolation(SefViolationCode.NotApplicableExpected, slot.Location, slot.Columns[c], $"found {cell}; {SefNames.Unit(slot.Columns[c])} cannot occur here, so the cell is NA"));
                }
                else if (!slot.NotApplicable[c] && cell.IsNotApplicable)
                {
                    violations.Add(new SefViolation(SefViolationCode.NotApplicableUnexpected, slot.Location, slot.Columns[c], $"found NA; {SefNames.Unit(slot.Columns[c])} can occur here, so the cell is a quantity or NO"));
                }
            }
        }
    }

    private static void CheckTotals(SefReport report, SefLayout layout, List<SefViolation> violations)
    {
        foreach (SefLayout.SumRule rule in layout.Sums)
        {
            SefBlock total = report[rule.Target];
            SefBlock[] rows = report.Blocks.Where(b => rule.Matches(b.Location)).ToArray();
            foreach (SefUnitType unit in total.Columns)
            {
                long expected = rows.Aggregate(0L, (sum, row) => checked(sum + row[unit].Units));
                if (total[unit].Units != expected)
                {
                    violations.Add(new SefViolation(SefViolationCode.TotalMismatch, rule.Target, unit, $"Total mismatch for unit type {SefNames.Unit(unit)}, expected {Format(expected)} but found {total[unit]} (the sum of {string.Join(" + ", rule.Sources)})"));
                }
            }
        }
    }

    private static void CheckAnnualRows(SefReport report, List<SefViolation> violations)
    {
        bool first = report.Format.Number == 1;
        int year = report.Header.ReportedYear;
        var pairs = new List<(string Annual, string Source)>();
        foreach (string side in Sides)
        {
            pairs.Add(first
                ? ($"Table5a/AnnualTransactions/AnnualTransaction[{year}]/{side}", $"Table2c/{side}")
                : ($"Table5b/AnnualTransactions/AnnualTransaction[{year}]/{side}", $"Table2e/{side}"));
            if (!first)
            {
                pairs.Add(($"Table5c/AnnualTransactionsPPSR/AnnualTransactionPPSR[{year}]/{side}", $"Table2c/SubTotal/{side}"));
            }
        }

        pairs.Add(first
            ? ($"Table5c/AnnualRetirements/AnnualRetirement[{year}]", "Table2a/Retirement")
            : ($"Table5e/AnnualRetirements/AnnualRetirement[{year}]", "Table2aRetirement/TotalUnitQty"));
        string replacements = first ? "Table5b/AnnualReplacements/AnnualReplacement" : "Table5d/AnnualReplacements/AnnualReplacement";
        foreach (string part in first ? new[] { "RequirementForReplacement", "Replacement" } : ["RequirementForReplacement", "Replacement", "Cancellation"])
        {
            pairs.Add(($"{replacements}[{year}]/{part}", $"Table3/TotalTxOrEvent/{part}"));
        }

        foreach ((string annual, string source) in pairs)
        {
            if (!report.TryGetBlock(annual, out SefBlock? row) || !report.TryGetBlock(source, out SefBlock? totals))
            {
                continue;
            }

            foreach (SefUnitType unit in row.Columns)
            {
                if (row[unit].Units != totals[unit].Units)
                {
                    violations.Add(new SefViolation(SefViolationCode.AnnualRowMismatch, annual, unit, $"expected {totals[unit]} (from {source}) but found {row[unit]}"));
                }
            }
        }

        foreach (SefBlock block in report.Blocks.Where(b => b.Table.StartsWith("Table5", StringComparison.Ordinal) && YearOf(b.Location) > year))
        {
            foreach (SefUnitType unit in block.Columns.Where(u => block[u].Units != 0))
            {
                violations.Add(new SefViolation(SefViolationCode.FutureYearNotEmpty, block.Location, unit, $"found {block[unit]} in a year after the reported year {year}"));
            }
        }
    }

    private static int YearOf(string location)
    {
        foreach (string step in location.Split('/'))
        {
            int open = step.IndexOf('[', StringComparison.Ordinal);
            if (open > 0 && step.StartsWith("Annual", StringComparison.Ordinal) && int.TryParse(step.AsSpan(open + 1, step.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
            {
                return year;
            }
        }

        return 0;
    }

    private static void CheckHoldings(SefReport report, SefReport? previous, List<SefViolation> violations)
    {
        bool first = report.Format.Number == 1;
        bool openingEmpty = report["Table1/TotalUnitQty"].Cells.All(c => c.Units == 0);
        foreach (SefUnitType unit in SefNames.UnitColumns)
        {
            long starting = StartingInflow(report, unit);
            long change;
            if (previous is not null && previous.Format == report.Format)
            {
                change = checked(starting - StartingInflow(previous, unit));
            }
            else if (openingEmpty || starting == 0)
            {
                change = starting;
            }
            else
            {
                continue;
            }

            long movement = checked(report["Table2a/SubTotal/Additions"][unit].Units
                - SefLayout.ConversionRows.Sum(r => report[$"Table2a/TransactionType[{r}]/Subtractions"][unit].Units)
                + Net(report, "Table2b/SubTotal", unit)
                + (first ? 0 : Net(report, "Table2c/SubTotal", unit)));
            long expected = checked(report["Table1/TotalUnitQty"][unit].Units + movement + change);
            long found = report["Table4/TotalUnitQty"][unit].Units;
            if (expected != found)
            {
                violations.Add(new SefViolation(SefViolationCode.HoldingsMismatch, "Table4/TotalUnitQty", unit, $"expected {Format(expected)} (Table 1 {Format(report["Table1/TotalUnitQty"][unit].Units)} + movements {Format(movement)} + starting values {Format(change)}) but found {Format(found)}"));
            }
        }
    }

    // Starting values that bring units into the period's holdings (or, carry-over out of the first period, take them out).
    private static long StartingInflow(SefReport report, SefUnitType unit)
    {
        long Value(string name) => report.TryGetBlock($"Table5a/StartingValues/StartingValue[{name}]/Additions", out SefBlock? b) ? b[unit].Units : 0;
        return report.Format.Number == 1
            ? checked(Value("IssuancePursuantToArt37-38") - Value("CarryOver"))
            : checked(Value("AssignedAmountUnitsIssued") + Value("CarryOver") + Value("CarryOverPPSR"));
    }

    private static long Net(SefReport report, string location, SefUnitType unit) =>
        checked(report[location + "/Additions"][unit].Units - report[location + "/Subtractions"][unit].Units);

    private static void CheckSequence(SefReport previous, SefReport report, List<SefViolation> violations)
    {
        if (previous.Format != report.Format || previous.Header.Party != report.Header.Party || previous.Header.ReportedYear + 1 != report.Header.ReportedYear)
        {
            violations.Add(new SefViolation(SefViolationCode.NotConsecutive, "Header", null, $"the previous report is {previous.Header}; expected {report.Header.Party} {report.Header.ReportedYear - 1} CP{report.Header.CommitmentPeriod}"));
            return;
        }

        foreach (SefBlock opening in report.Blocks.Where(b => b.Table == "Table1"))
        {
            SefBlock closing = previous[string.Concat("Table4", opening.Location.AsSpan("Table1".Length))];
            foreach (SefUnitType unit in opening.Columns.Where(u => opening[u].Units != closing[u].Units))
            {
                violations.Add(new SefViolation(SefViolationCode.OpeningMismatch, opening.Location, unit, $"expected {closing[unit]} (Table 4 of {previous.Header.ReportedYear}) but found {opening[unit]}"));
            }
        }
    }

    internal static string Format(long units) => units.ToString("N0", CultureInfo.InvariantCulture);
}
