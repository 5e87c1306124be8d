using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Mediation;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Runs the analyses derived from a model on the model's source frame. Each analysis reuses the base
/// model's sample preparation, fixed effects and covariance choice, so a mediation or a split is
/// estimated exactly like the baseline it starts from.
/// </summary>
internal sealed class AnalysisRunner(StudyRunner runner, StudyPlan plan, DataFrame frame)
{
    public static AnalysisResult Failed(AnalysisPlan analysis, string error) => analysis switch
    {
        StepwisePlan s => new StepwiseResult(s, [new ModelResult(s.Base, null, error)]),
        MediationPlan m => new MediationAnalysisResult(m, null, error),
        _ => new UnsupportedAnalysisResult(analysis, error),
    };

    public AnalysisResult Run(AnalysisPlan analysis)
    {
        try
        {
            return analysis switch
            {
                StepwisePlan s => RunStepwise(s),
                MediationPlan m => RunMediation(m),
                _ => new UnsupportedAnalysisResult(analysis,
                    $"Analysis '{analysis.Name}' ({analysis.GetType().Name.Replace("Plan", "")}) is bound but not yet executed by this version of NevSpec."),
            };
        }
        catch (Exception e) when (e is DataException or EstimationException or ArgumentException)
        {
            return Failed(analysis, $"Analysis '{analysis.Name}': {e.Message}");
        }
    }

    private StepwiseResult RunStepwise(StepwisePlan stepwise)
    {
        var columns = new List<ModelResult>();
        var controls = stepwise.Base.Controls;
        for (var k = 0; k <= controls.Count; k++)
        {
            var column = stepwise.Base with
            {
                Name = $"{stepwise.Name}[{k + 1}]",
                Controls = controls.Take(k).ToEquatableArray(),
            };
            columns.Add(runner.RunModel(plan, column, frame));
        }
        return new StepwiseResult(stepwise, columns);
    }

    private MediationAnalysisResult RunMediation(MediationPlan mediation)
    {
        var model = mediation.Base;
        if (model.Regressors.Count == 0)
            throw new ArgumentException($"Mediation '{mediation.Name}' needs a core regressor in its base model.");
        var sample = ModelSample.Prepare(model, frame, StudyRunner.FindSourceOrNull(plan, model.Source));
        var design = DesignBuilder.Build(model, sample.Frame);
        var mediators = mediation.Mediators.Select(m => new Mediator(m, sample.Frame.GetNumeric(m))).ToArray();
        var options = new MediationOptions(
            mediation.Bootstrap,
            mediation.Seed,
            mediation.Ci == MediationCi.BiasCorrected ? BootstrapCiMethod.BiasCorrected : BootstrapCiMethod.Percentile,
            mediation.Level);
        var result = new MediationAnalysis(options, runner.Options).Fit(design, model.Regressors[0], mediators, CovarianceChoice.For(model.Vcov));
        return new MediationAnalysisResult(mediation, result, null);
    }
}
