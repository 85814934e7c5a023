namespace Kyoto.Accounting.Treaty;

/// <summary>What an amendment amends; all three enter into force by the procedure of Art. 20 (Art. 21.7).</summary>
public enum AmendmentKind
{
    /// <summary>An amendment to the text of the Protocol (Art. 20).</summary>
    Protocol = 0,

    /// <summary>An amendment to Annex A (gases and sectors), by the procedure of Art. 20 (Art. 21.7).</summary>
    AnnexA = 1,

    /// <summary>An amendment to Annex B (commitments), by the procedure of Art. 20 with the written consent of the Party concerned (Art. 21.7).</summary>
    AnnexB = 2,
}
