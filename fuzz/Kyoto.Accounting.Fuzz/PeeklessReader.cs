using System.IO;

namespace Kyoto.Accounting.Fuzz;

/// <summary>A reader of a string that implements only <see cref="TextReader.Read()"/> (so <c>Peek</c> returns -1), as some callers' readers do.</summary>
internal sealed class PeeklessReader(string text) : TextReader
{
    private int _next;

    public override int Read() => _next < text.Length ? text[_next++] : -1;
}
