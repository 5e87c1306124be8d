using System.Text.Json;
using NevSpec.Core.Tests.Support;
using NevSpec.Core.Threshold;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>
/// Hansen (1999) reproduced on his data against his GAUSS program's printed output
/// (shared/reference/hansen1999/thresh.out, parsed into expected.json "thresh_out") and against the
/// full-precision numpy replication of its deterministic part (expected.json
/// "numpy_replication_full_precision"). Tolerances from shared/reference/README.md: thresholds and
/// region end points exactly; SSE, F, coefficients and SEs to the 8 printed significant digits
/// (1e-7 relative) and to 1e-9 relative against numpy.
/// </summary>
public class HansenReproductionTests
{
    private const double Printed = 1e-7;
    private const double FullPrecision = 1e-9;

    private static PanelThresholdResult Result => HansenInvestment.Full.Value;

    /// <summary>The threshold estimate behind each block of thresh.out.</summary>
    private static ThresholdEstimate EstimateFor(string block) => block switch
    {
        "single" => Result.Single.Estimate,
        "double_first_iteration" => Result.Double!.Estimate,
        "double_second_iteration_refinement" => Result.Double!.Refinement!,
        "triple" => Result.Triple!.Estimate,
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    public static TheoryData<string> Blocks => new() { "single", "double_first_iteration", "double_second_iteration_refinement", "triple" };

    public static TheoryData<string, int> Tests => new() { { "single", 0 }, { "double_first_iteration", 1 }, { "triple", 2 } };

    [Fact]
    public void SampleAndGridMatchHansensProgram()
    {
        var printed = HansenInvestment.ThreshOut;
        var settings = HansenInvestment.Expected.Value.GetProperty("settings");
        Assert.Equal(printed.GetProperty("N_firms").GetInt32(), Result.Units);
        Assert.Equal(printed.GetProperty("total_observations").GetInt32(), Result.RegressionRows);
        Assert.Equal(printed.GetProperty("T_years_used").GetInt32(), Result.MaxPeriods);
        Assert.True(Result.Balanced);
        Assert.Equal(Result.Units * printed.GetProperty("T_years_used").GetInt32(), Result.Observations);
        Assert.Equal(settings.GetProperty("unique_values_of_threshold_variable").GetInt32(), Result.DistinctThresholdValues);
        Assert.Equal(settings.GetProperty("base_grid_size").GetInt32(), Result.GridSize);
        Assert.Equal(settings.GetProperty("grid_first5").Numbers(), Result.Single.Estimate.LikelihoodRatio.Take(5).Select(p => p.Threshold));
        Assert.Equal(settings.GetProperty("grid_last5").Numbers(), Result.Single.Estimate.LikelihoodRatio.TakeLast(5).Select(p => p.Threshold));
        // The 1973 rows have no lagged regressors: one per firm leaves by listwise deletion, with a note.
        Assert.Equal(Result.Units, Result.DroppedMissing);
        Assert.Contains(Result.Notes, n => n.Contains("dropped for missing values"));
    }

    [Fact]
    public void LinearModelSseMatches()
    {
        Near.Relative(HansenInvestment.ThreshOut.Number("sse_zero_threshold"), Result.LinearSse, Printed, "zero-threshold SSE vs thresh.out");
        Near.Relative(HansenInvestment.Numpy.Number("sse_zero_threshold"), Result.LinearSse, FullPrecision, "zero-threshold SSE vs numpy");
    }

    [Fact]
    public void LrCriticalValueIsHansens()
    {
        double expected = HansenInvestment.Expected.Value.Number("settings", "critical_value_c95");
        Near.Relative(expected, ThresholdInterval.CriticalValueFor(0.95), 1e-15, "c(0.95)");
        Assert.Equal(ThresholdInterval.CriticalValueFor(0.95), Result.Single.Estimate.Interval(0.95).CriticalValue);
    }

    [Theory, MemberData(nameof(Blocks))]
    public void ThresholdsAndConfidenceRegionsEqualThreshOutExactly(string block)
    {
        var printed = HansenInvestment.ThreshOut.GetProperty(block);
        var numpy = HansenInvestment.Numpy.GetProperty(block);
        var estimate = EstimateFor(block);
        Assert.Equal(printed.Number("threshold_estimate"), estimate.Value);
        Assert.Equal(printed.GetProperty("confidence_region").Numbers(), new[] { estimate.Interval(0.95).Lower, estimate.Interval(0.95).Upper });
        var all = estimate.FixedThresholds.Append(estimate.Value).Order();
        Assert.Equal(printed.GetProperty("all_thresholds_sorted").Numbers(), all);
        Assert.Equal(numpy.GetProperty("fixed_thresholds").Numbers(), estimate.FixedThresholds);
        Assert.Equal(numpy.GetProperty("grid_size").GetInt32(), estimate.GridSize);
        Assert.Equal(printed.Number("trimming"), estimate.Trimming);
        // The LR curve is 0 at the estimate, which sits where numpy's SSR curve has its minimum.
        int atMinimum = numpy.GetProperty("lr_curve_min_at_index").GetInt32();
        Assert.Equal(estimate.Value, estimate.LikelihoodRatio[atMinimum].Threshold);
        Assert.Equal(0.0, estimate.LikelihoodRatio[atMinimum].Lr);
    }

    [Theory, MemberData(nameof(Blocks))]
    public void SseMatchesToPrintedDigits(string block)
    {
        var estimate = EstimateFor(block);
        Near.Relative(HansenInvestment.ThreshOut.Number(block, "sse"), estimate.Sse, Printed, $"{block} SSE vs thresh.out");
        Near.Relative(HansenInvestment.Numpy.Number(block, "sse"), estimate.Sse, FullPrecision, $"{block} SSE vs numpy");
    }

    [Theory, MemberData(nameof(Tests))]
    public void FStatisticsMatchToPrintedDigits(string block, int step)
    {
        var test = Result.Steps[step].Test;
        Assert.Equal(step + 1, test.Thresholds);
        Near.Relative(HansenInvestment.ThreshOut.Number(block, "F_statistic_LR_test"), test.F, Printed, $"{block} F vs thresh.out");
        Near.Relative(HansenInvestment.Numpy.Number(block, "F_statistic_LR_test"), test.F, FullPrecision, $"{block} F vs numpy");
        Near.Relative(HansenInvestment.Numpy.Number(block, "sse_null"), test.SseNull, FullPrecision, $"{block} null SSE vs numpy");
        Assert.Equal(HansenInvestment.ThreshOut.GetProperty(block).GetProperty("bootstrap_replications").GetInt32(), test.Replications);
    }

    [Theory, MemberData(nameof(Blocks))]
    public void CoefficientsAndStandardErrorsMatch(string block)
    {
        var printed = HansenInvestment.ThreshOut.GetProperty(block);
        var numpy = HansenInvestment.Numpy.GetProperty(block);
        var coefficients = EstimateFor(block).Coefficients;
        var rows = printed.GetProperty("regime_independent").EnumerateArray()
            .Concat(printed.GetProperty("regime_dependent_cashflow_lag").EnumerateArray()).ToArray();
        Assert.Equal(rows.Length, coefficients.Count);
        double[] coef = numpy.GetProperty("coef").Numbers(), seHomo = numpy.GetProperty("se_homoskedastic").Numbers(),
            seWhite = numpy.GetProperty("se_heteroskedastic_HC0").Numbers();
        for (int j = 0; j < rows.Length; j++)
        {
            var c = coefficients[j];
            string what = $"{block} {c.Term}";
            if (rows[j].TryGetProperty("name", out var name)) Assert.Equal(name.GetString(), c.Regressor);
            else Assert.Equal(rows[j].GetProperty("regime").GetInt32(), c.Regime);
            Near.Relative(rows[j].Number("coef"), c.Estimate, Printed, what + " coef vs thresh.out");
            Near.Relative(rows[j].Number("se_homoskedastic"), c.StdErrHomoskedastic, Printed, what + " SE vs thresh.out");
            Near.Relative(rows[j].Number("se_heteroskedastic"), c.StdErrWhite, Printed, what + " het SE vs thresh.out");
            Near.Relative(coef[j], c.Estimate, FullPrecision, what + " coef vs numpy");
            Near.Relative(seHomo[j], c.StdErrHomoskedastic, FullPrecision, what + " SE vs numpy");
            Near.Relative(seWhite[j], c.StdErrWhite, FullPrecision, what + " het SE vs numpy");
            Assert.Equal(c.StdErrWhite, c.StdErr);   // White is the default primary SE, as Hansen
        }
    }

    [Fact]
    public void DoubleModelReportsTheRefinedThresholds()
    {
        var refined = HansenInvestment.ThreshOut.GetProperty("double_second_iteration_refinement");
        Assert.Equal(refined.GetProperty("all_thresholds_sorted").Numbers(), Result.Double!.Thresholds);
        Assert.Equal(Result.Double.Refinement!.Coefficients, Result.Double.Coefficients);
        Near.Relative(refined.Number("sse"), Result.Double.Sse, Printed, "double SSE");
    }

    /// <summary>
    /// Bootstrap p-values and critical values cannot equal thresh.out's (GAUSS's random stream), but
    /// ours and Hansen's are two independent Monte Carlo estimates, each from B = 300 draws, of the same
    /// bootstrap distribution. So p̂ − p_ref has standard deviation √(2p(1−p)/B) (p estimated by their
    /// mean), and for a critical value c_ref at level ℓ the share of our statistics ≤ c_ref differs from
    /// ℓ with standard deviation at most √(2ℓ(1−ℓ)/B). Bound: 3 standard deviations plus 1/B for
    /// discreteness. Plus Hansen's conclusions (README): single and double significant at 5 %,
    /// triple not at 10 %.
    /// </summary>
    [Theory, MemberData(nameof(Tests))]
    public void BootstrapAgreesWithThreshOutWithinMonteCarloError(string block, int step)
    {
        var printed = HansenInvestment.ThreshOut.GetProperty(block);
        var test = Result.Steps[step].Test;
        int b = test.Replications;
        double pRef = printed.Number("bootstrap_p_value"), pMean = (pRef + test.PValue) / 2;
        double pBound = 3 * Math.Sqrt(2 * pMean * (1 - pMean) / b) + 1.0 / b;
        Assert.True(Math.Abs(test.PValue - pRef) <= pBound,
            $"{block}: bootstrap p = {test.PValue:G4}, thresh.out {pRef:G4}, bound ±{pBound:G3}");

        var critical = printed.GetProperty("bootstrap_critical_values");
        foreach (var (key, level) in new[] { ("90%", 0.90), ("95%", 0.95), ("99%", 0.99) })
        {
            double cRef = critical.GetProperty(key).GetDouble();
            double share = test.BootstrapStatistics.Count(s => s <= cRef) / (double)b;
            double bound = 3 * Math.Sqrt(2 * level * (1 - level) / b) + 1.0 / b;
            Assert.True(Math.Abs(share - level) <= bound,
                $"{block} {key}: thresh.out critical value {cRef:G6} is our {share:P1} quantile (ours {test.CriticalValue(level):G6}); bound ±{bound:P1}");
        }
        if (step < 2) Assert.True(test.PValue < 0.05, $"{block}: p = {test.PValue}");
        else Assert.True(test.PValue > 0.10, $"{block}: p = {test.PValue}");
    }
}
