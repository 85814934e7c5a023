using Kyoto.Accounting.Treaty;
using NodaTime;
using Xunit;

namespace Kyoto.Accounting.Tests.Docs;

/// <summary>The C# blocks of docs/treaty.md, compiled and run; the blocks must stay, line for line, in this file.</summary>
public class TreatyDocExamples
{
    [Fact]
    public void DocBlocks_AreThisCode() =>
        DocSnippets.AssertBlocksAreCompiled("docs/treaty.md", "tests/Kyoto.Accounting.Tests/Docs/TreatyDocExamples.cs", 1);

    [Fact]
    public void RecordAndEntryIntoForce()
    {
        var japan = TreatyParty.CreateState("JPN", "Japan", isAnnexI: true);
        var russia = TreatyParty.CreateState("RUS", "Russian Federation", isAnnexI: true);
        var annexI = AnnexIEmissions1990.Empty
            .WithGigagrams(japan, 1_173_360m)
            .WithGigagrams(russia, 2_388_720m);   // … every Annex I Party of the Art. 25 table
        TreatyRecord record = TreatyRecord.Create(annexI)
            .WithSignature(japan, new LocalDate(1998, 4, 28))
            .WithDeposit(japan, InstrumentKind.Acceptance, new LocalDate(2002, 6, 4));
            // … every other signature and deposit
        ProtocolEntryIntoForce eif = record.EntryIntoForce;   // ConditionsMetOn, EntryIntoForce, PartyCountMet, EmissionsShareMet
        bool bound = record.IsBound(japan, new LocalDate(2008, 1, 1));

        // One deposit of two Annex I Parties meets neither condition of Art. 25.1, so nobody is bound yet.
        Assert.Null(eif.EntryIntoForce);
        Assert.False(bound);
    }
}
