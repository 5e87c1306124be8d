using NevSpec.Language.Plan;

namespace NevSpec.Engine.Networks;

/// <summary>A network analysis the engine cannot run (a plan type it does not know), with the reason: never silently skipped.</summary>
public sealed record UnsupportedNetworkAnalysisResult(NetworkAnalysisPlan Plan, string Error) : NetworkAnalysisResult(Plan.Name, Error);
