using System.Collections.Immutable;
using Kyoto.Accounting.Internal;

namespace Kyoto.Accounting.Registry;

/// <summary>
/// Refuses <c>default</c> registry values at the boundary: <c>default(AccountId)</c> is account #0 and
/// <c>default(TransactionId)</c> is T0, which their factories reject, and <c>default(SerialRange)</c> is the serial
/// range 0..0, which has no unit. A factory that accepted them would build a value no factory could produce.
/// </summary>
internal static class RegistryArguments
{
    internal static AccountId Check(AccountId value, string paramName)
    {
        Preconditions.CheckArgument(value.Number >= 1, paramName, "default(AccountId) is not an account; create identifiers with AccountId.FromNumber.");
        return value;
    }

    internal static TransactionId Check(TransactionId value, string paramName)
    {
        Preconditions.CheckArgument(value.Number >= 1, paramName, "default(TransactionId) is not a transaction identifier; create identifiers with TransactionId.FromNumber.");
        return value;
    }

    internal static SerialRange Check(SerialRange value, string paramName)
    {
        Preconditions.CheckArgument(value.First >= 1, paramName, "default(SerialRange) is not a range of units; create ranges with SerialRange.Of or SerialRange.FromFirstAndQuantity.");
        return value;
    }

    internal static ImmutableArray<SerialRange> Check(ImmutableArray<SerialRange> values, string paramName)
    {
        foreach (SerialRange value in values)
        {
            Check(value, paramName);
        }

        return values;
    }
}
