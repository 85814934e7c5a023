using System;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>Facts about unit types used by the checks.</summary>
internal static class UnitTypes
{
    internal static string Name(UnitType type) => type switch
    {
        UnitType.Aau => "AAU",
        UnitType.Rmu => "RMU",
        UnitType.EruFromAau => "ERU(AAU)",
        UnitType.EruFromRmu => "ERU(RMU)",
        UnitType.Cer => "CER",
        UnitType.Tcer => "tCER",
        UnitType.Lcer => "lCER",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown unit type."),
    };

    /// <summary>The mechanism under which a unit is transferred: ERUs Art. 6, CERs Art. 12, AAUs and RMUs Art. 17.</summary>
    internal static Mechanism MechanismOf(UnitType type) => type switch
    {
        UnitType.EruFromAau or UnitType.EruFromRmu => Mechanism.JointImplementation,
        UnitType.Cer or UnitType.Tcer or UnitType.Lcer => Mechanism.CleanDevelopmentMechanism,
        _ => Mechanism.EmissionsTrading,
    };

    internal static bool IsDefined(UnitType type) => type is >= UnitType.Aau and <= UnitType.Lcer;
}
