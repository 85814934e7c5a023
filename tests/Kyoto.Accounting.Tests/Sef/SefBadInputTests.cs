using System;
using System.Linq;
using Kyoto.Accounting.Sef;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Sef;

public sealed class SefBadInputTests
{
    private static readonly SefReport Report = SefReport.Generate(SefFixture.SecondPeriodYear().Ledger, Deu, 2014, Cp2, SefFixture.Stamp);

    [Fact]
    public void Malformed_xml_is_reported_with_its_line()
    {
        var e = Assert.Throws<SefFormatException>(() => SefReport.Parse("<SEFSubmission xmlns=\"urn:KyotoProtocol:RegistrySystem:SEF:2.0:0.0\">\n<Header>"));
        Assert.Contains("not well-formed", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line >= 2);
    }

    [Fact]
    public void A_document_in_another_namespace_is_refused()
    {
        string xml = Report.ToXml().Replace("urn:KyotoProtocol:RegistrySystem:SEF:2.0:0.0", "urn:example:other", StringComparison.Ordinal);
        var e = Assert.Throws<SefFormatException>(() => SefReport.Parse(xml));
        Assert.Contains("SEFSubmission", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_numeric_cell_names_its_block_and_column()
    {
        string xml = Report.ToXml().Replace("<sef1:UnitQty type=\"RMU\">200</sef1:UnitQty>", "<sef1:UnitQty type=\"RMU\">2OO</sef1:UnitQty>", StringComparison.Ordinal);
        var e = Assert.Throws<SefFormatException>(() => SefReport.Parse(xml));
        Assert.Contains("Table2a/TransactionType[Art34ForestManagement]/Additions", e.Message, StringComparison.Ordinal);
        Assert.Contains("RMU", e.Message, StringComparison.Ordinal);
        Assert.True(e.Line > 0);
        Assert.NotEmpty(SefSchema.Validate(xml));
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("1.5")]
    [InlineData("")]
    public void Quantities_are_whole_positive_numbers_or_markers(string text)
    {
        Assert.False(SefQuantity.TryParse(text, out _));
    }

    [Fact]
    public void A_missing_block_is_named()
    {
        string xml = Report.ToXml();
        int start = xml.IndexOf("<Table2d>", StringComparison.Ordinal);
        int end = xml.IndexOf("</Table2d>", StringComparison.Ordinal) + "</Table2d>".Length;
        var e = Assert.Throws<SefFormatException>(() => SefReport.Parse(xml.Remove(start, end - start)));
        Assert.Contains("Table2d", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_total_that_does_not_add_up_is_a_coded_violation_with_both_figures()
    {
        SefReport corrupted = Report.WithQuantity("Table2a/TransactionType[Art34ForestManagement]/Additions", SefUnitType.Rmu, SefQuantity.FromUnits(300));
        var violations = SefValidator.Validate(SefReport.Parse(corrupted.ToXml()));

        SefViolation total = Assert.Single(violations, v => v.Location == "Table2a/SubTotal/Additions");
        Assert.Equal(SefViolationCode.TotalMismatch, total.Code);
        Assert.Equal(SefUnitType.Rmu, total.UnitType);
        Assert.Contains("expected 300 but found 200", total.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Na_in_the_wrong_place_and_a_quantity_where_na_belongs_are_both_found()
    {
        SefReport corrupted = Report
            .WithQuantity("Table4/AccountType[PartyHolding]", SefUnitType.Cer, SefQuantity.NotApplicable)
            .WithQuantity("Table4/AccountType[PreviousPeriodSurplusReserveAccount]", SefUnitType.Rmu, SefQuantity.NotOccurring);
        var codes = SefValidator.Validate(corrupted).Select(v => (v.Code, v.Location)).ToList();
        Assert.Contains((SefViolationCode.NotApplicableUnexpected, "Table4/AccountType[PartyHolding]"), codes);
        Assert.Contains((SefViolationCode.NotApplicableExpected, "Table4/AccountType[PreviousPeriodSurplusReserveAccount]"), codes);
    }

    [Fact]
    public void Holdings_that_do_not_follow_from_the_movements_are_found()
    {
        SefReport corrupted = Report
            .WithQuantity("Table4/AccountType[PartyHolding]", SefUnitType.Aau, SefQuantity.FromUnits(600))
            .WithQuantity("Table4/TotalUnitQty", SefUnitType.Aau, SefQuantity.FromUnits(655));
        // 600 + 40 + 10 + 5 = 655: the total adds up, but 628 follows from Table 1 and the movements.
        SefViolation v = Assert.Single(SefValidator.Validate(corrupted));
        Assert.Equal(SefViolationCode.HoldingsMismatch, v.Code);
    }

    [Fact]
    public void Diff_names_table_row_unit_and_both_figures()
    {
        SefReport itl = Report.WithHeader(Report.Header.WithSource(SefSource.TransactionLog))
            .WithQuantity("Table2a/TransactionType[Art34ForestManagement]/Additions", SefUnitType.Rmu, SefQuantity.FromUnits(1_100));
        SefDifference d = Assert.Single(SefDiff.Compare(Report, itl));
        Assert.Equal("Table 2a, Art34ForestManagement, Additions, RMU: REG 200 ITL 1,100", d.ToString());
        Assert.Empty(SefDiff.Compare(Report, Report));
    }

    [Fact]
    public void Default_cells_and_bad_header_fields_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => default(SefQuantity).ToString());
        Assert.Throws<ArgumentException>(() => Report.WithQuantity("Table1/TotalUnitQty", SefUnitType.Aau, default));
        Assert.Throws<ArgumentException>(() => new SefHeader("deu", 2014, 2014, 2, 1, SefSource.Registry, SefStatus.Final, SefFixture.Stamp));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SefHeader("DEU", 2013, 2014, 2, 1, SefSource.Registry, SefStatus.Final, SefFixture.Stamp));
        Assert.Throws<ArgumentOutOfRangeException>(() => SefReport.Generate(SefFixture.SecondPeriodYear().Ledger, Deu, 2010, Cp2, SefFixture.Stamp));
    }
}
