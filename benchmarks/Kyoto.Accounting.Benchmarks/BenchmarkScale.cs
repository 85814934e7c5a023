using System;

namespace Kyoto.Accounting.Benchmarks;

/// <summary>
/// The sizes the benchmarks run at: the measured sizes normally, small ones for CI's smoke run (<c>CI=true</c>), which
/// only proves every benchmark builds and runs within CI's time limit — its timings mean nothing.
/// </summary>
internal static class BenchmarkScale
{
    /// <summary>Gets whether this is CI's smoke run.</summary>
    internal static bool IsSmoke => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Returns <paramref name="measured"/>, or <paramref name="smoke"/> in CI's smoke run.</summary>
    internal static int[] Sizes(int smoke, params int[] measured) => IsSmoke ? [smoke] : measured;
}
