using Xunit.Abstractions;

namespace NevSpec.SyntheticData.Tests;

/// <summary>
/// Checks that the paper's regressions on the bundled data recover what the DGP builds in
/// (bands derived in docs/data.md, section "What estimators should recover").
/// </summary>
public class DgpSanityTests(ITestOutputHelper output)
{
    private static readonly SyntheticPanel P = PanelGenerator.Generate();
    private static readonly DgpParameters Par = DgpParameters.Default;

    /// <summary>
    /// Upper bound on the SD of the VA coefficient's error part c'ε: ε_it = σ·s_i·e_it with AR(1) e of
    /// coefficient ρ and s_i = exp(N(0, 0.25²)) bounded here by exp(3·0.25).
    /// </summary>
    private static double ErrorSdBound(double[] c)
    {
        double sMax = Par.NevdNoiseSd * Math.Exp(3 * 0.25);
        double v = 0;
        foreach (var g in Enumerable.Range(0, P.RowCount).GroupBy(r => P.Province[r]))
        {
            var rows = g.ToArray();
            foreach (int a in rows)
                foreach (int b in rows)
                    v += c[a] * c[b] * Math.Pow(Par.NevdNoiseRho, Math.Abs(P.Year[a] - P.Year[b]));
        }
        return sMax * Math.Sqrt(v);
    }

    [Fact]
    public void Baseline_two_way_FE_is_positive_and_near_the_true_mixed_effect()
    {
        var fit = PanelAnalysis.Baseline(P);
        double estimate = fit.Beta[0];
        // True mixed effect for this sample: the same regression on the DGP's systematic part (Nevd − ε),
        // i.e. regime slopes, moderation, mediator paths, endogeneity bias and threshold jumps combined.
        double mixed = PanelAnalysis.Baseline(P, y: P.Latent["nevd_mean"].ToArray()).Beta[0];
        var x = LeastSquares.TwoWayDesign([PanelAnalysis.Col(P, "VA"), .. PanelAnalysis.ControlCols(P)], P.Province, P.Year);
        double sd = ErrorSdBound(LeastSquaresExtras.CoefficientWeights(x, 0));
        output.WriteLine($"baseline VA = {estimate:F4} (clustered SE {fit.ClusterSe[0]:F4}, R2 {fit.R2:F4}); true mixed effect {mixed:F4}; error SD bound {sd:F4}");

        Assert.True(estimate > 0);
        Assert.InRange(estimate, mixed - 4 * sd, mixed + 4 * sd);
        // Without threshold crossings the mixed effect is a variance-weighted mean of the FE-OLS regime
        // slopes 0.066 and 0.249; each crossing province adds a jump term, allowed here up to +0.05.
        Assert.InRange(mixed, Par.RegimeSlopeLow, Par.RegimeSlopeHigh + 0.05);
        Assert.True(fit.R2 > 0.91, $"R2 {fit.R2}");
    }

    [Fact]
    public void Mediation_paths_recover_the_structural_coefficients()
    {
        var tm = PanelAnalysis.Regress(P, "Tech_Market", "VA");
        var cim = PanelAnalysis.Regress(P, "CIM", "VA");
        var withTm = PanelAnalysis.Regress(P, "Nevd", "VA", "Tech_Market");
        var withCim = PanelAnalysis.Regress(P, "Nevd", "VA", "CIM");
        output.WriteLine($"VA->Tech_Market {tm.Beta[0]:F4} (SE {tm.ClusterSe[0]:F4}); Tech_Market->Nevd {withTm.Beta[1]:F4} (SE {withTm.ClusterSe[1]:F4}), VA {withTm.Beta[0]:F4}");
        output.WriteLine($"VA->CIM {cim.Beta[0]:F4} (SE {cim.ClusterSe[0]:F4}); CIM->Nevd {withCim.Beta[1]:F4} (SE {withCim.ClusterSe[1]:F4})");

        // The mediator equations are exactly linear with iid noise of known SD, so the FE-OLS coefficient
        // has SD = noise SD × ||c|| where c are the coefficient weights.
        var x = LeastSquares.TwoWayDesign([PanelAnalysis.Col(P, "VA"), .. PanelAnalysis.ControlCols(P)], P.Province, P.Year);
        double norm = Math.Sqrt(LeastSquaresExtras.CoefficientWeights(x, 0).Sum(w => w * w));
        Assert.InRange(tm.Beta[0], Par.VaToTechMarket - 4 * 0.024 * norm, Par.VaToTechMarket + 4 * 0.024 * norm);
        Assert.InRange(cim.Beta[0], Par.VaToCim - 4 * 0.03 * norm, Par.VaToCim + 4 * 0.03 * norm);
        Assert.True(cim.Beta[0] > 0);
        Assert.InRange(withTm.Beta[1], Par.TechMarketToNevd - 4 * withTm.ClusterSe[1], Par.TechMarketToNevd + 4 * withTm.ClusterSe[1]);
        Assert.True(withTm.Beta[1] / withTm.ClusterSe[1] > 2.6, "Tech_Market should be significant at 1 %");
        Assert.True(withCim.Beta[1] > 0);
        Assert.True(withTm.Beta[0] < PanelAnalysis.Baseline(P).Beta[0], "partial mediation: VA shrinks once Tech_Market is held fixed");
    }

    [Fact]
    public void Moderation_interaction_is_positive_and_VA_main_effect_is_below_baseline()
    {
        var fit = PanelAnalysis.Moderation(P);
        output.WriteLine($"moderation: VA {fit.Beta[0]:F4} (SE {fit.ClusterSe[0]:F4}), Innov {fit.Beta[1]:F4}, VA×Innov {fit.Beta[2]:F4} (SE {fit.ClusterSe[2]:F4})");
        Assert.True(fit.Beta[2] > 0);
        Assert.InRange(fit.Beta[2], Par.VaInnovInteraction - 4 * fit.ClusterSe[2], Par.VaInnovInteraction + 4 * fit.ClusterSe[2]);
        Assert.True(fit.Beta[0] < PanelAnalysis.Baseline(P).Beta[0]);
    }

    [Fact]
    public void Threshold_search_finds_the_threshold_and_the_regime_slopes()
    {
        var (gamma, fit) = PanelAnalysis.ThresholdSearch(P);
        var atTrue = PanelAnalysis.ThresholdAt(P, Par.Threshold);
        output.WriteLine($"threshold: gamma-hat {gamma:F4}; slopes {fit.Beta[0]:F4} / {fit.Beta[1]:F4}; at 1.2411: {atTrue.Beta[0]:F4} (SE {atTrue.ClusterSe[0]:F4}) / {atTrue.Beta[1]:F4} (SE {atTrue.ClusterSe[1]:F4})");
        Assert.InRange(gamma, Par.Threshold - 0.05, Par.Threshold + 0.05);
        Assert.InRange(atTrue.Beta[0], Par.RegimeSlopeLow - 4 * atTrue.ClusterSe[0], Par.RegimeSlopeLow + 4 * atTrue.ClusterSe[0]);
        Assert.InRange(atTrue.Beta[1], Par.RegimeSlopeHigh - 4 * atTrue.ClusterSe[1], Par.RegimeSlopeHigh + 4 * atTrue.ClusterSe[1]);
        Assert.True(atTrue.Beta[1] > atTrue.Beta[0]);
    }

    [Fact]
    public void Instrument_first_stage_recovers_1_044()
    {
        var (beta, first) = PanelAnalysis.Iv(P);
        output.WriteLine($"IV: first stage {first.Beta[0]:F4} (SE {first.ClusterSe[0]:F4}, F {Math.Pow(first.Beta[0] / first.ClusterSe[0], 2):F1}); 2SLS VA {beta[0]:F4}");
        Assert.InRange(first.Beta[0], Par.FirstStage - 4 * first.ClusterSe[0], Par.FirstStage + 4 * first.ClusterSe[0]);
        Assert.True(Math.Pow(first.Beta[0] / first.ClusterSe[0], 2) > 10, "instrument should not be weak");
    }

    [Fact]
    public void Heterogeneity_goes_the_papers_way()
    {
        var early = PanelAnalysis.BaselineWhere(P, r => P.Year[r] <= 2019).Beta[0];
        var late = PanelAnalysis.BaselineWhere(P, r => P.Year[r] >= 2020).Beta[0];
        var means = Enumerable.Range(0, P.RowCount).GroupBy(r => P.Province[r])
            .ToDictionary(g => g.Key, g => g.Average(r => P["digital_infra"][r]));
        var sorted = means.Values.OrderBy(v => v).ToArray();
        double median = (sorted[14] + sorted[15]) / 2;
        var low = PanelAnalysis.BaselineWhere(P, r => means[P.Province[r]] < median).Beta[0];
        var high = PanelAnalysis.BaselineWhere(P, r => means[P.Province[r]] >= median).Beta[0];
        output.WriteLine($"2018-19 {early:F4}; 2020-23 {late:F4}; low digital_infra {low:F4}; high {high:F4}");
        Assert.True(early < late);
        Assert.True(low < high);
    }
}
