using System.Globalization;
using System.Text.RegularExpressions;

namespace NevSpec.Generators.Tests.Infrastructure;

/// <summary>The first line of an invalid spec: <c>// expect: NEV0003 @ 4:12</c> (1-based line and column).</summary>
public sealed record ExpectLine(string Id, int Line, int Column)
{
    private static readonly Regex Pattern = new(@"^\s*//\s*expect:\s*(NEV\d{4})\s*@\s*(\d+)\s*:\s*(\d+)", RegexOptions.CultureInvariant);

    public static ExpectLine Parse(string specText)
    {
        var first = specText.Replace("\r\n", "\n").Split('\n')[0];
        var match = Pattern.Match(first);
        Assert.True(match.Success, $"The first line must read '// expect: NEVxxxx @ line:col', not '{first}'.");
        return new ExpectLine(match.Groups[1].Value,
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture));
    }

    public override string ToString() => $"{Id} @ {Line}:{Column}";
}
