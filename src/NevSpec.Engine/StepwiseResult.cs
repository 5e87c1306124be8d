using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Columns of a stepwise table (the paper's Table 4): column 1 has the core regressors only, column k+1
/// adds the first k controls; each column is a full model result.
/// </summary>
public sealed record StepwiseResult(StepwisePlan Plan, IReadOnlyList<ModelResult> Columns)
    : AnalysisResult(Plan.Name, Columns.FirstOrDefault(c => !c.Succeeded)?.Error);
