using System;
using System.Buffers.Binary;
using System.Diagnostics;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// Appends framed records to a journal file under a <see cref="DurabilityPolicy"/>. One thread appends; for group
/// commit a background thread writes and flushes whole groups while the appender fills the next one (two buffers in turn),
/// and the appender waits only when a full group is still waiting for the previous flush.
/// </summary>
/// <remarks>
/// The file is preallocated ahead of the records with zeros, actually written and flushed once (not a sparse
/// <c>fallocate</c> extent, whose first write is a metadata change again): a record then overwrites blocks the file
/// already has, so flushing it is a data flush only, not also a change of the file's size and extents. That halves the
/// cost of a flush per transaction on ext4. Readers treat the zeros as the clean end of the journal; recovery and
/// <see cref="Dispose"/> cut them off.
/// </remarks>
internal sealed class JournalWriter : IDisposable
{
    private readonly SafeFileHandle _file;
    private readonly DurabilityPolicy _policy;
    private readonly int _maxGroup;
    private readonly long _maxDelayTicks;
    private readonly Action<long>? _acknowledged;
    private readonly object _gate = new();
    private readonly Thread? _flusher;
    private byte[] _active = new byte[1 << 16];
    private byte[] _spare = new byte[1 << 16];
    private int _activeLength;
    private int _activeRecords;
    private long _firstPending;
    private long _appended;
    private long _durable;
    private long _lastRecordOffset;
    private uint _lastRecordChecksum;
    private long _fileLength;
    private long _allocated;
    private bool _flushRequested;
    private bool _stopping;
    private Exception? _failure;

    internal JournalWriter(SafeFileHandle file, long length, long records, long lastRecordOffset, uint lastRecordChecksum, JournalOptions options)
    {
        _file = file;
        _fileLength = length;
        _allocated = RandomAccess.GetLength(file);
        WrittenLength = length;
        _appended = records;
        _durable = records;
        _lastRecordOffset = lastRecordOffset;
        _lastRecordChecksum = lastRecordChecksum;
        _policy = options.Policy;
        _maxGroup = options.GroupCommitMaxTransactions;
        _maxDelayTicks = Math.Max(1, options.GroupCommitMaxDelay.BclCompatibleTicks * Stopwatch.Frequency / TimeSpan.TicksPerSecond);
        _acknowledged = options.Acknowledged;
        if (_policy == DurabilityPolicy.GroupCommit)
        {
            _flusher = new Thread(FlushLoop) { IsBackground = true, Name = "Kyoto journal group commit" };
            _flusher.Start();
        }
    }

    /// <summary>Gets the number of records appended (durable or not).</summary>
    internal long Appended => Volatile.Read(ref _appended);

    /// <summary>Gets the number of records durable under the policy.</summary>
    internal long Durable => Volatile.Read(ref _durable);

    /// <summary>Gets the length of the file written so far (complete records).</summary>
    internal long WrittenLength { get; private set; }

    /// <summary>Gets the offset and checksum of the last appended record.</summary>
    internal (long Offset, uint Checksum) LastRecord => (_lastRecordOffset, _lastRecordChecksum);

    /// <summary>Appends one record (its payload; the frame is added here) and returns its sequence number, 1-based.</summary>
    internal long Append(ReadOnlySpan<byte> payload)
    {
        if (payload.Length > JournalFormat.MaxPayload)
        {
            throw new ArgumentException("A journal record is larger than 64 MiB.", nameof(payload));
        }

        long sequence;
        lock (_gate)
        {
            ThrowIfFailed();
            while (_policy == DurabilityPolicy.GroupCommit && _activeRecords >= _maxGroup)
            {
                Monitor.Wait(_gate);
                ThrowIfFailed();
            }

            int needed = _activeLength + JournalFormat.FrameLength + payload.Length;
            if (needed > _active.Length)
            {
                Array.Resize(ref _active, Math.Max(needed, _active.Length * 2));
            }

            Span<byte> frame = _active.AsSpan(_activeLength, JournalFormat.FrameLength + payload.Length);
            BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)payload.Length);
            payload.CopyTo(frame.Slice(JournalFormat.FrameLength));
            uint crc = ~JournalFormat.Accumulate(JournalFormat.Accumulate(0xFFFF_FFFFu, frame.Slice(0, 4)), payload);
            BinaryPrimitives.WriteUInt32LittleEndian(frame.Slice(4), crc);
            _lastRecordOffset = _fileLength + _pendingBytesBeforeActive + _activeLength;
            _lastRecordChecksum = crc;
            _activeLength += frame.Length;
            if (_activeRecords++ == 0)
            {
                _firstPending = Stopwatch.GetTimestamp();
                if (_policy == DurabilityPolicy.GroupCommit)
                {
                    Monitor.PulseAll(_gate);
                }
            }
            else if (_activeRecords >= _maxGroup && _policy == DurabilityPolicy.GroupCommit)
            {
                Monitor.PulseAll(_gate);
            }

            sequence = ++_appended;
        }

        if (_policy != DurabilityPolicy.GroupCommit)
        {
            WriteActive(_policy == DurabilityPolicy.FlushEachTransaction);
        }

        return sequence;
    }

    /// <summary>Blocks until every record up to <paramref name="sequence"/> is durable under the policy.</summary>
    internal void WaitForDurable(long sequence)
    {
        if (_policy != DurabilityPolicy.GroupCommit)
        {
            ThrowIfFailed();
            return;
        }

        lock (_gate)
        {
            while (_durable < sequence)
            {
                ThrowIfFailed();
                _flushRequested = true;
                Monitor.PulseAll(_gate);
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Writes and flushes to disk every record appended so far, whatever the policy.</summary>
    internal void Flush()
    {
        if (_policy == DurabilityPolicy.GroupCommit)
        {
            WaitForDurable(Appended);
        }
        else
        {
            WriteActive(false);
        }

        lock (_gate)
        {
            ThrowIfFailed();
        }

        RandomAccess.FlushToDisk(_file);
    }

    public void Dispose()
    {
        if (_flusher is not null)
        {
            lock (_gate)
            {
                _stopping = true;
                Monitor.PulseAll(_gate);
            }

            _flusher.Join();
        }
        else if (_failure is null)
        {
            WriteActive(true);
        }

        if (_failure is null && _allocated > _fileLength)
        {
            // A cleanly closed journal is exactly its records; the next writer preallocates again.
            try
            {
                RandomAccess.SetLength(_file, _fileLength);
            }
            catch (IOException)
            {
                // The zeros stay: readers and recovery treat them as the end of the journal.
            }
        }

        _file.Dispose();
    }

    private long _pendingBytesBeforeActive;

    private void ThrowIfFailed()
    {
        if (_failure is not null)
        {
            throw new IOException("Writing the journal failed; records after the last acknowledged one may not be on disk. Reopen the journal to recover.", _failure);
        }
    }

    /// <summary>Writes the active buffer (appender thread; not group commit) and optionally flushes it to disk.</summary>
    private void WriteActive(bool flush)
    {
        if (_activeLength > 0)
        {
            try
            {
                EnsureAllocated(_fileLength + _activeLength);
                RandomAccess.Write(_file, _active.AsSpan(0, _activeLength), _fileLength);
                _fileLength += _activeLength;
                WrittenLength = _fileLength;
                _activeLength = 0;
                _activeRecords = 0;
                if (flush)
                {
                    RandomAccess.FlushToDisk(_file);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _failure = e;
                throw new IOException("Writing the journal failed; the last transaction is not acknowledged. Reopen the journal to recover.", e);
            }
        }

        Volatile.Write(ref _durable, _appended);
        _acknowledged?.Invoke(_appended);
    }

    /// <summary>
    /// Extends the file with zeros (written, then flushed unless the policy never flushes) so that it holds at least
    /// <paramref name="end"/> bytes; grows by an eighth of the file, between 1 and 64 MiB, so the zeros cost at most
    /// one extra sequential write of the journal.
    /// </summary>
    private void EnsureAllocated(long end)
    {
        if (end <= _allocated)
        {
            return;
        }

        long target = end + Math.Clamp(_allocated / 8, PreallocationMin, PreallocationMax);
        target = (target + PreallocationMin - 1) / PreallocationMin * PreallocationMin;
        byte[] zeros = Zeros;
        for (long at = _allocated; at < target; at += zeros.Length)
        {
            RandomAccess.Write(_file, zeros.AsSpan(0, (int)Math.Min(zeros.Length, target - at)), at);
        }

        if (_policy != DurabilityPolicy.OsBuffered)
        {
            RandomAccess.FlushToDisk(_file);
        }

        _allocated = target;
    }

    private const long PreallocationMin = 1 << 20;
    private const long PreallocationMax = 64 << 20;

    private static byte[] Zeros => s_zeros ??= new byte[1 << 20];

    private static byte[]? s_zeros;

    private void FlushLoop()
    {
        while (true)
        {
            byte[] buffer;
            int length;
            long upTo;
            lock (_gate)
            {
                while (true)
                {
                    if (_activeRecords > 0)
                    {
                        long waited = Stopwatch.GetTimestamp() - _firstPending;
                        if (_activeRecords >= _maxGroup || waited >= _maxDelayTicks || _flushRequested || _stopping)
                        {
                            break;
                        }

                        Monitor.Wait(_gate, TimeSpan.FromTicks(Math.Max(1, (_maxDelayTicks - waited) * TimeSpan.TicksPerSecond / Stopwatch.Frequency)));
                    }
                    else if (_stopping)
                    {
                        return;
                    }
                    else
                    {
                        _flushRequested = false;
                        Monitor.Wait(_gate);
                    }
                }

                buffer = _active;
                length = _activeLength;
                upTo = _appended;
                _active = _spare;
                _activeLength = 0;
                _activeRecords = 0;
                _flushRequested = false;
                _pendingBytesBeforeActive = length;
                Monitor.PulseAll(_gate);
            }

            try
            {
                EnsureAllocated(_fileLength + length);
                RandomAccess.Write(_file, buffer.AsSpan(0, length), _fileLength);
                RandomAccess.FlushToDisk(_file);
            }
            catch (Exception e)
            {
                lock (_gate)
                {
                    _failure = e;
                    Monitor.PulseAll(_gate);
                }

                return;
            }

            lock (_gate)
            {
                _fileLength += length;
                WrittenLength = _fileLength;
                _pendingBytesBeforeActive = 0;
                _spare = buffer;
                Volatile.Write(ref _durable, upTo);
                Monitor.PulseAll(_gate);
            }

            _acknowledged?.Invoke(upTo);
        }
    }
}
