using NevSpec.Core.Randomness;
using System.Text.Json;
using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Mediation;
using NevSpec.Core.Tests.Indices;
using NevSpec.Core.Tests.Support;
using NevSpec.Tests;

namespace NevSpec.Core.Tests.Mediation;

/// <summary>mtcars X = wt, M = hp, Y = mpg against shared/reference/mtcars_mediation.json (R 4.2.2 lm), and the provincial panel.</summary>
public class MediationAnalysisTests
{
    private static readonly Lazy<DataFrame> Mtcars = new(() => CsvReader.Read(RepositoryPaths.InShared("data", "mtcars.csv")));
    private static readonly Lazy<JsonElement> Reference = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InShared("reference", "mtcars_mediation.json"))).RootElement);

    private static RegressionDesign MtcarsModel() =>
        new("mpg", Mtcars.Value.GetNumeric("mpg"), ["wt"], [Mtcars.Value.GetNumeric("wt")], [], []);

    private static Mediator Hp => new("hp", Mtcars.Value.GetNumeric("hp"));

    [Fact]
    public void PathsAndNormalTheoryTestsMatchR()
    {
        var r = Reference.Value;
        var m = new MediationAnalysis().Fit(MtcarsModel(), "wt", [Hp], new IidCovariance())["hp"];

        Near.Relative(r.Number("path_a", "coef"), m.A.Estimate, 1e-8, "a");
        Near.Relative(r.Number("path_a", "se"), m.A.StdErr, 1e-6, "s_a");
        Near.Relative(r.Number("path_a", "intercept"), m.MediatorModel["_cons"].Estimate, 1e-8, "a intercept");
        Near.Relative(r.Number("path_b", "coef"), m.B.Estimate, 1e-8, "b");
        Near.Relative(r.Number("path_b", "se"), m.B.StdErr, 1e-6, "s_b");
        Near.Relative(r.Number("direct_c_prime", "coef"), m.Direct.Estimate, 1e-8, "c'");
        Near.Relative(r.Number("direct_c_prime", "se"), m.Direct.StdErr, 1e-6, "s_c'");
        Near.Relative(r.Number("total_c", "coef"), m.Total.Estimate, 1e-8, "c");
        Near.Relative(r.Number("total_c", "se"), m.Total.StdErr, 1e-6, "s_c");
        Near.Relative(r.Number("indirect_ab"), m.Indirect, 1e-8, "ab");
        foreach (var (name, test) in new[] { ("sobel", m.Sobel), ("aroian", m.Aroian), ("goodman", m.Goodman!) })
        {
            Assert.Equal(name, test.Method.ToLowerInvariant());
            Near.Relative(r.Number(name, "se"), test.StdErr, 1e-6, $"{name} SE");
            Near.Relative(r.Number(name, "z"), test.Z, 1e-6, $"{name} z");
            Near.Relative(r.Number(name, "p"), test.P, 1e-6, $"{name} p");
        }
        Near.Relative(r.Number("proportion_mediated", "value"), m.ProportionMediated!.Value, 1e-8, "proportion mediated");
        Near.Relative(r.Number("ratio_indirect_to_direct"), m.IndirectToDirectRatio!.Value, 1e-8, "ab/c'");
        Assert.Equal(r.GetProperty("N").GetInt32(), m.Nobs);
        Assert.Equal(r.Number("path_a", "df_resid"), m.MediatorModel.ResidualDf);
        Assert.Equal(r.Number("path_b", "df_resid"), m.OutcomeModel.ResidualDf);
        Assert.Null(m.Bootstrap);
    }

    [Fact]
    public void TotalEqualsDirectPlusIndirectWithTwoWayFixedEffectsAndClustering()
    {
        var result = new MediationAnalysis().Fit(ProvincePanel.Baseline(), "VA",
            [new("Tech_Market", ProvincePanel.Column("Tech_Market")), new("CIM", ProvincePanel.Column("CIM"))], new ClusteredCovariance());

        Assert.Equal("cr1", result.CovarianceName);
        foreach (var m in result.Mediators)
        {
            Assert.True(Math.Abs(m.Total.Estimate - m.Direct.Estimate - m.Indirect) < 1e-10, $"{m.Mediator}: c − c′ − ab");
            Assert.Equal(180, m.Nobs);
            Assert.Equal(29, m.OutcomeModel.ResidualDf); // G − 1 with 30 province clusters
            Assert.Equal(["VA", m.Mediator, "Open", "Gov", "Urban", "Fin", "Hum"], m.OutcomeModel.Terms);
            Assert.Equal(2, m.MediatorModel.FixedEffects.Count);
        }
        // The total-effect model is the baseline itself (docs/data.md: bundled VA estimate 0.212, SE 0.076).
        var baseline = new FixedEffectsOls().Fit(ProvincePanel.Baseline(), new ClusteredCovariance());
        Near.Relative(baseline["VA"].Estimate, result["CIM"].Total.Estimate, 1e-10, "total = baseline");
        Near.Relative(baseline["VA"].StdErr, result["CIM"].Total.StdErr, 1e-8, "total SE = baseline SE");
        // docs/data.md: VA → Tech_Market 0.060 (SE 0.027), Tech_Market → Nevd 1.061 (SE 0.104), VA → CIM 0.101, CIM → Nevd 0.299.
        Assert.Equal(0.060, result["Tech_Market"].A.Estimate, 3);
        Assert.Equal(1.061, result["Tech_Market"].B.Estimate, 3);
        Assert.Equal(0.101, result["CIM"].A.Estimate, 3);
        Assert.Equal(0.299, result["CIM"].B.Estimate, 3);
    }

    [Fact]
    public void BootstrapIsSeededAndReproducible()
    {
        var options = new MediationOptions(Bootstrap: 300, Seed: 7);
        var first = new MediationAnalysis(options).Fit(MtcarsModel(), "wt", [Hp], new IidCovariance())["hp"].Bootstrap!;
        var again = new MediationAnalysis(options).Fit(MtcarsModel(), "wt", [Hp], new IidCovariance())["hp"].Bootstrap!;
        var other = new MediationAnalysis(options with { Seed = 8 }).Fit(MtcarsModel(), "wt", [Hp], new IidCovariance())["hp"].Bootstrap!;

        Assert.Equal(first, again);
        Assert.NotEqual(first.PercentileLow, other.PercentileLow);
        Assert.Equal(7UL, first.Seed);
        Assert.Equal(300, first.Completed);
        Assert.Equal("observations", first.ResamplingUnit);
        // a·b = −1.47 with Sobel SE 0.52: the bootstrap SE is of that size and the interval excludes 0.
        Assert.InRange(first.StdErr, 0.3, 0.9);
        Assert.True(first.PercentileLow < -1.466640830318 && -1.466640830318 < first.PercentileHigh);
        Assert.True(first.PercentileHigh < 0);
        Assert.NotNull(first.BiasCorrectedLow);
        Assert.Equal(first.PercentileLow, first.Low);
    }

    [Fact]
    public void BootstrapWithoutSeedUsesAndRecordsTheDefault()
    {
        var result = new MediationAnalysis(new MediationOptions(Bootstrap: 50, Ci: BootstrapCiMethod.BiasCorrected)).Fit(MtcarsModel(), "wt", [Hp], new IidCovariance());
        var withDefault = new MediationAnalysis(new MediationOptions(Bootstrap: 50, Seed: MediationOptions.DefaultSeed, Ci: BootstrapCiMethod.BiasCorrected))
            .Fit(MtcarsModel(), "wt", [Hp], new IidCovariance());

        Assert.Equal(42UL, result.Seed);
        Assert.Equal(42UL, result["hp"].Bootstrap!.Seed);
        Assert.Equal(withDefault["hp"].Bootstrap, result["hp"].Bootstrap);
        Assert.Equal(result["hp"].Bootstrap!.BiasCorrectedLow, result["hp"].Bootstrap!.Low);
    }

    [Fact]
    public void ClusteredModelResamplesWholeClusters()
    {
        var result = new MediationAnalysis(new MediationOptions(Bootstrap: 100, Seed: 1)).Fit(ProvincePanel.Baseline(), "VA",
            [new("CIM", ProvincePanel.Column("CIM"))], new ClusteredCovariance());
        var boot = result["CIM"].Bootstrap!;

        Assert.Equal("province", boot.ResamplingUnit);
        Assert.Equal(100, boot.Completed);
        Assert.True(boot.PercentileLow < result["CIM"].Indirect && result["CIM"].Indirect < boot.PercentileHigh);
        Assert.True(boot.StdErr > 0);
    }

    [Fact]
    public void BiasCorrectionEqualsPercentileWhenHalfTheDrawsAreBelowTheEstimate()
    {
        // 1..100 with estimate 50.5: #{θ* < θ̂} = 50, z₀ = Φ⁻¹(0.5) = 0, so BC limits = percentile limits:
        // Stata percentile, P = 100·0.025 = 2.5 → x(3) = 3; P = 97.5 → x(98) = 98.
        var draws = Enumerable.Range(1, 100).Select(i => (double)i).ToArray();
        var s = BootstrapSummary.Summarise(draws, 50.5, 0.95);
        Assert.Equal(3, s.PercentileLow);
        Assert.Equal(98, s.PercentileHigh);
        Assert.Equal(0, s.Z0!.Value, 14);
        Assert.Equal(3, s.BcLow);
        Assert.Equal(98, s.BcHigh);
        // Estimate 20.5: 20 below, z₀ = Φ⁻¹(0.2) = −0.841621; limits at Φ(2z₀ ∓ 1.959964) = Φ(−3.643206), Φ(0.276722)
        // = 0.000135, 0.609003 → P = 0.0135 → x(1) = 1 and P = 60.9 → x(61) = 61.
        var shifted = BootstrapSummary.Summarise(draws, 20.5, 0.95);
        Assert.Equal(1, shifted.BcLow);
        Assert.Equal(61, shifted.BcHigh);
        Assert.Null(BootstrapSummary.Summarise(draws, 0, 0.95).BcLow);
    }

    [Fact]
    public void MediatorEqualToTheOutcomeIsRejected()
    {
        var model = MtcarsModel();
        var byName = Assert.Throws<ArgumentException>(() => new MediationAnalysis().Fit(model, "wt", [new("mpg", Mtcars.Value.GetNumeric("mpg"))], new IidCovariance()));
        Assert.Contains("Mediator 'mpg' is the outcome 'mpg'", byName.Message);
        var byValues = Assert.Throws<ArgumentException>(() => new MediationAnalysis().Fit(model, "wt", [new("mpg_copy", model.Outcome)], new IidCovariance()));
        Assert.Contains("'mpg_copy' is the outcome", byValues.Message);
        Assert.Throws<ArgumentException>(() => new MediationAnalysis().Fit(model, "wt", [new("wt", model.Regressors[0])], new IidCovariance()));
        var unknown = Assert.Throws<ArgumentException>(() => new MediationAnalysis().Fit(model, "qsec", [Hp], new IidCovariance()));
        Assert.Contains("'qsec' is not a regressor", unknown.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new MediationAnalysis(new MediationOptions(Bootstrap: 5)));
    }

    [Fact]
    public void SeededRandomIsTheReferenceXoshiroStream()
    {
        // SplitMix64 from state 0: first output 0xE220A8397B1DCDAF (Vigna's reference implementation).
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SeededRandom.SplitMix64(ref state));
        var a = new SeededRandom(123);
        var b = new SeededRandom(123);
        for (int i = 0; i < 100; i++) Assert.Equal(a.NextUInt64(), b.NextUInt64());
        var counts = new int[3];
        for (int i = 0; i < 3000; i++) counts[a.NextInt(3)]++;
        Assert.All(counts, c => Assert.InRange(c, 850, 1150));
    }
}
