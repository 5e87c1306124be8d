namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> stepwise</c>: a table whose column k (k = 0 … Controls.Count) is the base model with its regressors and the
    /// first k controls, in spec order (column 0 has no controls; the last column is the base model itself).
    /// </summary>
    public sealed record StepwisePlan(string Name, string? Doc, ModelPlan Base) : AnalysisPlan(Name, Doc, Base);
}
