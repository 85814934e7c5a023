using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Sectors;

namespace Kyoto.Accounting.Testing.Inventories;

/// <summary>
/// FsCheck generators for emission inventories: records, inventories, and CSV rows that are valid or break exactly
/// one rule of the format. Register with <c>[Properties(Arbitrary = new[] { typeof(InventoryArbitraries) })]</c>.
/// </summary>
/// <remarks>
/// Records are kept small (a few Parties and years, masses up to 10^6 t) so that properties run fast and collide on
/// keys often; LULUCF records may be negative. This type is thread-safe.
/// </remarks>
public static class InventoryArbitraries
{
    private static readonly Party[] SampleParties = new[] { "DEU", "HUN", "BGR", "JPN", "HRV", "AUS" }.Select(Party.FromCode).ToArray();

    private static readonly EmissionSource[] Sources =
        SourceCategory.All.Select(EmissionSource.FromCategory)
            .Concat(Enum.GetValues<LulucfActivity>().Select(EmissionSource.FromActivity))
            .ToArray();

    /// <summary>Gets a generator of valid records: a few Parties, years 1985–2012, any Annex A gas species (no mix reported as CO2e), any source.</summary>
    /// <returns>The generator.</returns>
    public static Gen<InventoryRecord> RecordGenerator() =>
        from party in Gen.Elements(SampleParties)
        from year in Gen.Choose(1985, 2012)
        from gas in Gen.Elements(Gas.All.Where(g => !g.IsReportedAsCo2e).ToArray())
        from source in Gen.Elements(Sources)
        from grams in Gen.Choose(0, 1_000_000).SelectMany(t => Gen.Choose(0, 999_999).Select(g => ((long)t * 1_000_000) + g))
        from negative in Gen.Elements(false, false, true)
        select InventoryRecord.Create(party, year, gas, source, GasMass.FromGrams(negative && source.IsLulucf ? -grams : grams));

    /// <summary>Gets an arbitrary of valid records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InventoryRecord> Records() => RecordGenerator().ToArbitrary();

    /// <summary>Gets an arbitrary of inventories of 0 to 60 records.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EmissionInventory> Inventories() =>
        Gen.Choose(0, 60).SelectMany(n => Gen.ArrayOf(RecordGenerator(), n))
            .Select(records => new EmissionInventoryBuilder().AddRange(records).Build())
            .ToArbitrary();

    /// <summary>Gets an arbitrary of well-formed CSV data rows with the record each stands for.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ValidInventoryRow> ValidRows() =>
        RecordGenerator().Select(r => new ValidInventoryRow(Line(Fields(r)), r)).ToArbitrary();

    /// <summary>Gets an arbitrary of CSV data rows that each break exactly one rule, with the error expected.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InvalidInventoryRow> InvalidRows()
    {
        Gen<string[]> category = RecordGenerator().Where(r => !r.Source.IsLulucf).Select(Fields);
        Gen<InvalidInventoryRow> Replace(int column, InventoryErrorCode code, Gen<string> bad) =>
            from fields in category
            from text in bad
            select new InvalidInventoryRow(Line(fields.Select((f, i) => i == column ? text : f)), code, Columns[column]);

        return Gen.OneOf(
            Replace(0, InventoryErrorCode.UnknownParty, Gen.Elements("XXX", "FRX", "Germany", "12", string.Empty)),
            Replace(1, InventoryErrorCode.InvalidYear, Gen.Elements("19x0", "1990.5", "-1990", "abc", string.Empty, "1e3")),
            Replace(1, InventoryErrorCode.YearOutOfRange, Gen.OneOf(Gen.Choose(0, InventoryRecord.MinYear - 1), Gen.Choose(InventoryRecord.MaxYear + 1, 99_999)).Select(Invariant)),
            Replace(2, InventoryErrorCode.UnknownGas, Gen.Elements("CO3", "HFC-999", "CFC-11", "xyz", string.Empty)),
            Replace(3, InventoryErrorCode.UnknownSource, Gen.Elements("1.A.9", "5.A", "LULUCF-XX", "7", string.Empty)),
            Replace(4, InventoryErrorCode.InvalidMass, Gen.Elements("abc", "1e5", "1.2.3", "--5", string.Empty, "0x10", "12 t", "1 000", ".")),
            Replace(4, InventoryErrorCode.NonFiniteMass, Gen.Elements("NaN", "nan", "Infinity", "-Infinity", "inf", "+INF", "∞")),
            Replace(4, InventoryErrorCode.MassTooPrecise, Gen.Choose(1, 9).Select(d => "1.000000" + Invariant(d))),
            Replace(4, InventoryErrorCode.MassOutOfRange, Gen.Elements("100000000000000", "99999999999999999999999", "1" + new string('0', 40))),
            Replace(4, InventoryErrorCode.NegativeEmission, Gen.Choose(1, 1_000_000).Select(t => "-" + Invariant(t))),
            category.Select(fields => new InvalidInventoryRow(Line(fields.Take(4)), InventoryErrorCode.WrongFieldCount, null)),
            category.Select(fields => new InvalidInventoryRow(Line(fields.Append("extra")), InventoryErrorCode.WrongFieldCount, null)))
            .ToArbitrary();
    }

    private static string[] Columns => InventoryCsv.Header.Split(',');

    private static string[] Fields(InventoryRecord r) => new[]
    {
        r.Party.Code,
        Invariant(r.Year),
        r.Gas.Code,
        r.Source.Code,
        r.Mass.Tonnes.ToString("0.######", CultureInfo.InvariantCulture),
    };

    private static string Line(System.Collections.Generic.IEnumerable<string> fields) => string.Join(",", fields);

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
