using Kyoto.Accounting.Periods;
using NodaTime;

namespace Kyoto.Accounting.Registry.Internal;

/// <summary>What the checks need to know about an account, precomputed from the configuration.</summary>
internal readonly struct AccountInfo
{
    internal AccountInfo(Account account, RegistryConfiguration configuration)
    {
        Account = account;
        Registry = account.Registry.Index;
        Type = account.Type;
        Period = account.Period?.Number ?? 0;
        IsHolding = account.IsHolding;
        IsPpsr = account.Type == AccountType.PreviousPeriodSurplusReserve;
        IsEntity = account.Type == AccountType.EntityHolding;
        CountsForReserve = !account.Registry.IsCdm && account.Type is AccountType.PartyHolding or AccountType.EntityHolding or AccountType.Retirement;
        EntityAuthorised = !IsEntity || account.Registry.IsCdm || configuration.IsAuthorised(account.Registry.Party!, account.LegalEntity!);
    }

    internal Account Account { get; }

    internal int Registry { get; }

    internal AccountType Type { get; }

    internal int Period { get; }

    internal bool IsHolding { get; }

    internal bool IsPpsr { get; }

    internal bool IsEntity { get; }

    internal bool CountsForReserve { get; }

    internal bool EntityAuthorised { get; }

    internal bool IsNational => Registry != RegistryId.CdmIndex;

    internal bool IsCancellation => Type is AccountType.NetSourceCancellation or AccountType.NonComplianceCancellation
        or AccountType.VoluntaryCancellation or AccountType.MandatoryCancellation
        or AccountType.Article37TerCancellation or AccountType.AmbitionIncreaseCancellation
        or AccountType.TcerCancellationForExpiry or AccountType.LcerCancellationForExpiry
        or AccountType.LcerCancellationForReversalOfStorage or AccountType.LcerCancellationForNonSubmissionOfCertificationReport;

    internal bool IsReplacement => Type is AccountType.TcerReplacementForExpiry or AccountType.LcerReplacementForExpiry
        or AccountType.LcerReplacementForReversalOfStorage or AccountType.LcerReplacementForNonSubmissionOfCertificationReport;
}

/// <summary>The part of a live block that a transaction range covers, found while checking.</summary>
internal struct Segment
{
    internal int Group;
    internal int Originator;
    internal long First;
    internal long Last;
    internal int Account;
    internal int Attributes;

    internal readonly long Quantity => Last - First + 1;
}

/// <summary>How a move changes the attributes of the units it moves.</summary>
internal readonly struct AttributeChange
{
    internal byte ApplicablePeriod { get; init; }

    internal bool MarkTransferred { get; init; }

    internal bool Convert { get; init; }

    internal long ProjectId { get; init; }

    internal EruTrack Track { get; init; }

    internal bool SetExpiry { get; init; }

    internal LocalDate? Expiry { get; init; }

    internal bool IsNone => ApplicablePeriod == 0 && !MarkTransferred && !Convert && !SetExpiry;

    internal BlockAttributes Apply(BlockAttributes a)
    {
        if (ApplicablePeriod != 0)
        {
            a = a with { ApplicablePeriod = ApplicablePeriod };
        }

        if (MarkTransferred && a.UnitType == UnitType.Aau && a.OriginalPeriod == 2)
        {
            a = a with { InternationallyTransferred = true };
        }

        if (Convert)
        {
            a = a with { UnitType = a.UnitType == UnitType.Rmu ? UnitType.EruFromRmu : UnitType.EruFromAau, ProjectId = ProjectId, Track = Track };
        }

        if (SetExpiry)
        {
            a = a with { ExpiryDate = Expiry };
        }

        return a;
    }
}

/// <summary>Period helpers.</summary>
internal static class PeriodNumbers
{
    internal static CommitmentPeriod Of(int number) => CommitmentPeriod.FromNumber(number);
}
