using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using Kyoto.Accounting.Treaty;
using NodaTime;

namespace Kyoto.Accounting.Testing.Treaty;

/// <summary>
/// FsCheck 3 generators for the treaty's life cycle (Articles 20, 24, 25 and 27). Register the class with
/// <c>[Properties(Arbitrary = new[] { typeof(TreatyArbitraries) })]</c>; it supplies <see cref="TreatyParty"/>,
/// <see cref="LocalDate"/> (as a date of deposit) and <see cref="TreatyRecord"/>.
/// </summary>
/// <remarks>
/// Generated records are valid by construction: up to 80 States (up to 20 of them in Annex I, each with a 1990
/// CO2 entry), sometimes one Annex I REIO, signatures inside the window of Art. 24.1 and deposits on a coarse grid of
/// dates (every tenth day from 16 March 1999), so that several deposits often fall on one date. About four in five
/// participants deposit, so both conditions of Art. 25.1 are met in many records and not in others.
/// </remarks>
public static class TreatyArbitraries
{
    /// <summary>The number of grid steps for dates of deposit; step <c>i</c> is 16 March 1999 plus 10·i days.</summary>
    private const int DateSteps = 120;

    /// <summary>Generates participants: States (Annex I or not) and REIOs, with codes "S0".."S999" and "R0".."R9".</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TreatyParty> Parties() =>
        Gen.Frequency(
                (9, Gen.Choose(0, 999).SelectMany(i => Gen.Elements(true, false), (i, annexI) => State(i, annexI))),
                (1, Gen.Choose(0, 9).Select(i => TreatyParty.CreateReio("R" + Number(i), "REIO " + Number(i), isAnnexI: true))))
            .ToArbitrary();

    /// <summary>Generates dates of deposit on the grid described in the type remarks, all open for accession (Art. 24.1).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> DepositDates() => DepositDate().ToArbitrary();

    /// <summary>Generates valid treaty records as described in the type remarks.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<TreatyRecord> Records() =>
        (from states in Gen.Choose(0, 80)
         from annexI in Gen.Choose(0, 20)
         from gigagrams in Gen.ListOf(Gen.Choose(0, 5_000), 20)
         from withReio in Gen.Elements(true, false)
         from actions in Gen.ListOf(ParticipantActions(), states + 1)
         select Build(states, annexI, gigagrams.ToList(), withReio, actions.ToList()))
        .ToArbitrary();

    private static Gen<LocalDate> DepositDate() =>
        Gen.Choose(0, DateSteps - 1).Select(step => KyotoProtocol.AccessionOpensOn.PlusDays(10 * step));

    /// <summary>Whether a participant deposits, whether it signed first (and when), when it deposits and which instrument.</summary>
    private static Gen<(bool Deposits, bool Signs, int SignatureDay, LocalDate DepositDate, InstrumentKind Kind)> ParticipantActions() =>
        from deposits in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from signs in Gen.Elements(true, false)
        from signatureDay in Gen.Choose(0, 364)
        from depositDate in DepositDate()
        from kind in Gen.Elements(InstrumentKind.Ratification, InstrumentKind.Acceptance, InstrumentKind.Approval)
        select (deposits, signs, signatureDay, depositDate, signs ? kind : InstrumentKind.Accession);

    private static TreatyRecord Build(
        int states,
        int annexI,
        List<int> gigagrams,
        bool withReio,
        List<(bool Deposits, bool Signs, int SignatureDay, LocalDate DepositDate, InstrumentKind Kind)> actions)
    {
        var parties = Enumerable.Range(0, states).Select(i => State(i, i < annexI)).ToList();
        if (withReio)
        {
            parties.Add(TreatyParty.CreateReio("R0", "REIO 0", isAnnexI: true));
        }

        AnnexIEmissions1990 emissions = AnnexIEmissions1990.Empty;
        for (int i = 0; i < states && i < annexI; i++)
        {
            emissions = emissions.WithGigagrams(parties[i], gigagrams[i]);
        }

        TreatyRecord record = TreatyRecord.Create(emissions);
        for (int i = 0; i < parties.Count; i++)
        {
            var action = actions[i];
            if (action.Signs)
            {
                record = record.WithSignature(parties[i], KyotoProtocol.SignatureWindow.Start.PlusDays(action.SignatureDay));
            }

            if (action.Deposits)
            {
                record = record.WithDeposit(parties[i], action.Kind, action.DepositDate);
            }
        }

        return record;
    }

    private static TreatyParty State(int i, bool annexI) =>
        TreatyParty.CreateState("S" + Number(i), "State " + Number(i), annexI);

    private static string Number(int i) => i.ToString(CultureInfo.InvariantCulture);
}
