using BenchmarkDotNet.Attributes;
using MathNet.Numerics.LinearAlgebra;
using NevSpec.Core.Ergm;
using NevSpec.Core.Randomness;

namespace NevSpec.Benchmarks;

/// <summary>
/// ERGM estimation on 300-node networks (issue 9 §6). (1) MPLE = exact MLE of edges + nodecov + edgecov(distance) on a
/// seeded dyad-independent "geographic" network (44,850 dyads), end to end through <see cref="ErgmEstimator.Fit"/>
/// (design of change statistics, identifiability check, Newton–Raphson, covariance, log-likelihood); baseline: a plain
/// IRLS logistic regression with MathNet dense matrices on the same, prebuilt design. (2) MCMC-MLE of edges +
/// gwesp(0.5, fixed) with statnet's defaults (sample 1024, interval 1024, burn-in 16384) on a network drawn from that
/// model, with and without the bridge-sampled log-likelihood, and the 100-network goodness of fit at the estimate.
/// </summary>
[MemoryDiagnoser]
public class ErgmBenchmarks
{
    private const int Nodes = 300;

    private ErgmNetwork _geographic = null!;
    private ErgmTerm[] _dyadIndependent = null!;
    private Matrix<double> _design = null!;
    private Vector<double> _ties = null!;
    private Matrix<double> _weighted = null!;
    private ErgmNetwork _clustered = null!;
    private double[] _gwespEstimate = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Geographic network: positions in the unit square, a node covariate x, logit P(tie) = 1 − 40·distance + 0.5(x_i + x_j).
        var rng = new SeededRandom(2026);
        double[] px = new double[Nodes], py = new double[Nodes], x = new double[Nodes];
        for (int i = 0; i < Nodes; i++) { px[i] = rng.NextDouble(); py[i] = rng.NextDouble(); x[i] = 2 * rng.NextDouble() - 1; }
        var distance = new double[Nodes, Nodes];
        var edges = new List<(int, int)>();
        for (int i = 0; i < Nodes; i++)
            for (int j = i + 1; j < Nodes; j++)
            {
                double d = Math.Sqrt((px[i] - px[j]) * (px[i] - px[j]) + (py[i] - py[j]) * (py[i] - py[j]));
                distance[i, j] = distance[j, i] = d;
                if (rng.NextDouble() < 1 / (1 + Math.Exp(-(1.0 - 40 * d + 0.5 * (x[i] + x[j]))))) edges.Add((i, j));
            }
        _geographic = ErgmNetwork.FromEdges(Nodes, edges);
        _dyadIndependent = [new EdgesTerm(), new NodeCovTerm("x", x), new EdgeCovTerm("distance", distance)];

        int dyads = Nodes * (Nodes - 1) / 2, r = 0;
        _design = Matrix<double>.Build.Dense(dyads, 3);
        _ties = Vector<double>.Build.Dense(dyads);
        _weighted = Matrix<double>.Build.Dense(dyads, 3);
        for (int i = 0; i < Nodes; i++)
            for (int j = i + 1; j < Nodes; j++, r++)
            {
                _design[r, 0] = 1; _design[r, 1] = x[i] + x[j]; _design[r, 2] = distance[i, j];
                _ties[r] = _geographic.HasEdge(i, j) ? 1 : 0;
            }

        // Clustered network: 2,000,000 proposals of edges + gwesp(0.5) at θ = (−4.5, 0.8) from the empty graph
        // (≈ 900 ties, average degree ≈ 6, ≈ 200 triangles); the fit recovers θ.
        var sim = ErgmSimulation.Simulate(ErgmNetwork.FromEdges(Nodes, []), GwespModel(), [-4.5, 0.8], 2_000_000, 7);
        _clustered = sim.Network;
        var fit = ErgmEstimator.Fit(_clustered, GwespModel(), new ErgmOptions { GofSimulations = 0 });
        if (fit.Status != ErgmStatus.Converged) throw new InvalidOperationException("Benchmark setup: the edges + gwesp fit did not converge: " + fit.Message);
        _gwespEstimate = fit.Coefficients.Select(c => c.Estimate).ToArray();
    }

    private static ErgmTerm[] GwespModel() => [new EdgesTerm(), new GwespTerm(0.5)];

    [Benchmark(Baseline = true, Description = "Logistic IRLS, MathNet dense (prebuilt design)")]
    public Vector<double> MathNetLogistic()
    {
        var beta = Vector<double>.Build.Dense(3);
        for (int iter = 0; iter < 100; iter++)
        {
            var eta = _design * beta;
            var p = eta.Map(e => 1 / (1 + Math.Exp(-e)));
            var w = p.PointwiseMultiply(1 - p);
            var xw = _weighted;
            for (int c = 0; c < 3; c++) xw.SetColumn(c, _design.Column(c).PointwiseMultiply(w));
            var step = (_design.TransposeThisAndMultiply(xw)).Cholesky().Solve(_design.TransposeThisAndMultiply(_ties - p));
            beta += step;
            if (step.AbsoluteMaximum() < 1e-10) break;
        }
        return beta;
    }

    [Benchmark(Description = "MPLE = MLE, edges+nodecov+edgecov (ErgmEstimator.Fit)")]
    public ErgmFit Mple() => ErgmEstimator.Fit(_geographic, _dyadIndependent, new ErgmOptions { GofSimulations = 0 });

    [Benchmark(Description = "MCMC-MLE edges+gwesp, with bridge log-likelihood")]
    public ErgmFit McmcMle() => ErgmEstimator.Fit(_clustered, GwespModel(), new ErgmOptions { GofSimulations = 0 });

    [Benchmark(Description = "MCMC-MLE edges+gwesp, no log-likelihood")]
    public ErgmFit McmcMleWithoutLogLik() => ErgmEstimator.Fit(_clustered, GwespModel(), new ErgmOptions { GofSimulations = 0, ComputeLogLikelihood = false });

    [Benchmark(Description = "GOF, 100 simulated networks at the estimate")]
    public ErgmGoodnessOfFitResult Gof() => ErgmGoodnessOfFit.Run(_clustered, GwespModel(), _gwespEstimate, 100, 1);
}
