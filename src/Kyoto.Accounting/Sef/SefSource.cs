namespace Kyoto.Accounting.Sef;

/// <summary>Who produced an SEF report: the registry itself or the international transaction log (decision 14/CMP.1).</summary>
public enum SefSource
{
    /// <summary>The Party's registry (<c>REG</c>).</summary>
    Registry = 1,

    /// <summary>The international transaction log's recomputation (<c>ITL</c>).</summary>
    TransactionLog = 2,
}
