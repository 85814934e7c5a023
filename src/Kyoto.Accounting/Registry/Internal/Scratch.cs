using System.Collections.Generic;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>
/// Keeps the ledger's scratch buffers bounded: a buffer grown by one large transaction (say, 500,000 ranges) is
/// released afterwards instead of staying at its largest size for the life of the ledger. Buffers at most
/// <see cref="KeptCapacity"/> long are kept, so ordinary transactions allocate nothing.
/// </summary>
internal static class Scratch
{
    /// <summary>The largest capacity kept between transactions.</summary>
    internal const int KeptCapacity = 1024;

    /// <summary>Empties <paramref name="list"/> and drops its storage if it grew beyond <see cref="KeptCapacity"/>.</summary>
    internal static void Trim<T>(List<T> list)
    {
        if (list.Capacity > KeptCapacity)
        {
            list.Clear();
            list.Capacity = 16;
        }
    }

    /// <summary>Replaces <paramref name="array"/> with a small one if it grew beyond <see cref="KeptCapacity"/>.</summary>
    internal static void Trim<T>(ref T[] array, int initialLength)
    {
        if (array.Length > KeptCapacity)
        {
            array = new T[initialLength];
        }
    }
}
