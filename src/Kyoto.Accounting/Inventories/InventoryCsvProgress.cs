namespace Kyoto.Accounting.Inventories;

/// <summary>
/// How far <see cref="InventoryCsv"/> has read, reported through an <see cref="System.IProgress{T}"/> about once per
/// mebibyte of input and once at the end (for a progress bar).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public readonly record struct InventoryCsvProgress
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="rowsRead">The data rows read so far.</param>
    /// <param name="position">The bytes (for a stream or file) or characters (for a text reader) consumed so far.</param>
    /// <param name="length">The length of the stream or file in bytes, or null if unknown.</param>
    public InventoryCsvProgress(long rowsRead, long position, long? length)
    {
        RowsRead = rowsRead;
        Position = position;
        Length = length;
    }

    /// <summary>Gets the number of data rows read so far (excluding the header, comments and blank lines).</summary>
    public long RowsRead { get; }

    /// <summary>Gets the bytes (for a stream or file) or characters (for a text reader) consumed so far.</summary>
    public long Position { get; }

    /// <summary>Gets the length of the stream or file in bytes, or null if unknown (then show rows, not a fraction).</summary>
    public long? Length { get; }
}
