using System;
using System.Collections.Immutable;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// The compact binary encoding of a <see cref="Transaction"/>: type, LEB128 identifier, date as days from 2000-01-01,
/// account numbers, and each serial range as (originating registry, first serial, last − first). An external transfer
/// of one range takes about 20–30 bytes. Decoding goes through the public factories, so a decoded transaction is
/// validated exactly like a new one.
/// </summary>
internal static class TransactionCodec
{
    private const byte HasFrom = 1;
    private const byte HasReplaced = 2;
    private const byte HasUnitType = 4;
    private const byte HasPeriod = 8;
    private const byte HasActivity = 16;
    private const byte HasProject = 32;
    private const byte HasTrack = 64;
    private const byte HasExpiry = 128;

    /// <summary>The earliest and latest dates a transaction may carry, in days from <see cref="JournalFormat.DateOrigin"/>.</summary>
    private static readonly int EarliestDays = NodaTime.Period.DaysBetween(JournalFormat.DateOrigin, Transaction.EarliestDate);
    private static readonly int LatestDays = NodaTime.Period.DaysBetween(JournalFormat.DateOrigin, Transaction.LatestDate);

    internal static void Encode(Transaction tx, ByteWriter w)
    {
        w.Byte(JournalFormat.TransactionRecord);
        w.Byte((byte)tx.Type);
        w.VarLong(tx.Id.Number);
        w.Date(tx.Date);
        byte flags = 0;
        flags |= tx.From is null ? (byte)0 : HasFrom;
        flags |= tx.ReplacedFrom is null ? (byte)0 : HasReplaced;
        flags |= tx.IssuedUnitType is null ? (byte)0 : HasUnitType;
        flags |= tx.Period is null ? (byte)0 : HasPeriod;
        flags |= tx.Activity is null ? (byte)0 : HasActivity;
        flags |= tx.ProjectId is null ? (byte)0 : HasProject;
        flags |= tx.Track == EruTrack.None ? (byte)0 : HasTrack;
        flags |= tx.ExpiryDate is null ? (byte)0 : HasExpiry;
        w.Byte(flags);
        if (tx.From is AccountId from)
        {
            w.VarLong(from.Number);
        }

        w.VarLong(tx.To.Number);
        Ranges(w, tx.UnitArray);
        if (tx.ReplacedFrom is AccountId replacedFrom)
        {
            w.VarLong(replacedFrom.Number);
            Ranges(w, tx.ReplacedUnitArray);
        }

        if (tx.IssuedUnitType is UnitType unitType)
        {
            w.Byte((byte)unitType);
        }

        if (tx.Period is CommitmentPeriod period)
        {
            w.Byte((byte)period.Number);
        }

        if (tx.Activity is LulucfActivity activity)
        {
            w.Byte((byte)activity);
        }

        if (tx.ProjectId is long project)
        {
            w.VarLong(project);
        }

        if (tx.Track != EruTrack.None)
        {
            w.Byte((byte)tx.Track);
        }

        if (tx.ExpiryDate is LocalDate expiry)
        {
            w.Date(expiry);
        }
    }

    /// <summary>Decodes a transaction record whose kind byte has been read.</summary>
    internal static Transaction Decode(ref ByteReader r)
    {
        var type = (TransactionType)r.Byte();
        long idNumber = r.VarLong();
        LocalDate date = r.Date();
        byte flags = r.Byte();
        AccountId? from = (flags & HasFrom) != 0 ? Account(ref r) : null;
        AccountId to = Account(ref r);
        SerialRange[] units = Ranges(ref r);
        AccountId? replacedFrom = null;
        SerialRange[] replaced = [];
        if ((flags & HasReplaced) != 0)
        {
            replacedFrom = Account(ref r);
            replaced = Ranges(ref r);
        }

        UnitType? unitType = (flags & HasUnitType) != 0 ? (UnitType)r.Byte() : null;
        int? periodNumber = (flags & HasPeriod) != 0 ? r.Byte() : null;
        LulucfActivity? activity = (flags & HasActivity) != 0 ? (LulucfActivity)r.Byte() : null;
        long? project = (flags & HasProject) != 0 ? r.VarLong() : null;
        EruTrack track = (flags & HasTrack) != 0 ? (EruTrack)r.Byte() : EruTrack.None;
        LocalDate? expiry = (flags & HasExpiry) != 0 ? r.Date() : null;
        if (!r.AtEnd)
        {
            throw r.Malformed("bytes follow the transaction");
        }

        try
        {
            TransactionId id = TransactionId.FromNumber(idNumber);
            CommitmentPeriod? period = periodNumber is int n ? CommitmentPeriod.FromNumber(n) : null;
            return type switch
            {
                TransactionType.Issuance => unitType switch
                {
                    UnitType.Aau => Transaction.IssueAssignedAmountUnits(id, date, to, Required(period), units.One()),
                    UnitType.Rmu => Transaction.IssueRemovalUnits(id, date, to, Required(period), Required(activity), units.One()),
                    UnitType u => Transaction.IssueCdmUnits(id, date, to, u, Required(period), Required(project), units.One(), expiry),
                    null => throw r.Malformed("an issuance has no unit type"),
                },
                TransactionType.Conversion => Transaction.Convert(id, date, to, Required(project), track, units),
                TransactionType.ExternalTransfer => Transaction.TransferExternally(id, date, Required(from), to, units),
                TransactionType.InternalTransfer => Transaction.TransferInternally(id, date, Required(from), to, units),
                TransactionType.Cancellation => Transaction.Cancel(id, date, Required(from), to, units),
                TransactionType.Retirement => Transaction.Retire(id, date, Required(from), to, units),
                TransactionType.Replacement => Transaction.Replace(id, date, Required(from), units, Required(replacedFrom), replaced, to),
                TransactionType.CarryOver => Transaction.CarryOver(id, date, Required(from), to, units),
                TransactionType.ExpiryDateChange => Transaction.ChangeExpiryDate(id, date, to, Required(expiry), units),
                _ => throw r.Malformed("unknown transaction type " + ((int)type).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            };
        }
        catch (ArgumentException e)
        {
            throw new JournalFormatException(JournalFormat.Describe(r.Offset) + ": the transaction it holds is invalid: " + e.Message, e);
        }
        catch (InvalidOperationException e)
        {
            throw new JournalFormatException(JournalFormat.Describe(r.Offset) + ": the transaction it holds is incomplete: " + e.Message, e);
        }
    }

    /// <summary>
    /// Decodes a transfer record (external or internal, in the shape <see cref="Encode"/> writes it) whose kind byte has
    /// been read, without allocating: its ranges go to <paramref name="units"/>, grown if needed. It reads the same fields
    /// in the same order as <see cref="Decode"/> and accepts exactly the values the transfer factories accept; for any
    /// other record or value it returns false with <paramref name="r"/> unmoved, and <see cref="Decode"/> then decodes
    /// the record or reports what is wrong with it.
    /// </summary>
    internal static bool TryDecodeTransfer(ref ByteReader r, ref SerialRange[] units, out DecodedTransfer transfer)
    {
        transfer = default;
        ByteReader c = r;
        var type = (TransactionType)c.Byte();
        if (type is not (TransactionType.ExternalTransfer or TransactionType.InternalTransfer))
        {
            return false;
        }

        long id = c.VarLong();
        int days = c.Days();
        if (c.Byte() != HasFrom)
        {
            return false;
        }

        long from = c.VarLong();
        long to = c.VarLong();
        if (id < 1 || from < 1 || to < 1 || days < EarliestDays || days > LatestDays)
        {
            return false;
        }

        int count = c.VarInt(1 << 20);
        if (units.Length < count)
        {
            units = new SerialRange[Math.Max(count, units.Length * 2)];
        }

        for (int i = 0; i < count; i++)
        {
            int originator = c.VarInt(RegistryId.IndexCount - 1);
            long first = c.VarLong();
            long span = c.VarSigned();
            if (first < 1 || first > SerialRange.MaxSerial || span > SerialRange.MaxSerial || span < -SerialRange.MaxSerial
                || first + span < 1 || first + span > SerialRange.MaxSerial)
            {
                return false;
            }

            units[i] = SerialRange.Of(RegistryId.FromIndex(originator), first, first + span);
        }

        if (!c.AtEnd)
        {
            return false;
        }

        r = c;
        transfer = new DecodedTransfer(type, id, days, from, to, count);
        return true;
    }

    internal static void Ranges(ByteWriter w, ImmutableArray<SerialRange> ranges)
    {
        w.VarLong(ranges.Length);
        foreach (SerialRange range in ranges)
        {
            w.VarLong(range.Originator.Index);
            w.VarLong(range.First);
            w.VarSigned(range.Last - range.First); // a proposal may name a reversed range (rejected by the ledger)
        }
    }

    internal static SerialRange[] Ranges(ref ByteReader r)
    {
        int count = r.VarInt(1 << 20);
        var ranges = new SerialRange[count];
        for (int i = 0; i < count; i++)
        {
            int originator = r.VarInt(RegistryId.IndexCount - 1);
            long first = r.VarLong();
            long span = r.VarSigned();
            if (span > SerialRange.MaxSerial || span < -SerialRange.MaxSerial || first > SerialRange.MaxSerial)
            {
                throw r.Malformed("a serial number is out of range");
            }

            try
            {
                ranges[i] = SerialRange.Of(RegistryId.FromIndex(originator), first, first + span);
            }
            catch (ArgumentException e)
            {
                throw new JournalFormatException(JournalFormat.Describe(r.Offset) + ": a serial range is invalid: " + e.Message, e);
            }
        }

        return ranges;
    }

    private static AccountId Account(ref ByteReader r)
    {
        long number = r.VarLong();
        return number < 1 ? throw r.Malformed("an account number is not positive") : AccountId.FromNumber(number);
    }

    private static T Required<T>(T? value)
        where T : struct => value ?? throw new InvalidOperationException("A field the transaction type requires is missing.");

    private static T Required<T>(T? value)
        where T : class => value ?? throw new InvalidOperationException("A field the transaction type requires is missing.");

    private static SerialRange One(this SerialRange[] units) =>
        units.Length == 1 ? units[0] : throw new InvalidOperationException("An issuance has exactly one serial range.");
}

/// <summary>A transfer record decoded by <see cref="TransactionCodec.TryDecodeTransfer"/>: its fields, its date in days from <see cref="JournalFormat.DateOrigin"/>, and the number of its ranges.</summary>
internal readonly record struct DecodedTransfer(TransactionType Type, long Id, int Days, long From, long To, int UnitCount);
