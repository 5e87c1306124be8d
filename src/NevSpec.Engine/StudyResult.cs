using NevSpec.Engine.Networks;

namespace NevSpec.Engine;

/// <summary>Every model, index and analysis of a spec, run in definition order.</summary>
public sealed record StudyResult(string Module, IReadOnlyList<ModelResult> Models)
{
    /// <summary>Composite indices computed for the data sources (weight and loading tables).</summary>
    public IReadOnlyList<IndexResult> Indices { get; init; } = [];

    /// <summary>Analyses derived from models (stepwise, mediation, …).</summary>
    public IReadOnlyList<AnalysisResult> Analyses { get; init; } = [];

    /// <summary>Descriptive-statistics tables (Table 3).</summary>
    public IReadOnlyList<DescriptivesResult> Descriptives { get; init; } = [];

    /// <summary>Network analyses (metrics, centrality, communities, resilience, classes, ERGM) in definition order.</summary>
    public IReadOnlyList<NetworkAnalysisResult> NetworkAnalyses { get; init; } = [];

    public bool AllSucceeded =>
        Models.All(m => m.Succeeded) && Indices.All(i => i.Succeeded) && Analyses.All(a => a.Succeeded) && Descriptives.All(d => d.Succeeded)
        && NetworkAnalyses.All(n => n.Succeeded);

    public ModelResult this[string name] =>
        Models.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException($"Module '{Module}' has no model named '{name}'.");

    /// <summary>The analysis named <paramref name="name"/>, of the expected result type.</summary>
    public T Analysis<T>(string name) where T : AnalysisResult =>
        Analyses.OfType<T>().FirstOrDefault(a => a.Name == name)
        ?? throw new KeyNotFoundException($"Module '{Module}' has no {typeof(T).Name} named '{name}'.");

    /// <summary>The network analysis named <paramref name="name"/>, of the expected result type.</summary>
    public T NetworkAnalysis<T>(string name) where T : NetworkAnalysisResult =>
        NetworkAnalyses.OfType<T>().FirstOrDefault(a => a.Name == name)
        ?? throw new KeyNotFoundException($"Module '{Module}' has no {typeof(T).Name} named '{name}'.");
}
