using System.Collections.Generic;
using System.Linq;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// Compares two SEF reports cell by cell, as the transaction log compares a registry's report with its own (decision
/// 14/CMP.1): every header field and cell that differs, and every block only one of them has.
/// </summary>
/// <example>
/// <code>
/// foreach (SefDifference d in SefDiff.Compare(registryReport, transactionLogReport))
/// {
///     Console.WriteLine(d);   // Table 2a, Art33Deforestation, Subtractions, RMU: REG 1,200 ITL 1,100
/// }
/// </code>
/// </example>
public static class SefDiff
{
    /// <summary>Compares two reports.</summary>
    /// <param name="left">The first report (e.g. the registry's).</param>
    /// <param name="right">The second report (e.g. the transaction log's).</param>
    /// <returns>The differences: header fields first, then cells in the first report's document order, then blocks only the second has.</returns>
    /// <exception cref="System.ArgumentNullException">A report is null.</exception>
    public static IReadOnlyList<SefDifference> Compare(SefReport left, SefReport right)
    {
        Preconditions.CheckNotNull(left, nameof(left));
        Preconditions.CheckNotNull(right, nameof(right));
        string l = Source(left), r = Source(right);
        if (l == r)
        {
            (l, r) = ("first", "second");
        }

        var differences = new List<SefDifference>();
        void Header(string field, object a, object b)
        {
            string x = string.Format(CultureInfo.InvariantCulture, "{0}", a), y = string.Format(CultureInfo.InvariantCulture, "{0}", b);
            if (x != y)
            {
                differences.Add(new SefDifference("Header/" + field, null, x, y, l, r));
            }
        }

        Header("Format", left.Format, right.Format);
        Header("Party", left.Header.Party, right.Header.Party);
        Header("ReportedYear", left.Header.ReportedYear, right.Header.ReportedYear);
        Header("CommitmentPeriod", left.Header.CommitmentPeriod, right.Header.CommitmentPeriod);
        foreach (SefBlock a in left.Blocks)
        {
            if (!right.TryGetBlock(a.Location, out SefBlock? b))
            {
                differences.Add(new SefDifference(a.Location, null, "present", "absent", l, r));
                continue;
            }

            foreach (SefUnitType unit in a.Columns)
            {
                string x = Text(a[unit]);
                string y = b.Columns.Contains(unit) ? Text(b[unit]) : "absent";
                if (x != y)
                {
                    differences.Add(new SefDifference(a.Location, unit, x, y, l, r));
                }
            }
        }

        foreach (SefBlock b in right.Blocks)
        {
            if (!left.TryGetBlock(b.Location, out _))
            {
                differences.Add(new SefDifference(b.Location, null, "absent", "present", l, r));
            }
        }

        return differences;
    }

    private static string Source(SefReport report) => report.Header.Source == SefSource.Registry ? "REG" : "ITL";

    private static string Text(SefQuantity q) => q.IsNotApplicable || q.Units == 0 ? q.ToString() : SefValidator.Format(q.Units);
}
