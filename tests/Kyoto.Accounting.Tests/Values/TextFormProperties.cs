using System;
using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Testing.Core;
using Xunit;

namespace Kyoto.Accounting.Tests.Values;

/// <summary>parse(format(x)) == x for every value with a text form, in the invariant form and with exact numeric formats and cultures.</summary>
public class TextFormProperties
{
    private static readonly string?[] TonneFormats = { null, string.Empty, "G", "N6", "F6", "#,##0.######" };
    private static readonly string?[] WholeFormats = { null, "G", "N0", "D", "#,##0" };

    private static Property RoundTrips<T>(Gen<T> values, string?[] formats)
        where T : ISpanFormattable, ISpanParsable<T>, IEquatable<T> =>
        Prop.ForAll(
            values.ToArbitrary(),
            Gen.Elements(formats).ToArbitrary(),
            ValueGenerators.Culture.ToArbitrary(),
            (value, format, culture) =>
            {
                string text = value.ToString(format, culture);
                Span<char> buffer = stackalloc char[256];
                bool spanOk = value.TryFormat(buffer, out int written, format, culture) && buffer[..written].SequenceEqual(text);
                bool invariantOk = T.Parse(value.ToString()!, null).Equals(value) && T.Parse(value.ToString(null, null), CultureInfo.InvariantCulture).Equals(value);
                bool parsed = T.TryParse(text.AsSpan(), culture, out T? back) && back!.Equals(value);
                return (spanOk && invariantOk && parsed && T.Parse(text, culture).Equals(value)).Label(text);
            });

    [Property]
    public Property Co2e_RoundTrips() => RoundTrips(ValueGenerators.Co2e, TonneFormats);

    [Property]
    public Property Co2e_RoundTrip_KeepsTheSet() =>
        Prop.ForAll(ValueGenerators.Co2e.ToArbitrary(), c => Co2e.Parse(c.ToString()).GwpSet == c.GwpSet);

    [Property]
    public Property GasMass_RoundTrips() => RoundTrips(KyotoGenerators.GasMass, TonneFormats);

    [Property]
    public Property ExactCo2e_RoundTrips() => RoundTrips(ValueGenerators.ExactCo2e, TonneFormats);

    [Property]
    public Property AccountId_RoundTrips() => RoundTrips(ValueGenerators.AccountId, WholeFormats);

    [Property]
    public Property TransactionId_RoundTrips() => RoundTrips(ValueGenerators.TransactionId, WholeFormats);

    [Property]
    public Property RegistryId_RoundTrips() => RoundTrips(ValueGenerators.RegistryId, new string?[] { null, "G" });

    [Property]
    public Property SerialRange_RoundTrips() => RoundTrips(ValueGenerators.SerialRange, WholeFormats);

    [Fact]
    public void CodeTypes_ParseTheirCodesAndToStrings()
    {
        foreach (Party party in Party.All)
        {
            Assert.Same(party, Party.Parse(party.Code, null));
            Assert.Same(party, Party.Parse(party.ToString(), CultureInfo.GetCultureInfo("de-DE")));
            Assert.Same(party, Party.Parse(party.Code.ToLowerInvariant(), null));
        }

        foreach (Gas gas in Gas.All)
        {
            Assert.Same(gas, Gas.Parse(gas.ToString(), null));
        }

        foreach (GwpSet set in GwpSet.All)
        {
            Assert.Same(set, GwpSet.Parse(set.ToString(), null));
        }

        foreach (CommitmentPeriod period in CommitmentPeriod.All)
        {
            Assert.Same(period, CommitmentPeriod.Parse(period.Code, null));
            Assert.Same(period, CommitmentPeriod.Parse(period.ToString(), null));
        }

        Assert.Throws<FormatException>(() => Party.Parse("GER", null));
        Assert.Throws<FormatException>(() => Party.Parse("DEU France", null));
        Assert.Throws<FormatException>(() => Gas.Parse("R-134a", null));
        Assert.Throws<FormatException>(() => GwpSet.Parse("AR5", null));
        Assert.Throws<FormatException>(() => CommitmentPeriod.Parse("CP3", null));
        Assert.Throws<ArgumentNullException>(() => Party.Parse(null!, null));
        Assert.False(Party.TryParse(null, null, out _));
    }

    [Fact]
    public void FormatStrings_AndCultures_AreHonoured_WhileTheDefaultStaysInvariant()
    {
        Co2e value = Co2e.FromTonnes(1_225_900_812.5m, GwpSet.Sar);
        var german = CultureInfo.GetCultureInfo("de-DE");
        Assert.Equal("1225900812.5 tCO2e (SAR)", value.ToString());
        Assert.Equal("1225900812,5 tCO2e (SAR)", string.Format(german, "{0}", value));
        Assert.Equal("1225900812.5 tCO2e (SAR)", $"{value}");
        Assert.Equal("1,225,900,813 tCO2e (SAR)", string.Format(CultureInfo.InvariantCulture, "{0:N0}", value));
        Assert.Equal("1.225.900.812,5 tCO2e (SAR)", string.Format(german, "{0:N1}", value));
        Assert.Equal("1,225,900,813 tCO2e (SAR)", $"{value:N0}".Replace('\u00A0', ',').Replace('.', ','));
        Assert.Equal("12,5 t", GasMass.FromTonnes(12.5m).ToString(null, german));
        Assert.Equal("12.5 t", GasMass.FromTonnes(12.5m).ToString(null, null));
        Assert.Equal("12,500 t", GasMass.FromTonnes(12.5m).ToString("N3", german));
        Assert.Equal("#1,234", AccountId.FromNumber(1234).ToString("N0", CultureInfo.InvariantCulture));
        Assert.Equal("DEU 1.001..2.000 (1.000 units)", SerialRange.Of(RegistryId.National(Party.FromCode("DEU")), 1001, 2000).ToString("N0", german));
        Assert.Equal("37037/3 gCO2e (SAR)", ExactCo2e.FromFraction(37037, 3, GwpSet.Sar).ToString("N0", german));
        Assert.Throws<FormatException>(() => RegistryId.Cdm.ToString("N0", null));
    }

    [Theory]
    [InlineData("5 tCO2e")]
    [InlineData("1.0000001 tCO2e (SAR)")]
    [InlineData("5 tCO2e (AR5)")]
    [InlineData("5 t")]
    [InlineData("")]
    [InlineData("tCO2e (SAR)")]
    public void Co2e_RefusesInvalidText(string text)
    {
        Assert.False(Co2e.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => Co2e.Parse(text));
        Assert.Contains("is not a CO2-equivalent value", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#0")]
    [InlineData("#-3")]
    [InlineData("#1.5")]
    [InlineData("7x")]
    public void AccountId_RefusesInvalidText(string text) => Assert.False(AccountId.TryParse(text, null, out _));

    [Theory]
    [InlineData("DEU 0..5")]
    [InlineData("DEU 1..5 (4 units)")]
    [InlineData("XXX 1..5")]
    [InlineData("DEU 1..1000000000000000000")]
    [InlineData("DEU 5")]
    public void SerialRange_RefusesInvalidText(string text) => Assert.Throws<FormatException>(() => SerialRange.Parse(text));

    [Property]
    public Property Addition_IsAssociative_AcrossSets_IncludingCancellingPartialSums() =>
        Prop.ForAll(ValueGenerators.Co2e.ToArbitrary(), ValueGenerators.Co2e.ToArbitrary(), ValueGenerators.Co2e.ToArbitrary(), (a, b, c) =>
        {
            b = Gen.Elements(b, -a).Sample(1, 1)[0];
            Co2e? left = Try(() => (a + b) + c), right = Try(() => a + (b + c)), sum = Try(() => Co2e.Sum(new[] { a, b, c }));
            return left == right && right == sum && (left is null || left.Value.GwpSet == right!.Value.GwpSet);
        });

    private static Co2e? Try(Func<Co2e> f)
    {
        try
        {
            return f();
        }
        catch (Exception e) when (e is GwpSetMismatchException or OverflowException)
        {
            return null;
        }
    }
}
