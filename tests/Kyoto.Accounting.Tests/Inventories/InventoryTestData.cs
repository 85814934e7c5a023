using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>Small helpers to write inventories and exact figures in tests.</summary>
internal static class InventoryTestData
{
    internal static readonly EmissionSource Energy = EmissionSource.FromCategory(SourceCategory.FromCode("1.A.1"));
    internal static readonly EmissionSource Enteric = EmissionSource.FromCategory(SourceCategory.FromCode("4.A"));
    internal static readonly EmissionSource Halocarbons = EmissionSource.FromCategory(SourceCategory.FromCode("2.F"));
    internal static readonly EmissionSource Deforestation = EmissionSource.FromActivity(LulucfActivity.Deforestation);
    internal static readonly EmissionSource Afforestation = EmissionSource.FromActivity(LulucfActivity.AfforestationAndReforestation);
    internal static readonly EmissionSource ForestManagement = EmissionSource.FromActivity(LulucfActivity.ForestManagement);

    internal static Kyoto.Accounting.Accounting.ExactCo2e Tonnes(decimal tonnes, GwpSet set) => Kyoto.Accounting.Accounting.ExactCo2e.From(Co2e.FromTonnes(tonnes, set));

    internal static EmissionInventoryBuilder Add(this EmissionInventoryBuilder builder, string party, int year, Gas gas, EmissionSource source, decimal tonnes) =>
        builder.Add(Party.FromCode(party), year, gas, source, GasMass.FromTonnes(tonnes));
}
