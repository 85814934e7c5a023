using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Xunit;

namespace Kyoto.Accounting.Tests.Accounting;

/// <summary>
/// Tests for mutants of <see cref="JointFulfilment"/>, <see cref="JointFulfilmentAssessment"/>,
/// <see cref="JointFulfilmentMember"/> and <see cref="RecordedEmissionLevel"/> (Art. 4) that survived, or were not
/// covered by, the accounting tests in the Stryker run of issue 13.
/// </summary>
public class JointFulfilmentMutationKillTests
{
    private static readonly JointFulfilment Eu15 = JointFulfilment.EuFirstPeriod;
    private static readonly JointFulfilment Eu = JointFulfilment.EuSecondPeriod;
    private static readonly Party Germany = Party.FromCode("DEU");
    private static readonly Party France = Party.FromCode("FRA");
    private static readonly Party Japan = Party.FromCode("JPN");
    private static readonly Party Euu = Party.FromCode("EUU");

    private static Dictionary<Party, Co2e> AtTheirLevels(JointFulfilment agreement) => agreement.Members.ToDictionary(m => m, m => agreement.GetLevel(m).Level);

    // JointFulfilment.cs L48, L54: each agreement names its legal source.
    [Fact]
    public void Agreements_NameTheirLegalSources()
    {
        Assert.Contains("Council Decision 2002/358/EC", Eu15.Source, StringComparison.Ordinal);
        Assert.Contains("2006/944/EC", Eu15.Source, StringComparison.Ordinal);
        Assert.Contains("OJ L 207/17", Eu.Source, StringComparison.Ordinal);
        Assert.Contains("Annex 2 Table 1", Eu.Source, StringComparison.Ordinal);
    }

    // JointFulfilment.cs L121 (Append → Prepend): the organization comes after the members.
    [Fact]
    public void SecondPeriodParticipants_AreTheMembersThenTheOrganization()
    {
        Assert.Equal(Eu.Members.Append(Euu), Eu.Participants);
        Assert.Equal(Eu15.Members, Eu15.Participants);
    }

    // JointFulfilment.cs L131, L132.
    [Fact]
    public void TryFind_NamesItsNullArgument()
    {
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => JointFulfilment.TryFind(null!, CommitmentPeriod.First, out _)).ParamName);
        Assert.Equal("period", Assert.Throws<ArgumentNullException>(() => JointFulfilment.TryFind(Germany, null!, out _)).ParamName);
    }

    // JointFulfilment.cs L153, L155: the joint assigned amount exists in CP2 only and covers the members' levels (Annex 2 ¶3).
    [Fact]
    public void JointAssignedAmount_IsSecondPeriodOnly_AndCoversTheMembers()
    {
        var first = Assert.Throws<ArgumentException>(() => Eu15.WithJointAssignedAmount(20_000_000_000));
        Assert.Equal("tonnes", first.ParamName);
        Assert.Contains("Annex 2 ¶3", first.Message, StringComparison.Ordinal);

        long combined = Eu.CombinedLevel.ToWholeTonnes(Kyoto.Accounting.Quantities.TonneRounding.TowardZero);
        var below = Assert.Throws<ArgumentOutOfRangeException>(() => Eu.WithJointAssignedAmount(combined - 1));
        Assert.Equal("tonnes", below.ParamName);
        Assert.Contains("Annex 2 ¶3", below.Message, StringComparison.Ordinal);
        Assert.Equal(0, Eu.WithJointAssignedAmount(combined).OrganizationLevel!.Value.Grams);
    }

    // JointFulfilment.cs L172–L175: the land-use addition of Art. 3.7 bis is for a CP2 member, zero or more.
    [Fact]
    public void LandUseAddition_IsValidated()
    {
        Assert.Equal("member", Assert.Throws<ArgumentNullException>(() => Eu.WithLandUseAddition(null!, 1)).ParamName);

        var first = Assert.Throws<ArgumentException>(() => Eu15.WithLandUseAddition(Germany, 1));
        Assert.Equal("member", first.ParamName);
        Assert.Contains("Art. 3.7 bis", first.Message, StringComparison.Ordinal);
        Assert.Contains("Annex 2 ¶3", first.Message, StringComparison.Ordinal);

        var outsider = Assert.Throws<ArgumentException>(() => Eu.WithLandUseAddition(Japan, 1));
        Assert.Equal("member", outsider.ParamName);
        Assert.Contains(Japan.Name + " is not a member", outsider.Message, StringComparison.Ordinal);
        Assert.Contains(CommitmentPeriod.Second.ToString(), outsider.Message, StringComparison.Ordinal);
        Assert.Contains("(" + Eu.Source + ")", outsider.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => Eu.WithLandUseAddition(Germany, -1));
        Assert.Equal("tonnes", negative.ParamName);
        Assert.Contains("Art. 3.7 bis, second sentence", negative.Message, StringComparison.Ordinal);

        JointFulfilment added = Eu.WithLandUseAddition(Germany, 1_000);
        Assert.Equal(Eu.GetLevel(Germany).Level + Co2e.FromTonnes(1_000L, GwpSet.Ar4), added.GetEmissionLevel(Germany));
    }

    // JointFulfilment.cs L197, L200, L214, L216.
    [Fact]
    public void Levels_AreNamedForNonMembers_AndTheEuLevelNeedsTheJointAmount()
    {
        Assert.Equal("participant", Assert.Throws<ArgumentNullException>(() => Eu.GetEmissionLevel(null!)).ParamName);
        Assert.Equal("member", Assert.Throws<ArgumentNullException>(() => Eu.GetLevel(null!)).ParamName);

        var eu = Assert.Throws<ArgumentException>(() => Eu.GetEmissionLevel(Euu));
        Assert.Equal("participant", eu.ParamName);
        Assert.Contains("Annex 2 ¶3", eu.Message, StringComparison.Ordinal);

        var outsider = Assert.Throws<ArgumentException>(() => Eu15.GetLevel(Japan));
        Assert.Equal("member", outsider.ParamName);
        Assert.Contains(Japan.Name + " is not a member", outsider.Message, StringComparison.Ordinal);
        Assert.Contains(CommitmentPeriod.First.ToString(), outsider.Message, StringComparison.Ordinal);
        Assert.Contains("(" + Eu15.Source + ")", outsider.Message, StringComparison.Ordinal);
    }

    // JointFulfilment.cs L234, L236, L242, L245.
    [Fact]
    public void Assess_ValidatesTheEmissions()
    {
        Assert.Equal("emissions", Assert.Throws<ArgumentNullException>(() => Eu15.Assess(null!)).ParamName);

        var noJointAmount = Assert.Throws<ArgumentException>(() => Eu.Assess(new Dictionary<Party, Co2e>(AtTheirLevels(Eu)) { [Euu] = Co2e.FromTonnes(1L, GwpSet.Ar4) }));
        Assert.Equal("emissions", noJointAmount.ParamName);
        Assert.Contains("Annex 2 ¶2", noJointAmount.Message, StringComparison.Ordinal);

        Dictionary<Party, Co2e> missing = AtTheirLevels(Eu15);
        missing.Remove(France);
        var absent = Assert.Throws<ArgumentException>(() => Eu15.Assess(missing));
        Assert.Equal("emissions", absent.ParamName);
        Assert.Contains("emissions of " + France.Name + " are missing", absent.Message, StringComparison.Ordinal);
        Assert.Contains("Art. 4.5", absent.Message, StringComparison.Ordinal);

        Dictionary<Party, Co2e> negative = AtTheirLevels(Eu15);
        negative[France] = Co2e.FromTonnes(-1L, GwpSet.Sar);
        var below = Assert.Throws<ArgumentException>(() => Eu15.Assess(negative));
        Assert.Equal("emissions", below.ParamName);
        Assert.Contains(France.Name, below.Message, StringComparison.Ordinal);
        Assert.Contains("negative", below.Message, StringComparison.Ordinal);
    }

    // JointFulfilment.cs L245 (>= 0 → > 0): a member with zero emissions is valid.
    [Fact]
    public void Assess_AcceptsZeroEmissions()
    {
        Dictionary<Party, Co2e> emissions = AtTheirLevels(Eu15);
        emissions[France] = Co2e.FromTonnes(0L, GwpSet.Sar);
        JointFulfilmentAssessment result = Eu15.Assess(emissions);
        Assert.True(result.IsJointlyCompliant);
        Assert.Equal(Eu15.CombinedLevel - Eu15.GetLevel(France).Level, result.CombinedEmissions);
    }

    // JointFulfilment.cs L271: a Party without a level is named; for the EC in CP1 the reason is given.
    [Fact]
    public void Assess_NamesAPartyWithoutALevel()
    {
        var ec = Assert.Throws<ArgumentException>(() => Eu15.Assess(new Dictionary<Party, Co2e>(AtTheirLevels(Eu15)) { [Euu] = Co2e.FromTonnes(1L, GwpSet.Sar) }));
        Assert.Equal("emissions", ec.ParamName);
        Assert.Contains(Euu.Name + " is not a Party with a level", ec.Message, StringComparison.Ordinal);
        Assert.Contains(CommitmentPeriod.First + " (Art. 4.1)", ec.Message, StringComparison.Ordinal);
        Assert.Contains("in the first period the EC has no level of its own", ec.Message, StringComparison.Ordinal);

        var outsider = Assert.Throws<ArgumentException>(() => Eu15.Assess(new Dictionary<Party, Co2e>(AtTheirLevels(Eu15)) { [Japan] = Co2e.FromTonnes(1L, GwpSet.Sar) }));
        Assert.Contains(Japan.Name + " is not a Party with a level", outsider.Message, StringComparison.Ordinal);
        Assert.Contains(CommitmentPeriod.First + " (Art. 4.1).", outsider.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("first period the EC", outsider.Message, StringComparison.Ordinal);
    }

    // JointFulfilment.cs L278, JointFulfilmentAssessment.cs L54–L55, JointFulfilmentMember.cs L27, L31.
    [Fact]
    public void Descriptions_AndTheExcessOfEachMember()
    {
        Assert.Equal("EUU joint fulfilment CP1 (2008–2012): 15 members, combined level " + Eu15.CombinedLevel, Eu15.ToString());

        Dictionary<Party, Co2e> emissions = AtTheirLevels(Eu15);
        emissions[Germany] += Co2e.FromTonnes(10L, GwpSet.Sar);
        emissions[France] -= Co2e.FromTonnes(4L, GwpSet.Sar);
        JointFulfilmentAssessment over = Eu15.Assess(emissions);
        Assert.False(over.IsJointlyCompliant);
        Assert.Equal(
            "EUU CP1 (2008–2012): emissions " + over.CombinedEmissions + " against " + over.CombinedLevel + ", not met jointly: 1 member(s) above their own level (Art. 4.5)",
            over.ToString());

        JointFulfilmentMember germany = over.Members.Single(m => ReferenceEquals(m.Party, Germany));
        JointFulfilmentMember france = over.Members.Single(m => ReferenceEquals(m.Party, France));
        Assert.Equal(Co2e.FromTonnes(10L, GwpSet.Sar), germany.Excess);
        Assert.Equal(0, france.Excess.Grams);
        Assert.Equal("DEU: " + germany.Emissions + " against " + germany.Level, germany.ToString());
        Assert.Equal(new[] { germany }, over.MembersInExcess);

        emissions[Germany] -= Co2e.FromTonnes(6L, GwpSet.Sar);
        JointFulfilmentAssessment met = Eu15.Assess(emissions);
        Assert.True(met.IsJointlyCompliant);
        Assert.Equal("EUU CP1 (2008–2012): emissions " + met.CombinedEmissions + " against " + met.CombinedLevel + ", met jointly (Art. 4.1)", met.ToString());
    }

    // RecordedEmissionLevel.cs L84, L92, L102, L110, L116, L123, L124.
    [Fact]
    public void RecordedLevels_NameTheirSource_AndRefuseNull()
    {
        var first = Assert.Throws<ArgumentException>(() => RecordedEmissionLevel.GetEuFirstPeriod(Japan));
        Assert.Equal("party", first.ParamName);
        Assert.Contains(Japan.Name, first.Message, StringComparison.Ordinal);
        Assert.Contains("2006/944/EC", first.Message, StringComparison.Ordinal);

        var second = Assert.Throws<ArgumentException>(() => RecordedEmissionLevel.GetEuSecondPeriod(Japan));
        Assert.Equal("party", second.ParamName);
        Assert.Contains(Japan.Name, second.Message, StringComparison.Ordinal);
        Assert.Contains("OJ L 207/17", second.Message, StringComparison.Ordinal);

        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => RecordedEmissionLevel.GetEuFirstPeriod(null!)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentNullException>(() => RecordedEmissionLevel.GetEuSecondPeriod(null!)).ParamName);
        Assert.False(RecordedEmissionLevel.TryGetEuFirstPeriod(null, out RecordedEmissionLevel? none));
        Assert.Null(none);
        Assert.False(RecordedEmissionLevel.TryGetEuSecondPeriod(null, out none));
        Assert.Null(none);
        Assert.True(RecordedEmissionLevel.TryGetEuSecondPeriod(Germany, out RecordedEmissionLevel? germany));
        Assert.Equal(CommitmentPeriod.Second, germany!.Period);

        Assert.Equal("DEU CP1 (2008–2012) recorded level: 4868096694 t (79%)", RecordedEmissionLevel.GetEuFirstPeriod(Germany).ToString());
        Assert.Equal("DEU CP2 (2013–2020) recorded level: " + germany.Tonnes + " t", germany.ToString());
    }
}
