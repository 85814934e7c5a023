using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NodaTime;

namespace Kyoto.Accounting.Treaty;

/// <summary>
/// Splits a date-ordered list into runs of one date. The treaty evaluates its conditions at the end of each
/// date, so all instruments deposited on one date count together.
/// </summary>
internal static class DateGroups
{
    internal static IEnumerable<(LocalDate Date, ImmutableArray<T> Items)> ByDate<T>(IReadOnlyList<T> sorted, Func<T, LocalDate> dateOf)
    {
        int i = 0;
        while (i < sorted.Count)
        {
            LocalDate date = dateOf(sorted[i]);
            ImmutableArray<T>.Builder items = ImmutableArray.CreateBuilder<T>();
            while (i < sorted.Count && dateOf(sorted[i]) == date)
            {
                items.Add(sorted[i]);
                i++;
            }

            yield return (date, items.ToImmutable());
        }
    }
}
