using NevSpec.Core.Estimation;
using NevSpec.Core.Moderation;
using NevSpec.Core.Tests.Indices;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Moderation;

public class ModerationAnalysisTests
{
    private static Moderator Innov => new("Innov", ProvincePanel.Column("Innov"));

    [Fact]
    public void UncentredInteractionOnTheProvincialPanel()
    {
        var result = new ModerationAnalysis().Fit(ProvincePanel.Baseline(), "VA", Innov, new ClusteredCovariance());

        Assert.Equal(["VA", "Innov", "VA:Innov", "Open", "Gov", "Urban", "Fin", "Hum"], result.Model.Terms);
        Assert.False(result.Centred);
        Assert.Equal(0, result.ModeratorCentre);
        // docs/data.md, bundled file: VA×Innov 0.753 (SE 0.295), VA main effect 0.078.
        Assert.Equal(0.753, result.Interaction.Estimate, 3);
        Assert.Equal(0.295, result.Interaction.StdErr, 3);
        Assert.Equal(0.078, result.Model["VA"].Estimate, 3);
        Assert.Equal(["mean - 1 SD", "mean", "mean + 1 SD"], result.SimpleSlopes.Select(s => s.Label));
        var innov = ProvincePanel.Column("Innov");
        Near.Relative(innov.Average(), result.ModeratorMean, 1e-12, "mean Innov");
        Assert.True(result.SimpleSlopes[0].Slope < result.SimpleSlopes[2].Slope);
    }

    [Fact]
    public void SimpleSlopeEqualsTheMainEffectWhenTheModeratorIsCentredAtThatValue()
    {
        // Independent check by re-parametrisation: with Z centred at z₀, the coefficient of X is the
        // slope at z₀ and its SE comes straight from the fitted covariance.
        var analysis = new ModerationAnalysis().Fit(ProvincePanel.Baseline(), "VA", Innov, new ClusteredCovariance());
        var baseline = ProvincePanel.Baseline();
        var va = ProvincePanel.Column("VA");
        var z = ProvincePanel.Column("Innov");
        foreach (var slope in analysis.SimpleSlopes)
        {
            var zc = z.Select(v => v - slope.ModeratorValue).ToArray();
            var design = baseline with
            {
                RegressorNames = ["VA", "Innov", "VA:Innov", .. ProvincePanel.Controls],
                Regressors = [va, zc, va.Zip(zc, (a, b) => a * b).ToArray(), .. ProvincePanel.Controls.Select(ProvincePanel.Column)],
            };
            var fit = new FixedEffectsOls().Fit(design, new ClusteredCovariance());
            Near.Relative(fit["VA"].Estimate, slope.Slope, 1e-8, $"slope at {slope.Label}");
            Near.Relative(fit["VA"].StdErr, slope.StdErr, 1e-6, $"SE at {slope.Label}");
            Near.Relative(fit["VA"].P, slope.P, 1e-6, $"p at {slope.Label}");
            Near.Relative(fit["VA"].CiLow, slope.CiLow, 1e-6, $"CI low at {slope.Label}");
        }
    }

    [Fact]
    public void CentringLeavesTheInteractionAndMakesTheMainEffectTheSlopeAtTheMean()
    {
        var raw = new ModerationAnalysis().Fit(ProvincePanel.Baseline(), "VA", Innov, new ClusteredCovariance());
        var centred = new ModerationAnalysis(new ModerationOptions(Centre: true)).Fit(ProvincePanel.Baseline(), "VA", Innov, new ClusteredCovariance());

        Assert.True(centred.Centred);
        Near.Relative(raw.Interaction.Estimate, centred.Interaction.Estimate, 1e-9, "interaction");
        Near.Relative(raw.Interaction.StdErr, centred.Interaction.StdErr, 1e-7, "interaction SE");
        Near.Relative(centred.SimpleSlopes[1].Slope, centred.Model["VA"].Estimate, 1e-10, "main effect = slope at mean");
        Near.Relative(centred.SimpleSlopes[1].StdErr, centred.Model["VA"].StdErr, 1e-10, "SE");
        for (int i = 0; i < 3; i++)
        {
            Near.Relative(raw.SimpleSlopes[i].Slope, centred.SimpleSlopes[i].Slope, 1e-8, $"slope {i}");
            Near.Relative(raw.SimpleSlopes[i].StdErr, centred.SimpleSlopes[i].StdErr, 1e-6, $"SE {i}");
        }
        Near.Relative(ProvincePanel.Column("VA").Average(), centred.FocalCentre, 1e-12, "centre of VA");
    }

    [Fact]
    public void HandComputedSlopesWithoutFixedEffects()
    {
        // y = 1 + 2x + 3z + 4xz exactly (no noise) on a small grid: slopes of x at z are 2 + 4z.
        double[] x = [0, 1, 2, 0, 1, 2, 0, 1, 2.5], z = [0, 0, 0, 1, 1, 1, 2, 2, 2];
        var y = x.Zip(z, (a, b) => 1 + 2 * a + 3 * b + 4 * a * b + 0.001 * Math.Sin(7 * a + b)).ToArray();
        var model = new RegressionDesign("y", y, ["x"], [x], [], []);
        var result = new ModerationAnalysis().Fit(model, "x", new Moderator("z", z), new IidCovariance());

        Assert.Equal(1, result.ModeratorMean, 12);
        Assert.Equal(Math.Sqrt(6.0 / 8), result.ModeratorSd, 12);  // deviations −1,0,1 three times: Σd² = 6, n − 1 = 8
        Assert.Equal(4, result.Interaction.Estimate, 2);
        Assert.Equal(2 + 4 * (1 + Math.Sqrt(0.75)), result.SimpleSlopes[2].Slope, 2);
    }

    [Fact]
    public void BadRolesAreRejected()
    {
        var model = ProvincePanel.Baseline();
        Assert.Throws<ArgumentException>(() => new ModerationAnalysis().Fit(model, "Innov", Innov, new IidCovariance()));
        Assert.Throws<ArgumentException>(() => new ModerationAnalysis().Fit(model, "VA", new Moderator("VA", ProvincePanel.Column("VA")), new IidCovariance()));
        Assert.Throws<ArgumentException>(() => new ModerationAnalysis().Fit(model, "VA", new Moderator("Nevd", model.Outcome), new IidCovariance()));
        var flat = Assert.Throws<EstimationException>(() => new ModerationAnalysis().Fit(model, "VA", new Moderator("flat", new double[180]), new IidCovariance()));
        Assert.Contains("'flat'", flat.Message);
    }
}
