using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Gases;

/// <summary>
/// A greenhouse gas species of Annex A of the Protocol: CO2, CH4, N2O, each hydrofluorocarbon and
/// perfluorocarbon that has a 100-year GWP in the SAR or AR4 set, SF6 and (Doha Amendment) NF3.
/// </summary>
/// <remarks>
/// <para>
/// The catalogue is closed: every instance is one of <see cref="All"/>, so reference equality is value
/// equality (by <see cref="Code"/>). Look a gas up with <see cref="FromCode"/>, which accepts the usual
/// spellings (<c>HFC-134a</c>, <c>HFC134a</c>, <c>hfc 134a</c>; <c>c-C4F8</c>, <c>cC4F8</c>).
/// </para>
/// <para>
/// Species of the IPCC tables that are not HFCs, PFCs, SF6 or NF3 (CFCs, HCFCs, halons, HFEs, SF5CF3)
/// are outside Annex A and therefore not in the catalogue.
/// </para>
/// <para>
/// Six entries are not species but <b>unspecified mixes already reported as CO2-equivalent</b> under a stated GWP
/// set (<see cref="ReportedAsCo2eUnder"/>): <c>HFC-mix-SAR</c>, <c>PFC-mix-SAR</c>, <c>HFC-PFC-mix-SAR</c> and their
/// <c>-AR4</c> twins. Inventories report HFCs and PFCs this way when the individual gases cannot be given (the
/// "unspecified mix of HFCs/PFCs" of the UNFCCC reporting guidelines, decision 24/CP.19 annex I, and its CRF tables);
/// their "mass" is tonnes of CO2-equivalent. Their GWP is 1 in their own set and undefined in every other, so
/// such a record aggregates only under its own set (Art. 5.3): converting it to another set throws, and aggregating
/// an inventory that holds one under another set throws <see cref="GwpSetMismatchException"/> — never a silent
/// drop or mix. The HFC and PFC mixes belong to their group; the mixed HFC/PFC entry is filed under
/// <see cref="GasGroup.Hydrofluorocarbons"/> (an interpretation: both groups are in every period's basket and share
/// the Art. 3.8 base year, so no rule depends on the choice).
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed partial class Gas : IEquatable<Gas>
{
    private static readonly Gas[] Catalogue =
    {
        new(0, "CO2", "CO2", "carbon dioxide", GasGroup.CarbonDioxide),
        new(1, "CH4", "CH4", "methane", GasGroup.Methane),
        new(2, "N2O", "N2O", "nitrous oxide", GasGroup.NitrousOxide),
        new(3, "HFC-23", "CHF3", "trifluoromethane", GasGroup.Hydrofluorocarbons),
        new(4, "HFC-32", "CH2F2", "difluoromethane", GasGroup.Hydrofluorocarbons),
        new(5, "HFC-41", "CH3F", "fluoromethane", GasGroup.Hydrofluorocarbons),
        new(6, "HFC-43-10mee", "CF3CHFCHFCF2CF3", "1,1,1,2,3,4,4,5,5,5-decafluoropentane", GasGroup.Hydrofluorocarbons),
        new(7, "HFC-125", "CHF2CF3", "pentafluoroethane", GasGroup.Hydrofluorocarbons),
        new(8, "HFC-134", "CHF2CHF2", "1,1,2,2-tetrafluoroethane", GasGroup.Hydrofluorocarbons),
        new(9, "HFC-134a", "CH2FCF3", "1,1,1,2-tetrafluoroethane", GasGroup.Hydrofluorocarbons),
        new(10, "HFC-143", "CH2FCHF2", "1,1,2-trifluoroethane", GasGroup.Hydrofluorocarbons),
        new(11, "HFC-143a", "CH3CF3", "1,1,1-trifluoroethane", GasGroup.Hydrofluorocarbons),
        new(12, "HFC-152", "CH2FCH2F", "1,2-difluoroethane", GasGroup.Hydrofluorocarbons),
        new(13, "HFC-152a", "CH3CHF2", "1,1-difluoroethane", GasGroup.Hydrofluorocarbons),
        new(14, "HFC-161", "CH3CH2F", "fluoroethane", GasGroup.Hydrofluorocarbons),
        new(15, "HFC-227ea", "CF3CHFCF3", "1,1,1,2,3,3,3-heptafluoropropane", GasGroup.Hydrofluorocarbons),
        new(16, "HFC-236cb", "CH2FCF2CF3", "1,1,1,2,2,3-hexafluoropropane", GasGroup.Hydrofluorocarbons),
        new(17, "HFC-236ea", "CHF2CHFCF3", "1,1,1,2,3,3-hexafluoropropane", GasGroup.Hydrofluorocarbons),
        new(18, "HFC-236fa", "CF3CH2CF3", "1,1,1,3,3,3-hexafluoropropane", GasGroup.Hydrofluorocarbons),
        new(19, "HFC-245ca", "CH2FCF2CHF2", "1,1,2,2,3-pentafluoropropane", GasGroup.Hydrofluorocarbons),
        new(20, "HFC-245fa", "CHF2CH2CF3", "1,1,1,3,3-pentafluoropropane", GasGroup.Hydrofluorocarbons),
        new(21, "HFC-365mfc", "CH3CF2CH2CF3", "1,1,1,3,3-pentafluorobutane", GasGroup.Hydrofluorocarbons),
        new(22, "CF4", "CF4", "tetrafluoromethane (PFC-14)", GasGroup.Perfluorocarbons),
        new(23, "C2F6", "C2F6", "hexafluoroethane (PFC-116)", GasGroup.Perfluorocarbons),
        new(24, "C3F8", "C3F8", "octafluoropropane (PFC-218)", GasGroup.Perfluorocarbons),
        new(25, "C4F10", "C4F10", "decafluorobutane (PFC-31-10)", GasGroup.Perfluorocarbons),
        new(26, "c-C4F8", "c-C4F8", "octafluorocyclobutane (PFC-318)", GasGroup.Perfluorocarbons),
        new(27, "C5F12", "C5F12", "dodecafluoropentane (PFC-41-12)", GasGroup.Perfluorocarbons),
        new(28, "C6F14", "C6F14", "tetradecafluorohexane (PFC-51-14)", GasGroup.Perfluorocarbons),
        new(29, "C10F18", "C10F18", "perfluorodecalin (PFC-91-18)", GasGroup.Perfluorocarbons),
        new(30, "c-C3F6", "c-C3F6", "hexafluorocyclopropane", GasGroup.Perfluorocarbons),
        new(31, "SF6", "SF6", "sulphur hexafluoride", GasGroup.SulphurHexafluoride),
        new(32, "NF3", "NF3", "nitrogen trifluoride", GasGroup.NitrogenTrifluoride),
        Mix(33, "HFC-mix-SAR", "HFCs", GasGroup.Hydrofluorocarbons, SarId),
        Mix(34, "PFC-mix-SAR", "PFCs", GasGroup.Perfluorocarbons, SarId),
        Mix(35, "HFC-PFC-mix-SAR", "HFCs and PFCs", GasGroup.Hydrofluorocarbons, SarId),
        Mix(36, "HFC-mix-AR4", "HFCs", GasGroup.Hydrofluorocarbons, Ar4Id),
        Mix(37, "PFC-mix-AR4", "PFCs", GasGroup.Perfluorocarbons, Ar4Id),
        Mix(38, "HFC-PFC-mix-AR4", "HFCs and PFCs", GasGroup.Hydrofluorocarbons, Ar4Id),
    };

    // GWP set ids (GwpSet.Id) spelled out here: GwpSet's own initialisation reads this catalogue, so the catalogue must not read GwpSet.
    private const byte SarId = 1;
    private const byte Ar4Id = 2;

    private static readonly FrozenDictionary<string, Gas> ByKey =
        Catalogue.ToFrozenDictionary(g => NormalizeKey(g.Code), StringComparer.Ordinal);

    private Gas(int index, string code, string formula, string name, GasGroup group, byte reportedSetId = 0)
    {
        Index = index;
        Code = code;
        Formula = formula;
        Name = name;
        Group = group;
        ReportedSetId = reportedSetId;
    }

    /// <summary>Gets carbon dioxide.</summary>
    public static Gas CarbonDioxide => Catalogue[0];

    /// <summary>Gets methane.</summary>
    public static Gas Methane => Catalogue[1];

    /// <summary>Gets nitrous oxide.</summary>
    public static Gas NitrousOxide => Catalogue[2];

    /// <summary>Gets HFC-23 (trifluoromethane).</summary>
    public static Gas Hfc23 => Catalogue[3];

    /// <summary>Gets HFC-134a (1,1,1,2-tetrafluoroethane).</summary>
    public static Gas Hfc134a => Catalogue[9];

    /// <summary>Gets tetrafluoromethane (CF4, PFC-14).</summary>
    public static Gas Cf4 => Catalogue[22];

    /// <summary>Gets sulphur hexafluoride.</summary>
    public static Gas SulphurHexafluoride => Catalogue[31];

    /// <summary>Gets nitrogen trifluoride (Annex A as amended at Doha; second commitment period only).</summary>
    public static Gas NitrogenTrifluoride => Catalogue[32];

    /// <summary>Gets every gas of the catalogue, in a stable order (the order of <see cref="Index"/>).</summary>
    public static IReadOnlyList<Gas> All { get; } = Array.AsReadOnly(Catalogue);

    /// <summary>Gets the code, e.g. <c>CO2</c>, <c>HFC-134a</c>, <c>c-C4F8</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the chemical formula, e.g. <c>CH2FCF3</c>.</summary>
    public string Formula { get; }

    /// <summary>Gets the common name, e.g. <c>1,1,1,2-tetrafluoroethane</c>.</summary>
    public string Name { get; }

    /// <summary>Gets the Annex A group the gas belongs to.</summary>
    public GasGroup Group { get; }

    /// <summary>
    /// Gets the dense index of the gas in <see cref="All"/> (0 to <c>All.Count − 1</c>), stable within a
    /// version of the package; columnar stores and lookup tables use it as a key.
    /// </summary>
    public int Index { get; }

    /// <summary>
    /// Gets the GWP set under which records of this entry are already CO2-equivalent (an unspecified mix of HFCs/PFCs,
    /// decision 24/CP.19 annex I), or null for a gas species, whose records are masses.
    /// </summary>
    /// <remarks>Such an entry has GWP 1 in this set and none in any other: it aggregates only under this set (Art. 5.3).</remarks>
    public GwpSet? ReportedAsCo2eUnder => ReportedSetId == 0 ? null : GwpSet.FromId(ReportedSetId);

    /// <summary>Gets whether records of this entry are already CO2-equivalent under <see cref="ReportedAsCo2eUnder"/> rather than masses.</summary>
    public bool IsReportedAsCo2e => ReportedSetId != 0;

    /// <summary>Gets the id of <see cref="ReportedAsCo2eUnder"/>, or 0.</summary>
    internal byte ReportedSetId { get; }

    /// <summary>Gets whether the gas is one of the fluorinated gases of Article 3.8 (HFCs, PFCs, SF6).</summary>
    public bool IsArticle3Point8Gas => Group is GasGroup.Hydrofluorocarbons or GasGroup.Perfluorocarbons or GasGroup.SulphurHexafluoride;

    /// <summary>Finds a gas by its code, ignoring case, hyphens and spaces.</summary>
    /// <param name="code">The code, e.g. <c>HFC-134a</c> or <c>SF6</c>.</param>
    /// <returns>The gas.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> names no Annex A gas.</exception>
    public static Gas FromCode(string code)
    {
        Preconditions.CheckNotNull(code, nameof(code));
        if (!TryFromCode(code, out Gas? gas))
        {
            Preconditions.ThrowArgument(
                nameof(code),
                string.Format(CultureInfo.InvariantCulture, "'{0}' is not an Annex A greenhouse gas (Art. 3.1, Annex A). Known codes: {1}.", code, string.Join(", ", Catalogue.Select(g => g.Code))));
        }

        return gas;
    }

    /// <summary>Finds a gas by its code, ignoring case, hyphens and spaces.</summary>
    /// <param name="code">The code, e.g. <c>HFC-134a</c> or <c>SF6</c>.</param>
    /// <param name="gas">The gas, or null if none has that code.</param>
    /// <returns>True if a gas was found.</returns>
    public static bool TryFromCode(string? code, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Gas? gas)
    {
        if (code is null)
        {
            gas = null;
            return false;
        }

        return ByKey.TryGetValue(NormalizeKey(code), out gas);
    }

    /// <summary>Finds a gas by its dense <see cref="Index"/>.</summary>
    /// <param name="index">The index, from 0 to <c>All.Count − 1</c>.</param>
    /// <returns>The gas.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public static Gas FromIndex(int index)
    {
        Preconditions.CheckArgumentRange(nameof(index), index, 0, Catalogue.Length - 1);
        return Catalogue[index];
    }

    private static Gas Mix(int index, string code, string gases, GasGroup group, byte setId) =>
        new(index, code, "(mix)", "unspecified mix of " + gases + ", reported as CO2-equivalent under " + (setId == SarId ? "SAR" : "AR4"), group, setId);

    internal static string NormalizeKey(string code) =>
        code.Replace("-", string.Empty, StringComparison.Ordinal)
            .Replace(" ", string.Empty, StringComparison.Ordinal)
            .ToUpperInvariant();

    /// <summary>Returns true if <paramref name="other"/> is the same gas.</summary>
    /// <param name="other">The other gas.</param>
    /// <returns>True if both are the same gas.</returns>
    public bool Equals(Gas? other) => ReferenceEquals(this, other);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => ReferenceEquals(this, obj);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <summary>Returns the code of the gas.</summary>
    /// <returns>The code, e.g. <c>HFC-134a</c>.</returns>
    public override string ToString() => Code;
}
