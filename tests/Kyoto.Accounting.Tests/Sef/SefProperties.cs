using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sef;
using Kyoto.Accounting.Testing.Registry;
using NodaTime;

namespace Kyoto.Accounting.Tests.Sef;

/// <summary>SEF reports of generated registries: consistent, round-tripping, balanced between registries, cumulative.</summary>
[Properties(Arbitrary = new[] { typeof(RegistryArbitraries) }, MaxTest = 8)]
public class SefProperties
{
    private static readonly Instant Stamp = Instant.FromUtc(2024, 1, 1, 0, 0);

    /// <summary>Every report of every Party, period and year the journal reaches, in year order.</summary>
    private static Dictionary<(Party, int), List<SefReport>> Reports(Ledger ledger)
    {
        var reports = new Dictionary<(Party, int), List<SefReport>>();
        int lastYear = ledger.Journal.Count == 0 ? 2008 : ledger.Journal[^1].Date.Year;
        foreach (Party party in RegistryWorld.Parties)
        {
            foreach (CommitmentPeriod period in new[] { CommitmentPeriod.First, CommitmentPeriod.Second })
            {
                SefFormat format = SefFormat.For(period);
                reports[(party, period.Number)] = Enumerable.Range(format.FirstAnnualYear, System.Math.Max(0, System.Math.Min(lastYear, format.LastAnnualYear) - format.FirstAnnualYear + 1))
                    .Select(y => SefReport.Generate(ledger, party, y, period, Stamp))
                    .ToList();
            }
        }

        return reports;
    }

    [Property]
    public Property Generated_reports_validate_round_trip_and_follow_each_other(RegistryScenario scenario)
    {
        foreach (List<SefReport> years in Reports(scenario.Run()).Values)
        {
            for (int i = 0; i < years.Count; i++)
            {
                SefReport report = years[i];
                IReadOnlyList<SefViolation> violations = SefValidator.Validate(report, i > 0 ? years[i - 1] : null);
                if (violations.Count > 0)
                {
                    return false.Label($"{report}: {violations[0]}");
                }

                string xml = report.ToXml();
                if (!SefReport.Parse(xml).Equals(report) || SefSchema.Validate(xml).Count > 0)
                {
                    return false.Label($"{report} does not round-trip or is not schema-valid");
                }
            }
        }

        return true.ToProperty();
    }

    [Property]
    public Property External_transfers_balance_between_registries(RegistryScenario scenario)
    {
        Dictionary<(Party, int), List<SefReport>> reports = Reports(scenario.Run());
        foreach (((Party a, int period), List<SefReport> years) in reports)
        {
            foreach (SefReport report in years)
            {
                foreach (Party b in RegistryWorld.Parties.Where(p => p != a))
                {
                    SefReport? other = reports[(b, period)].FirstOrDefault(r => r.Header.ReportedYear == report.Header.ReportedYear);
                    foreach (string side in new[] { "Additions", "Subtractions" })
                    {
                        string mirror = side == "Additions" ? "Subtractions" : "Additions";
                        long[] mine = Cells(report, $"Table2b/ExternalTransfer[{b.Code}]/{side}");
                        long[] theirs = other is null ? new long[6] : Cells(other, $"Table2b/ExternalTransfer[{a.Code}]/{mirror}");
                        if (!mine.SequenceEqual(theirs))
                        {
                            return false.Label($"{a.Code}→{b.Code} {report.Header.ReportedYear} CP{period} {side}: {string.Join(",", mine)} vs {string.Join(",", theirs)}");
                        }
                    }
                }
            }
        }

        return true.ToProperty();
    }

    [Property]
    public Property Cumulative_tables_are_the_sum_of_the_yearly_reports(RegistryScenario scenario)
    {
        foreach (List<SefReport> years in Reports(scenario.Run()).Values.Where(y => y.Count > 0))
        {
            SefReport last = years[^1];
            bool first = last.Format.Number == 1;
            foreach (SefReport year in years)
            {
                int y = year.Header.ReportedYear;
                string annual = first ? $"Table5a/AnnualTransactions/AnnualTransaction[{y}]" : $"Table5b/AnnualTransactions/AnnualTransaction[{y}]";
                string totals = first ? "Table2c" : "Table2e";
                string retired = first ? $"Table5c/AnnualRetirements/AnnualRetirement[{y}]" : $"Table5e/AnnualRetirements/AnnualRetirement[{y}]";
                string retirement = first ? "Table2a/Retirement" : "Table2aRetirement/TotalUnitQty";
                if (!Cells(last, annual + "/Additions").SequenceEqual(Cells(year, totals + "/Additions"))
                    || !Cells(last, annual + "/Subtractions").SequenceEqual(Cells(year, totals + "/Subtractions"))
                    || !Cells(last, retired).SequenceEqual(Cells(year, retirement)))
                {
                    return false.Label($"{last}: Table 5 for {y} differs from the {y} report");
                }
            }
        }

        return true.ToProperty();
    }

    private static long[] Cells(SefReport report, string location) =>
        report.TryGetBlock(location, out SefBlock? block) ? block.Cells.Select(c => c.Units).ToArray() : new long[6];
}
