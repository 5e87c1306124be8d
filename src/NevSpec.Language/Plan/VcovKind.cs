namespace NevSpec.Language.Plan
{
    /// <summary>The covariance estimator a model asks for (<c>vcov iid|hc1|cr1</c>).</summary>
    public enum VcovKind
    {
        /// <summary>Classical homoskedastic covariance.</summary>
        Iid,
        /// <summary>Heteroskedasticity-robust with the n/(n−k) small-sample factor.</summary>
        Hc1,
        /// <summary>Cluster-robust with the G/(G−1)·(N−1)/(N−K) factor (one- or two-way).</summary>
        Cr1,
    }
}
