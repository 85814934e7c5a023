using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Kyoto.Accounting.Registry;
using Xunit;

namespace Kyoto.Accounting.Tests.Registry;

/// <summary>The DES codes of the enums against the reference copy of registry-codes.csv.</summary>
public class RegistryCodesReferenceTest
{
    private static readonly string[][] Rows = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "ReferenceCopies", "registry-codes.csv"))
        .Skip(1)
        .Select(line => line.Split(','))
        .ToArray();

    private static Dictionary<string, int> CodeSet(string name) => Rows
        .Where(r => r[0] == name && int.TryParse(r[3], out _))
        .GroupBy(r => r[1])
        .ToDictionary(g => g.Key, g => int.Parse(g.First()[3], System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData(UnitType.Aau, "AAU")]
    [InlineData(UnitType.Rmu, "RMU")]
    [InlineData(UnitType.EruFromAau, "ERU_FROM_AAU")]
    [InlineData(UnitType.EruFromRmu, "ERU_FROM_RMU")]
    [InlineData(UnitType.Cer, "CER")]
    [InlineData(UnitType.Tcer, "TCER")]
    [InlineData(UnitType.Lcer, "LCER")]
    public void Unit_types_have_their_DES_codes(UnitType type, string name) => Assert.Equal(CodeSet("unit_type")[name], (int)type);

    [Theory]
    [InlineData(AccountType.PartyHolding, "PARTY_HOLDING_ACCOUNT")]
    [InlineData(AccountType.EntityHolding, "FORMER_OPERATOR_HOLDING_ACCOUNT")]
    [InlineData(AccountType.PreviousPeriodSurplusReserve, "PREVIOUS_PERIOD_SURPLUS_RESERVE_ACCOUNT")]
    [InlineData(AccountType.NetSourceCancellation, "NET_SOURCE_CANCELLATION_ACCOUNT")]
    [InlineData(AccountType.NonComplianceCancellation, "NON_COMPLIANCE_CANCELLATION_ACCOUNT")]
    [InlineData(AccountType.VoluntaryCancellation, "VOLUNTARY_CANCELLATION_ACCOUNT")]
    [InlineData(AccountType.MandatoryCancellation, "MANDATORY_CANCELLATION_ACCOUNT")]
    [InlineData(AccountType.Article37TerCancellation, "ARTICLE_3_7_TER_CANCELLATION_ACCOUNT")]
    [InlineData(AccountType.AmbitionIncreaseCancellation, "AMBITION_INCREASE_CANCELLATION_ACCOUNT")]
    [InlineData(AccountType.Retirement, "RETIREMENT_ACCOUNT")]
    [InlineData(AccountType.TcerReplacementForExpiry, "TCER_REPLACEMENT_ACCOUNT_FOR_EXPIRY")]
    [InlineData(AccountType.LcerReplacementForExpiry, "LCER_REPLACEMENT_ACCOUNT_FOR_EXPIRY")]
    [InlineData(AccountType.LcerReplacementForReversalOfStorage, "LCER_REPLACEMENT_ACCOUNT_FOR_REVERSAL_OF_STORAGE")]
    [InlineData(AccountType.LcerReplacementForNonSubmissionOfCertificationReport, "LCER_REPLACEMENT_ACCOUNT_FOR_NON_SUBMISSION_OF_CERTIFICATION_REPORT")]
    public void Account_types_have_their_DES_codes(AccountType type, string name) => Assert.Equal(CodeSet("kyoto_account_type")[name], (int)type);

    [Theory]
    [InlineData(TransactionType.Issuance, "IssueOfAAUsAndRMUs")]
    [InlineData(TransactionType.Conversion, "ConversionCP1")]
    [InlineData(TransactionType.ExternalTransfer, "ExternalTransfer")]
    [InlineData(TransactionType.Cancellation, "CancellationKyotoUnits")]
    [InlineData(TransactionType.Retirement, "Retirement")]
    [InlineData(TransactionType.Replacement, "Replacement")]
    [InlineData(TransactionType.CarryOver, "CarryOver_AAU")]
    [InlineData(TransactionType.ExpiryDateChange, "ExpiryDateChange")]
    [InlineData(TransactionType.InternalTransfer, "InternalTransfer")]
    public void Transaction_types_have_their_DES_primary_codes(TransactionType type, string name) => Assert.Equal(CodeSet("transaction_type")[name], (int)type);

    [Fact]
    public void Every_unit_and_transaction_type_of_the_enums_is_in_the_reference()
    {
        Assert.All(Enum.GetValues<UnitType>(), t => Assert.Contains((int)t, CodeSet("unit_type").Values));
        Assert.All(Enum.GetValues<TransactionType>(), t => Assert.Contains((int)t, CodeSet("transaction_type").Values));
        Assert.All(Enum.GetValues<AccountType>().Except(LibraryAccountTypes), t => Assert.Contains((int)t, CodeSet("kyoto_account_type").Values));
    }

    /// <summary>The tCER/lCER cancellation accounts of decision 13/CMP.1 annex ¶21(i)–(l): no DES code exists, the library's own lie outside the DES ranges.</summary>
    private static readonly AccountType[] LibraryAccountTypes =
    [
        AccountType.TcerCancellationForExpiry, AccountType.LcerCancellationForExpiry,
        AccountType.LcerCancellationForReversalOfStorage, AccountType.LcerCancellationForNonSubmissionOfCertificationReport,
    ];

    [Fact]
    public void The_library_account_type_codes_lie_outside_every_DES_code()
    {
        int highest = CodeSet("kyoto_account_type").Values.Max();
        Assert.All(LibraryAccountTypes, t => Assert.True((int)t > highest && (int)t >= 900, t + " = " + (int)t));
    }
}
