using System;
using System.Globalization;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// One line of an emission inventory: a Party's mass of one Annex A gas from one source category or LULUCF activity
/// in one calendar year.
/// </summary>
/// <remarks>
/// <para>
/// Rules checked by <see cref="Create"/> (and by <see cref="EmissionInventoryBuilder"/> and <see cref="InventoryCsv"/>):
/// the year lies in [<see cref="MinYear"/>, <see cref="MaxYear"/>]; a source category reports emissions, so its mass
/// is not negative (Art. 3.1, Annex A: "emissions by sources"), while a LULUCF activity may report net removals as a
/// negative mass (Art. 3.3, 3.4: "removals by sinks"); the magnitude is at most <see cref="MaxMagnitude"/> of the
/// gas, so that the CO2-equivalent of a single record is representable under every GWP set.
/// </para>
/// <para>
/// Records are additive: two records with the same Party, year, gas and source add up. <c>default(InventoryRecord)</c>
/// is not a valid record (its Party is null). Equality compares all five fields. This type is an immutable value type
/// and thread-safe.
/// </para>
/// </remarks>
public readonly struct InventoryRecord : IEquatable<InventoryRecord>
{
    /// <summary>The first calendar year an inventory record may have.</summary>
    public const int MinYear = 1970;

    /// <summary>The last calendar year an inventory record may have.</summary>
    public const int MaxYear = 2100;

    private static readonly long[] MaxGramsByGas = ComputeMaxGrams();

    private InventoryRecord(Party party, int year, Gas gas, EmissionSource source, GasMass mass)
    {
        Party = party;
        Year = year;
        Gas = gas;
        Source = source;
        Mass = mass;
    }

    /// <summary>Gets the reporting Party.</summary>
    public Party Party { get; }

    /// <summary>Gets the calendar year of the emissions.</summary>
    public int Year { get; }

    /// <summary>Gets the gas.</summary>
    public Gas Gas { get; }

    /// <summary>Gets the source category or LULUCF activity.</summary>
    public EmissionSource Source { get; }

    /// <summary>Gets the mass of the gas (not CO2-equivalent); negative only for net removals of a LULUCF activity.</summary>
    public GasMass Mass { get; }

    /// <summary>Creates a record, checking the rules in the type documentation.</summary>
    /// <param name="party">The reporting Party.</param>
    /// <param name="year">The calendar year, from <see cref="MinYear"/> to <see cref="MaxYear"/>.</param>
    /// <param name="gas">The gas.</param>
    /// <param name="source">The source category or LULUCF activity.</param>
    /// <param name="mass">The mass of the gas.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="gas"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="mass"/> is out of range.</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <c>default</c>.</exception>
    public static InventoryRecord Create(Party party, int year, Gas gas, EmissionSource source, GasMass mass)
    {
        Preconditions.CheckNotNull(party, nameof(party));
        Preconditions.CheckNotNull(gas, nameof(gas));
        Preconditions.CheckArgumentRange(nameof(year), year, MinYear, MaxYear, "years supported by the inventory store");
        Preconditions.CheckArgument(source.IsValid, nameof(source), "The source must be a source category or a LULUCF activity, not default(EmissionSource).");
        string? problem = CheckMass(gas, source, mass.Grams);
        if (problem is not null)
        {
            throw new ArgumentOutOfRangeException(nameof(mass), mass, problem);
        }

        return new InventoryRecord(party, year, gas, source, mass);
    }

    /// <summary>Gets the largest magnitude a single record of <paramref name="gas"/> may have (see the type documentation).</summary>
    /// <param name="gas">The gas.</param>
    /// <returns>The largest allowed magnitude.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    public static GasMass MaxMagnitude(Gas gas) => GasMass.FromGrams(MaxGramsByGas[Preconditions.CheckNotNull(gas, nameof(gas)).Index]);

    /// <summary>Creates a record from validated store columns.</summary>
    internal static InventoryRecord FromTrusted(Party party, int year, Gas gas, EmissionSource source, long grams) =>
        new(party, year, gas, source, GasMass.FromGrams(grams));

    /// <summary>Returns null if the mass is allowed for the gas and source, else the reason it is not.</summary>
    internal static string? CheckMass(Gas gas, EmissionSource source, long grams)
    {
        if (grams < 0 && !source.IsLulucf)
        {
            return "A source category reports emissions, which are never negative (Art. 3.1, Annex A); only a LULUCF activity may report net removals as a negative mass (Art. 3.3, 3.4).";
        }

        long max = MaxGramsByGas[gas.Index];
        if (grams > max || grams < -max)
        {
            return string.Format(
                CultureInfo.InvariantCulture,
                "The mass of a single {0} record must be within ±{1} t, so that its CO2-equivalent is representable under every GWP set (±9.22 × 10^12 t at 1 g resolution).",
                gas.Code,
                Grams.FormatTonnes(max));
        }

        return null;
    }

    private static long[] ComputeMaxGrams()
    {
        var max = new long[Gas.All.Count];
        foreach (Gas gas in Gas.All)
        {
            int gwp = 1;
            foreach (GwpSet set in GwpSet.All)
            {
                if (set.TryGetValue(gas, out int value))
                {
                    gwp = Math.Max(gwp, value);
                }
            }

            max[gas.Index] = long.MaxValue / gwp;
        }

        return max;
    }

    /// <summary>Returns true if both records are equal.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True if equal.</returns>
    public static bool operator ==(InventoryRecord left, InventoryRecord right) => left.Equals(right);

    /// <summary>Returns true if the records differ.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns>True if they differ.</returns>
    public static bool operator !=(InventoryRecord left, InventoryRecord right) => !left.Equals(right);

    /// <summary>Returns true if the other record has the same Party, year, gas, source and mass.</summary>
    /// <param name="other">The other record.</param>
    /// <returns>True if equal.</returns>
    public bool Equals(InventoryRecord other) =>
        ReferenceEquals(Party, other.Party) && Year == other.Year && ReferenceEquals(Gas, other.Gas) && Source == other.Source && Mass == other.Mass;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is InventoryRecord other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Party, Year, Gas, Source, Mass);

    /// <summary>Formats the record as a CSV-like line, e.g. <c>"DEU,1990,CO2,1.A.1,1234.5 t"</c>.</summary>
    /// <returns>The formatted record.</returns>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0},{1},{2},{3},{4}", Party?.Code, Year, Gas?.Code, Source, Mass);
}
