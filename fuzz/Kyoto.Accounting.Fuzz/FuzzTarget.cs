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
/// To add a parser (JSON converters, journal reader, SEF XML…): write a class implementing this interface, add it to
/// <see cref="FuzzTargets.All"/>, and put seed inputs in <c>corpus/&lt;name&gt;/</c>.
/// </remarks>
public interface IFuzzTarget
{
    /// <summary>Gets the target's name (the corpus folder and the command-line argument).</summary>
    string Name { get; }

    /// <summary>Gets format tokens worth splicing into inputs.</summary>
    IReadOnlyList<string> Tokens { get; }

    /// <summary>Runs the parser on one input and checks its oracles.</summary>
    /// <param name="data">The input bytes.</param>
    void Run(ReadOnlySpan<byte> data);
}

/// <summary>Every fuzz target of the repository.</summary>
public static class FuzzTargets
{
    /// <summary>Gets every target.</summary>
    public static IReadOnlyList<IFuzzTarget> All { get; } = new IFuzzTarget[] { new InventoryCsvTarget() };

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
