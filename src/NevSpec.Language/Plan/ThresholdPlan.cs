namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> threshold VA { regimes = [ VA ]; max = 3; trim = [ 0.01; 0.01; 0.05 ]; grid = 400; bootstrap = 300; seed = 1;
    /// levels = [ 0.90; 0.95; 0.99 ] }</c>: Hansen's (1999) panel threshold model on the base model.
    /// </summary>
    /// <param name="Variable">The threshold variable (numeric).</param>
    /// <param name="RegimeDependent">Regressors whose slope changes by regime (default: the base model's regressors);
    /// the other regressors and the controls are regime-independent.</param>
    /// <param name="MaxThresholds">1 to 3 (default 3); thresholds are estimated sequentially.</param>
    /// <param name="Trim">Trimming per threshold, exactly <see cref="MaxThresholds"/> values in (0, 0.5) (default the first
    /// of 0.01, 0.01, 0.05; a single value applies to every threshold).</param>
    /// <param name="GridQuantiles">Grid points (quantiles of the threshold variable), default 400; 0 = all distinct values.</param>
    /// <param name="Bootstrap">Bootstrap replications per F test (default 300); 0 skips the bootstrap.</param>
    /// <param name="Seed">The bootstrap seed (<see cref="AnalysisDefaults.Seed"/> when none is given).</param>
    /// <param name="Levels">Confidence levels of critical values and LR intervals (default 0.90, 0.95, 0.99).</param>
    /// <param name="SeedGiven">Whether the spec gave the seed.</param>
    public sealed record ThresholdPlan(
        string Name,
        string? Doc,
        ModelPlan Base,
        string Variable,
        EquatableArray<string> RegimeDependent,
        int MaxThresholds,
        EquatableArray<double> Trim,
        int GridQuantiles,
        int Bootstrap,
        ulong Seed,
        EquatableArray<double> Levels,
        bool SeedGiven = false) : AnalysisPlan(Name, Doc, Base);
}
