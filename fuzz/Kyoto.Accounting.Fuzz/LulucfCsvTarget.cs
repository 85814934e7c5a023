using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Kyoto.Accounting.Gases;
using Kyoto.Accounting.Sectors;
using Kyoto.Accounting.Sinks;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// The LULUCF activity-data CSV reader (<see cref="LulucfActivityCsv"/>). Oracles: nothing but
/// <see cref="LulucfFormatException"/> escapes; success exactly when there are no errors; errors in row order and well
/// formed; on success <c>Count == RowCount</c> and <c>Write</c> then <c>Parse</c> gives the same records (party,
/// activity, year, quantity as stated, unit, exact net emissions); the string and a <c>TextReader</c> without <c>Peek</c>
/// give the same result; and the GWP set changes nothing but the set of the net emissions.
/// </summary>
public sealed class LulucfCsvTarget : IFuzzTarget
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    /// <inheritdoc/>
    public string Name => "lulucf-csv";

    /// <inheritdoc/>
    public IReadOnlyList<string> Tokens { get; } = new[]
    {
        "party", "activity", "year", "quantity", "unit", LulucfActivityCsv.Header, ",", "\"", "\"\"", "\n", "\r\n", "\r", "#", "\0", "\uFEFF", " ",
        "AR", "D", "FM", "CM", "GM", "RV", "WDR", "LULUCF-", "LULUCF-AR", "tCO2e", "tC-removed", "tC-emitted", "kt",
        "DEU", "AUS", "EUU", "1990", "2008", "2012", "2020", "1989", "2101", "-", "+", ".", "0.000001", "0.0000001", "-0", "1.0000000", "9000000000000",
        "9000000000000.000001", "79228162514264337593543950335", "NaN", "1e6", "1,5", "\u00A0", "١٢٣",
    };

    /// <inheritdoc/>
    public void Run(ReadOnlySpan<byte> data)
    {
        string text = Utf8.GetString(data);
        LulucfParseResult sar = LulucfActivityCsv.Parse(text, GwpSet.Sar);
        Check(sar);
        using (var reader = new PeeklessReader(text))
        {
            if (Describe(LulucfActivityCsv.Parse(reader, GwpSet.Sar)) != Describe(sar))
            {
                throw new OracleException("A TextReader without Peek gives another result than the string.");
            }
        }

        LulucfParseResult ar4 = LulucfActivityCsv.Parse(text, GwpSet.Ar4);
        if (Describe(ar4, withNet: false) != Describe(sar, withNet: false) || (ar4.Success && ar4.GetValueOrThrow().GwpSet != GwpSet.Ar4))
        {
            throw new OracleException("The GWP set changes more than the set of the net emissions.");
        }
    }

    /// <inheritdoc/>
    public IEnumerable<(string Name, byte[] Data)> MakeSeeds()
    {
        LulucfActivityData data = new LulucfActivityDataBuilder(GwpSet.Sar)
            .Add(World.Deu, LulucfActivity.ForestManagement, 2010, -1_234_567.25m)
            .Add(World.Deu, LulucfActivity.AfforestationAndReforestation, 2008, -0.000001m)
            .AddCarbonRemovals(World.Fra, LulucfActivity.Deforestation, 2012, 12.5m)
            .AddCarbonEmissions(World.Fra, LulucfActivity.CroplandManagement, 1990, 3m)
            .Build();
        using var writer = new StringWriter();
        LulucfActivityCsv.Write(data, writer);
        string valid = writer.ToString();
        yield return ("valid.csv", Encoding.UTF8.GetBytes(valid));
        yield return ("valid-crlf-comment-quoted.csv", Encoding.UTF8.GetBytes("# LULUCF\r\nunit,quantity,year,activity,party\r\n\"tCO2e\",\"-5.5\",2011,LULUCF-FM,\"DEU\"\r\n"));
        yield return ("errors.csv", Encoding.UTF8.GetBytes(LulucfActivityCsv.Header + "\nXXX,FM,2010,1,tCO2e\nDEU,ZZ,1800,1e3,kt\nDEU,FM,2010,-1,tC-removed\nDEU,FM,2010\n"));
        yield return ("duplicate.csv", Encoding.UTF8.GetBytes(valid + "DEU,FM,2010,5,tCO2e\n"));
        yield return ("unterminated-quote.csv", Encoding.UTF8.GetBytes(LulucfActivityCsv.Header + "\n\"DEU,FM,2010,1,tCO2e\n"));
    }

    private static void Check(LulucfParseResult result)
    {
        if (result.Success != (result.Errors.Count == 0))
        {
            throw new OracleException("Success is " + result.Success + " with " + result.Errors.Count + " error(s).");
        }

        int previous = 0;
        foreach (LulucfParseError error in result.Errors)
        {
            if (error.Row < previous || error.Row < 0 || error.Column < 0 || string.IsNullOrWhiteSpace(error.Reason) || !Enum.IsDefined(error.Code))
            {
                throw new OracleException("Malformed or out-of-order error: " + error);
            }

            previous = error.Row;
        }

        if (!result.Success)
        {
            try
            {
                result.GetValueOrThrow();
                throw new OracleException("GetValueOrThrow did not throw on a failed result.");
            }
            catch (LulucfFormatException)
            {
            }

            return;
        }

        LulucfActivityData data = result.GetValueOrThrow();
        if (data.Count != result.RowCount)
        {
            throw new OracleException("Count " + data.Count + " differs from RowCount " + result.RowCount + ".");
        }

        using var writer = new StringWriter();
        LulucfActivityCsv.Write(data, writer);
        LulucfParseResult again = LulucfActivityCsv.Parse(writer.ToString(), data.GwpSet);
        if (!again.Success || Describe(again) != Describe(result))
        {
            throw new OracleException("Write then Parse does not give the same records: " + writer);
        }
    }

    private static string Describe(LulucfParseResult result, bool withNet = true) =>
        result.Success
            ? result.RowCount + " rows: " + string.Join("; ", result.GetValueOrThrow().GetRecords().Select(r =>
                string.Join(' ', r.Party.Code, r.Activity, r.Year, r.Quantity.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture), r.Unit, withNet ? r.NetEmissions.ToString() : string.Empty)))
            : result.RowCount + " rows, errors: " + string.Join("; ", result.Errors.Select(e => e.ToString()));
}
