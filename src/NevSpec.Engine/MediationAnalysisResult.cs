using NevSpec.Core.Mediation;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>A mediation analysis: the stepwise equations per mediator and the indirect-effect tests.</summary>
public sealed record MediationAnalysisResult(MediationPlan Plan, MediationResult? Mediation, string? Error)
    : AnalysisResult(Plan.Name, Error);
