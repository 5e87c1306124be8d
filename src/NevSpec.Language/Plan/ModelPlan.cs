namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A fully bound regression model: every name resolved to a data column, pipes applied in order.
    /// Value-equatable, so the generator can cache it and the CLI and generator can compare plans.
    /// </summary>
    /// <param name="Name">The <c>let</c> name; results are keyed by it.</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding, lines joined by newlines.</param>
    /// <param name="Source">The name of the data source the model reads.</param>
    /// <param name="Outcome">The dependent variable's column.</param>
    /// <param name="Regressors">Core regressors, in spec order.</param>
    /// <param name="Controls">Control variables, in spec order, after the regressors.</param>
    /// <param name="FixedEffects">Absorbed fixed-effect columns (empty: OLS with an intercept).</param>
    /// <param name="ClusterBy">Cluster columns (one or two; empty unless <see cref="Vcov"/> is CR1).</param>
    /// <param name="Vcov">The covariance estimator.</param>
    /// <param name="Where">The sample filter, or null for the whole source.</param>
    /// <param name="Derived">
    /// (v2) The derived columns the model (and an analysis built on it) uses, by name, in first-use order: outcome,
    /// regressors, controls, then the analysis's variables. Empty for a model of plain columns.
    /// </param>
    /// <param name="Winsorize">(v2) <c>|> winsorize p</c>: clip the outcome, regressors and controls; null for none.</param>
    public sealed record ModelPlan(
        string Name,
        string? Doc,
        string Source,
        string Outcome,
        EquatableArray<string> Regressors,
        EquatableArray<string> Controls,
        EquatableArray<string> FixedEffects,
        EquatableArray<string> ClusterBy,
        VcovKind Vcov,
        FilterPlan? Where,
        EquatableArray<DerivedColumnPlan> Derived = default,
        WinsorizePlan? Winsorize = null);
}
