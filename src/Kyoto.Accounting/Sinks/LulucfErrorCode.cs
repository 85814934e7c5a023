namespace Kyoto.Accounting.Sinks;

/// <summary>Stable codes of the errors <see cref="LulucfActivityCsv"/> reports.</summary>
public enum LulucfErrorCode
{
    /// <summary>The text has no header row, or the header is not valid.</summary>
    MissingHeader = 1,

    /// <summary>A header names an unknown column.</summary>
    UnknownColumn = 2,

    /// <summary>The header lacks a required column.</summary>
    MissingColumn = 3,

    /// <summary>A column appears twice in the header.</summary>
    DuplicateColumn = 4,

    /// <summary>A row has a different number of fields than the header.</summary>
    WrongFieldCount = 5,

    /// <summary>The Party code is not a Party's.</summary>
    UnknownParty = 6,

    /// <summary>The activity is not a LULUCF activity code.</summary>
    UnknownActivity = 7,

    /// <summary>The year is not a number or outside the accepted range.</summary>
    InvalidYear = 8,

    /// <summary>The quantity is not a plain decimal number, or has more than six decimals.</summary>
    InvalidQuantity = 9,

    /// <summary>The unit is not <c>tCO2e</c>, <c>tC-removed</c> or <c>tC-emitted</c>.</summary>
    UnknownUnit = 10,

    /// <summary>A carbon quantity is negative (its unit states the direction).</summary>
    WrongSign = 11,

    /// <summary>A second row for the same Party, activity and year, or wetland drainage and rewetting in a first-period year.</summary>
    InvalidRecord = 12,

    /// <summary>The text cannot be split into rows (an unterminated quote).</summary>
    MalformedFile = 13,
}
