using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.ReferenceData;

namespace Kyoto.Accounting.Gases;

/// <summary>
/// A set of 100-year global warming potentials (GWPs) from one IPCC assessment report, used to express
/// the mass of an Annex A gas as CO2-equivalent.
/// </summary>
/// <remarks>
/// <para>
/// Article 5.3 binds a GWP set to a commitment period: the first period uses the IPCC Second Assessment
/// Report values (<see cref="Sar"/>, decision 2/CP.3), the second the Fourth Assessment Report values
/// (<see cref="Ar4"/>), and a revised set applies only to periods adopted after the revision.
/// </para>
/// <para>
/// Values come from the embedded <see cref="ReferenceTable.GlobalWarmingPotentials"/> table (columns
/// <c>SARGWP100</c> and <c>AR4GWP100</c>), completed by <see cref="ReferenceTable.GlobalWarmingPotentialSupplements"/>
/// for the AR4 values that table lacks. Every value of these two sets for an Annex A gas is a whole number,
/// so the CO2-equivalent of an exact mass is exact. CO2 is 1 by definition.
/// </para>
/// <para>
/// A gas with no value in a set (NF3 and several HFCs under SAR) cannot be converted: <see cref="GetValue"/>
/// throws and <see cref="TryGetValue"/> returns false. Look-ups are O(1) and allocation-free.
/// The set instances are singletons; equality is reference equality. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed partial class GwpSet : IEquatable<GwpSet>
{
    private readonly int[] _values;

    private GwpSet(byte id, string name, string column, string description)
    {
        Id = id;
        Name = name;
        Column = column;
        Description = description;
        _values = LoadValues(column, id);
    }

    /// <summary>Gets the IPCC Second Assessment Report 100-year GWPs, used for the first commitment period (Art. 5.3; decision 2/CP.3).</summary>
    public static GwpSet Sar { get; } = new(1, "SAR", "SARGWP100", "IPCC Second Assessment Report (1995), 100-year GWPs");

    /// <summary>Gets the IPCC Fourth Assessment Report 100-year GWPs, used for the second commitment period (Art. 5.3).</summary>
    public static GwpSet Ar4 { get; } = new(2, "AR4", "AR4GWP100", "IPCC Fourth Assessment Report (2007), 100-year GWPs");

    /// <summary>Gets every GWP set the package knows.</summary>
    public static IReadOnlyList<GwpSet> All { get; } = new[] { Sar, Ar4 };

    /// <summary>Gets the short name, <c>SAR</c> or <c>AR4</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the column of the GWP reference table the values come from, e.g. <c>SARGWP100</c>.</summary>
    public string Column { get; }

    /// <summary>Gets a description of the set.</summary>
    public string Description { get; }

    /// <summary>Gets the time horizon of the values in years (always 100 for Kyoto accounting).</summary>
    public int TimeHorizonYears { get; } = 100;

    /// <summary>Gets the small identifier carried inside CO2-equivalent values (1 = SAR, 2 = AR4).</summary>
    internal byte Id { get; }

    /// <summary>Gets the gases that have a value in this set.</summary>
    public IReadOnlyList<Gas> Gases => Gas.All.Where(g => _values[g.Index] != 0).ToArray();

    /// <summary>Finds a set by its name, ignoring case.</summary>
    /// <param name="name"><c>SAR</c> or <c>AR4</c>.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> names no known set.</exception>
    public static GwpSet FromName(string name)
    {
        Preconditions.CheckNotNull(name, nameof(name));
        foreach (GwpSet set in All)
        {
            if (string.Equals(set.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return set;
            }
        }

        Preconditions.ThrowArgument(nameof(name), "'" + name + "' is not a known GWP set; expected SAR or AR4 (Art. 5.3).");
        return null;
    }

    internal static GwpSet FromId(byte id) => id switch
    {
        1 => Sar,
        2 => Ar4,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "Bug in Kyoto.Accounting: unknown GWP set id."),
    };

    /// <summary>Returns whether <paramref name="gas"/> has a value in this set.</summary>
    /// <param name="gas">The gas.</param>
    /// <returns>True if the set has a GWP for the gas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    public bool Contains(Gas gas) => _values[Preconditions.CheckNotNull(gas, nameof(gas)).Index] != 0;

    /// <summary>Gets the 100-year GWP of a gas in this set.</summary>
    /// <param name="gas">The gas.</param>
    /// <returns>The GWP, a whole number (CO2 = 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="gas"/> has no value in this set.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="gas"/> is a mix already CO2-equivalent under another set (<see cref="Gas.ReportedAsCo2eUnder"/>).</exception>
    public int GetValue(Gas gas)
    {
        int value = _values[Preconditions.CheckNotNull(gas, nameof(gas)).Index];
        if (value == 0)
        {
            ThrowNoValue(gas);
        }

        return value;
    }

    /// <summary>Gets the 100-year GWP of a gas in this set, if it has one.</summary>
    /// <param name="gas">The gas.</param>
    /// <param name="value">The GWP, or 0 if the set has none for the gas.</param>
    /// <returns>True if the set has a value for the gas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    public bool TryGetValue(Gas gas, out int value)
    {
        value = _values[Preconditions.CheckNotNull(gas, nameof(gas)).Index];
        return value != 0;
    }

    /// <summary>Converts a mass of a gas to CO2-equivalent under this set: mass × GWP, exactly.</summary>
    /// <param name="gas">The gas.</param>
    /// <param name="mass">Its mass.</param>
    /// <returns>The CO2-equivalent, tagged with this set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="gas"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="gas"/> has no value in this set.</exception>
    /// <exception cref="GwpSetMismatchException"><paramref name="gas"/> is a mix already CO2-equivalent under another set (<see cref="Gas.ReportedAsCo2eUnder"/>).</exception>
    /// <exception cref="OverflowException">The product is outside the range of <see cref="Co2e"/>.</exception>
    public Co2e ToCo2e(Gas gas, GasMass mass) =>
        Co2e.FromGramsTrusted(Checked.Multiply(mass.Grams, GetValue(gas), nameof(Co2e)), Id);

    /// <summary>The dense GWP table indexed by <see cref="Gas.Index"/>, 0 where there is no value (for hot loops).</summary>
    internal ReadOnlySpan<int> ValuesByGasIndex => _values;

    [DoesNotReturn]
    private void ThrowNoValue(Gas gas)
    {
        if (gas.IsReportedAsCo2e)
        {
            throw new GwpSetMismatchException(
                this,
                gas.ReportedAsCo2eUnder!,
                gas.Code + " is already CO2-equivalent under " + gas.ReportedAsCo2eUnder!.Name + " (an unspecified mix, decision 24/CP.19 annex I); without the masses of the individual gases it cannot be expressed under " + Name + " (Art. 5.3).");
        }

        Preconditions.ThrowArgument(
            nameof(gas),
            string.Format(
                CultureInfo.InvariantCulture,
                "{0} has no 100-year GWP in the {1} set, so its mass cannot be expressed as CO2-equivalent under it (Art. 5.3). Gases with a {1} value: {2}.",
                gas.Code,
                Name,
                string.Join(", ", Gases.Where(g => !g.IsReportedAsCo2e).Select(g => g.Code))));
    }

    private static int[] LoadValues(string column, byte id)
    {
        var values = new int[Gas.All.Count];
        values[Gas.CarbonDioxide.Index] = 1;
        List<CsvRow> rows = ReferenceTable.GlobalWarmingPotentials.ReadRows("Species", "SARGWP100");
        int columnIndex = Array.IndexOf(ReadHeader(), column);
        foreach (CsvRow row in rows)
        {
            if (Gas.TryFromCode(row.Fields[0], out Gas? gas) && row.Fields[columnIndex].Length > 0)
            {
                values[gas.Index] = ParseWhole(row.Fields[columnIndex], row);
            }
        }

        // An unspecified mix reported as CO2-equivalent under this set counts 1:1 in it, and has no value in any other.
        foreach (Gas gas in Gas.All)
        {
            if (gas.ReportedSetId == id)
            {
                values[gas.Index] = 1;
            }
        }

        foreach (CsvRow row in ReferenceTable.GlobalWarmingPotentialSupplements.ReadRows("species", "report", "gwp100"))
        {
            if (row.Fields[1] == column)
            {
                Gas gas = Gas.FromCode(row.Fields[0]);
                if (values[gas.Index] != 0)
                {
                    throw new InvalidOperationException("Bug in Kyoto.Accounting: the supplement for " + gas.Code + " duplicates a value of the GWP table.");
                }

                values[gas.Index] = ParseWhole(row.Fields[2], row);
            }
        }

        return values;
    }

    private static string[] ReadHeader()
    {
        using var reader = new System.IO.StreamReader(ReferenceTable.GlobalWarmingPotentials.OpenRead());
        return Csv.Parse(reader)[0].Fields;
    }

    private static int ParseWhole(string text, CsvRow row) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value > 0
            ? value
            : throw new InvalidOperationException("Bug in Kyoto.Accounting: GWP '" + text + "' on line " + row.LineNumber.ToString(CultureInfo.InvariantCulture) + " is not a positive whole number.");

    /// <summary>Returns true if <paramref name="other"/> is the same set.</summary>
    /// <param name="other">The other set.</param>
    /// <returns>True if both are the same set.</returns>
    public bool Equals(GwpSet? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Id;

    /// <summary>Returns the short name of the set.</summary>
    /// <returns><c>SAR</c> or <c>AR4</c>.</returns>
    public override string ToString() => Name;
}
