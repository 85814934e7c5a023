namespace Kyoto.Accounting.Treaty;

/// <summary>The kind of instrument by which a State or REIO expresses its consent to be bound by the Protocol (Art. 24.1).</summary>
/// <remarks>
/// Ratification, acceptance and approval follow a signature made in the window of Art. 24.1; accession is for
/// participants that did not sign, and is open from the day after the Protocol closed for signature.
/// </remarks>
public enum InstrumentKind
{
    /// <summary>An instrument of ratification, by a signatory.</summary>
    Ratification = 0,

    /// <summary>An instrument of acceptance, by a signatory.</summary>
    Acceptance = 1,

    /// <summary>An instrument of approval, by a signatory.</summary>
    Approval = 2,

    /// <summary>An instrument of accession, open from 16 March 1999.</summary>
    Accession = 3,
}
