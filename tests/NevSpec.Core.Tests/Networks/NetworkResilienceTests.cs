using System.Text.Json;
using NevSpec.Core.Networks;
using static NevSpec.Core.Tests.Networks.NetworkReference;

namespace NevSpec.Core.Tests.Networks;

/// <summary>
/// Network resilience = coupling coordination of transmissibility, clustering and hierarchy normalised across stages.
/// Coupling against shared/reference/network/coupling_example.json (keys <c>cases[i].float64.D_standard</c>,
/// <c>D_alternative</c>; tolerance 1e-15 relative as its README), and never equal to its mis-normalised variants
/// (<c>D_unnormalized_variant</c>, <c>D_pairwise_sum_variant</c>). Indicators and normalisation on hand-worked cases.
/// </summary>
public class NetworkResilienceTests
{
    private const double S = NetworkResilienceOptions.DefaultShift;
    private static readonly JsonElement Ref = Json("coupling_example.json");

    public static TheoryData<int> Cases
    {
        get
        {
            var d = new TheoryData<int>();
            for (int i = 0; i < Ref.GetProperty("cases").GetArrayLength(); i++) d.Add(i);
            return d;
        }
    }

    [Theory, MemberData(nameof(Cases))]
    public void CouplingOfNormalisedIndicatorsMatchesTheReferenceAndNotItsVariants(int index)
    {
        var c = Ref.GetProperty("cases")[index];
        var u = c.GetProperty("u").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        var f = c.GetProperty("float64");
        var indicators = new ResilienceIndicators(u[0], u[1], u[2]);
        var standard = NetworkResilience.Couple(indicators);
        var alternative = NetworkResilience.Couple(indicators, CouplingFormula.Alternative);
        AssertRelative(f.GetProperty("C_standard").GetDouble(), standard.Coupling.C, 1e-15, 0, "C standard");
        AssertRelative(f.GetProperty("T").GetDouble(), standard.Coupling.T, 1e-15, 0, "T");
        AssertRelative(f.GetProperty("D_standard").GetDouble(), standard.Resilience, 1e-15, 0, "D standard");
        AssertRelative(f.GetProperty("C_alternative").GetDouble(), alternative.Coupling.C, 1e-15, 0, "C alternative");
        AssertRelative(f.GetProperty("D_alternative").GetDouble(), alternative.Resilience, 1e-15, 0, "D alternative");
        foreach (var variant in new[] { "D_unnormalized_variant", "D_pairwise_sum_variant" })
            Assert.True(Math.Abs(f.GetProperty(variant).GetDouble() - standard.Resilience) > 0.05, $"case {index} matches {variant}");
        Assert.InRange(standard.Coupling.C, 0, 1);
        Assert.Equal(CoordinationLevel.Of(standard.Resilience), standard.Level);
    }

    [Fact]
    public void StagesAreNormalisedToShiftAndOneAcrossStages()
    {
        // Stage 1 lowest on all three: u = (s, s, s), C = 1, D = √s = 0.01. Stage 3 highest on all: u = (1, 1, 1), D = 1.
        // Stage 2 halfway on transmissibility, a quarter on clustering, at the top on hierarchy:
        // u = (s + (1 − s)/2, s + (1 − s)/4, 1).
        var stages = new[]
        {
            new ResilienceIndicators(0.2, 0.10, 0.8),
            new ResilienceIndicators(0.3, 0.15, 1.4),
            new ResilienceIndicators(0.4, 0.30, 1.4),
        };
        var r = NetworkResilience.Compute(stages);
        Assert.Equal(new[] { S, S, S }, r.Stages[0].Normalised.ToArray());
        Assert.Equal(1.0, r.Stages[0].Coupling.C, 1e-15);
        Assert.Equal(0.01, r.Stages[0].Resilience, 1e-15);
        Assert.Equal("extreme imbalance", r.Stages[0].Level.Name);
        Assert.Equal(new[] { 1.0, 1.0, 1.0 }, r.Stages[2].Normalised.ToArray());
        Assert.Equal(1.0, r.Stages[2].Resilience, 1e-15);
        Assert.Equal(10, r.Stages[2].Level.Level);
        var u2 = new[] { S + (1 - S) / 2, S + (1 - S) * 0.05 / 0.2, 1 };
        for (int j = 0; j < 3; j++) Assert.Equal(u2[j], r.Stages[1].Normalised.ToArray()[j], 1e-15);
        double t = u2.Average(), c = 3 * Math.Cbrt(u2[0] * u2[1] * u2[2]) / u2.Sum();
        Assert.Equal(t, r.Stages[1].Coupling.T, 1e-15);
        Assert.Equal(c, r.Stages[1].Coupling.C, 1e-15);
        Assert.Equal(Math.Sqrt(c * t), r.Stages[1].Resilience, 1e-15);
        Assert.Same(stages[1], r.Stages[1].Indicators);
        Assert.Empty(r.Notes);
    }

    [Fact]
    public void AnIndicatorEqualInEveryStageIsSetToOneWithANote()
    {
        var r = NetworkResilience.Compute([new(0.2, 0.3, 1), new(0.4, 0.3, 2)]);
        Assert.Equal(1.0, r.Stages[0].Normalised.Clustering);
        Assert.Equal(1.0, r.Stages[1].Normalised.Clustering);
        Assert.Equal("Clustering is 0.3 in every stage, so it cannot be normalised across the stages; it is set to 1 in every stage.", Assert.Single(r.Notes));
    }

    [Fact]
    public void OneStageOrANonFiniteIndicatorIsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => NetworkResilience.Compute([new(0.2, 0.3, 1)]));
        Assert.StartsWith("Network resilience compares stages and needs at least two, got 1.", e.Message);
        e = Assert.Throws<ArgumentException>(() => NetworkResilience.Compute([new(0.2, 0.3, 1), new(0.2, double.NaN, 1)]));
        Assert.StartsWith("Stage 2 has clustering NaN; indicators must be finite.", e.Message);
    }

    [Fact]
    public void IndicatorsOfAStarAreWorkedOutByHand()
    {
        // Star h–a, h–b, h–c: 6 ordered hub–leaf pairs at distance 1 and 6 leaf–leaf pairs at distance 2.
        // Efficiency (6·1 + 6·½)/12 = 0.75; APL (6 + 12)/12 = 1.5; clustering 0 (no triangle);
        // P(1) = 3/4, P(3) = 1/4: slope = log(1/3)/log 3 = −1, hierarchy 1.
        var star = WeightedGraph.FromEdges(new[] { ("h", "a", 1.0), ("h", "b", 1.0), ("h", "c", 1.0) });
        var x = NetworkResilience.Indicators(star);
        Assert.Equal(0.75, x.Transmissibility, 1e-15);
        Assert.Equal(0.0, x.Clustering);
        Assert.Equal(1.0, x.Hierarchy, 1e-14);
        var inverse = NetworkResilience.Indicators(star, new NetworkResilienceOptions(Transmissibility: TransmissibilityMeasure.InversePathLength));
        Assert.Equal(1 / 1.5, inverse.Transmissibility, 1e-15);

        // Triangle a, b, c with the pendant c–d: P(1) = 1/4, P(2) = 1/2, P(3) = 1/4 rises overall (slope > 0), so its
        // hierarchy is −slope < 0, not |slope|: a rising distribution is not a hierarchical one.
        var kite = WeightedGraph.FromEdges(new[] { ("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0), ("c", "d", 1.0) });
        double slope = GraphMetrics.DegreeDistributionSlope(kite).Slope;
        Assert.True(slope > 0);
        Assert.Equal(-slope, NetworkResilience.Indicators(kite).Hierarchy);

        // A triangle has one degree only: no slope, a clear error.
        var triangle = WeightedGraph.FromEdges(new[] { ("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0) });
        Assert.Contains("at least two distinct degrees", Assert.Throws<ArgumentException>(() => NetworkResilience.Indicators(triangle)).Message);
    }

    [Theory]
    [InlineData(0.0, 1, "extreme imbalance")]
    [InlineData(0.0999, 1, "extreme imbalance")]
    [InlineData(0.1, 2, "serious imbalance")]
    [InlineData(0.45, 5, "on the verge of imbalance")]
    [InlineData(0.5, 6, "barely coordinated")]
    [InlineData(0.7, 8, "intermediate coordination")]
    [InlineData(0.77, 8, "intermediate coordination")]
    [InlineData(0.8999999, 9, "good coordination")]
    [InlineData(0.99, 10, "high-quality coordination")]
    [InlineData(1.0, 10, "high-quality coordination")]
    public void CoordinationLevelsUseTheTenLevelScale(double d, int level, string name)
    {
        // The scale's intervals [0.1(k − 1), 0.1k): see CoordinationLevel remarks.
        var l = CoordinationLevel.Of(d);
        Assert.Equal(level, l.Level);
        Assert.Equal(name, l.Name);
        Assert.InRange(d, l.Lower, l.Level == 10 ? 1 : l.Upper - 1e-12);
    }

    [Fact]
    public void NegativeCoordinationDegreeIsRejected() =>
        Assert.Throws<ArgumentException>(() => CoordinationLevel.Of(-0.01));
}
