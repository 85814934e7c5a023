using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// One parser under fuzzing: <see cref="Run"/> feeds it an input and throws <see cref="OracleException"/> (or lets any
/// other exception escape) when an oracle is broken; <see cref="Tokens"/> are format tokens the mutator splices in
/// (and that <c>fuzz/run.sh</c> writes as a libFuzzer dictionary).
/// </summary>
/// <remarks>
/// To add a parser: write a class implementing this interface, add it to <see cref="FuzzTargets.All"/>, and put seed
/// inputs in <c>corpus/&lt;name&gt;/</c> (<see cref="MakeSeeds"/> and the <c>seeds</c> mode write them from the library).
/// </remarks>
public interface IFuzzTarget
{
    /// <summary>Gets the target's name (the corpus folder and the command-line argument).</summary>
    string Name { get; }

    /// <summary>Gets format tokens worth splicing into inputs.</summary>
    IReadOnlyList<string> Tokens { get; }

    /// <summary>Gets the longest input worth trying (the mutation loop's and libFuzzer's <c>-max_len</c>).</summary>
    int MaxLength => 4096;

    /// <summary>Runs the parser on one input and checks its oracles.</summary>
    /// <param name="data">The input bytes.</param>
    void Run(ReadOnlySpan<byte> data);

    /// <summary>Makes seed inputs with the library itself (written to <c>corpus/&lt;name&gt;/</c> by the <c>seeds</c> mode).</summary>
    /// <returns>File names and contents; none by default.</returns>
    IEnumerable<(string Name, byte[] Data)> MakeSeeds() => Array.Empty<(string, byte[])>();
}

/// <summary>Every fuzz target of the repository.</summary>
public static class FuzzTargets
{
    /// <summary>Gets every target.</summary>
    public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[]
    {
        new InventoryCsvTarget(), new JsonTarget(), new JournalTarget(), new SefXmlTarget(), new LulucfCsvTarget(),
    };

    /// <summary>Finds a target by name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The target.</returns>
    public static IFuzzTarget Find(string name) =>
        All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException("Unknown fuzz target '" + name + "'; known: " + string.Join(", ", All.Select(t => t.Name)) + ".", nameof(name));
}

/// <summary>An oracle broke: the input found a bug.</summary>
public sealed class OracleException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">Which oracle broke, and how.</param>
    public OracleException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance.</summary>
    public OracleException()
    {
    }

    /// <summary>Initializes a new instance.</summary>
    /// <param name="message">The message.</param>
    /// <param name="inner">The cause.</param>
    public OracleException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
