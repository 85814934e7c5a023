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
            return checked(left + right);
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
            return checked(left - right);
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
            return checked(left * right);
        }
        catch (OverflowException ex)
        {
            throw Overflow(quantity, ex);
        }
    }

    internal static OverflowException Overflow(string quantity, Exception? inner = null) =>
        new("Value was either too large or too small for a " + quantity + " (range ±9.22 × 10^12 t at 1 g resolution).", inner);
}
