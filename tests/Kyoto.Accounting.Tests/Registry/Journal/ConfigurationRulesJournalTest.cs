using System;
using System.IO;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Registry.Journal;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Registry.Journal;

/// <summary>
/// The configuration items the rule fixes added (per-period eligibility, transfer-only suspension, the Art. 3.7 ter
/// quantity) survive the journal: the integration of the two changes failed before the codec wrote them.
/// </summary>
public sealed class ConfigurationRulesJournalTest : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "kyoto-config-" + Guid.NewGuid().ToString("N") + ".journal");

    [Fact]
    public void Per_period_eligibility_transfer_suspensions_and_the_3_7_ter_quantity_round_trip()
    {
        RegistryConfiguration configuration = BaseConfiguration()
            .WithEligibility(Jpn, CommitmentPeriod.First, Mechanism.EmissionsTrading)
            .WithTransferSuspension(Fra, Mechanism.EmissionsTrading, new DateInterval(new LocalDate(2014, 1, 1), new LocalDate(2014, 12, 31)))
            .WithArticle37TerQuantity(Deu, 12_345);
        using (DurableLedger.Create(_path, configuration))
        {
        }

        using DurableLedger reopened = DurableLedger.Open(_path);
        RegistryConfiguration read = reopened.Ledger.Configuration;
        Assert.True(read.HasSameContent(configuration));
        Assert.True(read.IsEligible(Jpn, CommitmentPeriod.First, Mechanism.EmissionsTrading));
        Assert.False(read.IsEligible(Jpn, CommitmentPeriod.Second, Mechanism.EmissionsTrading));
        Assert.True(Assert.Single(read.GetSuspensions(Fra)).TransfersOnly);
        Assert.Equal(12_345, read.GetArticle37TerQuantity(Deu));
    }

    [Fact]
    public void A_julian_date_is_refused_by_the_durable_as_of_naming_the_argument()
    {
        using DurableLedger ledger = DurableLedger.Create(_path, BaseConfiguration());
        var e = Assert.Throws<ArgumentException>(() => ledger.AsOf(new LocalDate(2010, 3, 1, CalendarSystem.Julian)));
        Assert.Equal("date", e.ParamName);
    }

    public void Dispose() => File.Delete(_path);
}
