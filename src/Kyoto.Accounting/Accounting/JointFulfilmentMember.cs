using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;

namespace Kyoto.Accounting.Accounting;

/// <summary>One member's line in a <see cref="JointFulfilmentAssessment"/>: its allocated level and its emissions (Art. 4.1, 4.5).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JointFulfilmentMember
{
    internal JointFulfilmentMember(Party party, Co2e level, Co2e emissions)
    {
        Party = party;
        Level = level;
        Emissions = emissions;
    }

    /// <summary>Gets the member.</summary>
    public Party Party { get; }

    /// <summary>Gets the level the agreement allocates to the member.</summary>
    public Co2e Level { get; }

    /// <summary>Gets the member's emissions for the period.</summary>
    public Co2e Emissions { get; }

    /// <summary>Gets the emissions above the member's own level, or zero (Art. 4.5).</summary>
    public Co2e Excess => Emissions.Grams > Level.Grams ? Emissions - Level : Co2e.Zero;

    /// <summary>Formats the line, e.g. <c>"DEU: 4900000000 tCO2e (SAR) against 4868096694 tCO2e (SAR)"</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Party.Code + ": " + Emissions + " against " + Level;
}
