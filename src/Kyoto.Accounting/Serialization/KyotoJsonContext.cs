using System.Collections.Generic;
using System.Text.Json.Serialization;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Compliance;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Quantities;
using Kyoto.Accounting.Registry;

namespace Kyoto.Accounting.Serialization;

/// <summary>
/// A source-generated System.Text.Json context for the library's values, so trimmed and NativeAOT applications
/// serialize them without reflection: <c>JsonSerializer.Serialize(value, KyotoJsonContext.Default.Co2e)</c>, or add
/// <see cref="KyotoJsonContext.Default"/> to <c>JsonSerializerOptions.TypeInfoResolverChain</c>. Every type also carries
/// its <see cref="JsonConverterAttribute"/>, so plain <c>JsonSerializer</c> calls work too. Each converter
/// (<see cref="TransactionJsonConverter"/>, <see cref="Co2eJsonConverter"/>, <see cref="RegistryConfigurationJsonConverter"/>,
/// <see cref="ComplianceAssessmentJsonConverter"/>, …) documents its shape; results are read back strictly (see
/// <see cref="ObjectJsonConverter{T}"/>).
/// </summary>
/// <example>
/// <code>
/// string json = JsonSerializer.Serialize(ledger.Journal.ToList(), KyotoJsonContext.Default.ListTransaction);
/// List&lt;Transaction&gt; journal = JsonSerializer.Deserialize(json, KyotoJsonContext.Default.ListTransaction)!;
/// string setup = JsonSerializer.Serialize(ledger.Configuration, KyotoJsonContext.Default.RegistryConfiguration);
/// Ledger again = Ledger.Replay(JsonSerializer.Deserialize(setup, KyotoJsonContext.Default.RegistryConfiguration)!, journal);
/// </code>
/// </example>
[JsonSerializable(typeof(Co2e))]
[JsonSerializable(typeof(GasMass))]
[JsonSerializable(typeof(ExactCo2e))]
[JsonSerializable(typeof(AccountId))]
[JsonSerializable(typeof(TransactionId))]
[JsonSerializable(typeof(RegistryId))]
[JsonSerializable(typeof(SerialRange))]
[JsonSerializable(typeof(SerialBlock))]
[JsonSerializable(typeof(Party))]
[JsonSerializable(typeof(Gas))]
[JsonSerializable(typeof(GwpSet))]
[JsonSerializable(typeof(CommitmentPeriod))]
[JsonSerializable(typeof(Transaction))]
[JsonSerializable(typeof(TransactionResult))]
[JsonSerializable(typeof(List<Transaction>))]
[JsonSerializable(typeof(List<TransactionResult>))]
[JsonSerializable(typeof(List<SerialBlock>))]
[JsonSerializable(typeof(List<Co2e>))]
[JsonSerializable(typeof(AssignedAmount))]
[JsonSerializable(typeof(CommitmentPeriodReserve))]
[JsonSerializable(typeof(Article37TerCancellation))]
[JsonSerializable(typeof(BaseYearEmissions))]
[JsonSerializable(typeof(CollectiveProgress))]
[JsonSerializable(typeof(JointFulfilmentAssessment))]
[JsonSerializable(typeof(RetiredUnits))]
[JsonSerializable(typeof(ComplianceAssessment))]
[JsonSerializable(typeof(JointComplianceAssessment))]
[JsonSerializable(typeof(NetSourceCancellationAssessment))]
[JsonSerializable(typeof(RegistryConfiguration))]
[JsonSerializable(typeof(ConfigurationChange))]
[JsonSerializable(typeof(List<AssignedAmount>))]
[JsonSerializable(typeof(List<CommitmentPeriodReserve>))]
[JsonSerializable(typeof(List<ComplianceAssessment>))]
[JsonSerializable(typeof(List<ConfigurationChange>))]
public sealed partial class KyotoJsonContext : JsonSerializerContext
{
}
