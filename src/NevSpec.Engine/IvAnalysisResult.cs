using NevSpec.Core.Instruments;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>An instrumental-variables analysis: second stage, first stages and weak-instrument diagnostics.</summary>
public sealed record IvAnalysisResult(IvPlan Plan, IvResult? Iv, string? Error)
    : AnalysisResult(Plan.Name, Error);
