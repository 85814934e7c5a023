using System;
using System.Collections.Generic;
using System.Text;
using Apache.Arrow;

namespace Kyoto.Accounting.Arrow.Internal;

/// <summary>
/// Resolves codes (Party, gas, source) from UTF-8 bytes to values, caching each distinct code once: a small
/// open-addressing table keyed by the bytes, so the hot path allocates nothing.
/// </summary>
internal sealed class CodeLookup<T>
{
    private const int Slots = 1024;
    private readonly byte[]?[] _keys = new byte[]?[Slots];
    private readonly T[] _values = new T[Slots];
    private readonly Func<string, T?> _resolve;
    private int _count;

    internal CodeLookup(Func<string, T?> resolve) => _resolve = resolve;

    internal bool TryGet(ReadOnlySpan<byte> utf8, out T value)
    {
        uint hash = 2166136261;
        foreach (byte b in utf8)
        {
            hash = unchecked((hash ^ b) * 16777619);
        }

        int slot = (int)(hash & (Slots - 1));
        while (_keys[slot] is { } key)
        {
            if (utf8.SequenceEqual(key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & (Slots - 1);
        }

        T? resolved = _resolve(Encoding.UTF8.GetString(utf8));
        if (resolved is null)
        {
            value = default!;
            return false;
        }

        if (_count < Slots / 2)
        {
            _keys[slot] = utf8.ToArray();
            _values[slot] = resolved;
            _count++;
        }

        value = resolved;
        return true;
    }
}

/// <summary>A string column of any Arrow string layout (utf8, large utf8, utf8 view, dictionary of those) read as UTF-8 bytes.</summary>
internal readonly struct StringColumn
{
    private readonly IArrowArray _array;
    private readonly IArrowArray? _indices;

    private StringColumn(IArrowArray array, IArrowArray? indices)
    {
        _array = array;
        _indices = indices;
    }

    internal static bool TryCreate(IArrowArray array, out StringColumn column)
    {
        switch (array)
        {
            case StringArray or LargeStringArray or StringViewArray:
                column = new StringColumn(array, null);
                return true;
            case DictionaryArray { Dictionary: StringArray or LargeStringArray or StringViewArray } dictionary:
                column = new StringColumn(dictionary.Dictionary, dictionary.Indices);
                return true;
            default:
                column = default;
                return false;
        }
    }

    internal bool IsNull(int row) => (_indices ?? _array).IsNull(row);

    internal ReadOnlySpan<byte> GetBytes(int row)
    {
        int index = _indices is null ? row : Index(_indices, row);
        return _array switch
        {
            StringArray s => s.GetBytes(index),
            LargeStringArray l => l.GetBytes(index),
            _ => ((StringViewArray)_array).GetBytes(index),
        };
    }

    private static int Index(IArrowArray indices, int row) => indices switch
    {
        Int8Array a => a.GetValue(row)!.Value,
        UInt8Array a => a.GetValue(row)!.Value,
        Int16Array a => a.GetValue(row)!.Value,
        UInt16Array a => a.GetValue(row)!.Value,
        Int32Array a => a.GetValue(row)!.Value,
        UInt32Array a => checked((int)a.GetValue(row)!.Value),
        Int64Array a => checked((int)a.GetValue(row)!.Value),
        _ => checked((int)((UInt64Array)indices).GetValue(row)!.Value),
    };
}

/// <summary>An integer column of any Arrow integer width read as <see cref="long"/>.</summary>
internal readonly struct IntegerColumn
{
    private readonly IArrowArray _array;

    private IntegerColumn(IArrowArray array) => _array = array;

    internal static bool TryCreate(IArrowArray array, out IntegerColumn column)
    {
        column = new IntegerColumn(array);
        return array is Int8Array or UInt8Array or Int16Array or UInt16Array or Int32Array or UInt32Array or Int64Array;
    }

    internal bool IsNull(int row) => _array.IsNull(row);

    internal long Get(int row) => _array switch
    {
        Int64Array a => a.GetValue(row)!.Value,
        Int32Array a => a.GetValue(row)!.Value,
        Int16Array a => a.GetValue(row)!.Value,
        UInt16Array a => a.GetValue(row)!.Value,
        UInt32Array a => a.GetValue(row)!.Value,
        Int8Array a => a.GetValue(row)!.Value,
        _ => ((UInt8Array)_array).GetValue(row)!.Value,
    };
}

/// <summary>Finds columns by name in a schema.</summary>
internal static class Columns
{
    internal static int Find(Schema schema, string name)
    {
        for (int i = 0; i < schema.FieldsList.Count; i++)
        {
            if (string.Equals(schema.FieldsList[i].Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    internal static string Names(IEnumerable<string> names) => string.Join(", ", names);
}
