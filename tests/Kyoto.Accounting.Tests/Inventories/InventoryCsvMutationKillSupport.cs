using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Kyoto.Accounting.Inventories;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>Sources that split their reads where a test says, for the tests of the CSV reader's buffer edges.</summary>
internal static class InventoryCsvMutationKillSupport
{
    internal const string Header = "party,year,gas,source,mass_t\n";

    /// <summary>Every error as (row, column, code, value), to compare whole error lists.</summary>
    internal static (int Row, int Column, InventoryErrorCode Code, string? Value)[] Errors(InventoryParseResult result) =>
        result.Errors.Select(e => (e.Row, e.Column, e.Code, e.Value)).ToArray();

    internal static (string Party, int Year, long Grams)[] Records(InventoryParseResult result) =>
        result.Value.GetRecords().Select(r => (r.Party.Code, r.Year, r.Mass.Grams)).ToArray();

    internal sealed class SyncProgress(Action<InventoryCsvProgress> report) : IProgress<InventoryCsvProgress>
    {
        public void Report(InventoryCsvProgress value) => report(value);
    }

    /// <summary>A text reader returning its chunks one per read (a chunk longer than the room asked for is cut), then the end; <see cref="OnRead"/> runs before each read; cancellation tokens are ignored.</summary>
    internal sealed class ChunkedReader(IEnumerable<string> chunks) : TextReader
    {
        private readonly Queue<string> _chunks = new(chunks);

        internal ChunkedReader(params string[] chunks)
            : this((IEnumerable<string>)chunks)
        {
        }

        internal Action? OnRead { get; set; }

        public override int Read() => throw new NotSupportedException("single characters are not read");

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            OnRead?.Invoke();
            while (_chunks.Count > 0 && _chunks.Peek().Length == 0)
            {
                _chunks.Dequeue();
            }

            if (_chunks.Count == 0 || buffer.Length == 0)
            {
                return 0;
            }

            string chunk = _chunks.Dequeue();
            int n = Math.Min(chunk.Length, buffer.Length);
            chunk.AsSpan(0, n).CopyTo(buffer);
            if (n < chunk.Length)
            {
                var rest = new Queue<string>();
                rest.Enqueue(chunk[n..]);
                while (_chunks.Count > 0)
                {
                    rest.Enqueue(_chunks.Dequeue());
                }

                while (rest.Count > 0)
                {
                    _chunks.Enqueue(rest.Dequeue());
                }
            }

            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));
    }

    /// <summary>A text reader of a string returning at most <paramref name="max"/> characters per read.</summary>
    internal sealed class FixedReadReader(string text, int max) : TextReader
    {
        private int _i;

        public override int Read() => throw new NotSupportedException("single characters are not read");

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            int n = Math.Min(Math.Min(max, buffer.Length), text.Length - _i);
            text.AsSpan(_i, n).CopyTo(buffer);
            _i += n;
            return n;
        }
    }

    /// <summary>A stream returning its chunks one per read (cut to the room asked for), then the end; not seekable; cancellation tokens are ignored.</summary>
    internal sealed class ChunkedStream : Stream
    {
        private readonly Queue<byte[]> _chunks;

        internal ChunkedStream(params byte[][] chunks)
        {
            _chunks = new Queue<byte[]>(chunks);
        }

        internal Action? OnRead { get; set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            OnRead?.Invoke();
            if (_chunks.Count == 0 || buffer.Length == 0)
            {
                return 0;
            }

            byte[] chunk = _chunks.Dequeue();
            int n = Math.Min(chunk.Length, buffer.Length);
            chunk.AsSpan(0, n).CopyTo(buffer);
            if (n < chunk.Length)
            {
                var rest = new Queue<byte[]>();
                rest.Enqueue(chunk[n..]);
                while (_chunks.Count > 0)
                {
                    rest.Enqueue(_chunks.Dequeue());
                }

                while (rest.Count > 0)
                {
                    _chunks.Enqueue(rest.Dequeue());
                }
            }

            return n;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromResult(Read(buffer, offset, count));

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A seekable stream of bytes returning at most <paramref name="max"/> bytes per read.</summary>
    internal sealed class FixedReadStream(byte[] bytes, int max) : MemoryStream(bytes)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, max));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, max)]);
    }
}
