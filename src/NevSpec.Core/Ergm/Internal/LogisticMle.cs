namespace NevSpec.Core.Ergm.Internal;

/// <summary>
/// Maximum (pseudo-)likelihood logistic regression of y on the dyad design without intercept (the <c>edges</c> term
/// plays that role): Newton–Raphson with step halving from θ = 0, stopped when every step component is at most
/// 1e-10·max(1, |θ_k|) — far tighter than the 1e-8 the reference needs. The covariance is the inverse observed
/// information X'WX at the final θ (statsmodels' convention; R's glm uses the weights one step earlier, ≤ 3e-10 off).
/// </summary>
/// <remarks>
/// Separation (the MLE does not exist, e.g. a term whose observed statistic is at its minimum, or no ties at all):
/// Newton's steps then stop shrinking while the log-likelihood creeps towards its supremum. After 100 iterations
/// without convergence the fit is flagged, naming the terms that carry the diverging direction (scaled step ≥ 10 %
/// of the largest).
/// </remarks>
internal static class LogisticMle
{
    private const int MaxIterations = 100;

    internal sealed record Result(double[] Theta, double[,] Covariance, double LogLikelihood, int Iterations, bool Converged, string[] DivergingTerms);

    public static Result Fit(DyadDesign d)
    {
        int p = d.Columns, rows = d.Rows;
        var x = d.X; var y = d.Y;
        var theta = new double[p];
        var eta = new double[rows];
        double ll = LogLikelihood(d, eta);
        var step = new double[p];
        bool converged = false;
        int iter = 0;
        while (iter < MaxIterations)
        {
            iter++;
            var grad = new double[p];
            var h = new double[p, p];
            for (int r = 0; r < rows; r++)
            {
                double pr = Sigmoid(eta[r]);
                double w = pr * (1 - pr), res = y[r] - pr;
                int o = r * p;
                for (int a = 0; a < p; a++)
                {
                    double xa = x[o + a];
                    if (xa == 0) continue;
                    grad[a] += xa * res;
                    double wa = w * xa;
                    for (int b = 0; b <= a; b++) h[a, b] += wa * x[o + b];
                }
            }
            for (int a = 0; a < p; a++) for (int b = 0; b < a; b++) h[b, a] = h[a, b];
            var l = SymmetricMatrix.Cholesky(h);
            if (l is null) break;   // information numerically singular: fitted probabilities at 0 or 1
            step = SymmetricMatrix.Solve(l, grad);
            // Step halving keeps the log-likelihood from decreasing (it is concave, so a full step rarely overshoots).
            double t = 1;
            double[] trial = new double[p];
            var trialEta = new double[rows];
            double trialLl = double.NegativeInfinity;
            for (int half = 0; half < 40; half++, t *= 0.5)
            {
                for (int a = 0; a < p; a++) trial[a] = theta[a] + t * step[a];
                Eta(d, trial, trialEta);
                trialLl = LogLikelihood(d, trialEta);
                if (trialLl >= ll - 1e-12 * Math.Abs(ll)) break;
            }
            bool small = true;
            for (int a = 0; a < p; a++) if (Math.Abs(trial[a] - theta[a]) > 1e-10 * Math.Max(1, Math.Abs(trial[a]))) small = false;
            theta = trial; Array.Copy(trialEta, eta, rows); ll = trialLl;
            if (small) { converged = true; break; }
        }
        var cov = Information(d, eta, out bool singular);
        string[] diverging = converged && !singular ? [] : Diverging(d, step);
        return new Result(theta, cov, ll, iter, converged && !singular, diverging);
    }

    /// <summary>Σ_r [y_r η_r − log(1 + e^η_r)] at the linear predictors <paramref name="eta"/>.</summary>
    public static double LogLikelihood(DyadDesign d, double[] eta)
    {
        double s = 0;
        for (int r = 0; r < d.Rows; r++) s += d.Y[r] * eta[r] - Log1pExp(eta[r]);
        return s;
    }

    public static void Eta(DyadDesign d, double[] theta, double[] eta)
    {
        int p = d.Columns;
        for (int r = 0; r < d.Rows; r++)
        {
            double s = 0;
            int o = r * p;
            for (int a = 0; a < p; a++) s += d.X[o + a] * theta[a];
            eta[r] = s;
        }
    }

    /// <summary>Exact ERGM log-likelihood of a dyad-independent model at θ.</summary>
    public static double LogLikelihoodAt(DyadDesign d, double[] theta)
    {
        var eta = new double[d.Rows];
        Eta(d, theta, eta);
        return LogLikelihood(d, eta);
    }

    private static double[,] Information(DyadDesign d, double[] eta, out bool singular)
    {
        int p = d.Columns;
        var h = new double[p, p];
        for (int r = 0; r < d.Rows; r++)
        {
            double pr = Sigmoid(eta[r]), w = pr * (1 - pr);
            int o = r * p;
            for (int a = 0; a < p; a++) for (int b = 0; b <= a; b++) h[a, b] += w * d.X[o + a] * d.X[o + b];
        }
        for (int a = 0; a < p; a++) for (int b = 0; b < a; b++) h[b, a] = h[a, b];
        var l = SymmetricMatrix.Cholesky(h);
        singular = l is null;
        if (l is null)
        {
            var inf = new double[p, p];
            for (int a = 0; a < p; a++) inf[a, a] = double.PositiveInfinity;
            return inf;
        }
        return SymmetricMatrix.Inverse(l);
    }

    private static string[] Diverging(DyadDesign d, double[] step)
    {
        int p = d.Columns;
        var scaled = new double[p];
        for (int a = 0; a < p; a++)
        {
            double ss = 0;
            for (int r = 0; r < d.Rows; r++) ss += d.X[r * p + a] * d.X[r * p + a];
            scaled[a] = Math.Abs(step[a]) * Math.Sqrt(ss / d.Rows);
        }
        double max = scaled.Max();
        return Enumerable.Range(0, p).Where(a => max > 0 && scaled[a] >= 0.1 * max).Select(a => d.Names[a]).ToArray();
    }

    public static double Sigmoid(double eta) => eta >= 0 ? 1 / (1 + Math.Exp(-eta)) : Math.Exp(eta) / (1 + Math.Exp(eta));

    public static double Log1pExp(double eta) => eta > 0 ? eta + Math.Log(1 + Math.Exp(-eta)) : Math.Log(1 + Math.Exp(eta));
}
