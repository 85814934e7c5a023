using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Kyoto.Accounting.Gases;
using Xunit;

namespace Kyoto.Accounting.Tests.Conventions;

/// <summary>Reflection checks of the public API's conventions (style.md §7.4, in the spirit of NodaTime's Annotations tests).</summary>
public class ConventionTests
{
    private static readonly Assembly Library = typeof(Co2e).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    private static IEnumerable<MemberInfo> PublicMembers => PublicTypes.SelectMany(t =>
        t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));

    [Fact]
    public void EveryPublicStruct_IsReadOnly_AndEquatable()
    {
        var structs = PublicTypes.Where(t => t.IsValueType && !t.IsEnum).ToList();
        Assert.NotEmpty(structs);
        Assert.All(structs, t =>
        {
            Assert.True(t.IsDefined(typeof(IsReadOnlyAttribute), false), t.FullName + " must be a readonly struct");
            Assert.True(typeof(IEquatable<>).MakeGenericType(t).IsAssignableFrom(t), t.FullName + " must implement IEquatable<T>");
        });
    }

    [Fact]
    public void EveryPublicClass_IsSealedOrAbstract()
    {
        var classes = PublicTypes.Where(t => t.IsClass && !typeof(Delegate).IsAssignableFrom(t)).ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, t => Assert.True(t.IsSealed || t.IsAbstract, t.FullName + " must be sealed or abstract"));
    }

    [Fact]
    public void NoPublicMember_UsesFloatingPoint()
    {
        // The UnitsNet edge takes and returns UnitsNet.Mass, never a bare double: no exception is needed.
        Assert.Empty(PublicMembers.Where(m => SignatureTypes(m).Any(t => t == typeof(double) || t == typeof(float))).Select(Describe));
    }

    [Fact]
    public void NoPublicMember_UsesDateTime()
    {
        Assert.Empty(PublicMembers.Where(m => SignatureTypes(m).Any(t => t == typeof(DateTime) || t == typeof(DateTimeOffset))).Select(Describe));
    }

    [Fact]
    public void NoPublicType_HasPublicFields_ExceptConstants()
    {
        Assert.Empty(PublicMembers.OfType<FieldInfo>().Where(f => !f.IsLiteral && !f.DeclaringType!.IsEnum).Select(Describe));
    }

    [Fact]
    public void ConventionChecks_CanFail()
    {
        // Guard against a vacuous reflection query: the helper does see double where it exists.
        MethodInfo math = typeof(Math).GetMethod(nameof(Math.Sqrt))!;
        Assert.Contains(typeof(double), SignatureTypes(math));
    }

    private static IEnumerable<Type> SignatureTypes(MemberInfo member)
    {
        IEnumerable<Type> raw = member switch
        {
            MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
            ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
            PropertyInfo p => new[] { p.PropertyType },
            FieldInfo f => new[] { f.FieldType },
            _ => Array.Empty<Type>(),
        };
        return raw.SelectMany(Flatten);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            return Flatten(type.GetElementType()!);
        }

        return type.IsGenericType ? type.GetGenericArguments().SelectMany(Flatten).Prepend(type) : new[] { type };
    }

    private static string Describe(MemberInfo member) => member.DeclaringType?.FullName + "." + member.Name;
}
