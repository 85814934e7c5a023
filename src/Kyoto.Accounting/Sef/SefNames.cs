using System;

namespace Kyoto.Accounting.Sef;

/// <summary>The SEF's spelling of unit types, sources and statuses.</summary>
internal static class SefNames
{
    internal static readonly SefUnitType[] UnitColumns =
        [SefUnitType.Aau, SefUnitType.Cer, SefUnitType.Eru, SefUnitType.Rmu, SefUnitType.Lcer, SefUnitType.Tcer];

    internal static string Unit(SefUnitType unit) => unit switch
    {
        SefUnitType.Aau => "AAU",
        SefUnitType.Cer => "CER",
        SefUnitType.Eru => "ERU",
        SefUnitType.Rmu => "RMU",
        SefUnitType.Lcer => "lCER",
        SefUnitType.Tcer => "tCER",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "SEF unit types are AAU, CER, ERU, RMU, lCER and tCER."),
    };

    internal static bool TryParseUnit(string? text, out SefUnitType unit)
    {
        foreach (SefUnitType u in UnitColumns)
        {
            if (Unit(u) == text)
            {
                unit = u;
                return true;
            }
        }

        unit = default;
        return false;
    }

    // The attribute that keys each repeated element.
    internal static string? KeyAttribute(string element) => element switch
    {
        "AccountType" or "TransactionType" or "TransactionOrEventType" or "StartingValue" or "Retirement" or "AdaptationFundType" => "name",
        "ExternalTransfer" or "PPSRTransfer" => "registry",
        "AnnualTransaction" or "AnnualTransactionPPSR" or "AnnualReplacement" or "AnnualRetirement" => "year",
        "CorrectiveTransaction" or "CorrectiveReplacement" or "CorrectiveRetirement" => "transactionNumber",
        _ => null,
    };
}
