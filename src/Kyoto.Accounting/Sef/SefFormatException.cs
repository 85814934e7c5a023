using System;

namespace Kyoto.Accounting.Sef;

/// <summary>
/// Thrown when an SEF XML document cannot be read: not well-formed, not in an SEF namespace, or a header field, block or
/// cell is missing, extra or malformed. The message names the line, the position and the element.
/// </summary>
public sealed class SefFormatException : FormatException
{
    /// <summary>Initializes an exception with no detail.</summary>
    public SefFormatException()
        : base("The document is not an SEF report.")
    {
    }

    /// <summary>Initializes an exception with a message.</summary>
    /// <param name="message">The message.</param>
    public SefFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes an exception with a message and its cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SefFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes an exception at a place in the document.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="line">The 1-based line, or 0 if unknown.</param>
    /// <param name="position">The 1-based position in the line, or 0 if unknown.</param>
    /// <param name="location">The block or element path, if known.</param>
    public SefFormatException(string message, int line, int position, string? location)
        : base(line > 0 ? $"Line {line}, position {position}{(location is null ? string.Empty : ", " + location)}: {message}" : message)
    {
        Line = line;
        Position = position;
        Location = location;
    }

    /// <summary>Gets the 1-based line of the problem, or 0 if unknown.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based position in the line, or 0 if unknown.</summary>
    public int Position { get; }

    /// <summary>Gets the block or element path of the problem, if known.</summary>
    public string? Location { get; }
}
