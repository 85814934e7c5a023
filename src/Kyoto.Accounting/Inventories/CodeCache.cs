using System;
using System.Runtime.CompilerServices;

namespace Kyoto.Accounting.Inventories;

/// <summary>Finds a value by its code text.</summary>
internal delegate bool CodeLookup<T>(string text, out T? value);

/// <summary>
/// A small per-reader memo of code look-ups (Party, gas, source) keyed by the exact text of a field, so that a row's
/// codes are found without allocating a string. Misses go to the catalogue's own <c>TryFromCode</c> (which stays the
/// one definition of what a code means, including codes added to a catalogue later); only found codes are kept, at
/// most <see cref="MaxEntries"/>.
/// </summary>
internal sealed class CodeCache<T>
{
    private const int Slots = 512;
    private const int MaxEntries = 384;
    private readonly string?[] _keys = new string?[Slots];
    private readonly T?[] _values = new T?[Slots];
    private readonly CodeLookup<T> _lookup;
    private int _count;

    internal CodeCache(CodeLookup<T> lookup)
    {
        _lookup = lookup;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool TryGet(ReadOnlySpan<char> text, out T? value)
    {
        uint hash = (uint)text.Length;
        foreach (char c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        int slot = (int)(hash & (Slots - 1));
        while (true)
        {
            string? key = _keys[slot];
            if (key is null)
            {
                break;
            }

            if (text.SequenceEqual(key))
            {
                value = _values[slot];
                return true;
            }

            slot = (slot + 1) & (Slots - 1);
        }

        string s = text.ToString();
        if (!_lookup(s, out value))
        {
            return false;
        }

        if (_count < MaxEntries)
        {
            _keys[slot] = s;
            _values[slot] = value;
            _count++;
        }

        return true;
    }
}
