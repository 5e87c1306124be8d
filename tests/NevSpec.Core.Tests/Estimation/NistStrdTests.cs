using NevSpec.Tests;
using System.Globalization;
using System.Text.RegularExpressions;
using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Estimation;

/// <summary>NIST StRD linear regression (shared/reference/nist/*.dat): certified values parsed from the files; LRE ≥ 9.</summary>
public partial class NistStrdTests
{
    [Theory]
    [InlineData("Norris.dat")]
    [InlineData("Longley.dat")]
    public void CertifiedCoefficientsAndStandardErrorsToNineDigits(string file)
    {
        var lines = File.ReadAllLines(RepositoryPaths.InShared("reference", "nist", file));
        var certified = lines.Select(l => Parameter().Match(l)).Where(m => m.Success)
            .Select(m => (Estimate: Parse(m.Groups[2].Value), StdErr: Parse(m.Groups[3].Value))).ToArray();
        double residualSd = Parse(lines.Select(l => ResidualSd().Match(l)).First(m => m.Success).Groups[1].Value);
        double r2 = Parse(lines.Select(l => RSquared().Match(l)).First(m => m.Success).Groups[1].Value);
        var range = lines.Select(l => DataRange().Match(l)).First(m => m.Success);
        int first = int.Parse(range.Groups[1].Value), last = int.Parse(range.Groups[2].Value);
        var data = lines[(first - 1)..last]
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Parse).ToArray()).ToArray();
        int p = data[0].Length - 1;
        var y = data.Select(r => r[0]).ToArray();
        var x = Enumerable.Range(1, p).Select(c => data.Select(r => r[c]).ToArray()).ToArray();
        var names = Enumerable.Range(1, p).Select(c => $"x{c}").ToArray();
        Assert.Equal(p + 1, certified.Length);

        var result = new FixedEffectsOls().Fit(new RegressionDesign("y", y, names, x, [], []), new IidCovariance());

        // NIST's B0 is the intercept; we report it last as _cons.
        var terms = names.Append("_cons").ToArray();
        var expected = certified[1..].Append(certified[0]).ToArray();
        Assert.Equal(terms, result.Terms);
        for (int k = 0; k < terms.Length; k++)
        {
            double lreB = Near.Lre(expected[k].Estimate, result.Coefficients[k].Estimate);
            double lreSe = Near.Lre(expected[k].StdErr, result.Coefficients[k].StdErr);
            Assert.True(lreB >= 9, $"{file} {terms[k]}: LRE of estimate {lreB:F1} < 9");
            Assert.True(lreSe >= 9, $"{file} {terms[k]}: LRE of SE {lreSe:F1} < 9");
        }
        Assert.True(Near.Lre(residualSd, Math.Sqrt(result.Rss / result.ResidualDf)) >= 9, $"{file} residual SD");
        Assert.True(Near.Lre(r2, result.R2) >= 9, $"{file} R²");
        // ANOVA line "Regression  df  SS  MS  F": with iid errors our Wald F is the classical F.
        var anova = lines.First(l => l.StartsWith("Regression")).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(int.Parse(anova[1]), result.FDf1);
        Assert.True(Near.Lre(Parse(anova[4]), result.FStatistic) >= 9, $"{file} F: {result.FStatistic:R} vs {anova[4]}");
    }

    private static double Parse(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s+B(\d+)\s+(\S+)\s+(\S+)\s*$")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"^\s+Standard Deviation\s+(\S+)\s*$")]
    private static partial Regex ResidualSd();

    [GeneratedRegex(@"^\s+R-Squared\s+(\S+)\s*$")]
    private static partial Regex RSquared();

    [GeneratedRegex(@"Data\s+\(lines (\d+) to (\d+)\)")]
    private static partial Regex DataRange();
}
