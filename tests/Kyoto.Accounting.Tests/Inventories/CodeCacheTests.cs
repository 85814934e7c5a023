using System.Collections.Generic;
using Kyoto.Accounting.Inventories;
using Xunit;

namespace Kyoto.Accounting.Tests.Inventories;

/// <summary>
/// The CSV reader's code memo: a text is found exactly as the catalogue look-up finds it, whether it is keyed by its
/// packed characters (at most eight, U+0001..U+00FF) or by its string; texts that differ only by a NUL or by length
/// never share an entry.
/// </summary>
public class CodeCacheTests
{
    [Fact]
    public void EveryText_IsFoundAsTheLookupFindsIt_AndLookedUpOnce()
    {
        var calls = new Dictionary<string, int>();
        var cache = new CodeCache<string>((string text, out string? value) =>
        {
            calls[text] = calls.GetValueOrDefault(text) + 1;
            value = "<" + text + ">";
            return !text.StartsWith('X');
        });
        string[] texts = ["A", "DEU", "DEU\0", "\0DEU", "DE", "HFC-134a", "HFC-134", "LULUCF-AR", "Ä", "ĀB", "\u00FF\u0080", "1.A.1", ""];
        for (int round = 0; round < 3; round++)
        {
            foreach (string text in texts)
            {
                Assert.True(cache.TryGet(text, out string? value));
                Assert.Equal("<" + text + ">", value);
            }

            Assert.False(cache.TryGet("XYZ", out _));
        }

        foreach (string text in texts)
        {
            Assert.Equal(1, calls[text]);
        }

        Assert.Equal(3, calls["XYZ"]);
    }
}
