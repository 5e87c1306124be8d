using NevSpec.Core.Heterogeneity;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>A heterogeneity analysis: one fit per group plus tests that the core coefficient differs between groups.</summary>
public sealed record SplitAnalysisResult(SplitPlan Plan, SplitSampleResult? Split, string? Error)
    : AnalysisResult(Plan.Name, Error);
