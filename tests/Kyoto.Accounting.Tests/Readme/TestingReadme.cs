using System.Linq;
using FsCheck.Xunit;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Testing.Core;
using Kyoto.Accounting.Tests.Docs;
using Xunit;

namespace Kyoto.Accounting.Tests.Readme;

/// <summary>The C# block of src/Kyoto.Accounting.Testing/README.md, compiled and run (its properties are the class below).</summary>
public class TestingReadme
{
    [Fact]
    public void ReadmeBlock_IsTheCompiledCode() =>
        DocSnippets.AssertBlocksAreCompiled("src/Kyoto.Accounting.Testing/README.md", "tests/Kyoto.Accounting.Tests/Readme/TestingReadme.cs", 1);

    [Property(Arbitrary = new[] { typeof(KyotoArbitraries) })]
    public bool Co2ePair_SharesOneSet(Co2ePair p) =>
        p.First.GwpSet is null || p.Second.GwpSet is null || p.First.GwpSet == p.Second.GwpSet;

    [Property(Arbitrary = new[] { typeof(KyotoArbitraries) })]
    public bool Co2eTriple_SharesOneSet(Co2eTriple t) =>
        new[] { t.First.GwpSet, t.Second.GwpSet, t.Third.GwpSet }.Where(s => s is not null).Distinct().Count() <= 1;
}

// The README's example, verbatim (before Co2ePair it read `AdditionIsCommutative(Co2e a, Co2e b)` and failed after a
// few tests with GwpSetMismatchException, because independent Co2e values may carry different sets).
[Properties(Arbitrary = new[] { typeof(KyotoArbitraries) })]
public class MyProperties
{
    // Two values under the same GWP set: adding values of different sets throws GwpSetMismatchException.
    [Property]
    public bool AdditionIsCommutative(Co2ePair pair) => pair.First + pair.Second == pair.Second + pair.First;

    [Property]
    public bool AdditionIsAssociative(Co2eTriple t) => (t.First + t.Second) + t.Third == t.First + (t.Second + t.Third);

    // A single value may be under either set (or zero, which carries none).
    [Property]
    public bool ZeroIsNeutral(Co2e a) => a + Co2e.Zero == a;
}
