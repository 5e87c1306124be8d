using System.Globalization;
using System.Text;

namespace NevSpec.GeneratorBenchmarks;

/// <summary>A valid spec of a given number of lines over the Grunfeld columns: one source, documented models.</summary>
public static class SyntheticSpec
{
    public static string Create(int lines)
    {
        var text = new StringBuilder();
        text.Append("module Synthetic\n");
        text.Append("let firms = panel \"data/grunfeld.csv\" { id = firm; time = year }\n");
        var written = 2;
        for (var i = 0; written < lines; i++)
        {
            var name = "m" + i.ToString("D4", CultureInfo.InvariantCulture);
            if (i % 2 == 0 && written + 2 <= lines)
            {
                text.Append("/// Model ").Append(i.ToString(CultureInfo.InvariantCulture)).Append(": investment on value and capital.\n");
                written++;
            }
            text.Append(i % 3 == 0
                ? "let " + name + " = regress inv [ value; capital ] |> fe [ firm; year ] |> cluster firm\n"
                : i % 3 == 1
                    ? "let " + name + " = regress inv [ value ] [ capital ] |> fe [ firm ] |> vcov hc1\n"
                    : "let " + name + " = regress inv [ value; capital ] |> fe [ firm; year ] |> cluster firm |> where (year <= 1944)\n");
            written++;
        }
        return text.ToString();
    }
}
