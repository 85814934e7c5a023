using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>A Party's written notification of withdrawal from the Protocol (Art. 27.1, 27.2).</summary>
/// <remarks>
/// Instances come from <see cref="TreatyRecord.WithWithdrawalNotice(TreatyParty, LocalDate)"/> and its overload,
/// which validate them. <see cref="TakesEffectOn"/> is one year after <see cref="ReceivedOn"/> (see
/// <see cref="KyotoProtocol.WithdrawalTakesEffect"/>) or the later date the notice names. This type is
/// immutable and thread-safe.
/// </remarks>
public sealed class WithdrawalNotice
{
    internal WithdrawalNotice(TreatyParty party, LocalDate receivedOn, LocalDate? specifiedDate, LocalDate takesEffectOn)
    {
        Party = party;
        ReceivedOn = receivedOn;
        SpecifiedDate = specifiedDate;
        TakesEffectOn = takesEffectOn;
    }

    /// <summary>Gets the withdrawing Party.</summary>
    public TreatyParty Party { get; }

    /// <summary>Gets the date the Depositary received the notice.</summary>
    public LocalDate ReceivedOn { get; }

    /// <summary>Gets the date the notice names for the withdrawal to take effect, or null if it names none.</summary>
    public LocalDate? SpecifiedDate { get; }

    /// <summary>Gets the date the withdrawal takes effect; from this date on the Party is no longer bound (Art. 27.2).</summary>
    public LocalDate TakesEffectOn { get; }

    /// <summary>Formats the notice culture-invariantly, e.g. <c>"CAN withdrawal received 2011-12-15, takes effect 2012-12-15"</c>.</summary>
    /// <returns>The formatted notice.</returns>
    public override string ToString() =>
        Party.Code + " withdrawal received " + TreatyChecks.Format(ReceivedOn) + ", takes effect " + TreatyChecks.Format(TakesEffectOn);
}
