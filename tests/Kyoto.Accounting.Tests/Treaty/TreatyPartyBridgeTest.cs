using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Treaty;
using Xunit;

namespace Kyoto.Accounting.Tests.Treaty;

public class TreatyPartyBridgeTest
{
    [Fact]
    public void FromParty_CarriesCodeNameAndStatus()
    {
        TreatyParty eu = TreatyParty.FromParty(Party.FromCode("EUU"));
        Assert.True(eu.IsReio);
        Assert.True(eu.IsAnnexI);
        Assert.Equal("EUU", eu.Code);
        TreatyParty japan = TreatyParty.FromParty(Party.FromCode("JPN"));
        Assert.False(japan.IsReio);
        Assert.Equal("Japan", japan.Name);
        Assert.Equal(TreatyParty.CreateState("JPN", "Japan", isAnnexI: true), japan);
        Assert.Throws<System.ArgumentNullException>(() => TreatyParty.FromParty(null!));
    }
}
