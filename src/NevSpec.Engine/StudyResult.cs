namespace NevSpec.Engine;

/// <summary>Every model of a spec, run in definition order.</summary>
public sealed record StudyResult(string Module, IReadOnlyList<ModelResult> Models)
{
    public bool AllSucceeded => Models.All(m => m.Succeeded);

    public ModelResult this[string name] =>
        Models.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"Module '{Module}' has no model named '{name}'.");
}
