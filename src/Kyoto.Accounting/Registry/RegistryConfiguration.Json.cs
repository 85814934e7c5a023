using System.Text.Json.Serialization;
using Kyoto.Accounting.Serialization;

namespace Kyoto.Accounting.Registry;

/// <content>The JSON form of a configuration; see <see cref="RegistryConfigurationJsonConverter"/>.</content>
[JsonConverter(typeof(RegistryConfigurationJsonConverter))]
public sealed partial class RegistryConfiguration
{
}
