using System;
using System.Collections.Generic;
using System.IO;
using Apache.Arrow;
using Apache.Arrow.Ipc;

namespace Kyoto.Accounting.Arrow.Internal;

/// <summary>Writing and reading record batches in either IPC framing.</summary>
internal static class Ipc
{
    internal static void Write(Stream stream, Schema schema, IEnumerable<RecordBatch> batches, ArrowIpcFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckFormat(format);
        if (format == ArrowIpcFormat.File)
        {
            using var writer = new ArrowFileWriter(stream, schema, leaveOpen: true);
            writer.WriteStart();
            foreach (RecordBatch batch in batches)
            {
                using (batch)
                {
                    writer.WriteRecordBatch(batch);
                }
            }

            writer.WriteEnd();
        }
        else
        {
            using var writer = new ArrowStreamWriter(stream, schema, leaveOpen: true);
            writer.WriteStart();
            foreach (RecordBatch batch in batches)
            {
                using (batch)
                {
                    writer.WriteRecordBatch(batch);
                }
            }

            writer.WriteEnd();
        }
    }

    internal static IEnumerable<RecordBatch> Read(Stream stream, ArrowIpcFormat format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        CheckFormat(format);
        return ReadIterator(stream, format);
    }

    internal static void CheckFormat(ArrowIpcFormat format)
    {
        if (format is not ArrowIpcFormat.File and not ArrowIpcFormat.Stream)
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "The format must be ArrowIpcFormat.File or ArrowIpcFormat.Stream.");
        }
    }

    private static IEnumerable<RecordBatch> ReadIterator(Stream stream, ArrowIpcFormat format)
    {
        using ArrowStreamReader reader = format == ArrowIpcFormat.File ? new ArrowFileReader(stream, leaveOpen: true) : new ArrowStreamReader(stream, leaveOpen: true);
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            yield return batch;
        }
    }
}
