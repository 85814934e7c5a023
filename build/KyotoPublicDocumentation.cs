// The MSBuild task behind KyotoPublicDocumentation in Directory.Build.targets (compiled by RoslynCodeTaskFactory).
// It keeps in the compiler's XML documentation file only the entries of members a consumer of the package can see,
// reading visibility and documentation IDs from the metadata of the assembly just compiled.
using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class KyotoPublicDocumentation : Task
{
    [Required]
    public string DocumentationFile { get; set; }

    [Required]
    public string Assembly { get; set; }

    public override bool Execute()
    {
        var visible = new HashSet<string>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        using (var pe = new PEReader(File.OpenRead(Assembly)))
        {
            Collect(pe.GetMetadataReader(), visible, all);
        }

        XDocument doc = XDocument.Load(DocumentationFile, LoadOptions.PreserveWhitespace);
        List<XElement> members = doc.Root.Element("members").Elements("member").ToList();
        var unmatched = members.Select(m => (string)m.Attribute("name") ?? "").Where(n => !all.Contains(n)).ToList();
        if (unmatched.Count > 0)
        {
            // Never guess: an entry whose ID this task cannot compute would be kept or dropped by chance.
            Log.LogError("KyotoPublicDocumentation: " + unmatched.Count + " entries of " + DocumentationFile
                + " match no member of " + Assembly + " (the ID computation in build/KyotoPublicDocumentation.cs needs extending): "
                + string.Join(", ", unmatched.Take(5)));
            return false;
        }

        List<XElement> gone = members.Where(m => !visible.Contains((string)m.Attribute("name"))).ToList();
        foreach (XElement m in gone)
        {
            if (m.PreviousNode is XText space && string.IsNullOrWhiteSpace(space.Value))
            {
                space.Remove();
            }

            m.Remove();
        }

        if (gone.Count > 0)
        {
            doc.Save(DocumentationFile);
        }

        Log.LogMessage(MessageImportance.Normal, "Removed " + gone.Count + " entries not visible outside the assembly from " + DocumentationFile);
        return true;
    }

    private static void Collect(MetadataReader md, HashSet<string> visible, HashSet<string> all)
    {
        var provider = new DocIdTypes(md);
        foreach (TypeDefinitionHandle handle in md.TypeDefinitions)
        {
            TypeDefinition type = md.GetTypeDefinition(handle);
            string typeId = provider.GetTypeFromDefinition(md, handle, 0);
            bool typeVisible = IsVisible(md, type);
            Add("T:" + typeId, typeVisible, visible, all);

            foreach (MethodDefinitionHandle mh in type.GetMethods())
            {
                MethodDefinition method = md.GetMethodDefinition(mh);
                string name = md.GetString(method.Name);
                MethodSignature<string> sig = method.DecodeSignature(provider, null);
                string id = "M:" + typeId + "." + MemberName(name);
                if (sig.GenericParameterCount > 0)
                {
                    id += "``" + sig.GenericParameterCount;
                }

                id += Parameters(sig.ParameterTypes);
                if (name == "op_Implicit" || name == "op_Explicit")
                {
                    id += "~" + sig.ReturnType;
                }

                Add(id, typeVisible && IsVisible(method.Attributes, name), visible, all);
            }

            foreach (FieldDefinitionHandle fh in type.GetFields())
            {
                FieldDefinition field = md.GetFieldDefinition(fh);
                FieldAttributes access = field.Attributes & FieldAttributes.FieldAccessMask;
                bool shown = access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem;
                Add("F:" + typeId + "." + MemberName(md.GetString(field.Name)), typeVisible && shown, visible, all);
            }

            foreach (PropertyDefinitionHandle ph in type.GetProperties())
            {
                PropertyDefinition property = md.GetPropertyDefinition(ph);
                PropertyAccessors accessors = property.GetAccessors();
                MethodSignature<string> sig = property.DecodeSignature(provider, null);
                bool shown = new[] { accessors.Getter, accessors.Setter }
                    .Where(a => !a.IsNil)
                    .Select(a => md.GetMethodDefinition(a))
                    .Any(a => IsVisible(a.Attributes, md.GetString(a.Name)));
                Add("P:" + typeId + "." + MemberName(md.GetString(property.Name)) + Parameters(sig.ParameterTypes), typeVisible && shown, visible, all);
            }

            foreach (EventDefinitionHandle eh in type.GetEvents())
            {
                EventDefinition ev = md.GetEventDefinition(eh);
                MethodDefinitionHandle adder = ev.GetAccessors().Adder;
                bool shown = !adder.IsNil && IsVisible(md.GetMethodDefinition(adder).Attributes, md.GetString(md.GetMethodDefinition(adder).Name));
                Add("E:" + typeId + "." + MemberName(md.GetString(ev.Name)), typeVisible && shown, visible, all);
            }
        }
    }

    private static void Add(string id, bool shown, HashSet<string> visible, HashSet<string> all)
    {
        all.Add(id);
        if (shown)
        {
            visible.Add(id);
        }
    }

    /// <summary>Public or protected (protected internal counts; private protected does not); nested types need a visible declaring type.</summary>
    private static bool IsVisible(MetadataReader md, TypeDefinition type)
    {
        TypeAttributes v = type.Attributes & TypeAttributes.VisibilityMask;
        if (v == TypeAttributes.Public)
        {
            return true;
        }

        return (v == TypeAttributes.NestedPublic || v == TypeAttributes.NestedFamily || v == TypeAttributes.NestedFamORAssem)
            && IsVisible(md, md.GetTypeDefinition(type.GetDeclaringType()));
    }

    /// <summary>Public or protected, or an explicit interface implementation (private in metadata, named after the interface).</summary>
    private static bool IsVisible(MethodAttributes attributes, string name)
    {
        MethodAttributes access = attributes & MethodAttributes.MemberAccessMask;
        return access == MethodAttributes.Public || access == MethodAttributes.Family || access == MethodAttributes.FamORAssem
            || (access == MethodAttributes.Private && name.IndexOf('.', 1) > 0);
    }

    /// <summary>.ctor → #ctor; an explicit implementation <c>System.IEquatable&lt;T&gt;.Equals</c> → <c>System#IEquatable{T}#Equals</c>.</summary>
    private static string MemberName(string name) => name.Replace('.', '#').Replace('<', '{').Replace('>', '}').Replace(',', '@');

    private static string Parameters(ImmutableArray<string> types) => types.Length == 0 ? "" : "(" + string.Join(",", types) + ")";

    /// <summary>Types as documentation IDs write them: nested types with '.', type arguments in braces, `n and ``n for generic parameters, @ for by-reference.</summary>
    private sealed class DocIdTypes : ISignatureTypeProvider<string, object>
    {
        private readonly MetadataReader _md;

        public DocIdTypes(MetadataReader md) => _md = md;

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            if (type.IsNested)
            {
                return GetTypeFromDefinition(reader, type.GetDeclaringType(), 0) + "." + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return GetTypeFromReference(reader, (TypeReferenceHandle)type.ResolutionScope, 0) + "." + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
            reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public string GetSZArrayType(string elementType) => elementType + "[]";

        public string GetArrayType(string elementType, ArrayShape shape) =>
            elementType + "[" + string.Join(",", Enumerable.Range(0, shape.Rank).Select(i => "0:")) + "]";

        public string GetByReferenceType(string elementType) => elementType + "@";

        public string GetPointerType(string elementType) => elementType + "*";

        public string GetPinnedType(string elementType) => elementType;

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;

        /// <summary><c>NS.Outer`1.Inner`1</c> with (A, B) → <c>NS.Outer{A}.Inner{B}</c>.</summary>
        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            int next = 0;
            return Regex.Replace(genericType, "`([0-9]+)", m =>
            {
                int count = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                string args = string.Join(",", typeArguments.Skip(next).Take(count));
                next += count;
                return "{" + args + "}";
            });
        }

        public string GetGenericTypeParameter(object genericContext, int index) => "`" + index;

        public string GetGenericMethodParameter(object genericContext, int index) => "``" + index;

        public string GetFunctionPointerType(MethodSignature<string> signature) => "=FUNC:" + signature.ReturnType + Parameters(signature.ParameterTypes);
    }
}
