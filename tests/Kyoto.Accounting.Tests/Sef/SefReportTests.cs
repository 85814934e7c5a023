using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Sef;
using Kyoto.Accounting.Tests.Registry;
using Xunit;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Sef;

public sealed class SefReportTests
{
    private static readonly SefReport Report = SefReport.Generate(SefFixture.SecondPeriodYear().Ledger, Deu, 2014, Cp2, SefFixture.Stamp);

    private static long Cell(string location, SefUnitType unit) => Report.GetQuantity(location, unit).Units;

    [Fact]
    public void Header_names_the_party_year_period_and_source()
    {
        Assert.Equal("DEU 2014 CP2 v1 REG Final", Report.Header.ToString());
        Assert.Same(SefFormat.Second, Report.Format);
    }

    [Fact]
    public void Table_1_is_empty_on_the_first_of_January_before_any_unit_existed()
    {
        Assert.All(Report.Blocks.Where(b => b.Table == "Table1"), b => Assert.All(b.Cells, c => Assert.Equal(0, c.Units)));
        Assert.True(Report.GetQuantity("Table1/AccountType[PreviousPeriodSurplusReserveAccount]", SefUnitType.Cer).IsNotApplicable);
        Assert.Equal("NO", Report.GetQuantity("Table1/AccountType[PreviousPeriodSurplusReserveAccount]", SefUnitType.Aau).ToString());
    }

    [Fact]
    public void Every_movement_of_the_year_is_in_its_row_computed_by_hand()
    {
        // Issuance of 1,000 AAUs: a starting value (Table 5a), not a Table 2a row.
        Assert.Equal(1000, Cell("Table5a/StartingValues/StartingValue[AssignedAmountUnitsIssued]/Additions", SefUnitType.Aau));
        // Conversion of 250 AAUs (track 1) into 250 ERUs, 5 of which (2% share of proceeds) go at once to the Adaptation Fund.
        Assert.Equal(250, Cell("Table2a/TransactionType[IssuanceConversionOfPartyVerifiedProjects]/Additions", SefUnitType.Eru));
        Assert.Equal(250, Cell("Table2a/TransactionType[IssuanceConversionOfPartyVerifiedProjects]/Subtractions", SefUnitType.Aau));
        Assert.Equal(5, Cell("Table2b/ExternalTransfer[CDM]/Subtractions", SefUnitType.Eru));
        Assert.Equal(250, Cell("Table2d/AdaptationFundType[IssuanceERUFromPartyVerifiedProjects]/AmountTransferred", SefUnitType.Eru));
        Assert.Equal(5, Cell("Table2d/AdaptationFundType[IssuanceERUFromPartyVerifiedProjects]/AmountContributed", SefUnitType.Eru));
        // RMUs for forest management.
        Assert.Equal(200, Cell("Table2a/TransactionType[Art34ForestManagement]/Additions", SefUnitType.Rmu));
        // Voluntary cancellation of 10; Art. 3.7 ter cancellation of 5 (a starting value).
        Assert.Equal(10, Cell("Table2a/TransactionType[VoluntaryCancellation]/Subtractions", SefUnitType.Aau));
        Assert.Equal(5, Cell("Table5a/StartingValues/StartingValue[Art3Par7TerCancellations]/Subtractions", SefUnitType.Aau));
        // Subtotals of Table 2a.
        Assert.Equal(new long[] { 0, 0, 250, 200, 0, 0 }, Row("Table2a/SubTotal/Additions"));
        Assert.Equal(new long[] { 260, 0, 0, 0, 0, 0 }, Row("Table2a/SubTotal/Subtractions"));
        // Retirement of 40 AAUs.
        Assert.Equal(40, Cell("Table2aRetirement/Retirement[Retirement]", SefUnitType.Aau));
        Assert.Equal(40, Cell("Table2aRetirement/TotalUnitQty", SefUnitType.Aau));
    }

    [Fact]
    public void External_transfers_are_per_registry_and_the_share_of_proceeds_goes_to_the_cdm_registry()
    {
        // 151 first-transferred AAUs: FRA receives 147, the Adaptation Fund 4 (2%, rounded up); FRA's 30 arrive as 29.
        Assert.Equal(147, Cell("Table2b/ExternalTransfer[FRA]/Subtractions", SefUnitType.Aau));
        Assert.Equal(4, Cell("Table2b/ExternalTransfer[CDM]/Subtractions", SefUnitType.Aau));
        Assert.Equal(29, Cell("Table2b/ExternalTransfer[FRA]/Additions", SefUnitType.Aau));
        Assert.Equal(new long[] { 29, 0, 0, 0, 0, 0 }, Row("Table2b/SubTotal/Additions"));
        Assert.Equal(new long[] { 151, 0, 5, 0, 0, 0 }, Row("Table2b/SubTotal/Subtractions"));
        Assert.Equal(151, Cell("Table2d/AdaptationFundType[FirstInternationalTransfersOfAAU]/AmountTransferred", SefUnitType.Aau));
        Assert.Equal(4, Cell("Table2d/AdaptationFundType[FirstInternationalTransfersOfAAU]/AmountContributed", SefUnitType.Aau));
        Assert.Equal(new long[] { 29, 0, 250, 200, 0, 0 }, Row("Table2e/Additions"));
        Assert.Equal(new long[] { 411, 0, 5, 0, 0, 0 }, Row("Table2e/Subtractions"));
    }

    [Fact]
    public void Table_4_holds_the_year_end_by_account_type()
    {
        // AAUs: 1,000 − 250 converted − 151 transferred + 29 received − 40 retired − 10 − 5 cancelled = 573.
        Assert.Equal(new long[] { 573, 0, 245, 200, 0, 0 }, Row("Table4/AccountType[PartyHolding]"));
        Assert.Equal(40, Cell("Table4/AccountType[RetirementAccount]", SefUnitType.Aau));
        Assert.Equal(10, Cell("Table4/AccountType[VoluntaryCancellationAccount]", SefUnitType.Aau));
        Assert.Equal(5, Cell("Table4/AccountType[Art37TerCancellationAccount]", SefUnitType.Aau));
        Assert.Equal(new long[] { 628, 0, 245, 200, 0, 0 }, Row("Table4/TotalUnitQty"));
    }

    [Fact]
    public void Table_5_repeats_the_year_and_leaves_later_years_empty()
    {
        Assert.Equal(Row("Table2e/Subtractions"), Row("Table5b/AnnualTransactions/AnnualTransaction[2014]/Subtractions"));
        Assert.Equal(new long[6], Row("Table5b/AnnualTransactions/AnnualTransaction[2015]/Subtractions"));
        Assert.Equal(40, Cell("Table5e/AnnualRetirements/AnnualRetirement[2014]", SefUnitType.Aau));
        Assert.Equal(1000, Cell("Table5a/TotalAdditionSubtraction/Additions", SefUnitType.Aau));
    }

    [Fact]
    public void The_generated_report_validates_against_the_rules_and_the_schema()
    {
        Assert.Empty(SefValidator.Validate(Report));
        Assert.Empty(SefSchema.Validate(Report.ToXml()));
    }

    [Fact]
    public void Xml_round_trips_to_an_equal_report()
    {
        string xml = Report.ToXml();
        Assert.Contains("urn:KyotoProtocol:RegistrySystem:SEF:2.0:0.0", xml, System.StringComparison.Ordinal);
        Assert.Equal(Report, SefReport.Parse(xml));
    }

    [Fact]
    public void The_next_year_opens_with_this_year_end_and_validates_with_it()
    {
        RegistryFixture f = SefFixture.SecondPeriodYear();
        SefReport next = SefReport.Generate(f.Ledger, Deu, 2015, Cp2, SefFixture.Stamp);
        Assert.Equal(Report["Table4/AccountType[PartyHolding]"].Cells, next["Table1/AccountType[PartyHolding]"].Cells);
        Assert.Empty(SefValidator.Validate(next, Report));
        Assert.Equal(10, next.GetQuantity("Table5b/AnnualTransactions/AnnualTransaction[2015]/Subtractions", SefUnitType.Aau).Units);
        Assert.Equal(9, next.GetQuantity("Table2b/ExternalTransfer[FRA]/Subtractions", SefUnitType.Aau).Units);
        Assert.Equal(411, next.GetQuantity("Table5b/AnnualTransactions/AnnualTransaction[2014]/Subtractions", SefUnitType.Aau).Units);
    }

    [Fact]
    public void The_receiving_registry_reports_the_mirror_image()
    {
        SefReport france = SefReport.Generate(SefFixture.SecondPeriodYear().Ledger, Fra, 2014, Cp2, SefFixture.Stamp);
        Assert.Equal(147, france.GetQuantity("Table2b/ExternalTransfer[DEU]/Additions", SefUnitType.Aau).Units);
        Assert.Equal(29, france.GetQuantity("Table2b/ExternalTransfer[DEU]/Subtractions", SefUnitType.Aau).Units);
        Assert.Equal(1, france.GetQuantity("Table2b/ExternalTransfer[CDM]/Subtractions", SefUnitType.Aau).Units);
        Assert.Empty(SefValidator.Validate(france));
    }

    [Fact]
    public void A_first_period_report_uses_sef_1_and_its_own_tables()
    {
        var f = new RegistryFixture();
        f.IssueDeuAau(1, 1000);
        f.IssueCdmTo(DeuHolding, Kyoto.Accounting.Registry.UnitType.Cer, 1, 300);
        f.Accept(Kyoto.Accounting.Registry.Transaction.Retire(f.NextId(), Day, DeuHolding, DeuRetirement1, Deu1(1, 100)));
        f.Accept(Kyoto.Accounting.Registry.Transaction.Cancel(f.NextId(), Day, DeuHolding, DeuNetSource1, Deu1(101, 120)));
        SefReport cp1 = SefReport.Generate(f.Ledger, Deu, 2010, Cp1, SefFixture.Stamp);

        Assert.Same(SefFormat.First, cp1.Format);
        Assert.Equal(1000, cp1.GetQuantity("Table5a/StartingValues/StartingValue[IssuancePursuantToArt37-38]/Additions", SefUnitType.Aau).Units);
        Assert.Equal(300, cp1.GetQuantity("Table2b/ExternalTransfer[CDM]/Additions", SefUnitType.Cer).Units);
        Assert.Equal(100, cp1.GetQuantity("Table2a/Retirement", SefUnitType.Aau).Units);
        Assert.Equal(20, cp1.GetQuantity("Table2a/TransactionType[Art33Deforestation]/Subtractions", SefUnitType.Aau).Units);
        Assert.Equal(300, cp1.GetQuantity("Table2c/Additions", SefUnitType.Cer).Units);
        Assert.Equal(100, cp1.GetQuantity("Table5c/AnnualRetirements/AnnualRetirement[2010]", SefUnitType.Aau).Units);
        Assert.Equal(new long[] { 880, 300, 0, 0, 0, 0 }, cp1["Table4/AccountType[PartyHolding]"].Cells.Select(c => c.Units).ToArray());
        Assert.Empty(SefValidator.Validate(cp1));
        Assert.Empty(SefSchema.Validate(cp1.ToXml()));
        Assert.Equal(cp1, SefReport.Parse(cp1.ToXml()));
    }

    private static long[] Row(string location) => Report[location].Cells.Select(c => c.Units).ToArray();
}
