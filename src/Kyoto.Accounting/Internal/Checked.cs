using System;

namespace Kyoto.Accounting.Internal;

/// <summary>
/// Checked 64-bit arithmetic that rethrows overflow with the name of the quantity, in the NodaMoney style.
/// </summary>
internal static class Checked
{
    internal static long Add(long left, long right, string quantity)
    {
        try
        {
            return NotMinValue(checked(left + right), quantity);
        }
        catch (OverflowException ex)
        {
            throw Overflow(quantity, ex);
        }
    }

    internal static long Subtract(long left, long right, string quantity)
    {
        try
        {
            return NotMinValue(checked(left - right), quantity);
        }
        catch (OverflowException ex)
        {
            throw Overflow(quantity, ex);
        }
    }

    internal static long Multiply(long left, long right, string quantity)
    {
        try
        {
            return NotMinValue(checked(left * right), quantity);
        }
        catch (OverflowException ex)
        {
            throw Overflow(quantity, ex);
        }
    }

    // long.MinValue is outside every quantity's range, so that negation can never overflow.
    private static long NotMinValue(long value, string quantity) => value == long.MinValue ? throw Overflow(quantity) : value;

    internal static OverflowException Overflow(string quantity, Exception? inner = null) =>
        new("Value was either too large or too small for a " + quantity + " (range ±9.22 × 10^12 t at 1 g resolution).", inner);
}
