namespace Kyoto.Accounting.Registry;

/// <summary>The joint implementation track under which ERUs were verified (decision 9/CMP.1).</summary>
/// <remarks>Track-2 ERUs (verified by the Article 6 Supervisory Committee) do not count against the commitment period reserve.</remarks>
public enum EruTrack
{
    /// <summary>Not an ERU, or no track recorded.</summary>
    None = 0,

    /// <summary>Track 1: verified by the host Party (decision 9/CMP.1).</summary>
    Track1 = 1,

    /// <summary>Track 2: verified under the Article 6 Supervisory Committee (decision 9/CMP.1).</summary>
    Track2 = 2,
}
