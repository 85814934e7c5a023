using System;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;
using static Kyoto.Accounting.Tests.Treaty.TreatyFixtures;

namespace Kyoto.Accounting.Tests.Treaty;

/// <summary>Bad input is rejected with an exception naming the argument and the rule.</summary>
public class TreatyRecordValidationTest
{
    private static readonly (System.Collections.Generic.List<TreatyParty> Parties, AnnexIEmissions1990 Emissions) Annex = AnnexI(60m, 40m);

    private static TreatyRecord Empty => TreatyRecord.Create(Annex.Emissions);

    private static void AssertNamesArgumentAndRule<TException>(Action act, string paramName, string rule)
        where TException : ArgumentException
    {
        TException ex = Assert.Throws<TException>(act);
        Assert.Equal(paramName, ex.ParamName);
        Assert.Contains(rule, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deposit_before_the_Protocol_was_adopted_is_rejected()
    {
        AssertNamesArgumentAndRule<ArgumentOutOfRangeException>(
            () => Empty.WithDeposit(State("X1"), InstrumentKind.Ratification, D(1997, 12, 10)),
            "date",
            "Art. 24.1");
    }

    [Fact]
    public void Accession_before_the_signature_window_closed_is_rejected()
    {
        AssertNamesArgumentAndRule<ArgumentOutOfRangeException>(() => Empty.Accede(State("X1"), D(1999, 3, 15)), "date", "16 March 1999 (Art. 24.1)");
        Assert.Single(Empty.Accede(State("X1"), D(1999, 3, 16)).Deposits);
    }

    [Fact]
    public void Ratification_without_a_prior_signature_is_rejected()
    {
        AssertNamesArgumentAndRule<ArgumentException>(() => Empty.WithDeposit(State("X1"), InstrumentKind.Ratification, D(2001, 1, 1)), "kind", "Art. 24.1");
        TreatyRecord signedLater = Empty.WithSignature(State("X1"), D(1998, 6, 1));
        AssertNamesArgumentAndRule<ArgumentException>(() => signedLater.WithDeposit(State("X1"), InstrumentKind.Acceptance, D(1998, 5, 31)), "kind", "Art. 24.1");
    }

    [Theory]
    [InlineData(1998, 3, 15, false)]
    [InlineData(1998, 3, 16, true)]
    [InlineData(1999, 3, 15, true)]
    [InlineData(1999, 3, 16, false)]
    [InlineData(1997, 12, 11, false)]
    public void Signature_window_is_16_March_1998_to_15_March_1999_inclusive(int year, int month, int day, bool valid)
    {
        Assert.Equal(valid, KyotoProtocol.IsValidSignatureDate(D(year, month, day)));
        if (valid)
        {
            Assert.True(Empty.WithSignature(State("X1"), D(year, month, day)).TryGetSignature(State("X1"), out _));
        }
        else
        {
            AssertNamesArgumentAndRule<ArgumentOutOfRangeException>(() => Empty.WithSignature(State("X1"), D(year, month, day)), "date", "Art. 24.1");
        }
    }

    [Fact]
    public void A_second_signature_is_rejected()
    {
        TreatyRecord record = Empty.WithSignature(State("X2"), D(1998, 5, 1));
        AssertNamesArgumentAndRule<ArgumentException>(() => record.WithSignature(State("X2"), D(1998, 5, 2)), "party", "signs once");
        Assert.True(record.TryGetSignature(State("X2"), out LocalDate signed));
        Assert.Equal(D(1998, 5, 1), signed);
    }

    [Fact]
    public void Duplicate_deposits_and_duplicate_Party_codes_are_rejected()
    {
        TreatyRecord record = Empty.Accede(State("X1"), D(2000, 1, 1));
        AssertNamesArgumentAndRule<ArgumentException>(() => record.Accede(State("X1"), D(2000, 2, 1)), "party", "Art. 24.1");
        AssertNamesArgumentAndRule<ArgumentException>(
            () => record.Accede(TreatyParty.CreateState("X1", "Another name", isAnnexI: false), D(2000, 2, 1)),
            "party",
            "Duplicate Party code");
        AssertNamesArgumentAndRule<ArgumentException>(() => Empty.Accede(State("A0", annexI: false), D(2000, 2, 1)), "party", "Duplicate Party code");
    }

    [Fact]
    public void Annex_I_State_without_a_1990_CO2_entry_is_rejected()
    {
        AssertNamesArgumentAndRule<ArgumentException>(() => Empty.Accede(State("A9", annexI: true), D(2000, 1, 1)), "party", "Art. 25.1, 25.2");
    }

    [Fact]
    public void Emissions_table_rejects_negative_duplicate_REIO_and_non_Annex_I_entries()
    {
        TreatyParty a = State("A0", annexI: true);
        AssertNamesArgumentAndRule<ArgumentOutOfRangeException>(() => AnnexIEmissions1990.Empty.With(a, GasMass.FromTonnes(-1m)), "co2", "Art. 25.2");
        AssertNamesArgumentAndRule<ArgumentOutOfRangeException>(() => AnnexIEmissions1990.Empty.WithGigagrams(a, -0.001m), "gigagrams", "Art. 25.2");
        AssertNamesArgumentAndRule<ArgumentException>(() => AnnexIEmissions1990.Empty.WithGigagrams(a, 1.0000000001m), "gigagrams", "nine decimal places");
        AssertNamesArgumentAndRule<ArgumentException>(() => Annex.Emissions.WithGigagrams(a, 1m), "party", "Art. 25.2");
        AssertNamesArgumentAndRule<ArgumentException>(() => AnnexIEmissions1990.Empty.WithGigagrams(Reio(), 1m), "party", "Art. 25.4");
        AssertNamesArgumentAndRule<ArgumentException>(() => AnnexIEmissions1990.Empty.WithGigagrams(State("N1"), 1m), "party", "Art. 25.1");
        Assert.Throws<ArgumentNullException>("party", () => AnnexIEmissions1990.Empty.With(null!, GasMass.Zero));
    }

    [Fact]
    public void Emissions_table_is_exact_and_keeps_its_unit()
    {
        AnnexIEmissions1990 table = AnnexIEmissions1990.Empty
            .WithGigagrams(State("A0", annexI: true), 1_234.567891m)
            .With(State("A1", annexI: true), GasMass.FromTonnes(0.5m))
            .With(State("A2", annexI: true), GasMass.Zero);

        Assert.Equal(3, table.Count);
        Assert.Equal(1_234_568.391m, table.Total.Tonnes);
        Assert.True(table.TryGetEmissions(State("A0", annexI: true), out GasMass a0));
        Assert.Equal(1_234_567_891_000L, a0.Grams);
        Assert.False(table.TryGetEmissions(State("A9", annexI: true), out _));
        Assert.Equal("Annex I 1990 CO2: 3 Parties, total 1234568.391 t", table.ToString());
    }

    [Fact]
    public void Null_and_undefined_arguments_are_rejected_by_name()
    {
        Assert.Throws<ArgumentNullException>("emissions", () => TreatyRecord.Create(null!));
        Assert.Throws<ArgumentNullException>("party", () => Empty.WithDeposit(null!, InstrumentKind.Accession, D(2000, 1, 1)));
        Assert.Throws<ArgumentNullException>("party", () => Empty.WithSignature(null!, D(1998, 5, 1)));
        Assert.Throws<ArgumentNullException>("party", () => Empty.IsBound(null!, D(2000, 1, 1)));
        Assert.Throws<ArgumentNullException>("amendment", () => Empty.AmendmentEntryIntoForce(null!));
        AssertNamesArgumentAndRule<ArgumentOutOfRangeException>(() => Empty.WithDeposit(State("X1"), (InstrumentKind)9, D(2000, 1, 1)), "kind", "InstrumentKind");
    }

    [Theory]
    [InlineData("X")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("ABCDEFGHIJK")]
    [InlineData("A B")]
    public void Party_codes_are_validated(string code)
    {
        AssertNamesArgumentAndRule<ArgumentException>(() => TreatyParty.CreateState(code, "Name", isAnnexI: false), nameof(code), "2 to 10 characters");
    }

    [Fact]
    public void Party_names_must_not_be_blank_and_equality_is_by_code()
    {
        AssertNamesArgumentAndRule<ArgumentException>(() => TreatyParty.CreateReio("EU", " ", isAnnexI: true), "name", "blank");
        Assert.Throws<ArgumentNullException>("code", () => TreatyParty.CreateState(null!, "Name", isAnnexI: false));
        TreatyParty jpn = TreatyParty.CreateState("JPN", "Japan", isAnnexI: true);
        Assert.Equal(jpn, TreatyParty.CreateState("JPN", "Nippon", isAnnexI: true));
        Assert.True(jpn == TreatyParty.CreateState("JPN", "Japan", isAnnexI: true));
        Assert.True(jpn != TreatyParty.CreateState("JP2", "Japan", isAnnexI: true));
        Assert.Equal("JPN (Japan; State, Annex I)", jpn.ToString());
        Assert.Equal("EU (Union EU; REIO, Annex I)", Reio().ToString());
    }
}
