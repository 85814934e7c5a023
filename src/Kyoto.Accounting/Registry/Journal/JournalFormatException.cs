using System;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// A journal or checkpoint file that cannot be read as written: not a journal, another format version, a corrupt
/// header, or a record in the middle of the file that fails its checksum, has an impossible length or cannot be decoded.
/// </summary>
/// <remarks>
/// A damaged <i>last</i> record is not an error: it is the torn tail of an interrupted write, which recovery truncates and
/// reports (<see cref="RecoveryReport"/>). Damage followed by valid records is never truncated silently, since the
/// records after it may have been acknowledged.
/// </remarks>
public sealed class JournalFormatException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="JournalFormatException"/> class.</summary>
    public JournalFormatException()
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JournalFormatException"/> class with a message.</summary>
    /// <param name="message">The message.</param>
    public JournalFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JournalFormatException"/> class with a message and the exception that caused it.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public JournalFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Initializes a new instance of the <see cref="JournalFormatException"/> class with a message and the byte offset of the damage.</summary>
    /// <param name="message">The message, naming the offset.</param>
    /// <param name="offset">The byte offset in the file of the record or header at fault.</param>
    public JournalFormatException(string message, long offset)
        : base(message) => Offset = offset;

    /// <summary>Gets the byte offset in the file of the record or header at fault.</summary>
    public long Offset { get; }
}
