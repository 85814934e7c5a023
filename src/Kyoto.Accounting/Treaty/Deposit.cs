using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>The deposit of a Party's instrument of ratification, acceptance, approval or accession with the Depositary (Art. 24.1).</summary>
/// <remarks>Instances come from <see cref="TreatyRecord.WithDeposit"/>, which validates them. This type is immutable and thread-safe.</remarks>
public sealed class Deposit
{
    internal Deposit(TreatyParty party, InstrumentKind kind, LocalDate date)
    {
        Party = party;
        Kind = kind;
        Date = date;
    }

    /// <summary>Gets the depositing Party.</summary>
    public TreatyParty Party { get; }

    /// <summary>Gets the kind of instrument.</summary>
    public InstrumentKind Kind { get; }

    /// <summary>Gets the date of deposit.</summary>
    public LocalDate Date { get; }

    /// <summary>Formats the deposit culture-invariantly, e.g. <c>"RUS Ratification 2004-11-18"</c>.</summary>
    /// <returns>The formatted deposit.</returns>
    public override string ToString() => Party.Code + " " + Kind.ToString() + " " + TreatyChecks.Format(Date);
}
