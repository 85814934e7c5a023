using System;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Xunit;

namespace Kyoto.Accounting.Tests.Readme;

/// <summary>
/// Keeps the README's quickstart compiling and true: the block between the markers below must be, line for line,
/// the C# block under "Quickstart" in README.md, and running it must print what the README says.
/// </summary>
public class ReadmeQuickstart
{
    [Fact]
    public void Quickstart_Runs_AndPrintsWhatTheReadmeSays()
    {
        var output = new StringWriter();
        Quickstart(output);
        Assert.Equal(4_868_096_694L, RecordedEmissionLevel.GetEuFirstPeriod(Party.FromCode("DEU")).Tonnes);
        Assert.Equal(new[] { "26000 tCO2e (SAR)", "92", "4868096694" }, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void ReadmeQuickstart_IsTheCompiledCode()
    {
        string[] source = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Readme", "ReadmeQuickstart.cs"));
        string[] compiled = Between(source, "// quickstart:begin", "// quickstart:end");
        string[] readme = Between(File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "README.md")), "```csharp", "```");
        Assert.NotEmpty(compiled);
        Assert.Equal(Normalize(readme.Where(l => !l.StartsWith("using ", StringComparison.Ordinal))), Normalize(compiled));
    }

    private static string[] Normalize(System.Collections.Generic.IEnumerable<string> lines) =>
        lines.Select(l => l.Trim().Replace("Console.WriteLine(", "output.WriteLine(", StringComparison.Ordinal)).Where(l => l.Length > 0).ToArray();

    private static string[] Between(string[] lines, string begin, string end)
    {
        int start = Array.FindIndex(lines, l => l.Trim() == begin);
        int stop = Array.FindIndex(lines, start + 1, l => l.Trim() == end);
        Assert.True(start >= 0 && stop > start, "markers " + begin + " / " + end + " not found");
        return lines[(start + 1)..stop];
    }

    private static void Quickstart(TextWriter output)
    {
        // quickstart:begin
        var cp1 = CommitmentPeriod.First;                 // 2008–2012: SAR GWPs, assigned amount × 5
        var germany = Party.FromCode("DEU");

        // Exact CO2-equivalent, tagged with the GWP set it was computed with (Art. 5.3)
        Co2e methane = cp1.GwpSet.ToCo2e(Gas.Methane, GasMass.FromTonnes(1_000m));
        Co2e carbon = cp1.GwpSet.ToCo2e(Gas.CarbonDioxide, GasMass.FromTonnes(5_000m));
        output.WriteLine(methane + carbon);             // 26000 tCO2e (SAR)

        // Annex B: the Party's commitment as % of base-year emissions
        output.WriteLine(germany.GetQelrc(cp1));        // 92

        // Art. 3.7 with the EU burden-sharing share (Art. 4; 2002/358/EC: 79 %), recorded in whole tonnes
        var baseYear = ExactCo2e.From(Co2e.FromTonnes(1_232_429_542.8m, cp1.GwpSet));
        var assigned = AssignedAmount.Calculate(germany, cp1, baseYear, 79m, AssignedAmount.DefaultRounding);
        output.WriteLine(assigned.RecordedTonnes);      // 4868096694, as recorded by 2006/944/EC
        // quickstart:end
    }
}
