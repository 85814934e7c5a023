using Kyoto.Accounting.Internal;
using NodaTime;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// A change of a ledger's configuration, in force from a date: the configuration that checks every transaction dated
/// on or after <see cref="EffectiveDate"/> (until the next change). See <see cref="Ledger.ChangeConfiguration"/>.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ConfigurationChangeJsonConverter))]
public sealed class ConfigurationChange
{
    internal ConfigurationChange(LocalDate effectiveDate, long transactionCount, RegistryConfiguration configuration)
    {
        EffectiveDate = effectiveDate;
        TransactionCount = transactionCount;
        Configuration = Preconditions.CheckNotNull(configuration, nameof(configuration));
    }

    /// <summary>Gets the date from which the configuration is in force.</summary>
    public LocalDate EffectiveDate { get; }

    /// <summary>Gets the number of transactions the ledger had accepted when the change was applied: its position in the journal.</summary>
    public long TransactionCount { get; }

    /// <summary>Gets the configuration in force from <see cref="EffectiveDate"/>.</summary>
    public RegistryConfiguration Configuration { get; }

    /// <summary>Formats the change, e.g. <c>"configuration from 2010-06-01 after 12 transactions"</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        "configuration from " + EffectiveDate.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        + " after " + TransactionCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " transactions";
}
