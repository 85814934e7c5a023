using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Sinks;

/// <summary>LULUCF activity-data CSV with errors; <see cref="Errors"/> lists them all.</summary>
public sealed class LulucfFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="LulucfFormatException"/> class.</summary>
    public LulucfFormatException()
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="LulucfFormatException"/> class.</summary>
    /// <param name="message">The message.</param>
    public LulucfFormatException(string message)
        : base(message)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="LulucfFormatException"/> class.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LulucfFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    /// <summary>Initializes a new instance of the <see cref="LulucfFormatException"/> class listing errors.</summary>
    /// <param name="errors">The errors.</param>
    public LulucfFormatException(IReadOnlyList<LulucfParseError> errors)
        : base("The LULUCF activity data has " + (errors ?? []).Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " error(s):\n" + string.Join("\n", (errors ?? []).Select(e => e.ToString())))
    {
        Errors = errors ?? [];
    }

    /// <summary>Gets the errors.</summary>
    public IReadOnlyList<LulucfParseError> Errors { get; }
}
