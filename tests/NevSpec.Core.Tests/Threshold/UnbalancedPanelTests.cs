using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;
using NevSpec.Core.Threshold;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// Unbalanced panels: each unit demeaned over its own periods with its last period dropped (Hansen's
/// convention per unit), listwise deletion per unit-period, canonical unit order.
/// </summary>
public class UnbalancedPanelTests
{
    private static readonly PanelThresholdOptions Quick = new() { BootstrapReplications = 20, Grid = ThresholdGrid.Quantiles(50), Trimming = [0.05] };

    [Fact]
    public void SseAndLrCurveEqualAnIndependentPerUnitWithinRegression()
    {
        var design = SyntheticThresholdPanel.Create(units: 60, periods: 8, dropShare: 0.2);
        var result = new PanelThresholdEstimator(Quick with { MaxThresholds = 1 }).Fit(design);
        Assert.False(result.Balanced);
        var estimate = result.Single.Estimate;

        Near.Relative(ReferenceSse(design, [estimate.Value]), estimate.Sse, 1e-10, "SSE at the estimate");
        Near.Relative(ReferenceSse(design, []), result.LinearSse, 1e-10, "linear SSE");
        double ty = result.Observations - result.Units;
        Assert.Equal(ty, result.RegressionRows);
        foreach (var point in estimate.LikelihoodRatio.Where((_, j) => j % 7 == 0))
        {
            double expected = ty * (ReferenceSse(design, [point.Threshold]) / estimate.Sse - 1);
            Assert.True(Math.Abs(point.Lr - expected) <= 1e-8 * (1 + expected), $"LR at {point.Threshold}: {point.Lr:R} vs {expected:R}");
        }
    }

    /// <summary>
    /// The documented approach, written out independently: per unit, the rows with an outcome, sorted
    /// by time, demeaned over themselves, the last one dropped; columns w and q·1(regime); MathNet QR.
    /// </summary>
    private static double ReferenceSse(PanelThresholdDesign design, double[] thresholds)
    {
        var bounds = new[] { double.NegativeInfinity }.Concat(thresholds.Order()).Append(double.PositiveInfinity).ToArray();
        var rows = new List<double[]>();
        var ys = new List<double>();
        foreach (var unit in Enumerable.Range(0, design.RowCount).Where(i => !double.IsNaN(design.Outcome[i]))
                     .GroupBy(i => design.Unit.CodeAt(i)))
        {
            var idx = unit.OrderBy(i => design.Time[i]).ToArray();
            if (idx.Length < 2) continue;
            var raw = idx.Select(i => new[] { design.RegimeIndependent[0][i] }
                .Concat(Enumerable.Range(0, bounds.Length - 1).Select(r =>
                    design.Threshold[i] >= bounds[r] && design.Threshold[i] < bounds[r + 1] ? design.Threshold[i] : 0.0)).ToArray()).ToArray();
            double yMean = idx.Average(i => design.Outcome[i]);
            var xMean = Enumerable.Range(0, raw[0].Length).Select(c => raw.Average(r => r[c])).ToArray();
            for (int t = 0; t < idx.Length - 1; t++)
            {
                rows.Add(raw[t].Select((v, c) => v - xMean[c]).ToArray());
                ys.Add(design.Outcome[idx[t]] - yMean);
            }
        }
        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.DenseOfEnumerable(ys);
        var e = y - x * x.QR().Solve(y);
        return e.DotProduct(e);
    }

    [Fact]
    public void HansenPanelWithDroppedUnitPeriodsRuns()
    {
        // Every 37th row of invest.csv loses its outcome: 229 unit-periods, 214 of them in the sample years.
        var design = HansenInvestment.Design(row => row % 37 != 5);
        var result = new PanelThresholdEstimator(new PanelThresholdOptions { MaxThresholds = 2, BootstrapReplications = 30 }).Fit(design);
        var full = HansenInvestment.Full.Value;
        Assert.False(result.Balanced);
        Assert.Equal(full.Units, result.Units);
        Assert.Equal(full.Observations - (result.DroppedMissing - full.DroppedMissing), result.Observations);
        Assert.Equal(result.Observations - result.Units, result.RegressionRows);
        Assert.Contains(result.Notes, n => n.StartsWith("Unbalanced panel"));
        Assert.Contains(result.Notes, n => n.Contains("dropped for missing values (i: "));
        foreach (var step in result.Steps)
        {
            Assert.True(double.IsFinite(step.Test.F) && step.Test.F > 0);
            Assert.Equal(30, step.Test.Replications);
            Assert.Contains(step.Estimate.Value, step.Estimate.LikelihoodRatio.Select(p => p.Threshold));
        }
        // The single-threshold effect in Hansen's data is far from marginal; losing 3 % of the rows keeps it.
        Assert.True(result.Single.Test.F > result.Single.Test.CriticalValue(0.95));
    }

    [Fact]
    public void DroppingWholeUnitsEqualsFittingTheRemainingUnits()
    {
        var design = SyntheticThresholdPanel.Create(units: 30, periods: 6);
        var gone = new HashSet<int> { 3, 17, 29 };
        var masked = design with { Outcome = design.Outcome.Select((v, i) => gone.Contains(design.Unit.CodeAt(i)) ? double.NaN : v).ToArray() };
        var keep = Enumerable.Range(0, design.RowCount).Where(i => !gone.Contains(design.Unit.CodeAt(i))).ToArray();
        double[] Pick(double[] x) => keep.Select(i => x[i]).ToArray();
        var subset = new PanelThresholdDesign(Factor.FromNumeric("unit", keep.Select(i => (double)design.Unit.CodeAt(i)).ToArray()),
            Pick(design.Time), "y", Pick(design.Outcome), "q", Pick(design.Threshold),
            design.RegimeDependentNames, design.RegimeDependent.Select(Pick).ToArray(),
            design.RegimeIndependentNames, design.RegimeIndependent.Select(Pick).ToArray());

        var a = new PanelThresholdEstimator(Quick).Fit(masked);
        var b = new PanelThresholdEstimator(Quick).Fit(subset);
        Assert.Equal(27, a.Units);
        Assert.Equal(18, a.DroppedMissing);
        Assert.True(a.Balanced);
        AssertSameNumbers(a, b);
    }

    [Fact]
    public void RowOrderDoesNotMatter()
    {
        var design = SyntheticThresholdPanel.Create(units: 30, periods: 6, dropShare: 0.1);
        var order = Enumerable.Range(0, design.RowCount).Select(i => (i * 7919) % design.RowCount).ToArray();
        Assert.Equal(design.RowCount, order.Distinct().Count());
        double[] Permute(double[] x) => order.Select(i => x[i]).ToArray();
        var shuffled = new PanelThresholdDesign(Factor.FromNumeric("unit", Permute(Enumerable.Range(0, design.RowCount).Select(i => (double)design.Unit.CodeAt(i)).ToArray())),
            Permute(design.Time), "y", Permute(design.Outcome), "q", Permute(design.Threshold),
            design.RegimeDependentNames, design.RegimeDependent.Select(Permute).ToArray(),
            design.RegimeIndependentNames, design.RegimeIndependent.Select(Permute).ToArray());
        AssertSameNumbers(new PanelThresholdEstimator(Quick).Fit(design), new PanelThresholdEstimator(Quick).Fit(shuffled));
    }

    [Fact]
    public void UnitWithASinglePeriodIsDroppedWithANote()
    {
        var design = SyntheticThresholdPanel.Create(units: 30, periods: 6);
        // Unit 4 keeps only its first period.
        var masked = design with { Outcome = design.Outcome.Select((v, i) => design.Unit.CodeAt(i) == 4 && design.Time[i] > 2000 ? double.NaN : v).ToArray() };
        var result = new PanelThresholdEstimator(Quick with { MaxThresholds = 1 }).Fit(masked);
        Assert.Equal(29, result.Units);
        Assert.Equal(1, result.DroppedUnits);
        Assert.Contains(result.Notes, n => n.StartsWith("1 unit with a single period dropped"));
        Assert.True(result.Balanced);
    }

    [Fact]
    public void UnitAloneWithItsNumberOfPeriodsKeepsItsOwnBootstrapResiduals()
    {
        var design = SyntheticThresholdPanel.Create(units: 30, periods: 6);
        // Unit 9 loses two periods, every other unit keeps six: it is alone with four.
        var masked = design with { Outcome = design.Outcome.Select((v, i) => design.Unit.CodeAt(i) == 9 && design.Time[i] >= 2004 ? double.NaN : v).ToArray() };
        var result = new PanelThresholdEstimator(Quick with { MaxThresholds = 1 }).Fit(masked);
        Assert.False(result.Balanced);
        Assert.Equal((4, 6), (result.MinPeriods, result.MaxPeriods));
        Assert.Contains(result.Notes, n => n.StartsWith("1 unit is alone with its number of periods"));
    }

    internal static void AssertSameNumbers(PanelThresholdResult a, PanelThresholdResult b)
    {
        Assert.Equal(a.LinearSse, b.LinearSse);
        Assert.Equal(a.Steps.Count, b.Steps.Count);
        for (int s = 0; s < a.Steps.Count; s++)
        {
            Assert.Equal(a.Steps[s].Thresholds, b.Steps[s].Thresholds);
            Assert.Equal(a.Steps[s].Sse, b.Steps[s].Sse);
            Assert.Equal(a.Steps[s].Test.F, b.Steps[s].Test.F);
            Assert.Equal(a.Steps[s].Test.BootstrapStatistics, b.Steps[s].Test.BootstrapStatistics);
            Assert.Equal(a.Steps[s].Coefficients, b.Steps[s].Coefficients);
            Assert.Equal(a.Steps[s].Estimate.LikelihoodRatio, b.Steps[s].Estimate.LikelihoodRatio);
        }
    }
}
