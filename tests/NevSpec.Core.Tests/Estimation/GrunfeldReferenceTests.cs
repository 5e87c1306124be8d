using NevSpec.Core.Estimation;
using NevSpec.Core.Tests.Support;

namespace NevSpec.Core.Tests.Estimation;

/// <summary>
/// Grunfeld inv ~ value + capital against shared/reference/grunfeld_twoway.json (R 4.2.2, plm 2.6.2,
/// sandwich 3.0.2; Stata's cluster convention recomputed in R, see shared/reference/README.md).
/// </summary>
public class GrunfeldReferenceTests
{
    private static readonly string[] Slopes = ["value", "capital"];

    public static TheoryData<string> Models => new() { "twoway", "oneway" };

    private static IReadOnlyList<Factor> FixedEffects(string model) =>
        model == "twoway" ? [Grunfeld.Firm, Grunfeld.Year] : [Grunfeld.Firm];

    [Theory, MemberData(nameof(Models))]
    public void CoefficientsIidSesAndWithinR2MatchPlm(string model)
    {
        var reference = Grunfeld.Reference.Value.GetProperty(model);
        var result = new FixedEffectsOls().Fit(Grunfeld.Design(FixedEffects(model)), new IidCovariance());

        Assert.Equal(Slopes, result.Terms);
        foreach (var term in Slopes)
        {
            Near.Relative(reference.Number("coefficients", term), result[term].Estimate, 1e-8, $"{model} coefficient {term}");
            Near.Relative(reference.Number("se_iid", term), result[term].StdErr, 1e-6, $"{model} iid SE {term}");
        }
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                Near.Relative(reference.GetProperty("vcov_iid")[i][j].GetDouble(), result.Covariance(i, j), 1e-6, $"{model} iid vcov[{i},{j}]");
        Assert.Equal(reference.GetProperty("iid_df_resid").GetInt32(), result.ResidualDf);
        Assert.Equal(reference.GetProperty("N").GetInt32(), result.Nobs);
        Near.Relative(reference.Number("rss"), result.Rss, 1e-8, $"{model} RSS");
        Near.Relative(reference.Number("r2_within"), result.R2Within!.Value, 1e-6, $"{model} within R²");
    }

    [Theory, MemberData(nameof(Models))]
    public void ClusteredByFirmMatchesStataConvention(string model)
    {
        var reference = Grunfeld.Reference.Value.GetProperty(model).GetProperty("cluster_a_stata");
        var result = new FixedEffectsOls().Fit(Grunfeld.Design(FixedEffects(model), [Grunfeld.Firm]), new ClusteredCovariance());

        Assert.Equal("cr1", result.CovarianceName);
        Assert.Equal(reference.GetProperty("df").GetInt32(), result.ResidualDf);
        foreach (var term in Slopes)
        {
            Near.Relative(reference.Number("se", term), result[term].StdErr, 1e-6, $"{model} cr1 SE {term}");
            Near.Relative(reference.Number("t", term), result[term].T, 1e-6, $"{model} cr1 t {term}");
            Near.Relative(reference.Number("p", term), result[term].P, 1e-6, $"{model} cr1 p {term}");
        }
        for (int i = 0; i < 2; i++)
            for (int j = 0; j < 2; j++)
                Near.Relative(reference.GetProperty("vcov")[i][j].GetDouble(), result.Covariance(i, j), 1e-6, $"{model} cr1 vcov[{i},{j}]");
        Assert.True(result.FixedEffects[0].NestedInCluster);
        Assert.Equal(new ClusterSummary("firm", 10), result.Clusters.Single());
    }

    [Theory, MemberData(nameof(Models))]
    public void ClusteredByFirmDoesNotFollowSandwichHc1OrNoInterceptVariants(string model)
    {
        // The reference file carries two other conventions so we can show which one we follow.
        var reference = Grunfeld.Reference.Value.GetProperty(model);
        var result = new FixedEffectsOls().Fit(Grunfeld.Design(FixedEffects(model), [Grunfeld.Firm]), new ClusteredCovariance());
        foreach (var variant in new[] { "cluster_b_sandwich_HC1", "cluster_a_no_intercept_variant" })
        {
            double expected = reference.Number(variant, "se", "value");
            Assert.True(Math.Abs(result["value"].StdErr - expected) > 1e-4 * expected, $"{model} unexpectedly matches {variant}");
        }
    }

    [Fact]
    public void TwoWayReportsAbsorbedLevelsAndMobilityGroupRedundancy()
    {
        var result = new FixedEffectsOls().Fit(Grunfeld.Design([Grunfeld.Firm, Grunfeld.Year]), new IidCovariance());
        Assert.Equal(new FixedEffectSummary("firm", 10, 0, false), result.FixedEffects[0]);
        Assert.Equal(new FixedEffectSummary("year", 20, 1, false), result.FixedEffects[1]);
        Assert.Equal(0, result.DroppedMissing);
        Assert.Equal(0, result.DroppedSingletons);
        Assert.Empty(result.DroppedCollinear);
        Assert.Null(new FixedEffectsOls().Fit(Grunfeld.Design([]), new IidCovariance()).R2Within);
    }
}
