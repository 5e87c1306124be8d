namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> instrument VA [ post_tel_1984 * year ] { estimator = tsls|liml }</c> or
    /// <c>|> instrument [ x1; x2 ] [ z1; z2; z3 ]</c>: instrumental-variables estimation of the base model.
    /// </summary>
    /// <param name="Endogenous">Regressors (or controls) of the base model treated as endogenous.</param>
    /// <param name="Instruments">Excluded instruments, at least as many as <see cref="Endogenous"/>; derived ones
    /// (such as <c>post_tel_1984 * year</c>) are in <c>Base.Derived</c>.</param>
    /// <param name="Estimator">2SLS (default) or LIML.</param>
    public sealed record IvPlan(
        string Name,
        string? Doc,
        ModelPlan Base,
        EquatableArray<string> Endogenous,
        EquatableArray<string> Instruments,
        IvEstimator Estimator) : AnalysisPlan(Name, Doc, Base);

    /// <summary>The IV estimator (<c>estimator = tsls|liml</c>).</summary>
    public enum IvEstimator
    {
        /// <summary>Two-stage least squares (the default).</summary>
        Tsls,
        /// <summary>Limited-information maximum likelihood.</summary>
        Liml,
    }
}
