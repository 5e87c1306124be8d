using NevSpec.Core.Threshold;
using NevSpec.Core.Threshold.Internal;

namespace NevSpec.Core.Tests.Threshold;

/// <summary>The random-number generator against its published vectors, and the grid rule.</summary>
public class ThresholdInternalsTests
{
    [Fact]
    public void Xoshiro256StarStarReproducesThePublishedVector()
    {
        // Outputs of the reference C implementation from state {1, 2, 3, 4}, as listed in the test of
        // the Rust crate rand_xoshiro (rust-random/rngs, xoshiro256starstar.rs).
        var rng = new Xoshiro256StarStar(1, 2, 3, 4);
        ulong[] expected = [11520, 0, 1509978240, 1215971899390074240, 1216172134540287360,
            607988272756665600, 16172922978634559625, 8476171486693032832, 10595114339597558777, 2904607092377533576];
        Assert.Equal(expected, Enumerable.Range(0, expected.Length).Select(_ => rng.NextUInt64()));
    }

    [Fact]
    public void SplitMix64ReproducesItsPublishedFirstOutput()
    {
        // SplitMix64 from state 0: first output 0xE220A8397B1DCDAF (Steele, Lea and Flood 2014; Vigna's splitmix64.c).
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, Xoshiro256StarStar.SplitMix64(ref state));
    }

    [Fact]
    public void StreamsAreReproducibleAndDistinct()
    {
        var a = Xoshiro256StarStar.ForStream(42, 7);
        var b = Xoshiro256StarStar.ForStream(42, 7);
        var c = Xoshiro256StarStar.ForStream(42, 8);
        var d = Xoshiro256StarStar.ForStream(7, 42);
        var first = Enumerable.Range(0, 8).Select(_ => a.NextUInt64()).ToArray();
        Assert.Equal(first, Enumerable.Range(0, 8).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 8).Select(_ => c.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 8).Select(_ => d.NextUInt64()));
    }

    [Fact]
    public void BoundedDrawsAreUniform()
    {
        // 56,500 draws on 565 cells (Hansen's firm count): Pearson χ² with 564 df has mean 564 and
        // sd 33.6; 5 sd either side is a check that cannot fail by chance in practice.
        var rng = Xoshiro256StarStar.ForStream(1, 0);
        var counts = new int[565];
        for (int i = 0; i < 56_500; i++) counts[rng.NextInt(565)]++;
        double chi2 = counts.Sum(c => (c - 100.0) * (c - 100.0) / 100.0);
        Assert.InRange(chi2, 564 - 5 * 33.6, 564 + 5 * 33.6);
        Assert.Equal(0, Xoshiro256StarStar.ForStream(1, 0).NextInt(1));
    }

    [Fact]
    public void RepeatedGridValuesAreKeptOnceAtTheirFirstPosition()
    {
        // 5 distinct values, 400 quantiles trimmed by 1 %: 393 base points at indices ⌊(0.01 + j/400)·5⌋,
        // which run from 0 (clamped to 1) to ⌊0.99·5⌋ = 4, so the largest value is never a candidate;
        // index i ≥ 2 first appears where 0.01 + j/400 ≥ i/5, i.e. at position j + 1 = 157, 237, 317.
        double[] q = [0.5, 0.1, 0.2, 0.3, 0.4, 0.5, 0.5, 0.1];
        var grid = ThresholdGridPoints.Build(q, ThresholdGrid.Default, 0.01);
        Assert.Equal(393, grid.BaseValues.Length);
        Assert.Equal(new[] { 0.1, 0.2, 0.3, 0.4 }, grid.Values);
        Assert.Equal(new[] { 1, 157, 237, 317 }, grid.Positions);
        // All distinct values = the same rule with qn = M = 5: π = 0.2 gives 5 − 2 + 1 = 4 points at
        // indices ⌊(0.2 + j/5)·5⌋ = 1, 2, 3, 4 (products like 2.0000000000000004 snap to the integer).
        var all = ThresholdGridPoints.Build(q, ThresholdGrid.AllDistinct, 0.2);
        Assert.Equal(new[] { 0.1, 0.2, 0.3, 0.4 }, all.Values);
        Assert.Equal(new[] { 1, 2, 3, 4 }, all.Positions);
    }
}
