using NevSpec.Core.Ergm.Internal;
using NevSpec.Core.Randomness;
using NevSpec.Core.Transforms;

namespace NevSpec.Core.Ergm;

/// <summary>
/// statnet's <c>gof</c> for undirected ERGMs: simulate networks at θ̂ and compare their degree, edgewise
/// shared-partner and geodesic-distance distributions (and the model statistics) with the observed network.
/// </summary>
/// <remarks>
/// One tie/no-tie Metropolis–Hastings chain starts at the observed network, discards <c>burnin</c> proposals and
/// keeps a network every <c>interval</c> proposals (statnet simulates the same way). Tables run from k = 0 (distance:
/// 1) to the largest k with a non-zero observed or simulated count; "Inf" counts unreachable pairs.
/// </remarks>
public static class ErgmGoodnessOfFit
{
    /// <summary>Simulates <paramref name="simulations"/> networks at <paramref name="coefficients"/> and tabulates them.</summary>
    /// <exception cref="ErgmException">Coefficients that do not match the terms, non-finite coefficients, or bad counts.</exception>
    public static ErgmGoodnessOfFitResult Run(ErgmNetwork network, IReadOnlyList<ErgmTerm> terms, IReadOnlyList<double> coefficients,
        int simulations, ulong seed, int burnin = 16384, int interval = 1024)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(coefficients);
        var model = new ErgmModel(terms, network.NodeCount);
        if (coefficients.Count != model.Count)
            throw new ErgmException($"Goodness of fit: {coefficients.Count} coefficients for {model.Count} terms ({string.Join(", ", model.Names)}).");
        for (int k = 0; k < model.Count; k++)
            if (!double.IsFinite(coefficients[k]))
                throw new ErgmException($"Goodness of fit: coefficient of {model.Names[k]} is {coefficients[k]}; networks can only be simulated at finite coefficients.");
        if (simulations < 1) throw new ErgmException($"Goodness of fit needs at least 1 simulation, got {simulations}.");
        if (burnin < 0 || interval < 1) throw new ErgmException($"Goodness of fit: burnin = {burnin} must be ≥ 0 and interval = {interval} ≥ 1.");
        if (network.NodeCount < 2) throw new ErgmException("Goodness of fit needs a network with at least two nodes.");

        var theta = coefficients.ToArray();
        var sampler = new TntSampler(model, network.Clone(), model.Statistics(network), new SeededRandom(seed), network.Density);
        var stats = new List<double[]>();
        var degree = new List<double[]>();
        var esp = new List<double[]>();
        var dist = new List<double[]>();
        string? note = null;
        bool ok = sampler.Run(theta, burnin);
        for (int s = 0; ok && s < simulations; s++)
        {
            if (!sampler.Run(theta, interval)) { ok = false; break; }
            stats.Add((double[])sampler.Statistics.Clone());
            degree.Add(NetworkDistributions.Degree(sampler.Network));
            esp.Add(NetworkDistributions.EdgewiseSharedPartners(sampler.Network));
            dist.Add(NetworkDistributions.GeodesicDistances(sampler.Network));
        }
        if (!ok)
            note = $"Simulation stopped after {stats.Count} of {simulations} networks: the chain ran away towards the complete graph " +
                   $"(density ≥ {TntSampler.RunawayDensity(network.Density):0.###}, observed {network.Density:0.###}); the model is degenerate at these coefficients.";

        int n = network.NodeCount;
        var obsStats = model.Statistics(network);
        var model_ = Table("model", model.Names, obsStats, stats, trim: false);
        var degreeT = Table("degree", Labels(0, n), NetworkDistributions.Degree(network), degree, trim: true);
        var espT = Table("espartners", Labels(0, n - 1), NetworkDistributions.EdgewiseSharedPartners(network), esp, trim: true);
        var distLabels = Labels(0, n).Append("Inf").ToArray();
        var distT = Table("distance", distLabels, NetworkDistributions.GeodesicDistances(network), dist, trim: true, skipFirst: 1, keepLast: true);
        return new ErgmGoodnessOfFitResult(model_, degreeT, espT, distT, stats.Count, seed, note);
    }

    private static string[] Labels(int from, int count) =>
        Enumerable.Range(from, count).Select(k => k.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    private static ErgmGofTable Table(string name, string[] labels, double[] observed, List<double[]> sims, bool trim, int skipFirst = 0, bool keepLast = false)
    {
        int len = observed.Length;
        int last = len - 1;
        if (trim)
        {
            int top = keepLast ? len - 2 : len - 1;
            int lastNonZero = skipFirst;
            for (int k = skipFirst; k <= top; k++)
                if (observed[k] != 0 || sims.Any(s => s[k] != 0)) lastNonZero = k;
            last = lastNonZero;
        }
        var rows = new List<ErgmGofRow>();
        void AddRow(int k)
        {
            if (sims.Count == 0) return;
            var values = sims.Select(s => s[k]).ToArray();
            Array.Sort(values);
            double obs = observed[k];
            double atLeast = values.Count(v => v >= obs) / (double)values.Length;
            double atMost = values.Count(v => v <= obs) / (double)values.Length;
            rows.Add(new ErgmGofRow(labels[k], obs, values.Average(), values[0], values[^1],
                Percentile.OfSorted(values, 0.025, PercentileDefinition.RType7), Percentile.OfSorted(values, 0.975, PercentileDefinition.RType7),
                atLeast, atMost, Math.Min(1, 2 * Math.Min(atLeast, atMost))));
        }
        for (int k = skipFirst; k <= last; k++) AddRow(k);
        if (keepLast) AddRow(len - 1);
        return new ErgmGofTable(name, rows);
    }
}
