using System.Collections.Generic;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>
/// Everything about a serial block except its serials, holder and originating registry; interned per ledger so a block
/// record stores a 4-byte id. Periods are period numbers (1, 2); project id 0 means none.
/// </summary>
internal readonly record struct BlockAttributes(
    UnitType UnitType,
    byte OriginalPeriod,
    byte ApplicablePeriod,
    LulucfActivity? Activity,
    long ProjectId,
    EruTrack Track,
    LocalDate? ExpiryDate,
    bool InternationallyTransferred)
{
    internal bool IsTemporary => UnitType is UnitType.Tcer or UnitType.Lcer;

    /// <summary>
    /// Whether the units count towards the commitment period reserve: it consists of ERUs, CERs, AAUs and RMUs
    /// (decision 11/CMP.1 annex ¶8), so not tCERs or lCERs, and not track-2 ERUs (decision 9/CMP.1 annex ¶41).
    /// </summary>
    internal bool CountsForReserve => !IsTemporary && Track != EruTrack.Track2;

    internal bool IsExpiredOn(LocalDate date) => ExpiryDate is LocalDate expiry && date > expiry;
}

/// <summary>An append-only interning table of <see cref="BlockAttributes"/>; ids are dense and deterministic in first-use order.</summary>
internal sealed class AttributeTable
{
    private readonly List<BlockAttributes> _items;
    private readonly Dictionary<BlockAttributes, int> _ids;

    internal AttributeTable()
    {
        _items = new List<BlockAttributes>();
        _ids = new Dictionary<BlockAttributes, int>();
    }

    private AttributeTable(AttributeTable other)
    {
        _items = new List<BlockAttributes>(other._items);
        _ids = new Dictionary<BlockAttributes, int>(other._ids);
    }

    internal int Count => _items.Count;

    internal BlockAttributes this[int id] => _items[id];

    internal int Intern(in BlockAttributes attributes)
    {
        if (!_ids.TryGetValue(attributes, out int id))
        {
            id = _items.Count;
            _items.Add(attributes);
            _ids.Add(attributes, id);
        }

        return id;
    }

    internal AttributeTable Clone() => new(this);
}
