using System;
using System.Collections.Generic;
using System.Linq;
using Kyoto.Accounting.Parties;
using Kyoto.Accounting.Periods;
using Kyoto.Accounting.Sectors;
using NodaTime;

namespace Kyoto.Accounting.Registry.Journal;

/// <summary>
/// The binary encoding of a <see cref="RegistryConfiguration"/>: the accounts added since the previous configuration
/// (a configuration change may only add accounts), then every Party with recorded settings, the Adaptation Fund account
/// and the least-developed-country projects, in a canonical order (sets sorted) so equal content encodes equally.
/// </summary>
internal static class ConfigurationCodec
{
    internal static byte[] Canonical(RegistryConfiguration configuration)
    {
        var w = new ByteWriter();
        Encode(configuration, null, null, w);
        return w.WrittenSpan.ToArray();
    }

    /// <summary>Encodes a configuration record: the initial configuration (no <paramref name="effective"/>) or a change.</summary>
    internal static void Encode(RegistryConfiguration configuration, RegistryConfiguration? previous, LocalDate? effective, ByteWriter w)
    {
        w.Byte(JournalFormat.ConfigurationRecord);
        w.Byte(effective is null ? (byte)0 : (byte)1);
        if (effective is LocalDate date)
        {
            w.Date(date);
        }

        int kept = previous?.Accounts.Count ?? 0;
        w.VarLong(kept);
        w.VarLong(configuration.Accounts.Count - kept);
        for (int i = kept; i < configuration.Accounts.Count; i++)
        {
            Account a = configuration.Accounts[i];
            w.VarLong(a.Id.Number);
            w.VarLong(a.Registry.Index);
            w.VarLong((long)a.Type);
            w.Byte((byte)(a.Period?.Number ?? 0));
            if (a.LegalEntity is string entity)
            {
                w.String(entity);
            }
        }

        w.VarLong(configuration.AdaptationFundAccount?.Number ?? 0);
        IReadOnlyList<Party> parties = configuration.ConfiguredParties;
        w.VarLong(parties.Count);
        foreach (Party party in parties)
        {
            PartySettings s = configuration.SettingsAt(party.Index);
            w.VarLong(party.Index);
            foreach (long value in s.AssignedAmount.Concat(s.Reserve).Concat(s.LulucfLimit).Concat(s.TemporaryCerLimit))
            {
                w.VarLong(value);
            }

            w.VarLong(s.PpsrRetirementLimit);
            w.Byte((byte)s.EligibleMask); // three mechanism bits per commitment period
            w.VarLong(s.Suspensions.Count);
            foreach (Suspension suspension in s.Suspensions)
            {
                w.Byte((byte)suspension.Mechanism);
                w.Byte(suspension.TransfersOnly ? (byte)1 : (byte)0);
                w.Date(suspension.Interval.Start);
                w.Date(suspension.Interval.End);
            }

            w.VarLong(s.Article37TerQuantity is long quantity ? checked(quantity + 1) : 0);

            IReadOnlyList<string> entities = configuration.GetAuthorisedLegalEntities(party);
            w.VarLong(entities.Count);
            foreach (string entity in entities)
            {
                w.String(entity);
            }
        }

        IReadOnlyList<long> projects = configuration.LeastDevelopedCountryProjects;
        w.VarLong(projects.Count);
        long last = 0;
        foreach (long project in projects)
        {
            w.VarLong(project - last);
            last = project;
        }
    }

    /// <summary>Decodes a configuration record whose kind byte has been read.</summary>
    internal static (RegistryConfiguration Configuration, LocalDate? Effective) Decode(ref ByteReader r, RegistryConfiguration? previous)
    {
        byte isChange = r.Byte();
        if (isChange > 1)
        {
            throw r.Malformed("unknown configuration record flag");
        }

        LocalDate? effective = isChange == 1 ? r.Date() : null;
        int kept = r.VarInt(int.MaxValue);
        if (kept != (previous?.Accounts.Count ?? 0))
        {
            throw r.Malformed(JournalFormat.Invariant($"the configuration keeps {kept} accounts of the previous one, which has {previous?.Accounts.Count ?? 0}"));
        }

        try
        {
            var accounts = new List<Account>(previous?.Accounts ?? []);
            int added = r.VarInt(1 << 24);
            for (int i = 0; i < added; i++)
            {
                var id = AccountId.FromNumber(r.VarLong());
                RegistryId registry = RegistryId.FromIndex(r.VarInt(RegistryId.IndexCount - 1));
                var type = (AccountType)r.VarInt(int.MaxValue);
                int period = r.Byte();
                accounts.Add(type switch
                {
                    AccountType.PartyHolding => Account.PartyHolding(id, registry),
                    AccountType.EntityHolding => Account.EntityHolding(id, registry, r.String()),
                    _ when period is 1 or 2 => Account.ForPeriod(id, registry, type, CommitmentPeriod.FromNumber(period)),
                    _ => throw r.Malformed("a period account has no period"),
                });
            }

            RegistryConfiguration c = RegistryConfiguration.Empty.WithAccounts(accounts);
            long fund = r.VarLong();
            int parties = r.VarInt(Party.All.Count);
            for (int p = 0; p < parties; p++)
            {
                Party party = Party.All[r.VarInt(Party.All.Count - 1)];
                foreach (CommitmentPeriod period in CommitmentPeriod.All)
                {
                    c = c.WithAssignedAmount(party, period, r.VarLong());
                }

                foreach (CommitmentPeriod period in CommitmentPeriod.All)
                {
                    c = c.WithReserve(party, period, r.VarLong());
                }

                for (int slot = 0; slot < 16; slot++)
                {
                    long limit = r.VarLong();
                    int activity = slot % 8;
                    if (activity == 0)
                    {
                        if (limit != 0)
                        {
                            throw r.Malformed("a LULUCF limit is recorded for no activity");
                        }

                        continue;
                    }

                    c = c.WithLulucfIssuanceLimit(party, CommitmentPeriod.FromNumber((slot / 8) + 1), (LulucfActivity)activity, limit);
                }

                foreach (CommitmentPeriod period in CommitmentPeriod.All)
                {
                    c = c.WithTemporaryCerLimit(party, period, r.VarLong());
                }

                c = c.WithPpsrRetirementLimit(party, r.VarLong());
                int mask = r.Byte();
                if ((mask >> 6) != 0)
                {
                    throw r.Malformed("unknown eligibility bits");
                }

                foreach (CommitmentPeriod period in CommitmentPeriod.All)
                {
                    c = c.WithEligibility(party, period, [.. Mechanisms((mask >> (3 * (period.Number - 1))) & 7)]);
                }

                int suspensions = r.VarInt(1 << 20);
                for (int i = 0; i < suspensions; i++)
                {
                    var mechanism = (Mechanism)r.Byte();
                    byte transfersOnly = r.Byte();
                    if (transfersOnly > 1)
                    {
                        throw r.Malformed("unknown suspension flag");
                    }

                    var interval = new DateInterval(r.Date(), r.Date());
                    c = transfersOnly == 1 ? c.WithTransferSuspension(party, mechanism, interval) : c.WithSuspension(party, mechanism, interval);
                }

                long article37Ter = r.VarLong();
                if (article37Ter > 0)
                {
                    c = c.WithArticle37TerQuantity(party, article37Ter - 1);
                }

                int entities = r.VarInt(1 << 24);
                for (int i = 0; i < entities; i++)
                {
                    c = c.WithAuthorisedLegalEntity(party, r.String());
                }
            }

            int projects = r.VarInt(int.MaxValue);
            long last = 0;
            for (int i = 0; i < projects; i++)
            {
                last = checked(last + r.VarLong());
                c = c.WithLeastDevelopedCountryProject(last);
            }

            if (fund != 0)
            {
                c = c.WithAdaptationFundAccount(AccountId.FromNumber(fund));
            }

            if (!r.AtEnd)
            {
                throw r.Malformed("bytes follow the configuration");
            }

            return (c, effective);
        }
        catch (ArgumentException e)
        {
            throw new JournalFormatException(JournalFormat.Describe(r.Offset) + ": the configuration it holds is invalid: " + e.Message, e);
        }
        catch (OverflowException e)
        {
            throw new JournalFormatException(JournalFormat.Describe(r.Offset) + ": the configuration it holds is invalid: " + e.Message, e);
        }
    }

    private static IEnumerable<Mechanism> Mechanisms(int mask)
    {
        foreach (Mechanism m in new[] { Mechanism.JointImplementation, Mechanism.CleanDevelopmentMechanism, Mechanism.EmissionsTrading })
        {
            if ((mask & RegistryConfiguration.MechanismBit(m)) != 0)
            {
                mask &= ~RegistryConfiguration.MechanismBit(m);
                yield return m;
            }
        }

        if (mask != 0)
        {
            throw new ArgumentException("Unknown eligibility bits in the configuration record.", nameof(mask));
        }
    }
}
