using System;
using Kyoto.Accounting.Sef;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Sef;

/// <summary>Inputs the fuzzer found (fuzz/Kyoto.Accounting.Fuzz, target sef-xml); each is also in its corpus.</summary>
public sealed class SefFuzzRegressionTests
{
    private static readonly SefReport Report = SefReport.Generate(SefFixture.SecondPeriodYear().Ledger, Deu, 2014, Cp2, SefFixture.Stamp);

    [Fact]
    public void A_block_that_appears_twice_is_a_format_error_not_an_argument_exception()
    {
        // Two Table 5(e) rows for 2014: the reader used to build its location index before checking the layout, and the
        // duplicate key escaped as ArgumentException ("An item with the same key has already been added").
        string xml = Report.ToXml().Replace("<AnnualRetirement year=\"2013\">", "<AnnualRetirement year=\"2014\">", StringComparison.Ordinal);
        var e = Assert.Throws<SefFormatException>(() => SefReport.Parse(xml));
        Assert.Contains("Table5e/AnnualRetirements/AnnualRetirement[2014]", e.Message, StringComparison.Ordinal);
        Assert.Equal("Table5e/AnnualRetirements/AnnualRetirement[2014]", e.Location);
    }
}
