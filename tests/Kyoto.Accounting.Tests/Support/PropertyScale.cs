using System;
using System.Globalization;

namespace Kyoto.Accounting.Tests;

/// <summary>
/// The <c>KYOTO_PROPERTY_SCALE</c> environment setting: a positive whole number that multiplies the case count of every
/// FsCheck property of this project for deep runs (<c>KYOTO_PROPERTY_SCALE=50 dotnet test -c Release</c>). Unset, empty
/// or 1 keeps the counts written in the attributes (what CI runs). Anything else is an error, not a silent default.
/// </summary>
/// <remarks>
/// It works without touching the tests: <see cref="PropertyAttribute"/> and <see cref="PropertiesAttribute"/> below live
/// in this project's root namespace, so C# binds every <c>[Property]</c> and <c>[Properties]</c> in
/// <c>Kyoto.Accounting.Tests.*</c> to them before the <c>FsCheck.Xunit</c> ones imported by <c>using</c>.
/// </remarks>
public static class PropertyScale
{
    /// <summary>The case count FsCheck runs when an attribute names none.</summary>
    public const int DefaultMaxTest = 100;

    /// <summary>Gets the factor (1 unless <c>KYOTO_PROPERTY_SCALE</c> says otherwise).</summary>
    public static int Factor { get; } = Read(Environment.GetEnvironmentVariable("KYOTO_PROPERTY_SCALE"));

    /// <summary>Scales a case count, saturating at <see cref="int.MaxValue"/>.</summary>
    /// <param name="maxTest">The count written in the attribute.</param>
    /// <returns>The count to run.</returns>
    public static int Apply(int maxTest) => (int)Math.Min(int.MaxValue, (long)maxTest * Factor);

    /// <summary>Parses the setting.</summary>
    /// <param name="value">The environment value, or null.</param>
    /// <returns>The factor.</returns>
    /// <exception cref="ArgumentException">The value is not a positive whole number.</exception>
    public static int Read(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return 1;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int factor) || factor < 1)
        {
            throw new ArgumentException("KYOTO_PROPERTY_SCALE must be a positive whole number (a factor for every property's case count), not '" + value + "'.", nameof(value));
        }

        return factor;
    }
}

/// <summary>FsCheck's <c>[Property]</c> with its case count multiplied by <see cref="PropertyScale.Factor"/>.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property, AllowMultiple = false)]
public sealed class PropertyAttribute : FsCheck.Xunit.PropertyAttribute
{
    /// <summary>Initializes a new instance with the scaled default count.</summary>
    public PropertyAttribute()
    {
        base.MaxTest = PropertyScale.Apply(PropertyScale.DefaultMaxTest);
    }

    /// <summary>Gets or sets the case count; the value set is multiplied by <see cref="PropertyScale.Factor"/>.</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = PropertyScale.Apply(value);
    }
}

/// <summary>FsCheck's class-level <c>[Properties]</c> with its case count multiplied by <see cref="PropertyScale.Factor"/>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Module | AttributeTargets.Assembly, AllowMultiple = false)]
public sealed class PropertiesAttribute : FsCheck.Xunit.PropertiesAttribute
{
    /// <summary>Gets or sets the case count; the value set is multiplied by <see cref="PropertyScale.Factor"/>.</summary>
    public new int MaxTest
    {
        get => base.MaxTest;
        set => base.MaxTest = PropertyScale.Apply(value);
    }
}
