using NevSpec.Core.Estimation;
using NevSpec.Core.Indices;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Indices;

public class PrincipalComponentIndexTests
{
    // x1 = 1, 2, 3, 4 and x2 = 1, 3, 2, 4: means 2.5, deviations (−1.5, −.5, .5, 1.5) and (−1.5, .5, −.5, 1.5),
    // Σd² = 5 each (sd = √(5/3)), Σd1·d2 = 2.25 − .25 − .25 + 2.25 = 4, so r = 0.8.
    // R = [[1, .8], [.8, 1]]: λ = 1.8, 0.2; v1 = (1, 1)/√2, v2 = (1, −1)/√2 (sum 0 → largest-|·| first element positive, first on ties).
    // Explained 0.9 and 0.1; loadings of component 1 = √1.8/√2 = √0.9 each.
    // F1 of row 1 = (z1 + z2)/√2 = (−1.5 − 1.5)/√(5/3)/√2 = −1.643168; F2 of row 1 = 0.
    private static readonly double[] X1 = [1, 2, 3, 4], X2 = [1, 3, 2, 4];

    [Fact]
    public void HandComputedTwoIndicatorCase()
    {
        var result = new PrincipalComponentIndex().Compute("P", [Indicator.Positive("x1", X1), Indicator.Positive("x2", X2)]);

        Assert.Equal(1, result.RetainedComponents); // Kaiser: only λ = 1.8 > 1
        Near.Relative(1.8, result.Components[0].Eigenvalue, 1e-12, "λ1");
        Near.Relative(0.2, result.Components[1].Eigenvalue, 1e-12, "λ2");
        Near.Relative(0.9, result.Components[0].ExplainedVariance, 1e-12, "explained 1");
        Near.Relative(1.0, result.Components[1].CumulativeExplainedVariance, 1e-12, "cumulative 2");
        double r = 1 / Math.Sqrt(2);
        Near.Relative(r, result.Components[0].Eigenvector[0], 1e-12, "v11");
        Near.Relative(r, result.Components[0].Eigenvector[1], 1e-12, "v12");
        Near.Relative(r, result.Components[1].Eigenvector[0], 1e-12, "v21");
        Near.Relative(-r, result.Components[1].Eigenvector[1], 1e-12, "v22");
        Near.Relative(Math.Sqrt(0.9), result.Components[0].Loadings[0], 1e-12, "loading 11");
        Near.Relative(-1.6431676725154982, result.Scores[0], 1e-12, "S[0]");
        Near.Relative(-3 / Math.Sqrt(5.0 / 3) / Math.Sqrt(2), result.Scores[0], 1e-12, "S[0] formula");
        Assert.Equal(1.0, result.Components[0].CompositeWeight);
        Assert.False(result.Components[1].Retained);
    }

    [Fact]
    public void TwoComponentsAreWeightedByExplainedVariance()
    {
        var result = new PrincipalComponentIndex(new PcaIndexOptions(2)).Compute("P", [Indicator.Positive("x1", X1), Indicator.Positive("x2", X2)]);
        var f1 = result.ComponentScores(1);
        var f2 = result.ComponentScores(2);
        // Row 2: z = (−.5, .5)/√(5/3), so F1 = 0 and F2 = −1/√(5/3)/√2.
        Assert.Equal(0, f1[1], 12);
        Near.Relative(-1 / Math.Sqrt(5.0 / 3) / Math.Sqrt(2), f2[1], 1e-12, "F2[1]");
        for (int i = 0; i < 4; i++) Near.Relative(0.9 * f1[i] + 0.1 * f2[i], result.Scores[i], 1e-12, $"S[{i}]");
    }

    [Fact]
    public void NegativeIndicatorIsFlippedBeforeStandardising()
    {
        var plus = new PrincipalComponentIndex().Compute("P", [Indicator.Positive("x1", X1), Indicator.Positive("x2", X2)]);
        var minus = new PrincipalComponentIndex().Compute("P", [Indicator.Positive("x1", X1), Indicator.Negative("x2", X2.Select(v => 10 - 3 * v).ToArray())]);
        for (int i = 0; i < 4; i++) Near.Relative(plus.Scores[i], minus.Scores[i], 1e-12, $"S[{i}]");
    }

    [Fact]
    public void MatchesPowerIterationOnTheProvincialPanel()
    {
        var indicators = ProvincePanel.Indicators();
        var result = new PrincipalComponentIndex(new PcaIndexOptions(3)).Compute("Nevd_pca", indicators);

        // Independent: Pearson correlations written out, eigenpairs by power iteration with deflation.
        int p = indicators.Length, n = 180;
        var z = indicators.Select(ind =>
        {
            double mean = ind.Values.Average(), sd = Math.Sqrt(ind.Values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
            double sign = ind.Direction == IndicatorDirection.Positive ? 1 : -1;
            return ind.Values.Select(v => sign * (v - mean) / sd).ToArray();
        }).ToArray();
        var corr = new double[p, p];
        for (int a = 0; a < p; a++)
            for (int b = 0; b < p; b++) corr[a, b] = Enumerable.Range(0, n).Sum(i => z[a][i] * z[b][i]) / (n - 1);
        var lambdas = new double[3];
        var vectors = new double[3][];
        for (int c = 0; c < 3; c++)
        {
            (lambdas[c], vectors[c]) = PowerIteration(corr);
            if (vectors[c].Sum() < 0) vectors[c] = vectors[c].Select(v => -v).ToArray();
            for (int a = 0; a < p; a++)
                for (int b = 0; b < p; b++) corr[a, b] -= lambdas[c] * vectors[c][a] * vectors[c][b];
        }

        for (int c = 0; c < 3; c++)
        {
            Near.Relative(lambdas[c], result.Components[c].Eigenvalue, 1e-9, $"λ{c + 1}");
            Near.Relative(lambdas[c] / p, result.Components[c].ExplainedVariance, 1e-9, $"explained {c + 1}");
            for (int j = 0; j < p; j++)
                Assert.True(Math.Abs(vectors[c][j] - result.Components[c].Eigenvector[j]) < 1e-7, $"v{c + 1}[{j}]");
        }
        double retained = lambdas.Sum();
        for (int i = 0; i < n; i += 7)
        {
            double s = 0;
            for (int c = 0; c < 3; c++) s += lambdas[c] / retained * Enumerable.Range(0, p).Sum(j => z[j][i] * vectors[c][j]);
            Assert.True(Math.Abs(s - result.Scores[i]) < 1e-7, $"S[{i}]: {s} vs {result.Scores[i]}");
        }
        Assert.True(result.Components[0].ExplainedVariance > 0.5);
        Assert.True(result.Components[0].Eigenvector.All(v => v > 0), "every direction-adjusted indicator loads positively on component 1");
        Assert.True(EntropyWeightIndexTests.Correlation(result.ComponentScores(1), ProvincePanel.Column("Nevd")) > 0.9);
    }

    [Fact]
    public void ZeroVarianceAndTooManyComponentsAreErrors()
    {
        var flat = Assert.Throws<EstimationException>(() => new PrincipalComponentIndex().Compute("P",
            [Indicator.Positive("x1", X1), Indicator.Positive("const", [2, 2, 2, 2])]));
        Assert.Contains("'const'", flat.Message);
        Assert.Throws<ArgumentException>(() => new PrincipalComponentIndex(new PcaIndexOptions(3)).Compute("P",
            [Indicator.Positive("x1", X1), Indicator.Positive("x2", X2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrincipalComponentIndex(new PcaIndexOptions(0)));
    }

    private static (double Lambda, double[] Vector) PowerIteration(double[,] a)
    {
        int p = a.GetLength(0);
        var v = Enumerable.Range(0, p).Select(j => 1.0 + 0.01 * j).ToArray();
        double lambda = 0;
        for (int iter = 0; iter < 20000; iter++)
        {
            var w = new double[p];
            for (int i = 0; i < p; i++)
                for (int j = 0; j < p; j++) w[i] += a[i, j] * v[j];
            double norm = Math.Sqrt(w.Sum(x => x * x));
            var next = w.Select(x => x / norm).ToArray();
            double change = next.Zip(v, (x, y) => Math.Abs(x - y)).Max();
            v = next;
            lambda = norm;
            if (change < 1e-15) break;
        }
        return (lambda, v);
    }
}
