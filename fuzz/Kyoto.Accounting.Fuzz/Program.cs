using System;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Kyoto.Accounting.Fuzz;

/// <summary>
/// Entry point. <c>&lt;target&gt; libfuzzer</c>: run under libFuzzer through SharpFuzz (the process is started by the
/// libfuzzer-dotnet driver on an instrumented Kyoto.Accounting.dll). <c>&lt;target&gt; smoke SECONDS CORPUS [SEED]</c>:
/// an in-process mutation loop that needs nothing but .NET (CI). <c>&lt;target&gt; run FILE…</c>: replay inputs.
/// <c>&lt;target&gt; dict</c>: print the target's tokens as a libFuzzer dictionary. <c>&lt;target&gt; maxlen</c>: print its
/// longest useful input. <c>&lt;target&gt; seeds [FOLDER]</c>: write the seeds the library makes (default: the corpus folder).
/// </summary>
public static class Program
{
    /// <summary>Runs the chosen mode.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 when no oracle broke.</returns>
    public static int Main(string[] args)
    {
        // libfuzzer-dotnet passes a single --target_arg (the dll), so the target may also come from the environment.
        string? fromEnvironment = Environment.GetEnvironmentVariable("KYOTO_FUZZ_TARGET");
        if (args.Length == 0 && fromEnvironment is not null)
        {
            args = new[] { fromEnvironment, "libfuzzer" };
        }

        if (args.Length < 2)
        {
            Console.Error.WriteLine("usage: Kyoto.Accounting.Fuzz <target> libfuzzer | smoke SECONDS CORPUS [SEED] | run FILE... | dict | maxlen | seeds [FOLDER]");
            Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTargets.All.Select(t => t.Name)));
            return 2;
        }

        IFuzzTarget target = FuzzTargets.Find(args[0]);
        switch (args[1])
        {
            case "libfuzzer":
                SharpFuzz.Fuzzer.LibFuzzer.Run(data => target.Run(data));
                return 0;
            case "smoke":
                return MutationLoop.Run(
                    target,
                    TimeSpan.FromSeconds(double.Parse(args[2], CultureInfo.InvariantCulture)),
                    args[3],
                    args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : Environment.TickCount);
            case "run":
                foreach (string file in args.Skip(2))
                {
                    target.Run(File.ReadAllBytes(file));
                    Console.WriteLine("ok " + file);
                }

                return 0;
            case "seeds":
                string folder = args.Length > 2 ? args[2] : Path.Combine("fuzz", "Kyoto.Accounting.Fuzz", "corpus", target.Name);
                Directory.CreateDirectory(folder);
                foreach ((string name, byte[] data) in target.MakeSeeds())
                {
                    File.WriteAllBytes(Path.Combine(folder, name), data);
                    target.Run(data);
                    Console.WriteLine("seed " + Path.Combine(folder, name) + " (" + data.Length + " bytes, oracles hold)");
                }

                return 0;
            case "maxlen":
                Console.WriteLine(target.MaxLength.ToString(CultureInfo.InvariantCulture));
                return 0;
            case "dict":
                foreach (string token in target.Tokens)
                {
                    Console.WriteLine("\"" + string.Concat(System.Text.Encoding.UTF8.GetBytes(token).Select(b => b is >= 0x20 and < 0x7F and not (byte)'"' and not (byte)'\\' ? ((char)b).ToString() : "\\x" + b.ToString("X2", CultureInfo.InvariantCulture))) + "\"");
                }

                return 0;
            default:
                Console.Error.WriteLine("unknown mode '" + args[1] + "'");
                return 2;
        }
    }
}
