using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Internal;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Quantities;

namespace Kyoto.Accounting.Inventories;

/// <summary>
/// Collects inventory records and builds an immutable <see cref="EmissionInventory"/>.
/// </summary>
/// <remarks>
/// Every record is checked as <see cref="InventoryRecord.Create"/> checks it before anything is added, so a call that
/// throws leaves the builder unchanged (for <see cref="AddRange(IEnumerable{InventoryRecord})"/>, no record of the call
/// is added). <see cref="Build"/> hands its columns over when the builder is exactly full and copies them otherwise;
/// either way the builder may go on collecting afterwards without changing an inventory already built (a full builder
/// must grow, into new columns, before it can take another record). This type is mutable and not thread-safe; the inventories it builds are immutable.
/// </remarks>
public sealed class EmissionInventoryBuilder
{
    private byte[] _party;
    private byte[] _year;
    private byte[] _gasKey;
    private byte[] _source;
    private long[] _grams;

    // Records are [_start, Count) of the columns; a write at _limit grows the columns first. _start is 0 and _limit is
    // the columns' length except while a CSV file is read in two partitions (see SplitAt and Join).
    private int _start;
    private int _limit;

    /// <summary>Initializes an empty builder.</summary>
    public EmissionInventoryBuilder()
        : this(16)
    {
    }

    /// <summary>Initializes an empty builder with room for <paramref name="capacity"/> records.</summary>
    /// <param name="capacity">The number of records to make room for.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public EmissionInventoryBuilder(int capacity)
    {
        Preconditions.CheckArgumentRange(nameof(capacity), capacity, 0, Array.MaxLength);
        _party = new byte[capacity];
        _year = new byte[capacity];
        _gasKey = new byte[capacity];
        _source = new byte[capacity];
        _grams = new long[capacity];
        _limit = capacity;
    }

    /// <summary>A second builder writing into this one's columns from <paramref name="start"/> (see <see cref="SplitAt"/>).</summary>
    private EmissionInventoryBuilder(EmissionInventoryBuilder owner, int start)
    {
        _party = owner._party;
        _year = owner._year;
        _gasKey = owner._gasKey;
        _source = owner._source;
        _grams = owner._grams;
        _start = start;
        Count = start;
        _limit = owner._grams.Length;
    }

    /// <summary>Gets the number of records collected so far.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a record.</summary>
    /// <param name="party">The reporting Party.</param>
    /// <param name="year">The calendar year.</param>
    /// <param name="gas">The gas.</param>
    /// <param name="source">The source category or LULUCF activity.</param>
    /// <param name="mass">The mass of the gas.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="party"/> or <paramref name="gas"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or <paramref name="mass"/> is out of range (see <see cref="InventoryRecord"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <c>default</c>.</exception>
    public EmissionInventoryBuilder Add(Party party, int year, Gas gas, EmissionSource source, GasMass mass) =>
        Add(InventoryRecord.Create(party, year, gas, source, mass));

    /// <summary>Adds a record.</summary>
    /// <param name="record">The record.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="record"/> is <c>default</c>.</exception>
    public EmissionInventoryBuilder Add(InventoryRecord record)
    {
        CheckRecord(record, nameof(record));
        AddTrusted(record.Party.Index, record.Year - InventoryRecord.MinYear, record.Gas.Index, record.Source.StoreCode, record.Mass.Grams);
        return this;
    }

    /// <summary>Adds records; if one is invalid, none is added.</summary>
    /// <param name="records">The records.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException">A record is <c>default</c>.</exception>
    public EmissionInventoryBuilder AddRange(IEnumerable<InventoryRecord> records)
    {
        InventoryRecord[] all = Preconditions.CheckNotNull(records, nameof(records)).ToArray();
        foreach (InventoryRecord record in all)
        {
            CheckRecord(record, nameof(records));
        }

        EnsureCapacity(Count + all.Length);
        foreach (InventoryRecord record in all)
        {
            AddTrusted(record.Party.Index, record.Year - InventoryRecord.MinYear, record.Gas.Index, record.Source.StoreCode, record.Mass.Grams);
        }

        return this;
    }

    /// <summary>Adds every record of an inventory (already validated), in its order.</summary>
    /// <param name="inventory">The inventory.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="inventory"/> is null.</exception>
    public EmissionInventoryBuilder AddRange(EmissionInventory inventory)
    {
        Preconditions.CheckNotNull(inventory, nameof(inventory));
        int n = inventory.Count;
        EnsureCapacity(Count + n);
        inventory.PartyColumn.CopyTo(_party.AsSpan(Count));
        inventory.YearColumn.CopyTo(_year.AsSpan(Count));
        inventory.GasKeyColumn.CopyTo(_gasKey.AsSpan(Count));
        inventory.SourceColumn.CopyTo(_source.AsSpan(Count));
        inventory.GramsColumn.CopyTo(_grams.AsSpan(Count));
        Count += n;
        return this;
    }

    /// <summary>Builds an immutable inventory of the records collected so far.</summary>
    /// <returns>The inventory.</returns>
    /// <remarks>
    /// When the builder is exactly full (as when it was created with the final record count as its capacity), its
    /// columns are handed to the inventory without a copy; the next record added then moves the builder to new columns,
    /// so the inventory never changes. Otherwise the columns are copied at their exact length.
    /// </remarks>
    public EmissionInventory Build() => Count == 0
        ? EmissionInventory.Empty
        : Count == _grams.Length
            ? new EmissionInventory(_party, _year, _gasKey, _source, _grams)
            : new EmissionInventory(_party[..Count], _year[..Count], _gasKey[..Count], _source[..Count], _grams[..Count]);

    /// <summary>Adds a record whose fields were validated already (CSV reader, merge).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void AddTrusted(int partyIndex, int yearOffset, int gasIndex, byte sourceCode, long grams)
    {
        int i = Count;
        if (i == _limit)
        {
            Grow(i + 1);
        }

        _party[i] = (byte)partyIndex;
        _year[i] = (byte)yearOffset;
        _gasKey[i] = (byte)(gasIndex | (sourceCode & EmissionSource.LulucfFlag));
        _source[i] = sourceCode;
        _grams[i] = grams;
        Count = i + 1;
    }

    /// <summary>
    /// Splits an empty builder for two writers on two threads: this builder takes records up to
    /// <paramref name="offset"/>, the builder returned takes the following ones from <paramref name="offset"/> on, in
    /// the same columns (no second set of columns, no copy when <see cref="Join"/> finds this part full). A writer
    /// that passes its range grows into columns of its own, which <see cref="Join"/> then copies from.
    /// </summary>
    internal EmissionInventoryBuilder SplitAt(int offset)
    {
        if (Count != 0 || _start != 0 || offset < 0 || offset > _grams.Length)
        {
            throw new InvalidOperationException("Only an empty builder can be split, at an offset within its capacity.");
        }

        _limit = offset;
        return new EmissionInventoryBuilder(this, offset);
    }

    /// <summary>
    /// Appends the records of <paramref name="part"/>, the builder <see cref="SplitAt"/> returned, once both writers
    /// are done: in place when it still writes into this builder's columns (moved down by the gap when this part
    /// took fewer records than its range), copied otherwise. Ends the split.
    /// </summary>
    internal void Join(EmissionInventoryBuilder part)
    {
        int n = part.Count - part._start;
        _limit = _grams.Length;
        if (ReferenceEquals(part._grams, _grams) && part._start >= Count)
        {
            if (part._start != Count)
            {
                MoveColumns(part, part._start, n);
            }

            Count += n;
            return;
        }

        AppendFrom(part);
    }

    /// <summary>Appends the records of another builder (already validated), in their order.</summary>
    internal void AppendFrom(EmissionInventoryBuilder other)
    {
        int n = other.Count - other._start;
        EnsureCapacity(checked(Count + n));
        MoveColumns(other, other._start, n);
        Count += n;
    }

    private static void CheckRecord(InventoryRecord record, string paramName) =>
        Preconditions.CheckArgument(record.Party is not null, paramName, "default(InventoryRecord) is not a record; create records with InventoryRecord.Create.");

    /// <summary>Copies <paramref name="n"/> records of <paramref name="from"/> from <paramref name="at"/> to this builder's end (overlap allowed).</summary>
    private void MoveColumns(EmissionInventoryBuilder from, int at, int n)
    {
        from._party.AsSpan(at, n).CopyTo(_party.AsSpan(Count));
        from._year.AsSpan(at, n).CopyTo(_year.AsSpan(Count));
        from._gasKey.AsSpan(at, n).CopyTo(_gasKey.AsSpan(Count));
        from._source.AsSpan(at, n).CopyTo(_source.AsSpan(Count));
        from._grams.AsSpan(at, n).CopyTo(_grams.AsSpan(Count));
    }

    private void EnsureCapacity(int needed)
    {
        if (needed > _limit)
        {
            Grow(needed);
        }
    }

    /// <summary>Moves to new, larger columns (also ends a writer's share of columns split by <see cref="SplitAt"/>).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Grow(int needed)
    {
        int capacity = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(16L, _grams.Length * 2L)));
        Array.Resize(ref _party, capacity);
        Array.Resize(ref _year, capacity);
        Array.Resize(ref _gasKey, capacity);
        Array.Resize(ref _source, capacity);
        Array.Resize(ref _grams, capacity);
        _limit = capacity;
    }
}
