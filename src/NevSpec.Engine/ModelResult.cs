using NevSpec.Core.Estimation;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// The outcome of running one model of a plan: the regression result, or the reason it could not be
/// estimated (a data or design error). One failed model never hides the others' results.
/// </summary>
/// <param name="Plan">The bound model that was run.</param>
/// <param name="Regression">The estimates, or null when <paramref name="Error"/> says why not.</param>
/// <param name="Error">A message naming the file, column and row, or the design problem.</param>
/// <param name="ExcludedByFilter">Rows of the source that the model's <c>where</c> filter left out.</param>
public sealed record ModelResult(ModelPlan Plan, RegressionResult? Regression, string? Error, int ExcludedByFilter = 0)
{
    public string Name => Plan.Name;

    public bool Succeeded => Regression is not null;

    /// <summary>What preparing the sample did (e.g. winsorizing cut-offs), before the estimator's own notes.</summary>
    public IReadOnlyList<string> SampleNotes { get; init; } = [];
}
