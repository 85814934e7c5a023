using System.IO;
using Kyoto.Accounting.Cli.Infrastructure;
using Kyoto.Accounting.Inventories;

namespace Kyoto.Accounting.Cli.Commands;

/// <summary>Reads a user's inventory CSV with the library's reader; every error goes to standard error with its code, row and column.</summary>
internal static class InventoryInput
{
    internal static InventoryParseResult Parse(string path)
    {
        string full = CliIo.Current.Resolve(path);
        if (!File.Exists(full))
        {
            throw CliException.BadInput("FileNotFound", "The file does not exist.", path);
        }

        using var reader = new StreamReader(full);
        return InventoryCsv.Parse(reader);
    }

    internal static EmissionInventory Read(string path)
    {
        InventoryParseResult result = Parse(path);
        if (result.TryGetValue(out EmissionInventory? inventory))
        {
            return inventory;
        }

        foreach (InventoryParseError error in result.Errors)
        {
            CliIo.Current.Error.WriteLine(FormatError(path, error));
        }

        throw CliException.BadInput("InvalidInventory", result.Errors.Count + " error(s); no record was read (the library reads all or nothing).", path);
    }

    internal static string FormatError(string path, InventoryParseError error) =>
        CliException.FormatLine(error.Code.ToString(), error.Reason + (error.Field is null ? string.Empty : " [field " + error.Field + "]"), path, error.Row, error.Column);
}
