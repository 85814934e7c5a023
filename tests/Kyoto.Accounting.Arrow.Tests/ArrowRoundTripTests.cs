using System;
using System.IO;
using System.Linq;
using Apache.Arrow;
using Apache.Arrow.Types;
using FsCheck.Xunit;
using Kyoto.Accounting.Inventories;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Testing.Inventories;
using Xunit;

namespace Kyoto.Accounting.Arrow.Tests;

[Properties(Arbitrary = new[] { typeof(InventoryArbitraries) }, MaxTest = 100)]
public class ArrowRoundTripTests
{
    private static EmissionTotals Totals(EmissionInventory inventory, int variant) => inventory.Aggregate(
        CommitmentPeriod.All[variant % 2],
        variant / 2 % 2 == 0 ? LulucfInclusion.Excluded : LulucfInclusion.Included,
        (EmissionBreakdown)(variant / 4 % 3));

    private static ArrowIpcFormat Format(bool stream) => stream ? ArrowIpcFormat.Stream : ArrowIpcFormat.File;

    [Property]
    public bool Inventory_RoundTripsThroughArrowIpc_RecordForRecord(InventoryRecord[] records, bool stream, byte batch)
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().AddRange(records).Build();
        using var buffer = new MemoryStream();
        Ipc(inventory, buffer, stream, 1 + (batch % 7));
        buffer.Position = 0;
        InventoryParseResult result = InventoryArrow.Read(buffer, Format(stream));
        return result.Success && result.RowCount == records.Length && result.Value.GetRecords().SequenceEqual(inventory.GetRecords());
    }

    [Property]
    public bool Totals_RoundTripThroughArrowIpc(EmissionInventory inventory, byte variant, bool stream)
    {
        EmissionTotals totals = Totals(inventory, variant);
        using var buffer = new MemoryStream();
        TotalsArrow.Write(totals, buffer, Format(stream));
        buffer.Position = 0;
        EmissionTotals back = TotalsArrow.Read(buffer, Format(stream));
        return back.Equals(totals) && back.GetHashCode() == totals.GetHashCode();
    }

    [Property]
    public bool ShardTotals_WrittenAndReadBack_MergeToTheTotalsOfTheWhole(InventoryRecord[] records, byte shards, byte variant)
    {
        int k = 1 + (shards % 4);
        EmissionTotals whole = Totals(new EmissionInventoryBuilder().AddRange(records).Build(), variant);
        EmissionTotals[] perShard = Enumerable.Range(0, k).Select(s =>
        {
            EmissionInventory shard = new EmissionInventoryBuilder().AddRange(records.Where((_, i) => i % k == s)).Build();
            using var buffer = new MemoryStream();
            TotalsArrow.Write(Totals(shard, variant), buffer);
            buffer.Position = 0;
            return TotalsArrow.Read(buffer);
        }).ToArray();
        EmissionTotals merged = perShard.Aggregate((a, b) => a.Merge(b));

        // Reading every shard's batches as one sequence adds rows with the same key: the same merge.
        EmissionTotals concatenated = TotalsArrow.FromRecordBatches(Enumerable.Range(0, k).Select(s =>
            TotalsArrow.ToRecordBatch(Totals(new EmissionInventoryBuilder().AddRange(records.Where((_, i) => i % k == s)).Build(), variant))));
        return merged.Equals(whole) && concatenated.Equals(whole);
    }

    [Fact]
    public void File_RoundTripsThroughAPath()
    {
        EmissionInventory inventory = new EmissionInventoryBuilder().AddRange(FsCheck.Fluent.Gen.Sample(InventoryArbitraries.RecordGenerator(), 200, 50)).Build();
        string path = Path.Combine(Path.GetTempPath(), "kyoto-arrow-" + Guid.NewGuid().ToString("N") + ".arrow");
        try
        {
            InventoryArrow.WriteFile(inventory, path);
            Assert.Equal(inventory.GetRecords(), InventoryArrow.ReadFile(path).GetValueOrThrow().GetRecords());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Totals_UnderAnotherGwpSetThanThePeriods_AreRejected()
    {
        RecordBatch batch = TotalsArrow.ToRecordBatch(EmissionTotals.Empty(CommitmentPeriod.First, LulucfInclusion.Excluded));
        Schema forged = new Schema.Builder().Field(batch.Schema.FieldsList[0]).Field(batch.Schema.FieldsList[1]).Field(batch.Schema.FieldsList[2])
            .Metadata(batch.Schema.Metadata.Select(m => m.Key == "kyoto.gwp_set" ? new System.Collections.Generic.KeyValuePair<string, string>(m.Key, "AR4") : m))
            .Build();
        var rebuilt = new RecordBatch(forged, batch.Arrays, batch.Length);
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => TotalsArrow.FromRecordBatches(new[] { rebuilt }));
        Assert.Contains("Art. 5.3", e.Message, StringComparison.Ordinal);
    }

    private static void Ipc(EmissionInventory inventory, Stream buffer, bool stream, int batchSize)
    {
        using var writer = stream
            ? new Apache.Arrow.Ipc.ArrowStreamWriter(buffer, InventoryArrow.Schema, leaveOpen: true)
            : new Apache.Arrow.Ipc.ArrowFileWriter(buffer, InventoryArrow.Schema, leaveOpen: true);
        writer.WriteStart();
        foreach (RecordBatch batch in InventoryArrow.ToRecordBatches(inventory, batchSize))
        {
            using (batch)
            {
                writer.WriteRecordBatch(batch);
            }
        }

        writer.WriteEnd();
    }
}
