using NevSpec.Core.Threshold;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>A Hansen (1999) panel threshold analysis: tests, threshold estimates with LR intervals, regime slopes.</summary>
public sealed record ThresholdAnalysisResult(ThresholdPlan Plan, PanelThresholdResult? Threshold, string? Error)
    : AnalysisResult(Plan.Name, Error);
