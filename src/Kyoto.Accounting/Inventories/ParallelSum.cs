using System;
using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// One parallel aggregation: the records are cut into contiguous chunks (four per participant, so a participant slowed
/// by another process leaves chunks to the others), each participant claims chunks and sums them exactly into its own
/// pooled 64-bit cells, and the calling thread adds the participants' cells into the 128-bit totals. The calling
/// thread is a participant, so the job finishes even when the thread pool is slow to start the others.
/// </summary>
/// <remarks>
/// Allocation-free after the first call: the job object is cached (one per concurrent caller beyond the first is
/// created and dropped), the cells come from <see cref="ArrayPool{T}.Shared"/>, and the work item is the job itself.
/// </remarks>
internal sealed class ParallelSum : IThreadPoolWorkItem
{
    private const int ChunksPerParticipant = 4;

    private static ParallelSum? cached;

    private readonly object _gate = new();
    private long[][] _sums = Array.Empty<long[]>();
    private EmissionInventory _inventory = EmissionInventory.Empty;
    private int[] _gwp = Array.Empty<int>();
    private int _years;
    private EmissionBreakdown _breakdown;
    private int _cellCount;
    private int _chunkSize;
    private int _chunkCount;
    private int _nextChunk;
    private int _nextParticipant;
    private int _pending;
    private int _overflow;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Sums with <paramref name="participants"/> threads into <paramref name="cells"/>; false if a 64-bit partial sum would overflow.</summary>
    internal static bool TrySum(EmissionInventory inventory, int[] gwp, int years, EmissionBreakdown breakdown, int participants, Int128[] cells)
    {
        ParallelSum job = Interlocked.Exchange(ref cached, null) ?? new ParallelSum();
        try
        {
            job.Prepare(inventory, gwp, years, breakdown, participants, cells.Length);
            for (int i = 1; i < participants; i++)
            {
                Interlocked.Increment(ref job._pending);
                ThreadPool.UnsafeQueueUserWorkItem(job, preferLocal: false);
            }

            job.Participate();
            job.WaitForParticipants();
            job._failure?.Throw();
            if (job._overflow != 0)
            {
                return false;
            }

            for (int p = 0; p < participants; p++)
            {
                long[] sums = job._sums[p];
                for (int i = 0; i < cells.Length; i++)
                {
                    cells[i] += sums[i];
                }
            }

            return true;
        }
        finally
        {
            job.Release(participants);
            Volatile.Write(ref cached, job);
        }
    }

    /// <summary>Runs on a thread-pool thread: one more participant.</summary>
    public void Execute() => Participate();

    private void Prepare(EmissionInventory inventory, int[] gwp, int years, EmissionBreakdown breakdown, int participants, int cellCount)
    {
        if (_sums.Length < participants)
        {
            _sums = new long[participants][];
        }

        for (int p = 0; p < participants; p++)
        {
            _sums[p] = ArrayPool<long>.Shared.Rent(cellCount);
            _sums[p].AsSpan(0, cellCount).Clear();
        }

        _inventory = inventory;
        _gwp = gwp;
        _years = years;
        _breakdown = breakdown;
        _cellCount = cellCount;
        _chunkCount = participants * ChunksPerParticipant;
        _chunkSize = (int)((inventory.Count + (long)_chunkCount - 1) / _chunkCount);
        _nextChunk = 0;
        _nextParticipant = 0;
        _overflow = 0;
        _failure = null;
        Volatile.Write(ref _pending, 1);
    }

    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "An exception on a pool thread would end the process; it is handed to the calling thread and rethrown there.")]
    private void Participate()
    {
        try
        {
            int id = Interlocked.Increment(ref _nextParticipant) - 1;
            Span<long> sums = _sums[id].AsSpan(0, _cellCount);
            int count = _inventory.Count;
            while (Volatile.Read(ref _overflow) == 0)
            {
                int chunk = Interlocked.Increment(ref _nextChunk) - 1;
                if (chunk >= _chunkCount)
                {
                    break;
                }

                int start = (int)Math.Min((long)chunk * _chunkSize, count);
                int end = (int)Math.Min((long)start + _chunkSize, count);
                Aggregation.SumRange(_inventory, start, end, _gwp, _years, _breakdown, sums);
            }
        }
        catch (OverflowException)
        {
            Volatile.Write(ref _overflow, 1);
        }
        catch (Exception e)
        {
            Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(e), null);
            Volatile.Write(ref _overflow, 1);
        }
        finally
        {
            if (Interlocked.Decrement(ref _pending) == 0)
            {
                lock (_gate)
                {
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private void WaitForParticipants()
    {
        var spinner = default(SpinWait);
        while (Volatile.Read(ref _pending) != 0 && !spinner.NextSpinWillYield)
        {
            spinner.SpinOnce();
        }

        lock (_gate)
        {
            while (Volatile.Read(ref _pending) != 0)
            {
                Monitor.Wait(_gate);
            }
        }
    }

    private void Release(int participants)
    {
        for (int p = 0; p < participants; p++)
        {
            if (_sums[p] is { } rented)
            {
                ArrayPool<long>.Shared.Return(rented);
                _sums[p] = null!;
            }
        }

        _inventory = EmissionInventory.Empty;
        _gwp = Array.Empty<int>();
    }
}
