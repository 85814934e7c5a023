using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <summary>A suspension of a Party's eligibility to transfer and acquire units under a mechanism during an interval (decision 27/CMP.1 annex XV), as listed by <see cref="RegistryConfiguration.Suspensions"/>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class EligibilitySuspension
{
    /// <summary>Initializes a new instance of the <see cref="EligibilitySuspension"/> class.</summary>
    /// <param name="party">The Party.</param>
    /// <param name="mechanism">The mechanism.</param>
    /// <param name="interval">The dates of the suspension (end inclusive).</param>
    /// <param name="transfersOnly">Whether only transfers are suspended (decision 27/CMP.1 annex XV ¶5(c)), not acquisitions and use.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="party"/> or <paramref name="interval"/> is null.</exception>
    public EligibilitySuspension(Party party, Mechanism mechanism, DateInterval interval, bool transfersOnly = false)
    {
        Party = Preconditions.CheckNotNull(party, nameof(party));
        Mechanism = mechanism;
        Interval = Preconditions.CheckNotNull(interval, nameof(interval));
        TransfersOnly = transfersOnly;
    }

    /// <summary>Gets whether only transfers are suspended (decision 27/CMP.1 annex XV ¶5(c)); false for a full suspension of eligibility (annex XV ¶4).</summary>
    public bool TransfersOnly { get; }

    /// <summary>Gets the Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the mechanism.</summary>
    public Mechanism Mechanism { get; }

    /// <summary>Gets the dates of the suspension (end inclusive).</summary>
    public DateInterval Interval { get; }

    /// <summary>Formats the suspension, e.g. <c>"DEU EmissionsTrading suspended [2010-01-01, 2011-12-31]"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Party.Code + " " + Mechanism.ToString() + (TransfersOnly ? " transfers" : string.Empty) + " suspended " + Interval.ToString();
}
