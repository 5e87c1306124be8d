using NevSpec.Core.Estimation;
using NevSpec.Core.Indices;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Indices;

public class EntropyWeightIndexTests
{
    [Fact]
    public void HandComputedThreeObservationCaseWithoutShift()
    {
        // x1 (+) = 1, 2, 3   → x' = 0, 1/2, 1   → p = 0, 1/3, 2/3
        //   e1 = −(1/3 ln 1/3 + 2/3 ln 2/3)/ln 3 = 0.636514/1.098612 = 0.579380
        // x2 (−) = 10, 40, 20 → x' = (40 − x)/30 = 1, 0, 2/3 → p = 0.6, 0, 0.4
        //   e2 = −(0.6 ln 0.6 + 0.4 ln 0.4)/ln 3 = 0.673012/1.098612 = 0.612602
        // d = 1 − e = 0.420620, 0.387398; w = d/Σd = 0.520557, 0.479443
        // S = w1 x'1 + w2 x'2 = 0.479443, 0.260279, 0.840186
        var result = new EntropyWeightIndex(new EntropyIndexOptions(Shift: 0)).Compute("S",
            [Indicator.Positive("x1", [1, 2, 3]), Indicator.Negative("x2", [10, 40, 20])]);

        double e1 = -(1.0 / 3 * Math.Log(1.0 / 3) + 2.0 / 3 * Math.Log(2.0 / 3)) / Math.Log(3);
        double e2 = -(0.6 * Math.Log(0.6) + 0.4 * Math.Log(0.4)) / Math.Log(3);
        double w1 = (1 - e1) / (2 - e1 - e2), w2 = (1 - e2) / (2 - e1 - e2);
        Assert.Equal(0.579380, result.Weights[0].Entropy, 6);
        Assert.Equal(0.612602, result.Weights[1].Entropy, 6);
        Assert.Equal(0.520557, result.WeightOf("x1"), 6);
        Assert.Equal(0.479443, result.WeightOf("x2"), 6);
        Near.Relative(e1, result.Weights[0].Entropy, 1e-14, "e1");
        Near.Relative(e2, result.Weights[1].Entropy, 1e-14, "e2");
        Near.Relative(w1, result.Weights[0].Weight, 1e-14, "w1");
        double[] expected = [w2, 0.5 * w1, w1 + 2.0 / 3 * w2];
        for (int i = 0; i < 3; i++) Near.Relative(expected[i], result.ScoreAt(i), 1e-14, $"S[{i}]");
        Assert.Equal([0.479443, 0.260279, 0.840186], result.Scores.Select(s => Math.Round(s, 6)));
        Assert.Equal(IndicatorDirection.Negative, result.Weights[1].Direction);
        Assert.Null(result.Weights[0].Period);
    }

    [Fact]
    public void DefaultShiftMatchesADirectFormulaOnTheProvincialPanel()
    {
        var indicators = ProvincePanel.Indicators();
        var result = new EntropyWeightIndex().Compute("Nevd_entropy", indicators);
        var (weights, scores) = DirectEntropy(indicators, Enumerable.Range(0, 180).ToArray(), 0.0001);

        Assert.Equal(180, result.Nobs);
        Assert.Equal(13, result.Weights.Count);
        Near.Relative(1.0, result.Weights.Sum(w => w.Weight), 1e-14, "Σw");
        for (int j = 0; j < 13; j++) Near.Relative(weights[j], result.Weights[j].Weight, 1e-12, $"w[{indicators[j].Name}]");
        for (int i = 0; i < 180; i++) Near.Relative(scores[i], result.ScoreAt(i), 1e-12, $"S[{i}]");
        // The simulation builds the indicators from Nevd (docs/data.md: correlation 0.998).
        Assert.True(Correlation(result.Scores, ProvincePanel.Column("Nevd")) > 0.95);
    }

    [Fact]
    public void PerPeriodWeightsEqualTheDirectFormulaWithinEachYear()
    {
        var indicators = ProvincePanel.Indicators();
        var year = ProvincePanel.Year;
        var result = new EntropyWeightIndex(new EntropyIndexOptions(EntropyWeighting.PerPeriod)).Compute("S", indicators, year);

        Assert.Equal(6 * 13, result.Weights.Count);
        Assert.Equal(["2018", "2019", "2020", "2021", "2022", "2023"], result.Weights.Select(w => w.Period).Distinct());
        for (int level = 0; level < year.Levels; level++)
        {
            var rows = Enumerable.Range(0, 180).Where(r => year.CodeAt(r) == level).ToArray();
            var (weights, scores) = DirectEntropy(indicators, rows, 0.0001);
            for (int j = 0; j < 13; j++)
                Near.Relative(weights[j], result.WeightOf(indicators[j].Name, year.LevelLabels[level]), 1e-12, $"w[{indicators[j].Name}, {year.LevelLabels[level]}]");
            for (int i = 0; i < rows.Length; i++) Near.Relative(scores[i], result.ScoreAt(rows[i]), 1e-12, $"S[{rows[i]}]");
        }
    }

    [Fact]
    public void ZeroVarianceIndicatorIsAnErrorNamingIt()
    {
        var ex = Assert.Throws<EstimationException>(() => new EntropyWeightIndex().Compute("S",
            [Indicator.Positive("x1", [1, 2, 3]), Indicator.Negative("flat", [5, 5, 5])]));
        Assert.Contains("'flat'", ex.Message);
        Assert.Contains("zero variance", ex.Message);
    }

    [Fact]
    public void ZeroVarianceWithinOnePeriodNamesThePeriod()
    {
        var period = Factor.FromNumeric("year", [1, 1, 2, 2]);
        var ex = Assert.Throws<EstimationException>(() => new EntropyWeightIndex(new EntropyIndexOptions(EntropyWeighting.PerPeriod)).Compute("S",
            [Indicator.Positive("x1", [1, 2, 3, 4]), Indicator.Positive("x2", [7, 7, 1, 2])], period));
        Assert.Contains("'x2'", ex.Message);
        Assert.Contains("period 1", ex.Message);
    }

    [Fact]
    public void MissingIndicatorValueGivesMissingIndexAndIsLeftOutOfTheWeights()
    {
        var full = new EntropyWeightIndex().Compute("S", [Indicator.Positive("a", [1, 2, 4]), Indicator.Positive("b", [3, 1, 2])]);
        var gap = new EntropyWeightIndex().Compute("S", [Indicator.Positive("a", [1, 2, double.NaN, 4]), Indicator.Positive("b", [3, 1, 9, 2])]);

        Assert.True(double.IsNaN(gap.ScoreAt(2)));
        Assert.Equal(1, gap.DroppedMissing);
        Assert.Equal(3, gap.Nobs);
        Assert.Equal(full.ScoreAt(2), gap.ScoreAt(3), 15);
        Assert.Single(gap.Notes);
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        Assert.Throws<ArgumentException>(() => new EntropyWeightIndex().Compute("S", []));
        var dup = Assert.Throws<ArgumentException>(() => new EntropyWeightIndex().Compute("S", [Indicator.Positive("a", [1, 2]), Indicator.Positive("a", [1, 2])]));
        Assert.Contains("'a' appears twice", dup.Message);
        var len = Assert.Throws<ArgumentException>(() => new EntropyWeightIndex().Compute("S", [Indicator.Positive("a", [1, 2]), Indicator.Positive("b", [1, 2, 3])]));
        Assert.Contains("'b'", len.Message);
        Assert.Throws<ArgumentException>(() => new EntropyWeightIndex(new EntropyIndexOptions(EntropyWeighting.PerPeriod)).Compute("S", [Indicator.Positive("a", [1, 2])]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new EntropyWeightIndex(new EntropyIndexOptions(Shift: -1)));
    }

    // The textbook steps written out once more, independently of the implementation.
    internal static (double[] Weights, double[] Scores) DirectEntropy(IReadOnlyList<Indicator> indicators, int[] rows, double shift)
    {
        int m = indicators.Count, n = rows.Length;
        var z = new double[m][];
        var d = new double[m];
        for (int j = 0; j < m; j++)
        {
            var x = rows.Select(r => indicators[j].Values[r]).ToArray();
            double min = x.Min(), max = x.Max();
            z[j] = x.Select(v => (indicators[j].Direction == IndicatorDirection.Positive ? v - min : max - v) / (max - min) + shift).ToArray();
            double sum = z[j].Sum();
            d[j] = 1 + z[j].Sum(v => v / sum * Math.Log(v / sum)) / Math.Log(n);
        }
        var w = d.Select(v => v / d.Sum()).ToArray();
        return (w, Enumerable.Range(0, n).Select(i => Enumerable.Range(0, m).Sum(j => w[j] * z[j][i])).ToArray());
    }

    internal static double Correlation(double[] a, double[] b)
    {
        double ma = a.Average(), mb = b.Average(), sab = 0, saa = 0, sbb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return sab / Math.Sqrt(saa * sbb);
    }
}
