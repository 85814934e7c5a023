using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Xunit;

namespace Kyoto.Accounting.Tests.Docs;

/// <summary>The C# blocks of docs/accounting.md, compiled and run; the blocks must stay, line for line, in this file.</summary>
public class AccountingDocExamples
{
    [Fact]
    public void DocBlocks_AreThisCode() =>
        DocSnippets.AssertBlocksAreCompiled("docs/accounting.md", "tests/Kyoto.Accounting.Tests/Docs/AccountingDocExamples.cs", 1);

    [Fact]
    public void AssignedAmountAndReserve()
    {
        var cp1 = CommitmentPeriod.First;
        var japan = Party.FromCode("JPN");

        // Base-year emissions (from BaseYearEmissions.Calculate, or stated), exact until a rule rounds
        var baseYear = ExactCo2e.From(Co2e.FromTonnes(1_261_331_418m, cp1.GwpSet));
        var assigned = AssignedAmount.Calculate(japan, cp1, baseYear, AssignedAmount.DefaultRounding);
        long recorded = assigned.RecordedTonnes;                   // 5928257665 = 94 % × 5 × base year, nearest tonne

        // Reserve: min(90 % of the assigned amount, 5 × the latest reviewed inventory), decision 11/CMP.1 annex ¶6
        var latest = Co2e.FromTonnes(1_343_000_000m, cp1.GwpSet);
        var reserve = CommitmentPeriodReserve.Calculate(assigned, latest, CommitmentPeriodReserve.DefaultRounding);
        long reserveTonnes = reserve.Tonnes;                       // 5335431899

        Assert.Equal(5_928_257_665L, recorded);
        Assert.Equal(5_335_431_899L, reserveTonnes);
    }
}
