using System;
using System.Collections.Generic;
using System.Linq;

namespace Kyoto.Accounting.Sef;

/// <summary>Turns computed quantities into a report: NA where the layout says so and nothing occurred, totals from their rows.</summary>
internal static class SefAssembler
{
    /// <summary>Builds a report; <paramref name="draft"/> holds six quantities per location, indexed by <see cref="SefUnitType"/> − 1.</summary>
    internal static SefReport Assemble(SefLayout layout, SefHeader header, Dictionary<string, long[]> draft)
    {
        foreach (SefLayout.SumRule rule in layout.Sums)
        {
            long[] total = new long[6];
            foreach (SefLayout.Slot source in layout.Slots.Where(s => rule.Matches(s.Location)))
            {
                long[] values = draft[source.Location];
                for (int i = 0; i < 6; i++)
                {
                    total[i] = checked(total[i] + values[i]);
                }
            }

            draft[rule.Target] = total;
        }

        var blocks = new SefBlock[layout.Slots.Count];
        for (int b = 0; b < blocks.Length; b++)
        {
            SefLayout.Slot slot = layout.Slots[b];
            long[] values = draft[slot.Location];
            var cells = new SefQuantity[slot.Columns.Length];
            for (int c = 0; c < cells.Length; c++)
            {
                long units = values[(int)slot.Columns[c] - 1];
                cells[c] = units == 0 && slot.NotApplicable[c] ? SefQuantity.NotApplicable : SefQuantity.FromUnits(units);
            }

            blocks[b] = new SefBlock(slot.Location, slot.IsRequirement, slot.Columns, cells);
        }

        return new SefReport(layout.Format, header, blocks);
    }
}
