using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace Kyoto.Accounting.Sinks;

/// <summary>The outcome of reading LULUCF activity-data CSV: the data, or every error found.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class LulucfParseResult
{
    private readonly LulucfActivityData? _data;

    internal LulucfParseResult(LulucfActivityData? data, IReadOnlyList<LulucfParseError> errors, int rowCount)
    {
        _data = data;
        Errors = errors;
        RowCount = rowCount;
    }

    /// <summary>Gets whether the text was read without error.</summary>
    [MemberNotNullWhen(true, nameof(_data))]
    public bool Success => _data is not null;

    /// <summary>Gets every error (empty on success).</summary>
    public IReadOnlyList<LulucfParseError> Errors { get; }

    /// <summary>Gets the number of data rows read.</summary>
    public int RowCount { get; }

    /// <summary>Gets the data, or throws listing every error.</summary>
    /// <returns>The data.</returns>
    /// <exception cref="LulucfFormatException">The text had errors.</exception>
    public LulucfActivityData GetValueOrThrow() => Success ? _data : throw new LulucfFormatException(Errors);
}
