using MathNet.Numerics.LinearAlgebra;

namespace NevSpec.Core.Instruments.Internal;

/// <summary>The coefficient covariance of a k-class fit under the chosen covariance kind and sample convention.</summary>
internal static class IvCoefficientCovariance
{
    public static (Matrix<double> V, int? Df, string Convention) Estimate(IvProblem p, KClassFit fit, IvCovariance covariance, bool small, IvDof d)
    {
        int n = p.N;
        if (covariance.IsIid)
        {
            double denominator = small ? d.SmallResidualDf : n - d.DofMinus;
            var v = fit.Rss / denominator * fit.Bread;
            return (v, small ? d.SmallResidualDf : null,
                small ? "iid: s² = RSS/(N − K − df_a − sdofminus), t(N − K − df_a)" : "iid: s² = RSS/(N − dofminus), z (ivreg2 default)");
        }
        var scores = fit.A.Clone();
        for (int i = 0; i < n; i++) scores.SetRow(i, scores.Row(i) * fit.Residuals[i]);
        Matrix<double> meat;
        string convention;
        int? df;
        if (!covariance.IsClustered)
        {
            double c = small ? (double)n / d.SmallResidualDf : (double)n / (n - d.DofMinus);
            meat = c * covariance.RawMeat(scores, p.Clusters);
            df = small ? d.SmallResidualDf : null;
            convention = small ? "robust HC1: N/(N − K − df_a − sdofminus), t(N − K − df_a)" : "robust: HC0·N/(N − dofminus), z (ivreg2 robust)";
        }
        else
        {
            // ivreg2: one factor M/(M − 1)·(N − 1)/(N − K − sdofminus) on the whole (multi-way) meat,
            // M = the smallest number of clusters (checked against its two-way fixtures).
            var terms = covariance.MeatTerms(scores, p.Clusters);
            double factor = small ? d.M / (d.M - 1.0) * (n - 1.0) / (n - p.K - d.SDofMinusCluster) : 1.0;
            meat = factor * covariance.RawMeat(scores, p.Clusters);
            df = small ? d.M - 1 : null;
            convention = small
                ? "cluster CR1: G/(G − 1)·(N − 1)/(N − K − df_a,cluster), nested fixed effects not counted, t(G − 1)" +
                  (p.Clusters.Length > 1 ? " with G = the smallest cluster count applied to the whole meat (ivreg2)" : "")
                : "cluster: no small-sample factor, z (ivreg2 cluster())";
            if (terms.Count > 1) convention += $"; {p.Clusters.Length}-way by Cameron–Gelbach–Miller inclusion–exclusion";
        }
        var vc = fit.Bread * meat * fit.Bread;
        return (0.5 * (vc + vc.Transpose()), df, convention);
    }
}
