using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// A coverage-blind, in-process mutation fuzzer for machines without a libFuzzer driver (CI): inputs from the seed
/// corpus, mutated 1–6 times each (bit flips, byte edits, token splices, deleted/duplicated/swapped ranges, line-end
/// rewrites, splices of two inputs, truncation). Inputs that produce a new outcome signature (error codes, success,
/// row count bucket) join the working pool, a crude feedback. A broken oracle writes the input to
/// <c>artifacts/fuzz/</c> and fails.
/// </summary>
internal static class MutationLoop
{
    internal static int Run(IFuzzTarget target, TimeSpan duration, string corpus, int seed)
    {
        var random = new Random(seed);
        List<byte[]> pool = Directory.Exists(corpus)
            ? Directory.EnumerateFiles(corpus).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList()
            : new List<byte[]>();
        if (pool.Count == 0)
        {
            pool.Add(Array.Empty<byte>());
        }

        byte[][] tokens = target.Tokens.Select(Encoding.UTF8.GetBytes).ToArray();
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        long executions = 0;
        var watch = Stopwatch.StartNew();
        foreach (byte[] input in pool.ToArray())
        {
            if (!Execute(target, input, ref executions))
            {
                return 1;
            }
        }

        while (watch.Elapsed < duration)
        {
            byte[] input = pool[random.Next(pool.Count)];
            int mutations = 1 + random.Next(6);
            for (int m = 0; m < mutations; m++)
            {
                input = Mutate(input, random, tokens, pool, target.MaxLength);
            }

            if (!Execute(target, input, ref executions))
            {
                return 1;
            }

            string signature = Signature(input);
            if (pool.Count < 10_000 && signatures.Add(signature))
            {
                pool.Add(input);
            }
        }

        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "fuzz {0}: {1:N0} executions in {2:F0} s (seed {3}), pool {4}, no oracle broken", target.Name, executions, watch.Elapsed.TotalSeconds, seed, pool.Count));
        return 0;
    }

    private static bool Execute(IFuzzTarget target, byte[] input, ref long executions)
    {
        executions++;
        try
        {
            target.Run(input);
            return true;
        }
#pragma warning disable CA1031 // Any exception is a finding: report it with the input.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Directory.CreateDirectory("artifacts/fuzz");
            string path = Path.Combine("artifacts/fuzz", target.Name + "-crash-" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(input))[..16] + ".bin");
            File.WriteAllBytes(path, input);
            Console.Error.WriteLine("fuzz " + target.Name + ": oracle broken after " + executions + " executions; input saved to " + path + " (base64 " + Convert.ToBase64String(input) + ")");
            Console.Error.WriteLine(ex);
            return false;
        }
    }

    // Cheap structural feedback: the shape of the input's lines, elements and objects (field count between separators).
    private static string Signature(byte[] input)
    {
        var sb = new StringBuilder();
        int fields = 1;
        int lines = 0;
        foreach (byte b in input)
        {
            if (b == (byte)',')
            {
                fields++;
            }
            else if (b is (byte)'\n' or (byte)'\r' or (byte)'"' or (byte)'#' or (byte)'<' or (byte)'{' or (byte)'[' or 0)
            {
                sb.Append((char)('a' + Math.Min(fields, 20))).Append(b == 0 ? '0' : (char)b);
                fields = 1;
                if (++lines > 12)
                {
                    break;
                }
            }
        }

        return sb.ToString();
    }

    private static byte[] Mutate(byte[] input, Random random, byte[][] tokens, List<byte[]> pool, int maxLength)
    {
        var data = new List<byte>(input);
        int at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
        switch (random.Next(10))
        {
            case 0 when data.Count > 0:
                int flip = random.Next(data.Count);
                data[flip] ^= (byte)(1 << random.Next(8));
                break;
            case 1 when data.Count > 0:
                data[random.Next(data.Count)] = (byte)random.Next(256);
                break;
            case 2:
            case 3:
                data.InsertRange(at, tokens[random.Next(tokens.Length)]);
                break;
            case 4 when data.Count > 0:
                int start = random.Next(data.Count);
                data.RemoveRange(start, random.Next(Math.Min(16, data.Count - start) + 1));
                break;
            case 5 when data.Count > 0:
                int from = random.Next(data.Count);
                int length = random.Next(Math.Min(64, data.Count - from) + 1);
                data.InsertRange(at, data.GetRange(from, length));
                break;
            case 6:
                byte[] newline = random.Next(3) switch { 0 => "\n"u8.ToArray(), 1 => "\r\n"u8.ToArray(), _ => "\r"u8.ToArray() };
                var rewritten = new List<byte>();
                foreach (byte b in data)
                {
                    if (b == (byte)'\n' && random.Next(2) == 0)
                    {
                        rewritten.AddRange(newline);
                    }
                    else
                    {
                        rewritten.Add(b);
                    }
                }

                data = rewritten;
                break;
            case 7:
                byte[] other = pool[random.Next(pool.Count)];
                int cut = other.Length == 0 ? 0 : random.Next(other.Length);
                data.RemoveRange(at, data.Count - at);
                data.AddRange(other.AsSpan(cut).ToArray());
                break;
            case 8 when data.Count > 0:
                int keep = random.Next(data.Count + 1);
                data.RemoveRange(keep, data.Count - keep);
                break;
            default:
                data.Insert(at, (byte)",\"\r\n#\0 .-0123456789"[random.Next(18)]);
                break;
        }

        if (data.Count > maxLength)
        {
            data.RemoveRange(maxLength, data.Count - maxLength);
        }

        return data.ToArray();
    }
}
