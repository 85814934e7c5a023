using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;
using static Kyoto.Accounting.Tests.Inventories.InventoryTestData;

namespace Kyoto.Accounting.Tests.Sinks;

/// <summary>Small builders for sink accounting tests.</summary>
internal static class SinkTestData
{
    public static readonly Party Jpn = Party.FromCode("JPN");
    public static readonly Party Nor = Party.FromCode("NOR");
    public static readonly Party Deu = Party.FromCode("DEU");
    public static readonly ForestDefinition Forest = ForestDefinition.Create(0.3m, 30m, 5m);

    public static LulucfElections Elections(Party party, CommitmentPeriod period, LulucfAccountingFrequency frequency, params LulucfActivity[] elected) =>
        LulucfElections.Create(party, period, elected, frequency, Forest, "test: initial report");

    /// <summary>Adds the same net emissions (t CO2e) for every year of the period.</summary>
    public static LulucfActivityDataBuilder Every(this LulucfActivityDataBuilder builder, Party party, CommitmentPeriod period, LulucfActivity activity, decimal tonnesPerYear)
    {
        for (int year = period.FirstYear; year <= period.LastYear; year++)
        {
            builder.Add(party, activity, year, tonnesPerYear);
        }

        return builder;
    }

    /// <summary>Adds one net emission figure per year of the period, in order.</summary>
    public static LulucfActivityDataBuilder Years(this LulucfActivityDataBuilder builder, Party party, CommitmentPeriod period, LulucfActivity activity, IReadOnlyList<long> tonnes)
    {
        for (int i = 0; i < period.LengthInYears; i++)
        {
            builder.Add(party, activity, period.FirstYear + i, tonnes[i]);
        }

        return builder;
    }

    /// <summary>Base-year emissions for the second period: only CO2 from energy in 1990, LULUCF not a net source.</summary>
    public static BaseYearEmissions SecondPeriodBaseYear(Party party, decimal tonnesCo2)
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().Add(party.Code, 1990, Gas.CarbonDioxide, Energy, tonnesCo2).Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource()
            .WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear).WithNitrogenTrifluorideBaseYear(GasBaseYearChoice.PartyBaseYear);
        return BaseYearEmissions.Calculate(inventory, party, CommitmentPeriod.Second, options);
    }

    public static BaseYearEmissions FirstPeriodBaseYear(Party party, decimal tonnesCo2)
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().Add(party.Code, 1990, Gas.CarbonDioxide, Energy, tonnesCo2).Build();
        var options = BaseYearOptions.FromReferenceData.WithLandUseNotANetSource().WithFluorinatedGasBaseYear(GasBaseYearChoice.PartyBaseYear);
        return BaseYearEmissions.Calculate(inventory, party, CommitmentPeriod.First, options);
    }

    public static ExactCo2e Mt(decimal megatonnes, GwpSet set) => ExactCo2e.FromFraction((System.Int128)(megatonnes * 1_000_000_000_000m), 1, set);

    public static ExactCo2e Sum(this IEnumerable<SinkAccountingLine> lines) => lines.Aggregate(ExactCo2e.Zero, (s, l) => s + l.Amount);
}
