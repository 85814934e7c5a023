namespace Kyoto.Accounting.Sinks;

/// <summary>
/// Whether a Party accounts for its Art. 3.3 and 3.4 activities each year or once for the whole commitment period, as
/// it chose in its initial report; the choice is fixed for the period, and issuance of RMUs and net-source cancellation
/// follow it (decision 13/CMP.1 annex ¶25; decision 16/CMP.1 annex ¶6 for the first period).
/// </summary>
public enum LulucfAccountingFrequency
{
    /// <summary>Once, for the whole commitment period (after the period's last inventory is reviewed).</summary>
    Period = 0,

    /// <summary>Every year of the commitment period.</summary>
    Annual = 1,
}
