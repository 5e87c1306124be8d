using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Executes a bound <see cref="StudyPlan"/> on NevSpec.Core. The CLI and the code the generator emits
/// both come through here, so the two paths cannot drift. Data paths are resolved against the spec's
/// folder, and each data file is read once per runner.
/// </summary>
public sealed class StudyRunner
{
    private readonly string _specDirectory;
    private readonly FixedEffectsOptions _options;
    private readonly Dictionary<string, DataFrame> _frames = new(StringComparer.Ordinal);

    /// <param name="specDirectory">The folder the spec lives in; data paths in the spec are relative to it.</param>
    /// <param name="options">Demeaning tolerance and singleton handling; the defaults follow DESIGN.md.</param>
    public StudyRunner(string specDirectory, FixedEffectsOptions? options = null)
    {
        _specDirectory = specDirectory;
        _options = options ?? new FixedEffectsOptions();
    }

    /// <summary>Runs every model in definition order; a model that fails carries its error.</summary>
    public StudyResult Run(StudyPlan plan, IProgress<string>? progress = null)
    {
        var results = new List<ModelResult>(plan.Models.Count);
        foreach (var model in plan.Models)
        {
            progress?.Report(model.Name);
            results.Add(RunModel(plan, model.Name));
        }
        return new StudyResult(plan.Module, results);
    }

    /// <summary>Runs one model on its data source, read from the spec-relative path.</summary>
    public ModelResult RunModel(StudyPlan plan, string modelName)
    {
        var model = FindModel(plan, modelName);
        DataFrame frame;
        try
        {
            frame = Load(FindSource(plan, model.Source));
        }
        catch (DataException e)
        {
            return new ModelResult(model, null, e.Message);
        }
        return RunModel(model, frame);
    }

    /// <summary>Runs one model on a frame the caller supplies (same columns as the spec's source).</summary>
    public ModelResult RunModel(StudyPlan plan, string modelName, DataFrame frame) => RunModel(FindModel(plan, modelName), frame);

    /// <summary>Runs a bound model on a frame: filter, build the design, estimate.</summary>
    public ModelResult RunModel(ModelPlan model, DataFrame frame)
    {
        try
        {
            var sample = frame;
            if (model.Where is not null)
                sample = frame.SelectRows(FilterEvaluator.SelectRows(frame, model.Where));
            var excluded = frame.RowCount - sample.RowCount;
            var design = DesignBuilder.Build(model, sample);
            var regression = new FixedEffectsOls(_options).Fit(design, CovarianceChoice.For(model.Vcov));
            return new ModelResult(model, regression, null, excluded);
        }
        catch (DataException e)
        {
            return new ModelResult(model, null, e.Message);
        }
        catch (EstimationException e)
        {
            return new ModelResult(model, null, $"Model '{model.Name}': {e.Message}");
        }
    }

    private DataFrame Load(DataSourcePlan source)
    {
        var path = Path.GetFullPath(Path.Combine(_specDirectory, source.Path));
        if (!_frames.TryGetValue(path, out var frame))
        {
            frame = CsvReader.Read(path);
            _frames[path] = frame;
        }
        return frame;
    }

    private static ModelPlan FindModel(StudyPlan plan, string modelName) =>
        plan.Models.FirstOrDefault(m => m.Name == modelName)
        ?? throw new ArgumentException(
            $"Module '{plan.Module}' has no model named '{modelName}'; expected one of: {string.Join(", ", plan.Models.Select(m => m.Name))}.",
            nameof(modelName));

    private static DataSourcePlan FindSource(StudyPlan plan, string sourceName) =>
        plan.Sources.FirstOrDefault(s => s.Name == sourceName)
        ?? throw new ArgumentException($"Module '{plan.Module}' has no data source named '{sourceName}'.", nameof(sourceName));
}
