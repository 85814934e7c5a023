using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using Kyoto.Accounting.Gases;
using Xunit;

namespace Kyoto.Accounting.Arrow.Tests;

/// <summary>
/// The XML documentation shipped in the three library packages lists only members a consumer can see (public, or
/// protected on a public type, and explicit interface implementations of public types): the filter in
/// Directory.Build.targets removes the rest. This project references all three packages' projects, so their XML files
/// are next to the test assembly. The check matches entries to members by type, name and parameter count — a
/// deliberately independent and simpler matching than the filter's exact documentation IDs.
/// </summary>
public class ShippedDocumentationTests
{
    public static TheoryData<string> Packages => new()
    {
        typeof(Co2e).Assembly.GetName().Name!,
        typeof(InventoryArrow).Assembly.GetName().Name!,
        typeof(Kyoto.Accounting.Testing.Core.Co2ePair).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void ShippedXmlDocumentation_ListsOnlyMembersVisibleOutsideTheAssembly(string package)
    {
        Assembly assembly = AppDomain.CurrentDomain.GetAssemblies().Single(a => a.GetName().Name == package);
        string path = Path.ChangeExtension(assembly.Location, ".xml");
        Assert.True(File.Exists(path), path + " was not copied next to the test assembly");
        string[] names = XDocument.Load(path).Root!.Element("members")!.Elements("member").Select(m => (string)m.Attribute("name")!).ToArray();

        Assert.NotEmpty(names);
        List<string> bad = NotVisible(assembly, names);
        Assert.True(bad.Count == 0, bad.Count + " entries of " + path + " are not visible outside the assembly:\n" + string.Join("\n", bad));
    }

    [Fact]
    public void VisibilityCheck_FindsNonPublicEntries()
    {
        // Guard against a vacuous check: entries the compiler writes for documented internal members are reported.
        Assembly core = typeof(Co2e).Assembly;
        string[] names =
        {
            "T:Kyoto.Accounting.Gases.Co2e",
            "M:Kyoto.Accounting.Registry.CheckFailure.#ctor(Kyoto.Accounting.Registry.CheckCode,System.String)",
            "M:Kyoto.Accounting.Registry.Ledger.ShareOfProceedsOf(System.Int64)",
            "F:Kyoto.Accounting.Registry.Ledger.MaxListedFailures",
            "M:Kyoto.Accounting.Gases.Co2e.System#IComparable#CompareTo(System.Object)",
            "M:Kyoto.Accounting.Gases.Co2e.op_Addition(Kyoto.Accounting.Gases.Co2e,Kyoto.Accounting.Gases.Co2e)",
        };

        Assert.Equal(names.Skip(1).Take(3), NotVisible(core, names));
    }

    /// <summary>The entries whose member is not visible outside <paramref name="assembly"/>, or matches no member at all.</summary>
    private static List<string> NotVisible(Assembly assembly, IEnumerable<string> names)
    {
        Dictionary<string, Type> types = assembly.GetTypes().ToDictionary(t => t.FullName!.Replace('+', '.'), StringComparer.Ordinal);
        var bad = new List<string>();
        foreach (string name in names)
        {
            string id = name.Substring(2);
            if (name[0] == 'T')
            {
                if (!types.TryGetValue(id, out Type? type) || !IsVisible(type))
                {
                    bad.Add(name);
                }

                continue;
            }

            int paren = id.IndexOf('(', StringComparison.Ordinal);
            string head = paren < 0 ? id : id.Substring(0, paren);
            int dot = head.LastIndexOf('.');
            string memberName = head.Substring(dot + 1);
            int tick = memberName.IndexOf("``", StringComparison.Ordinal);
            if (tick >= 0)
            {
                memberName = memberName.Substring(0, tick);
            }

            int parameters = paren < 0 ? 0 : CountParameters(id.Substring(paren));
            bool visible = types.TryGetValue(head.Substring(0, dot), out Type? declaring) && IsVisible(declaring)
                && declaring.GetMembers(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static)
                    .Where(m => DocName(m) == memberName && (Parameters(m) == parameters || Parameters(m) < 0))
                    .Any(IsVisible);
            if (!visible)
            {
                bad.Add(name);
            }
        }

        return bad;
    }

    /// <summary>Top-level commas between the outer parentheses; commas inside <c>{…}</c> (type arguments) and <c>[…]</c> (array ranks) do not count.</summary>
    private static int CountParameters(string list)
    {
        int depth = 0, count = 1;
        foreach (char c in list.Substring(1, list.IndexOf(')', StringComparison.Ordinal) - 1))
        {
            depth += c is '{' or '[' ? 1 : c is '}' or ']' ? -1 : 0;
            count += c == ',' && depth == 0 ? 1 : 0;
        }

        return count;
    }

    private static string DocName(MemberInfo member) => member switch
    {
        ConstructorInfo c => c.IsStatic ? "#cctor" : "#ctor",
        _ => member.Name.Replace('.', '#').Replace('<', '{').Replace('>', '}').Replace(',', '@'),
    };

    /// <summary>The parameter count of a method, constructor or indexer; -1 for members without parameters in their ID (fields, events, properties).</summary>
    private static int Parameters(MemberInfo member) => member switch
    {
        MethodBase m => m.GetParameters().Length,
        PropertyInfo p when p.GetIndexParameters().Length > 0 => p.GetIndexParameters().Length,
        _ => -1,
    };

    private static bool IsVisible(Type type) =>
        (type.IsPublic || type.IsNestedPublic || type.IsNestedFamily || type.IsNestedFamORAssem)
        && (type.DeclaringType is null || IsVisible(type.DeclaringType));

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase m => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly || (m.IsPrivate && m.Name.Contains('.', StringComparison.Ordinal)),
        FieldInfo f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly,
        PropertyInfo p => p.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => e.AddMethod is { } add && IsVisible(add),
        Type t => IsVisible(t),
        _ => false,
    };
}
