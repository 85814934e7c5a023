using System;
using System.Globalization;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Sinks;

/// <summary>
/// The single values a Party selected for its definition of forest: minimum area (0.05–1 hectare), minimum tree crown
/// cover (10–30 per cent) and minimum tree height at maturity in situ (2–5 metres) (decision 16/CMP.1 annex ¶1(a), ¶16;
/// the same definition applies in the second period, decision 2/CMP.7 annex).
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ForestDefinition : IEquatable<ForestDefinition>
{
    private ForestDefinition(decimal minimumAreaHectares, decimal minimumCrownCoverPercent, decimal minimumTreeHeightMetres)
    {
        MinimumAreaHectares = minimumAreaHectares;
        MinimumCrownCoverPercent = minimumCrownCoverPercent;
        MinimumTreeHeightMetres = minimumTreeHeightMetres;
    }

    /// <summary>Gets the minimum area, in hectares (0.05–1).</summary>
    public decimal MinimumAreaHectares { get; }

    /// <summary>Gets the minimum tree crown cover, in per cent (10–30).</summary>
    public decimal MinimumCrownCoverPercent { get; }

    /// <summary>Gets the minimum tree height at maturity, in metres (2–5).</summary>
    public decimal MinimumTreeHeightMetres { get; }

    /// <summary>Creates a forest definition, checking each value against its range in decision 16/CMP.1 annex ¶1(a).</summary>
    /// <param name="minimumAreaHectares">The minimum area, 0.05–1 ha.</param>
    /// <param name="minimumCrownCoverPercent">The minimum crown cover, 10–30 %.</param>
    /// <param name="minimumTreeHeightMetres">The minimum tree height, 2–5 m.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <example><code>var japan = ForestDefinition.Create(0.3m, 30m, 5m);</code></example>
    public static ForestDefinition Create(decimal minimumAreaHectares, decimal minimumCrownCoverPercent, decimal minimumTreeHeightMetres)
    {
        Preconditions.CheckArgumentRange(nameof(minimumAreaHectares), minimumAreaHectares, 0.05m, 1m, "decision 16/CMP.1 annex ¶1(a): minimum area 0.05–1 hectare");
        Preconditions.CheckArgumentRange(nameof(minimumCrownCoverPercent), minimumCrownCoverPercent, 10m, 30m, "decision 16/CMP.1 annex ¶1(a): crown cover 10–30 per cent");
        Preconditions.CheckArgumentRange(nameof(minimumTreeHeightMetres), minimumTreeHeightMetres, 2m, 5m, "decision 16/CMP.1 annex ¶1(a): tree height 2–5 metres");
        return new ForestDefinition(minimumAreaHectares, minimumCrownCoverPercent, minimumTreeHeightMetres);
    }

    /// <inheritdoc/>
    public bool Equals(ForestDefinition? other) =>
        other is not null && MinimumAreaHectares == other.MinimumAreaHectares && MinimumCrownCoverPercent == other.MinimumCrownCoverPercent && MinimumTreeHeightMetres == other.MinimumTreeHeightMetres;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ForestDefinition);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(MinimumAreaHectares, MinimumCrownCoverPercent, MinimumTreeHeightMetres);

    /// <summary>Formats the definition culture-invariantly, e.g. <c>"forest: ≥ 0.3 ha, ≥ 30 % crown cover, ≥ 5 m"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, "forest: ≥ {0} ha, ≥ {1} % crown cover, ≥ {2} m", MinimumAreaHectares, MinimumCrownCoverPercent, MinimumTreeHeightMetres);
}
