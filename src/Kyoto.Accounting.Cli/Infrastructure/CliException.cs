using System;
using System.Globalization;
using System.Text;

namespace Kyoto.Accounting.Cli.Infrastructure;

/// <summary>The exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    internal const int Ok = 0;

    /// <summary>A rule failed or something was rejected (a transaction, a check, a target missed where the command asks).</summary>
    internal const int RuleFailure = 1;

    /// <summary>Bad input: a bad argument or option, an unreadable or invalid file.</summary>
    internal const int BadInput = 2;
}

/// <summary>An error the tool reports on standard error with an exit code, a stable code and, where there is one, the row and column.</summary>
internal sealed class CliException : Exception
{
    internal CliException(int exitCode, string code, string message, string? file = null, int? row = null, int? column = null)
        : base(message)
    {
        ExitCode = exitCode;
        Code = code;
        File = file;
        Row = row;
        Column = column;
    }

    public CliException()
        : this(ExitCodes.BadInput, "Error", "Error.")
    {
    }

    public CliException(string message)
        : this(ExitCodes.BadInput, "BadInput", message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        ExitCode = ExitCodes.BadInput;
        Code = "BadInput";
    }

    /// <summary>Gets the exit code.</summary>
    internal int ExitCode { get; }

    /// <summary>Gets the stable code (the library's error code where there is one).</summary>
    internal string Code { get; }

    /// <summary>Gets the file the error is in, if any.</summary>
    internal string? File { get; }

    /// <summary>Gets the 1-based row (line), if any.</summary>
    internal int? Row { get; }

    /// <summary>Gets the 1-based column (field), if any; 0 means the whole row.</summary>
    internal int? Column { get; }

    /// <summary>Creates a bad-input error.</summary>
    internal static CliException BadInput(string code, string message, string? file = null, int? row = null, int? column = null) =>
        new(ExitCodes.BadInput, code, message, file, row, column);

    /// <summary>Formats the error as one line: <c>error CODE file:row:column: message</c>.</summary>
    /// <returns>The line.</returns>
    internal string Format() => FormatLine(Code, Message, File, Row, Column);

    /// <summary>Formats an error line: <c>error CODE file:row:column: message</c>.</summary>
    internal static string FormatLine(string code, string message, string? file, int? row, int? column)
    {
        var line = new StringBuilder("error ").Append(code);
        if (file is not null || row is not null)
        {
            line.Append(' ').Append(file ?? "<input>");
            if (row is int r)
            {
                line.Append(':').Append(r.ToString(CultureInfo.InvariantCulture));
                if (column is int c)
                {
                    line.Append(':').Append(c.ToString(CultureInfo.InvariantCulture));
                }
            }
        }

        return line.Append(": ").Append(message).ToString();
    }
}
