using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Tests.Registry;
using NodaTime;
using static Kyoto.Accounting.Tests.Registry.RegistryFixture;

namespace Kyoto.Accounting.Tests.Sef;

/// <summary>A hand-built second-period year (2014) for Germany's registry that touches most SEF 2.0 tables, and a 2015 entry after it.</summary>
internal static class SefFixture
{
    internal static readonly Instant Stamp = Instant.FromUtc(2015, 4, 15, 12, 0);

    internal static RegistryFixture SecondPeriodYear()
    {
        var f = new RegistryFixture(c => c.WithLulucfIssuanceLimit(Deu, Cp2, LulucfActivity.ForestManagement, 1_000));
        f.IssueAau(DeuHolding, DeuRegistry, Cp2, 1, 1000, new LocalDate(2014, 1, 10));
        f.Accept(Transaction.Convert(f.NextId(), new LocalDate(2014, 2, 1), DeuHolding, 11, EruTrack.Track1, Deu1(1, 250)));
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2014, 3, 1), DeuHolding, FraHolding, Deu1(251, 401)));
        f.IssueAau(FraHolding, FraRegistry, Cp2, 5001, 100, new LocalDate(2014, 4, 1));
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2014, 4, 2), FraHolding, DeuHolding, Range(FraRegistry, 5001, 5030)));
        f.Accept(Transaction.IssueRemovalUnits(f.NextId(), new LocalDate(2014, 5, 1), DeuHolding, Cp2, LulucfActivity.ForestManagement, Deu1(2001, 2200)));
        f.Accept(Transaction.Retire(f.NextId(), new LocalDate(2014, 6, 1), DeuHolding, DeuRetirement2, Deu1(402, 441)));
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2014, 7, 1), DeuHolding, DeuVoluntary2, Deu1(442, 451)));
        f.Accept(Transaction.Cancel(f.NextId(), new LocalDate(2014, 8, 1), DeuHolding, DeuArt37Ter, Deu1(452, 456)));
        f.Accept(Transaction.TransferExternally(f.NextId(), new LocalDate(2015, 2, 1), DeuHolding, FraHolding, Deu1(457, 466)));
        return f;
    }
}
