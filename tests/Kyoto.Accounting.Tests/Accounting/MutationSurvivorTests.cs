using System.Linq;
using Kyoto.Accounting.Accounting;
using Xunit;

namespace Kyoto.Accounting.Tests.Accounting;

/// <summary>Tests written for mutants that survived the Stryker run recorded in docs/testing.md.</summary>
public class MutationSurvivorTests
{
    // Survivor: JointFulfilment.cs `levels.Sum(...)` → `levels.Max(...)` (Art. 4.1: the combined level is the sum).
    [Fact]
    public void CombinedLevel_IsTheSumOfTheMembersLevels()
    {
        foreach (JointFulfilment bubble in new[] { JointFulfilment.EuFirstPeriod, JointFulfilment.EuSecondPeriod })
        {
            long sum = bubble.Members.Sum(m => bubble.GetLevel(m).Tonnes);
            Assert.Equal((decimal)sum, bubble.CombinedLevel.Tonnes);
            Assert.True(bubble.CombinedLevel.Tonnes > bubble.Members.Max(m => bubble.GetLevel(m).Tonnes));
        }
    }
}
