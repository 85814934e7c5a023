namespace Kyoto.Accounting.Sef;

/// <summary>The status of an SEF submission.</summary>
public enum SefStatus
{
    /// <summary>A draft (<c>Draft</c>).</summary>
    Draft = 1,

    /// <summary>The final submission (<c>Final</c>).</summary>
    Final = 2,
}
