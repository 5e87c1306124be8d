namespace NevSpec.Engine;

/// <summary>
/// The result of an analysis derived from a model (stepwise columns, mediation, moderation, split,
/// threshold, IV): the typed subclasses carry their plan and Core result, or the error that stopped it.
/// </summary>
public abstract record AnalysisResult(string Name, string? Error)
{
    public bool Succeeded => Error is null;
}
