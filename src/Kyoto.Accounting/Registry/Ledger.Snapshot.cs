using System;
using System.Collections.Generic;
using Kyoto.Accounting.Registry.Internal;
using Kyoto.Accounting.Registry.Journal;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <content>The ledger's state as a checkpoint: blocks, attributes, counters and identifiers (totals are recomputed from the blocks).</content>
public sealed partial class Ledger
{
    /// <summary>Writes the state after the configuration record: everything needed to continue without replaying the journal.</summary>
    internal void WriteState(ByteWriter w)
    {
        ThrowIfFaulted();
        w.Date(_lastDate);
        w.VarLong(_journal.Count);
        w.VarLong(_journal.TransactionCount);
        w.VarLong(_attributes.Count);
        for (int i = 0; i < _attributes.Count; i++)
        {
            BlockAttributes a = _attributes[i];
            w.Byte((byte)a.UnitType);
            w.Byte(a.OriginalPeriod);
            w.Byte(a.ApplicablePeriod);
            w.Byte((byte)(a.Activity ?? 0));
            w.VarLong(a.ProjectId);
            w.Byte((byte)a.Track);
            w.Byte((byte)((a.ExpiryDate is null ? 0 : 1) | (a.InternationallyTransferred ? 2 : 0)));
            if (a.ExpiryDate is LocalDate expiry)
            {
                w.Date(expiry);
            }
        }

        for (int r = 0; r < _trees.Length; r++)
        {
            w.VarLong(_trees[r].Count);
            long previous = 0;
            foreach (BlockRecord record in Records(_trees[r]))
            {
                w.VarLong(record.First - previous);
                w.VarLong(record.Last - record.First);
                w.VarLong(record.Account);
                w.VarLong(record.Attributes);
                previous = record.Last;
            }
        }

        foreach (long[] counters in Counters())
        {
            w.VarLong(counters.Length);
            foreach (long value in counters)
            {
                w.VarSigned(value);
            }
        }

        w.VarLong(_ids.IntervalCount);
        long last = 0;
        foreach ((long first, long lastId) in _ids.Intervals)
        {
            w.VarLong(first - last);
            w.VarLong(lastId - first);
            last = lastId;
        }
    }

    /// <summary>Reads what <see cref="WriteState"/> wrote into a new ledger with the given configuration.</summary>
    internal static Ledger ReadState(ref ByteReader r, RegistryConfiguration configuration, bool retainJournal)
    {
        var ledger = new Ledger(configuration, retainJournal);
        ledger._lastDate = r.Date();
        long events = r.VarLong();
        long transactions = r.VarLong();
        ledger._journal.Restore(events, transactions);
        int attributes = r.VarInt(int.MaxValue);
        for (int i = 0; i < attributes; i++)
        {
            var unitType = (UnitType)r.Byte();
            byte original = r.Byte();
            byte applicable = r.Byte();
            byte activity = r.Byte();
            long project = r.VarLong();
            var track = (EruTrack)r.Byte();
            byte flags = r.Byte();
            LocalDate? expiry = (flags & 1) != 0 ? r.Date() : null;
            int id = ledger._attributes.Intern(new BlockAttributes(unitType, original, applicable, activity == 0 ? null : (LulucfActivity)activity, project, track, expiry, (flags & 2) != 0));
            if (id != i)
            {
                throw r.Malformed("the checkpoint repeats a block attribute set");
            }
        }

        for (int t = 0; t < ledger._trees.Length; t++)
        {
            int count = r.VarInt(int.MaxValue);
            var builder = new BlockTree.Builder();
            long previous = 0;
            for (int i = 0; i < count; i++)
            {
                long first = checked(previous + r.VarLong());
                long last = checked(first + r.VarLong());
                int account = r.VarInt(ledger._accounts.Length - 1);
                int attribute = r.VarInt(attributes - 1);
                if (i > 0 && first <= previous)
                {
                    throw r.Malformed("the checkpoint's blocks overlap");
                }

                builder.Add(new BlockRecord(first, last, account, attribute));
                ledger.Count(account, attribute, last - first + 1);
                previous = last;
            }

            ledger._trees[t] = builder.Finish();
        }

        foreach (long[] counters in ledger.Counters())
        {
            if (r.VarInt(int.MaxValue) != counters.Length)
            {
                throw r.Malformed("the checkpoint's counters do not fit this library's Party table");
            }

            for (int i = 0; i < counters.Length; i++)
            {
                counters[i] = r.VarSigned();
            }
        }

        int intervals = r.VarInt(int.MaxValue);
        long lastId = 0;
        for (int i = 0; i < intervals; i++)
        {
            long first = checked(lastId + r.VarLong());
            lastId = checked(first + r.VarLong());
            ledger._ids.AddLast(first, lastId);
        }

        if (!r.AtEnd)
        {
            throw r.Malformed("bytes follow the checkpoint state");
        }

        return ledger;
    }

    private IEnumerable<long[]> Counters()
    {
        yield return _issuedAau;
        yield return _issuedRmu;
        yield return _carriedEru;
        yield return _carriedCer;
        yield return _ppsrAcquired;
        yield return _ppsrRetired;
        yield return _temporaryRetired;
    }
}
