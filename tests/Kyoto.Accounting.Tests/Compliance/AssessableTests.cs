using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Compliance;

public class AssessableTests
{
    [Fact]
    public void OnlyPartiesBoundOnThePeriodsLastDay_AreAssessed()
    {
        // Synthetic record: Japan, Canada and 53 non-Annex I States accede on 2002-06-04 (in force 2002-09-02);
        // the United States never deposits; Canada's notice of 2011-12-15 takes effect on 2012-12-15.
        TreatyParty japan = TreatyParty.FromParty(Party.FromCode("JPN"));
        TreatyParty canada = TreatyParty.FromParty(Party.FromCode("CAN"));
        TreatyParty usa = TreatyParty.FromParty(Party.FromCode("USA"));
        AnnexIEmissions1990 emissions = AnnexIEmissions1990.Empty.WithGigagrams(japan, 1000m).WithGigagrams(canada, 400m).WithGigagrams(usa, 100m);
        var date = new LocalDate(2002, 6, 4);
        TreatyRecord record = Enumerable.Range(0, 53)
            .Select(i => TreatyParty.CreateState("N" + i.ToString("D3", CultureInfo.InvariantCulture), "State " + i.ToString(CultureInfo.InvariantCulture), isAnnexI: false))
            .Append(japan)
            .Append(canada)
            .Aggregate(TreatyRecord.Create(emissions), (r, p) => r.WithDeposit(p, InstrumentKind.Accession, date))
            .WithWithdrawalNotice(canada, new LocalDate(2011, 12, 15));

        Assert.True(TrueUp.IsAssessable(record, Party.FromCode("JPN"), CommitmentPeriod.First));
        Assert.False(TrueUp.IsAssessable(record, Party.FromCode("CAN"), CommitmentPeriod.First));
        Assert.False(TrueUp.IsAssessable(record, Party.FromCode("USA"), CommitmentPeriod.First));
        Assert.Throws<System.ArgumentNullException>(() => TrueUp.IsAssessable(null!, Party.FromCode("JPN"), CommitmentPeriod.First));
    }
}
