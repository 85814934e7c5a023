using System;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;

namespace Kyoto.Accounting.Cli.Report;

/// <summary>Exact arithmetic helpers for the report, and the one conversion to display units.</summary>
internal static class Figures
{
    /// <summary>Scales an exact value by a percentage (e.g. 92 or 92.5), exactly.</summary>
    internal static ExactCo2e Percent(ExactCo2e value, decimal percent)
    {
        decimal scaled = percent * 1000m;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentException("A percentage with more than three decimals: " + percent, nameof(percent));
        }

        return ExactCo2e.FromFraction(value.Numerator * (Int128)(long)scaled, value.Denominator * 100_000, value.GwpSet ?? GwpSet.Ar4);
    }

    /// <summary>The mean of exact values.</summary>
    internal static ExactCo2e Mean(ExactCo2e sum, int count) => ExactCo2e.FromFraction(sum.Numerator, sum.Denominator * count, sum.GwpSet ?? GwpSet.Ar4);

    /// <summary>Tonnes, rounded half to even to <paramref name="decimals"/> places (display and JSON only; results stay exact).</summary>
    internal static decimal Tonnes(ExactCo2e value, int decimals = 3) =>
        Math.Round((decimal)value.Numerator / (decimal)value.Denominator / 1_000_000m, decimals, MidpointRounding.ToEven);

    /// <summary>Megatonnes (Mt CO2e), rounded to three decimals (kt) for display.</summary>
    internal static decimal Megatonnes(ExactCo2e value) =>
        Math.Round((decimal)value.Numerator / (decimal)value.Denominator / 1_000_000_000_000m, 3, MidpointRounding.ToEven);

    /// <summary>Megatonnes of a <see cref="Co2e"/>.</summary>
    internal static decimal Megatonnes(Co2e value) => Megatonnes(ExactCo2e.From(value));

    /// <summary>The change from <paramref name="from"/> to <paramref name="to"/> in per cent, one decimal (display).</summary>
    internal static decimal ChangePercent(ExactCo2e from, ExactCo2e to)
    {
        decimal a = (decimal)from.Numerator / (decimal)from.Denominator;
        decimal b = (decimal)to.Numerator / (decimal)to.Denominator;
        return a == 0 ? 0 : Math.Round(((b / a) - 1m) * 100m, 1, MidpointRounding.ToEven);
    }
}
