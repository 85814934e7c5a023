namespace Kyoto.Accounting.Sef;

/// <summary>What is wrong with a received SEF report: the stable codes of <see cref="SefValidator"/>.</summary>
public enum SefViolationCode
{
    /// <summary>A total or subtotal is not the sum of its rows (1).</summary>
    TotalMismatch = 1,

    /// <summary>A cell holds a quantity or <c>NO</c> where the unit type cannot occur: it must be <c>NA</c> (2).</summary>
    NotApplicableExpected = 2,

    /// <summary>A cell is <c>NA</c> where the unit type can occur: it must be a quantity or <c>NO</c> (3).</summary>
    NotApplicableUnexpected = 3,

    /// <summary>Table 4 is not Table 1 plus the year's movements (4).</summary>
    HoldingsMismatch = 4,

    /// <summary>Table 1 of a year is not Table 4 of the year before (5).</summary>
    OpeningMismatch = 5,

    /// <summary>The reported year's row of a Table 5 does not repeat the year's Table 2 or Table 3 totals (6).</summary>
    AnnualRowMismatch = 6,

    /// <summary>A Table 5 row of a year after the reported year is not empty (7).</summary>
    FutureYearNotEmpty = 7,

    /// <summary>Two reports that should follow each other are of different Parties, periods or not consecutive years (8).</summary>
    NotConsecutive = 8,
}
