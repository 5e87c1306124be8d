using NevSpec.Core.Data;
using NevSpec.Core.Descriptives;
using NevSpec.Core.Estimation;
using NevSpec.Engine.Networks;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Executes a bound <see cref="StudyPlan"/> on NevSpec.Core. The CLI and the code the generator emits
/// both come through here, so the two paths cannot drift. Data paths are resolved against the spec's
/// folder; each data file is read, and its composite indices computed, once per runner.
/// </summary>
public sealed class StudyRunner
{
    private readonly string _specDirectory;
    private readonly FixedEffectsOptions _options;
    private readonly Dictionary<string, DataFrame> _frames = new(StringComparer.Ordinal);
    private readonly List<IndexResult> _indices = [];
    private readonly NetworkRunner _networks;

    /// <param name="specDirectory">The folder the spec lives in; data paths in the spec are relative to it.</param>
    /// <param name="options">Demeaning tolerance and singleton handling; the defaults follow DESIGN.md.</param>
    public StudyRunner(string specDirectory, FixedEffectsOptions? options = null)
    {
        _specDirectory = specDirectory;
        _options = options ?? new FixedEffectsOptions();
        _networks = new NetworkRunner(specDirectory);
    }

    /// <summary>Runs every model and analysis in definition order; one that fails carries its error.</summary>
    public StudyResult Run(StudyPlan plan, IProgress<string>? progress = null)
    {
        var models = new List<ModelResult>(plan.Models.Count);
        foreach (var model in plan.Models)
        {
            progress?.Report(model.Name);
            models.Add(RunModel(plan, model.Name));
        }
        var analyses = new List<AnalysisResult>(plan.Analyses.Count);
        foreach (var analysis in plan.Analyses)
        {
            progress?.Report(analysis.Name);
            analyses.Add(RunAnalysis(plan, analysis, progress));
        }
        var descriptives = plan.Descriptives.Select(d => Describe(plan, d)).ToArray();
        var networkAnalyses = new List<NetworkAnalysisResult>(plan.NetworkAnalyses.Count);
        foreach (var analysis in plan.NetworkAnalyses)
        {
            progress?.Report(analysis.Name);
            networkAnalyses.Add(RunNetworkAnalysis(plan, analysis));
        }
        // A source that no model reads still gets its indices computed, so its weight tables are reported.
        foreach (var source in plan.Sources)
            TryLoad(plan, source.Name, out _);
        return new StudyResult(plan.Module, models) { Indices = _indices.ToArray(), Analyses = analyses, Descriptives = descriptives, NetworkAnalyses = networkAnalyses };
    }

    /// <summary>Runs one network analysis (metrics, centrality, communities, resilience, classes) on its network's periods.</summary>
    public NetworkAnalysisResult RunNetworkAnalysis(StudyPlan plan, NetworkAnalysisPlan analysis) => _networks.Run(plan, analysis);

    /// <summary>Loads a network and its periods (each network is read once per runner), e.g. for ERGM.</summary>
    public LoadedNetwork LoadNetwork(StudyPlan plan, NetworkPlan network) => _networks.Load(plan, network);

    /// <summary>Runs one model on its data source, read from the spec-relative path.</summary>
    public ModelResult RunModel(StudyPlan plan, string modelName)
    {
        var model = FindModel(plan, modelName);
        return TryLoad(plan, model.Source, out var frame, out var error)
            ? RunModel(plan, model, frame!)
            : new ModelResult(model, null, error);
    }

    /// <summary>
    /// Runs one model on a frame the caller supplies (same columns as the spec's source); the spec's
    /// composite indices are computed on it first, as they are on a file the runner reads.
    /// </summary>
    public ModelResult RunModel(StudyPlan plan, string modelName, DataFrame frame)
    {
        var model = FindModel(plan, modelName);
        return RunModel(plan, model, WithIndices(plan, model.Source, frame));
    }

    /// <summary>Runs one analysis on a frame the caller supplies (indices computed on it first).</summary>
    public AnalysisResult RunAnalysis(StudyPlan plan, AnalysisPlan analysis, DataFrame frame) =>
        new AnalysisRunner(this, plan, WithIndices(plan, analysis.Base.Source, frame)).Run(analysis);

    /// <summary>Runs a bound model on a frame: derived columns, filter, winsorizing, design, estimation.</summary>
    public ModelResult RunModel(ModelPlan model, DataFrame frame) => RunModel(null, model, frame);

    /// <summary>Runs one analysis (stepwise, mediation, …) of the plan.</summary>
    public AnalysisResult RunAnalysis(StudyPlan plan, AnalysisPlan analysis) => RunAnalysis(plan, analysis, (IProgress<string>?)null);

    /// <summary>
    /// Runs one analysis, reporting the stages of long work (threshold searches and bootstraps, a few
    /// lines per stage, not one per replicate) to <paramref name="progress"/>, possibly from worker threads.
    /// </summary>
    public AnalysisResult RunAnalysis(StudyPlan plan, AnalysisPlan analysis, IProgress<string>? progress)
    {
        if (!TryLoad(plan, analysis.Base.Source, out var frame, out var error))
            return AnalysisRunner.Failed(analysis, error!);
        return new AnalysisRunner(this, plan, frame!, progress).Run(analysis);
    }

    /// <summary>N, mean, SD, min and max of each listed variable (derived terms computed first).</summary>
    public DescriptivesResult Describe(StudyPlan plan, DescriptivesPlan descriptives)
    {
        if (!TryLoad(plan, descriptives.Source, out var frame, out var error))
            return new DescriptivesResult(descriptives, [], error);
        try
        {
            var data = DerivedColumns.Apply(frame!, descriptives.Derived, FindSource(plan, descriptives.Source));
            var summaries = DescriptiveStatistics.Summarize(descriptives.Variables.Select(v => (v, data.GetNumeric(v))).ToArray());
            return new DescriptivesResult(descriptives, summaries, null);
        }
        catch (Exception e) when (e is DataException or EstimationException or ArgumentException)
        {
            return new DescriptivesResult(descriptives, [], $"Descriptives '{descriptives.Name}': {e.Message}");
        }
    }

    internal FixedEffectsOptions Options => _options;

    private static DataFrame WithIndices(StudyPlan plan, string sourceName, DataFrame frame) =>
        IndexColumns.Apply(frame, FindSource(plan, sourceName), plan.Indices, []);

    internal ModelResult RunModel(StudyPlan? plan, ModelPlan model, DataFrame frame)
    {
        try
        {
            var sample = ModelSample.Prepare(model, frame, FindSourceOrNull(plan, model.Source));
            var design = DesignBuilder.Build(model, sample.Frame);
            var regression = new FixedEffectsOls(_options).Fit(design, CovarianceChoice.For(model.Vcov));
            return new ModelResult(model, regression, null, sample.ExcludedByFilter) { SampleNotes = sample.Notes };
        }
        catch (Exception e) when (e is DataException or EstimationException or ArgumentException)
        {
            return new ModelResult(model, null, $"Model '{model.Name}': {e.Message}");
        }
    }

    private bool TryLoad(StudyPlan plan, string sourceName, out DataFrame? frame) => TryLoad(plan, sourceName, out frame, out _);

    private bool TryLoad(StudyPlan plan, string sourceName, out DataFrame? frame, out string? error)
    {
        var source = FindSource(plan, sourceName);
        var path = Path.GetFullPath(Path.Combine(_specDirectory, source.Path));
        error = null;
        if (_frames.TryGetValue(path + "\n" + source.Name, out frame)) return true;
        try
        {
            frame = IndexColumns.Apply(CsvReader.Read(path), source, plan.Indices, _indices);
            _frames[path + "\n" + source.Name] = frame;
            return true;
        }
        catch (DataException e)
        {
            error = e.Message;
            return false;
        }
    }

    internal static DataSourcePlan? FindSourceOrNull(StudyPlan? plan, string sourceName) =>
        plan?.Sources.FirstOrDefault(s => s.Name == sourceName);

    private static ModelPlan FindModel(StudyPlan plan, string modelName) =>
        plan.Models.FirstOrDefault(m => m.Name == modelName)
        ?? throw new ArgumentException(
            $"Module '{plan.Module}' has no model named '{modelName}'; expected one of: {string.Join(", ", plan.Models.Select(m => m.Name))}.",
            nameof(modelName));

    private static DataSourcePlan FindSource(StudyPlan plan, string sourceName) =>
        FindSourceOrNull(plan, sourceName)
        ?? throw new ArgumentException($"Module '{plan.Module}' has no data source named '{sourceName}'.", nameof(sourceName));
}
