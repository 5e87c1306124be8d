using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>An analysis the engine could not run, with the reason (never silently skipped).</summary>
public sealed record UnsupportedAnalysisResult(AnalysisPlan Plan, string Error) : AnalysisResult(Plan.Name, Error);
