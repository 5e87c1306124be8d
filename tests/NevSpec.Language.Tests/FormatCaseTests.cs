using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NevSpec.Language.Tests;

/// <summary>Canonical formatting, case by case, from <c>Cases/format-cases.txt</c>.</summary>
public class FormatCaseTests
{
    private const string Arrow = " ⇶ ";

    public static IEnumerable<object[]> Cases()
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.Cases, "format-cases.txt"));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("#") || line.Trim().Length == 0) continue;
            if (line.StartsWith(">>> "))
            {
                var input = new List<string>();
                var expected = new List<string>();
                var target = input;
                for (i++; lines[i] != "==="; i++)
                {
                    if (lines[i] == "<<<") target = expected;
                    else target.Add(lines[i]);
                }
                yield return new object[] { line.Substring(4), string.Join("\n", input) + "\n", string.Join("\n", expected) + "\n" };
                continue;
            }
            var arrow = line.IndexOf(Arrow, System.StringComparison.Ordinal);
            Assert.True(arrow > 0, "format case without ' ⇶ ': " + line);
            yield return new object[]
            {
                line.Substring(0, arrow), "module Cases\n" + line.Substring(0, arrow) + "\n",
                "module Cases\n" + line.Substring(arrow + Arrow.Length) + "\n",
            };
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void FormatsToTheCanonicalText(string name, string input, string expected)
    {
        var parsed = NevSpecParser.TryParse(input);

        Assert.True(parsed.Module is not null, name + ": " + string.Join("; ", parsed.Diagnostics));
        Assert.Equal(expected, SpecFormatter.Format(parsed.Module!));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void CanonicalTextIsAFixedPoint(string name, string input, string expected)
    {
        _ = input;
        var parsed = NevSpecParser.TryParse(expected);

        Assert.True(parsed.Module is not null, name);
        Assert.Equal(expected, SpecFormatter.Format(parsed.Module!));
    }
}
