using System.Text.Json.Serialization;
using Kyoto.Accounting.Serialization;

namespace Kyoto.Accounting.Registry;

/// <summary>The JSON form of <see cref="Transaction"/>; see <see cref="TransactionJsonConverter"/>.</summary>
[JsonConverter(typeof(TransactionJsonConverter))]
public sealed partial class Transaction
{
}
