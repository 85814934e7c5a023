using System;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Accounting;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Registry;
using Kyoto.Accounting.Testing.Core;

namespace Kyoto.Accounting.Tests.Values;

/// <summary>Generators of every public value with a text or JSON form, including the edges (zero, extremes, fractions).</summary>
internal static class ValueGenerators
{
    internal static readonly CultureInfo[] Cultures =
        { CultureInfo.InvariantCulture, CultureInfo.GetCultureInfo("de-DE"), CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("en-US") };

    internal static Gen<CultureInfo> Culture => Gen.Elements(Cultures);

    internal static Gen<Co2e> Co2e => Gen.Frequency((9, KyotoGenerators.Co2e), (1, Gen.Constant(Kyoto.Accounting.Gases.Co2e.Zero)));

    private static Gen<long> Positive => Gen.Frequency(
        (3, Gen.Choose(1, 1_000_000).Select(i => (long)i)),
        (1, ArbMap.Default.GeneratorFor<long>().Select(l => l == long.MinValue ? long.MaxValue : Math.Max(1, Math.Abs(l)))),
        (1, Gen.Elements(1L, long.MaxValue, long.MaxValue - 1)));

    internal static Gen<ExactCo2e> ExactCo2e =>
        Gen.Frequency(
            (2, Co2e.Select(Kyoto.Accounting.Accounting.ExactCo2e.From)),
            (3, from n in ArbMap.Default.GeneratorFor<long>()
                from d in Positive
                from set in KyotoGenerators.GwpSet
                select Kyoto.Accounting.Accounting.ExactCo2e.FromFraction((Int128)n * 7919, (Int128)d * 104_729, set)));

    internal static Gen<AccountId> AccountId => Positive.Select(Kyoto.Accounting.Registry.AccountId.FromNumber);

    internal static Gen<TransactionId> TransactionId => Positive.Select(Kyoto.Accounting.Registry.TransactionId.FromNumber);

    internal static Gen<RegistryId> RegistryId =>
        Gen.Frequency((1, Gen.Constant(Kyoto.Accounting.Registry.RegistryId.Cdm)), (4, KyotoGenerators.Party.Select(Kyoto.Accounting.Registry.RegistryId.National)));

    private static Gen<long> Serial => Gen.Frequency(
        (3, Gen.Choose(1, 1_000_000).Select(i => (long)i)),
        (1, Positive.Select(p => Math.Min(p, Kyoto.Accounting.Registry.SerialRange.MaxSerial))));

    internal static Gen<SerialRange> SerialRange =>
        from registry in RegistryId
        from first in Serial
        from length in Gen.Frequency(new[] { (5, Gen.Choose(1, 10_000).Select(i => (long)i)), (1, Serial) })
        select Kyoto.Accounting.Registry.SerialRange.Of(registry, first, Math.Min(Kyoto.Accounting.Registry.SerialRange.MaxSerial, first + length - 1));

    internal static Gen<Party> Party => KyotoGenerators.Party;
}
