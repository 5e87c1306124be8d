using System.Text.Json;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Threshold;
using NevSpec.Engine;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Tests;

namespace NevSpec.Engine.Tests;

/// <summary>
/// Hansen (1999) through the whole spec path: specs/reference/hansen1999.nevspec (his investment model
/// written with lag and product terms on specs/data/hansen1999_invest.csv) → compile → StudyRunner →
/// NevSpec.Core, against his GAUSS output shared/reference/hansen1999/thresh.out (parsed in
/// expected.json "thresh_out") and the full-precision numpy replication ("numpy_replication_full_precision").
/// Tolerances from shared/reference/README.md: thresholds and 95 % region end points exactly; SSE, F,
/// coefficients and both SEs (homoskedastic and White/HC0) 1e-7 relative to the printed digits and
/// 1e-9 relative to numpy. Bootstrap: within the Monte Carlo bound of the Core reproduction test
/// (3 standard deviations of the difference of two B = 300 estimates, plus 1/B).
/// </summary>
public sealed class HansenSpecTests
{
    private const double Printed = 1e-7;
    private const double FullPrecision = 1e-9;

    private static readonly Lazy<(StudyPlan Plan, StudyResult Study)> Run = new(RunSpec);
    private static readonly JsonElement Expected =
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "hansen1999", "expected.json"))).RootElement;

    private static JsonElement ThreshOut => Expected.GetProperty("thresh_out");
    private static JsonElement Numpy => Expected.GetProperty("numpy_replication_full_precision");

    private static ThresholdAnalysisResult Analysis => (ThresholdAnalysisResult)Run.Value.Study.Analyses.Single(a => a.Name == "hansen");
    private static PanelThresholdResult Result => Analysis.Threshold!;

    private static (StudyPlan, StudyResult) RunSpec()
    {
        var folder = Path.Combine(RepositoryPaths.Specs, "reference");
        var path = Path.Combine(folder, "hansen1999.nevspec");
        var compilation = SpecCompiler.Compile(File.ReadAllText(path), new FileSystemHeaderProvider(folder));
        Assert.False(compilation.HasErrors, string.Join("\n", compilation.Diagnostics.Select(d => d.Format(path))));
        return (compilation.Plan!, new StudyRunner(folder).Run(compilation.Plan!));
    }

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

    private static double Number(JsonElement e, params string[] path)
    {
        foreach (var p in path) e = e.GetProperty(p);
        return e.GetDouble();
    }

    private static double[] Numbers(JsonElement e) => e.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    private static void Relative(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected),
            $"{what}: expected {expected:R}, got {actual:R} (relative error {Math.Abs(actual - expected) / Math.Abs(expected):G3} > {tolerance:G3})");

    [Fact]
    public void SpecBindsHansensModel()
    {
        var plan = (ThresholdPlan)Run.Value.Plan.Analyses.Single(a => a.Name == "hansen");
        Assert.Equal("lag d 1", plan.Variable);
        Assert.Equal(["lag c 1"], plan.RegimeDependent.ToArray());
        Assert.Equal(["id"], plan.Base.FixedEffects.ToArray());
        Assert.Equal(3, plan.MaxThresholds);
        Assert.Equal([0.01, 0.01, 0.05], plan.Trim.ToArray());
        Assert.Equal(400, plan.GridQuantiles);
        Assert.Equal(300, plan.Bootstrap);
        Assert.True(Analysis.Succeeded, Analysis.Error);
        Assert.Equal(["lag q 1", "lag q 1 * lag q 1", "lag q 1 * lag q 1 * lag q 1", "lag d 1", "lag q 1 * lag d 1"], Result.RegimeIndependentNames);
        Assert.Equal(ThresholdStandardErrors.White, Result.Options.StandardErrors);
    }

    [Fact]
    public void SampleAndGridMatchHansensProgram()
    {
        var settings = Expected.GetProperty("settings");
        Assert.Equal(ThreshOut.GetProperty("N_firms").GetInt32(), Result.Units);
        Assert.Equal(ThreshOut.GetProperty("total_observations").GetInt32(), Result.RegressionRows);
        Assert.Equal(ThreshOut.GetProperty("T_years_used").GetInt32(), Result.MaxPeriods);
        Assert.True(Result.Balanced);
        Assert.Equal(settings.GetProperty("unique_values_of_threshold_variable").GetInt32(), Result.DistinctThresholdValues);
        Assert.Equal(settings.GetProperty("base_grid_size").GetInt32(), Result.GridSize);
        Assert.Equal(Numbers(settings.GetProperty("grid_first5")), Result.Single.Estimate.LikelihoodRatio.Take(5).Select(p => p.Threshold));
        Assert.Equal(Numbers(settings.GetProperty("grid_last5")), Result.Single.Estimate.LikelihoodRatio.TakeLast(5).Select(p => p.Threshold));
        Relative(Number(ThreshOut, "sse_zero_threshold"), Result.LinearSse, Printed, "zero-threshold SSE vs thresh.out");
        Relative(Number(Numpy, "sse_zero_threshold"), Result.LinearSse, FullPrecision, "zero-threshold SSE vs numpy");
    }

    [Theory, MemberData(nameof(Blocks))]
    public void ThresholdsAndConfidenceRegionsEqualThreshOutExactly(string block)
    {
        var printed = ThreshOut.GetProperty(block);
        var estimate = EstimateFor(block);
        Assert.Equal(Number(printed, "threshold_estimate"), estimate.Value);
        var interval = estimate.Interval(0.95);
        Assert.Equal(Numbers(printed.GetProperty("confidence_region")), new[] { interval.Lower, interval.Upper });
        Assert.Equal(Numbers(printed.GetProperty("all_thresholds_sorted")), estimate.FixedThresholds.Append(estimate.Value).Order());
        Assert.Equal(Numpy.GetProperty(block).GetProperty("grid_size").GetInt32(), estimate.GridSize);
        Relative(Number(printed, "sse"), estimate.Sse, Printed, $"{block} SSE vs thresh.out");
        Relative(Number(Numpy, block, "sse"), estimate.Sse, FullPrecision, $"{block} SSE vs numpy");
    }

    [Theory, MemberData(nameof(Tests))]
    public void FStatisticsMatchToPrintedDigits(string block, int step)
    {
        var test = Result.Steps[step].Test;
        Relative(Number(ThreshOut, block, "F_statistic_LR_test"), test.F, Printed, $"{block} F vs thresh.out");
        Relative(Number(Numpy, block, "F_statistic_LR_test"), test.F, FullPrecision, $"{block} F vs numpy");
        Assert.Equal(ThreshOut.GetProperty(block).GetProperty("bootstrap_replications").GetInt32(), test.Replications);
    }

    [Theory, MemberData(nameof(Blocks))]
    public void CoefficientsAndBothStandardErrorsMatch(string block)
    {
        var printed = ThreshOut.GetProperty(block);
        var numpy = Numpy.GetProperty(block);
        var coefficients = EstimateFor(block).Coefficients;
        var rows = printed.GetProperty("regime_independent").EnumerateArray()
            .Concat(printed.GetProperty("regime_dependent_cashflow_lag").EnumerateArray()).ToArray();
        Assert.Equal(rows.Length, coefficients.Count);
        double[] coef = Numbers(numpy.GetProperty("coef")), seHomo = Numbers(numpy.GetProperty("se_homoskedastic")),
            seWhite = Numbers(numpy.GetProperty("se_heteroskedastic_HC0"));
        for (int j = 0; j < rows.Length; j++)
        {
            var c = coefficients[j];
            string what = $"{block} {c.Term}";
            if (rows[j].TryGetProperty("regime", out var regime)) Assert.Equal(regime.GetInt32(), c.Regime);
            else Assert.Null(c.Regime);
            Relative(Number(rows[j], "coef"), c.Estimate, Printed, what + " coef vs thresh.out");
            Relative(Number(rows[j], "se_homoskedastic"), c.StdErrHomoskedastic, Printed, what + " SE vs thresh.out");
            Relative(Number(rows[j], "se_heteroskedastic"), c.StdErrWhite, Printed, what + " het SE vs thresh.out");
            Relative(coef[j], c.Estimate, FullPrecision, what + " coef vs numpy");
            Relative(seHomo[j], c.StdErrHomoskedastic, FullPrecision, what + " SE vs numpy");
            Relative(seWhite[j], c.StdErrWhite, FullPrecision, what + " het SE vs numpy");
            Assert.Equal(c.StdErrWhite, c.StdErr);   // vcov hc1 → Hansen's White (HC0) SEs as the primary SE
        }
    }

    [Fact]
    public void DoubleModelReportsTheRefinedThresholds()
    {
        var refined = ThreshOut.GetProperty("double_second_iteration_refinement");
        Assert.Equal(Numbers(refined.GetProperty("all_thresholds_sorted")), Result.Double!.Thresholds);
        Relative(Number(refined, "sse"), Result.Double.Sse, Printed, "double SSE");
    }

    /// <summary>Same bound as the Core reproduction test: |p̂ − p_ref| ≤ 3√(2p̄(1−p̄)/B) + 1/B, and
    /// thresh.out's critical value at level ℓ is our ℓ-quantile within 3√(2ℓ(1−ℓ)/B) + 1/B.</summary>
    [Theory, MemberData(nameof(Tests))]
    public void BootstrapAgreesWithThreshOutWithinMonteCarloError(string block, int step)
    {
        var printed = ThreshOut.GetProperty(block);
        var test = Result.Steps[step].Test;
        int b = test.Replications;
        double pRef = Number(printed, "bootstrap_p_value"), pMean = (pRef + test.PValue) / 2;
        double pBound = 3 * Math.Sqrt(2 * pMean * (1 - pMean) / b) + 1.0 / b;
        Assert.True(Math.Abs(test.PValue - pRef) <= pBound, $"{block}: bootstrap p = {test.PValue:G4}, thresh.out {pRef:G4}, bound ±{pBound:G3}");
        var critical = printed.GetProperty("bootstrap_critical_values");
        foreach (var (key, level) in new[] { ("90%", 0.90), ("95%", 0.95), ("99%", 0.99) })
        {
            double cRef = critical.GetProperty(key).GetDouble();
            double share = test.BootstrapStatistics.Count(s => s <= cRef) / (double)b;
            double bound = 3 * Math.Sqrt(2 * level * (1 - level) / b) + 1.0 / b;
            Assert.True(Math.Abs(share - level) <= bound, $"{block} {key}: thresh.out {cRef:G6} is our {share:P1} quantile; bound ±{bound:P1}");
        }
        if (step < 2) Assert.True(test.PValue < 0.05, $"{block}: p = {test.PValue}");
        else Assert.True(test.PValue > 0.10, $"{block}: p = {test.PValue}");
    }

    /// <summary>
    /// The spec path runs exactly the Core reproduction (HansenReproductionTests): the same design built by
    /// hand from invest.csv with Hansen's defaults and seed 42 gives bit-identical estimates and bootstrap draws.
    /// </summary>
    [Fact]
    public void SpecPathEqualsTheCoreReproductionBitForBit()
    {
        var direct = new PanelThresholdEstimator(new PanelThresholdOptions { Seed = 42 }).Fit(CoreDesign());
        Assert.Equal(direct.LinearSse, Result.LinearSse);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(direct.Steps[k].Thresholds, Result.Steps[k].Thresholds);
            Assert.Equal(direct.Steps[k].Sse, Result.Steps[k].Sse);
            Assert.Equal(direct.Steps[k].Test.F, Result.Steps[k].Test.F);
            Assert.Equal(direct.Steps[k].Test.BootstrapStatistics, Result.Steps[k].Test.BootstrapStatistics);
            Assert.Equal(direct.Steps[k].Coefficients.Select(c => (c.Estimate, c.StdErr, c.StdErrHomoskedastic)),
                Result.Steps[k].Coefficients.Select(c => (c.Estimate, c.StdErr, c.StdErrHomoskedastic)));
        }
    }

    /// <summary>The design as tests/NevSpec.Core.Tests/Threshold/HansenInvestment.cs builds it.</summary>
    private static PanelThresholdDesign CoreDesign()
    {
        var df = CsvReader.Read(Path.Combine(RepositoryPaths.Specs, "data", "hansen1999_invest.csv"));
        double[] id = df.GetNumeric("id"), year = df.GetNumeric("year");
        double[] i = df.GetNumeric("i"), q = df.GetNumeric("q"), c = df.GetNumeric("c"), d = df.GetNumeric("d");
        var row = new Dictionary<(double, double), int>();
        for (int r = 0; r < id.Length; r++) row[(id[r], year[r])] = r;
        double[] Lag(double[] x) => Enumerable.Range(0, id.Length)
            .Select(r => row.TryGetValue((id[r], year[r] - 1), out int p) ? x[p] : double.NaN).ToArray();
        double[] q1 = Lag(q), d1 = Lag(d), c1 = Lag(c);
        return new PanelThresholdDesign(
            Factor.FromNumeric("id", id), year, "i", i, "d_lag", d1, ["c_lag"], [c1],
            ["q_lag", "q_lag^2", "q_lag^3", "d_lag", "q_lag*d_lag"],
            [q1, q1.Select(v => v * v).ToArray(), q1.Select(v => v * v * v).ToArray(), d1, q1.Zip(d1, (a, b) => a * b).ToArray()]);
    }
}
