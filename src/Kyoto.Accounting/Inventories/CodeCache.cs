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
/// <remarks>
/// A text of at most eight characters, each in U+0001..U+00FF, is keyed by its characters packed into one 64-bit
/// number (one byte each, zero bytes after the end: distinct texts give distinct keys), so a hit is one comparison;
/// other texts are keyed by their string.
/// </remarks>
internal sealed class CodeCache<T>
{
    private const int Slots = 512;
    private const int MaxEntries = 384;
    private readonly ulong[] _packedKeys = new ulong[Slots];
    private readonly T?[] _packedValues = new T?[Slots];
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
        if (text.Length is > 0 and <= 8)
        {
            ulong key = 0;
            bool packable = true;
            for (int i = 0; i < text.Length; i++)
            {
                uint c = text[i];
                packable &= unchecked(c - 1) < 0xFF;
                key |= (ulong)c << (8 * i);
            }

            if (packable)
            {
                return TryGetPacked(text, key, out value);
            }
        }

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

    private bool TryGetPacked(ReadOnlySpan<char> text, ulong key, out T? value)
    {
        int slot = (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> (64 - 9));
        while (true)
        {
            ulong stored = _packedKeys[slot];
            if (stored == key)
            {
                value = _packedValues[slot];
                return true;
            }

            if (stored == 0)
            {
                break;
            }

            slot = (slot + 1) & (Slots - 1);
        }

        if (!_lookup(text.ToString(), out value))
        {
            return false;
        }

        if (_count < MaxEntries)
        {
            _packedKeys[slot] = key;
            _packedValues[slot] = value;
            _count++;
        }

        return true;
    }
}
