using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Testing.Registry;

/// <summary>
/// FsCheck 3 generators for registries: configurations of <see cref="RegistryWorld"/> with random figures and
/// eligibility, and sequences of proposed transactions of every kind, mostly valid with a share of invalid ones.
/// Register with <c>[Properties(Arbitrary = new[] { typeof(RegistryArbitraries) })]</c>.
/// </summary>
/// <remarks>
/// A sequence is generated as a list of small integer "intents" (pure FsCheck generators) and interpreted against a
/// ledger that tracks the holdings, so most proposals name units their account really holds; invalid intents corrupt a
/// proposal (duplicate identifier, unknown or reversed serials, wrong holder, earlier date). Some intents aim at paths a
/// random walk seldom reaches: the life of tCERs and lCERs (issuance, forwarding to a Party, retirement, replacement of
/// the retired units), carry-over after the first period's additional period, and retirement from the PPSR after the
/// second period; these may move the date forward to where the path opens. This type is thread-safe.
/// </remarks>
public static class RegistryArbitraries
{
    /// <summary>Gets the generator of configurations: assigned amounts, reserves, limits and eligibility drawn at random.</summary>
    /// <returns>The generator.</returns>
    public static Gen<RegistryConfiguration> Configurations() =>
        Gen.ArrayOf(Gen.Choose(0, 1_000_000), 3 * 8).Select(Configure);

    /// <summary>Gets the generator of scenarios with up to <paramref name="maxLength"/> proposals, about <paramref name="invalidPercent"/>% of them corrupted.</summary>
    /// <param name="maxLength">The largest number of proposals.</param>
    /// <param name="invalidPercent">The share of corrupted proposals, 0–100.</param>
    /// <returns>The generator.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLength"/> is negative or <paramref name="invalidPercent"/> outside 0–100.</exception>
    public static Gen<RegistryScenario> Scenarios(int maxLength, int invalidPercent)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        ArgumentOutOfRangeException.ThrowIfNegative(invalidPercent);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(invalidPercent, 100);
        Gen<int[]> intent = Gen.ArrayOf(Gen.Choose(0, 1_000_000), 5)
            .Zip(Gen.Choose(0, 99), (values, roll) => roll < invalidPercent ? values.Prepend(1).ToArray() : values.Prepend(0).ToArray());
        return Configurations().SelectMany(configuration =>
            Gen.Choose(0, maxLength).SelectMany(n => Gen.ArrayOf(intent, n)).Select(intents => ScenarioBuilder.Build(configuration, intents, maxLength)));
    }

    /// <summary>Gets the arbitrary of mixed scenarios: up to 40 proposals, about 20% corrupted.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RegistryScenario> Scenario() => Scenarios(40, 20).ToArbitrary();

    private static RegistryConfiguration Configure(int[] r)
    {
        RegistryConfiguration c = RegistryWorld.BaseConfiguration();
        for (int p = 0; p < RegistryWorld.Parties.Count; p++)
        {
            var party = RegistryWorld.Parties[p];
            int[] x = r.Skip(p * 8).Take(8).ToArray();
            long aa1 = 20_000 + x[0];
            long aa2 = 20_000 + x[1];
            c = c.WithAssignedAmount(party, CommitmentPeriod.First, aa1)
                .WithAssignedAmount(party, CommitmentPeriod.Second, aa2)
                .WithReserve(party, CommitmentPeriod.First, x[2] % 3 == 0 ? 0 : (x[2] % 5000))
                .WithReserve(party, CommitmentPeriod.Second, x[3] % 3 == 0 ? 0 : (x[3] % 5000))
                .WithLulucfIssuanceLimit(party, CommitmentPeriod.First, LulucfActivity.ForestManagement, x[4] % 5000)
                .WithLulucfIssuanceLimit(party, CommitmentPeriod.Second, LulucfActivity.AfforestationAndReforestation, x[4] % 3000)
                .WithTemporaryCerLimit(party, CommitmentPeriod.First, x[5] % 2000)
                .WithPpsrRetirementLimit(party, x[6] % 2000);
            int eligibility = x[7] % 10;
            c = eligibility switch
            {
                0 => c,
                1 => c.WithEligibility(party, Mechanism.JointImplementation),
                _ => c.WithEligibility(party, Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading),
            };
            if (x[7] % 13 == 0)
            {
                c = c.WithSuspension(party, Mechanism.EmissionsTrading, new DateInterval(new LocalDate(2010, 1, 1), new LocalDate(2011, 12, 31)));
            }
        }

        return c.WithLeastDevelopedCountryProject(3);
    }
}
