namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> mediate [ M1; M2 ] { bootstrap = 1000; seed = 42; ci = percentile|bc; level = 0.95 }</c>: the three-equation
    /// stepwise test per mediator with the base model's fixed effects, clustering and sample. The treatment is the base
    /// model's first regressor.
    /// </summary>
    /// <param name="Mediators">Mediator names (columns, indices or derived columns in <c>Base.Derived</c>).</param>
    /// <param name="Bootstrap">Bootstrap replications for the indirect effect's CI; 0 skips the bootstrap.</param>
    /// <param name="Seed">The bootstrap seed (<see cref="AnalysisDefaults.Seed"/> when none is given).</param>
    /// <param name="SeedGiven">Whether the spec gave the seed (output records a default seed).</param>
    /// <param name="Ci">Percentile or bias-corrected bootstrap interval.</param>
    /// <param name="Level">Confidence level in (0, 1); default 0.95.</param>
    public sealed record MediationPlan(
        string Name,
        string? Doc,
        ModelPlan Base,
        EquatableArray<string> Mediators,
        int Bootstrap,
        ulong Seed,
        bool SeedGiven,
        MediationCi Ci,
        double Level) : AnalysisPlan(Name, Doc, Base);

    /// <summary>The bootstrap confidence interval of an indirect effect (<c>ci = percentile|bc</c>).</summary>
    public enum MediationCi
    {
        /// <summary>Percentile interval (the default).</summary>
        Percentile,
        /// <summary>Bias-corrected percentile interval.</summary>
        BiasCorrected,
    }
}
