namespace Kyoto.Accounting.Sinks;

/// <summary>Where a sink parameter (an FM cap, a reference level) came from.</summary>
public enum SinkValueOrigin
{
    /// <summary>Shipped with the library, read in the cited source.</summary>
    ReferenceData = 0,

    /// <summary>Stated by the caller, who is responsible for it; the library did not verify it.</summary>
    Stated = 1,
}
