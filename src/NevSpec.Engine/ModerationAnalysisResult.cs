using NevSpec.Core.Moderation;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>A moderation analysis: the interaction model and simple slopes at the moderator's mean ± 1 SD.</summary>
public sealed record ModerationAnalysisResult(ModerationPlan Plan, ModerationResult? Moderation, string? Error)
    : AnalysisResult(Plan.Name, Error);
