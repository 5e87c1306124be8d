namespace NevSpec.Core.Instruments.Internal;

/// <summary>
/// ivreg2's degrees-of-freedom bookkeeping. N observations; K regressors and L instruments, both
/// counting the intercept (without fixed effects); DofMinus = absorbed fixed-effect parameters df_a plus
/// the user's dofminus (large-sample adjustment, xtivreg2 <c>fe</c>); SDofMinus = the user's sdofminus;
/// SDofMinusCluster = SDofMinus plus df_a of the fixed effects not nested in a cluster (+1 for the
/// intercept when some are nested), which is Core's CR1 K; M = smallest cluster count.
/// </summary>
internal sealed record IvDof(int N, int K, int L, int K1, int L1, int DofMinus, int SDofMinus, int SDofMinusCluster, int M, bool Clustered)
{
    public static IvDof From(IvProblem p, IvOptions o, bool clustered) =>
        new(p.N, p.K, p.L, p.K1, p.L1, p.Absorbed.AbsorbedDf + o.DofMinus, o.SDofMinus,
            o.SDofMinus + p.Absorbed.AbsorbedDfUnderClustering, p.MinClusters, clustered);

    /// <summary>Residual degrees of freedom of the small-sample iid/robust estimators: N − K − dofminus − sdofminus.</summary>
    public int SmallResidualDf => N - K - DofMinus - SDofMinus;

    /// <summary>Denominator degrees of freedom of ivreg2's F forms of excluded-instrument tests.</summary>
    public int ExcludedF_Df2 => Clustered ? M - 1 : N - L - DofMinus - SDofMinus;

    /// <summary>ivreg2's conversion of a Wald χ² on q restrictions into its F form.</summary>
    public double WaldToF(double chi2, int q) => Clustered
        ? chi2 / (N - 1) * (N - L - SDofMinusCluster) * (M - 1) / M / q
        : chi2 / (N - DofMinus) * (N - L - DofMinus - SDofMinus) / q;
}
