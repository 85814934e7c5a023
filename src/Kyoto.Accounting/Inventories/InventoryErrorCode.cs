namespace Kyoto.Accounting.Inventories;

/// <summary>The stable code of an <see cref="InventoryParseError"/>; the values never change between versions.</summary>
public enum InventoryErrorCode
{
    /// <summary>The text has no header row.</summary>
    MissingHeader = 1,

    /// <summary>The header names a column the format does not have.</summary>
    UnknownColumn = 2,

    /// <summary>The header lacks a column the format requires.</summary>
    MissingColumn = 3,

    /// <summary>The header names a column twice.</summary>
    DuplicateColumn = 4,

    /// <summary>A row has more or fewer fields than the header.</summary>
    WrongFieldCount = 5,

    /// <summary>The party field is not the ISO 3166 alpha-3 code of an Annex B Party.</summary>
    UnknownParty = 6,

    /// <summary>The year field is not a whole number.</summary>
    InvalidYear = 7,

    /// <summary>The year is outside the supported range.</summary>
    YearOutOfRange = 8,

    /// <summary>The gas field is not an Annex A gas.</summary>
    UnknownGas = 9,

    /// <summary>The source field is neither a source category nor a LULUCF activity.</summary>
    UnknownSource = 10,

    /// <summary>The mass field is not a plain decimal number.</summary>
    InvalidMass = 11,

    /// <summary>The mass field is NaN or an infinity.</summary>
    NonFiniteMass = 12,

    /// <summary>The mass has more decimals than the 1 g resolution (six decimals of a tonne).</summary>
    MassTooPrecise = 13,

    /// <summary>The mass is beyond the range a single record may have.</summary>
    MassOutOfRange = 14,

    /// <summary>A source category reports a negative mass (only LULUCF activities report net removals).</summary>
    NegativeEmission = 15,

    /// <summary>The text is not well-formed CSV (an unterminated quoted field).</summary>
    MalformedFile = 16,

    /// <summary>
    /// The last row (or the header) does not end with a line break, so the file may have been cut short: every row,
    /// the last one included, ends with LF, CRLF or CR.
    /// </summary>
    UnterminatedRow = 17,
}
