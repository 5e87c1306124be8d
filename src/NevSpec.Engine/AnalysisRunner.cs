using NevSpec.Core.Data;
using NevSpec.Core.Estimation;
using NevSpec.Core.Heterogeneity;
using NevSpec.Core.Instruments;
using NevSpec.Core.Mediation;
using NevSpec.Core.Moderation;
using NevSpec.Core.Threshold;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Engine;

/// <summary>
/// Runs the analyses derived from a model on the model's source frame. Each analysis reuses the base
/// model's sample preparation, fixed effects and covariance choice, so a mediation or a split is
/// estimated exactly like the baseline it starts from.
/// </summary>
internal sealed class AnalysisRunner(StudyRunner runner, StudyPlan plan, DataFrame frame, IProgress<string>? progress = null)
{
    public static AnalysisResult Failed(AnalysisPlan analysis, string error) => analysis switch
    {
        StepwisePlan s => new StepwiseResult(s, [new ModelResult(s.Base, null, error)]),
        MediationPlan m => new MediationAnalysisResult(m, null, error),
        ModerationPlan m => new ModerationAnalysisResult(m, null, error),
        SplitPlan s => new SplitAnalysisResult(s, null, error),
        IvPlan i => new IvAnalysisResult(i, null, error),
        ThresholdPlan t => new ThresholdAnalysisResult(t, null, error),
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
                ModerationPlan m => RunModeration(m),
                SplitPlan s => RunSplit(s),
                IvPlan i => RunIv(i),
                ThresholdPlan t => RunThreshold(t),
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

    /// <summary>The base model's prepared sample and design: what every analysis starts from.</summary>
    private (DataFrame Sample, RegressionDesign Design) Prepare(AnalysisPlan analysis)
    {
        var model = analysis.Base;
        if (model.Regressors.Count == 0)
            throw new ArgumentException($"Analysis '{analysis.Name}' needs a core regressor in its base model.");
        var sample = ModelSample.Prepare(model, frame, StudyRunner.FindSourceOrNull(plan, model.Source)).Frame;
        return (sample, DesignBuilder.Build(model, sample));
    }

    private ModerationAnalysisResult RunModeration(ModerationPlan moderation)
    {
        var (sample, design) = Prepare(moderation);
        var result = new ModerationAnalysis(new ModerationOptions(moderation.Centre), runner.Options)
            .Fit(design, moderation.Focal, new Moderator(moderation.Moderator, sample.GetNumeric(moderation.Moderator)), CovarianceChoice.For(moderation.Base.Vcov));
        return new ModerationAnalysisResult(moderation, result, null);
    }

    private SplitAnalysisResult RunSplit(SplitPlan split)
    {
        var (sample, design) = Prepare(split);
        var groups = split.Kind switch
        {
            SplitKind.Period => SampleSplit.ByRanges(split.Column, sample.GetNumeric(split.Column), split.Periods.Select(p => (p.From, p.To)).ToArray()),
            SplitKind.Median => SampleSplit.ByMedian(split.Column, sample.GetNumeric(split.Column)),
            _ => sample.IsNumeric(split.Column)
                ? Factor.FromNumeric(split.Column, sample.GetNumeric(split.Column))
                : SampleSplit.ByGroup(split.Column, sample.GetText(split.Column)),
        };
        // The permutation test compares two groups; with more, the pooled Wald test alone is reported.
        var options = new SplitSampleOptions(Permutations: groups.Levels == 2 ? split.Permutations : 0, Seed: split.Seed);
        var result = new SplitSampleAnalysis(options, runner.Options)
            .Fit(design, groups, split.Base.Regressors[0], CovarianceChoice.For(split.Base.Vcov));
        return new SplitAnalysisResult(split, result, null);
    }

    private ThresholdAnalysisResult RunThreshold(ThresholdPlan threshold)
    {
        var source = StudyRunner.FindSourceOrNull(plan, threshold.Base.Source)
            ?? throw new ArgumentException($"Threshold '{threshold.Name}' reads '{threshold.Base.Source}', which is not a data source.");
        var sample = ModelSample.Prepare(threshold.Base, frame, source).Frame;
        var design = ThresholdDesignBuilder.Build(threshold, sample, source);
        var result = new PanelThresholdEstimator(ThresholdDesignBuilder.Options(threshold))
            .Fit(design, progress is null ? null : new ThresholdProgressLines(threshold.Name, progress));
        return new ThresholdAnalysisResult(threshold, result, null);
    }

    private IvAnalysisResult RunIv(IvPlan iv)
    {
        var (sample, design) = Prepare(iv);
        var instruments = iv.Instruments.Select(sample.GetNumeric).ToArray();
        var ivDesign = IvDesign.FromRegression(design, iv.Endogenous.ToArray(), iv.Instruments.ToArray(), instruments);
        var options = new IvOptions(FixedEffects: runner.Options);
        IvCovariance covariance = iv.Base.Vcov switch
        {
            VcovKind.Iid => new IvIidCovariance(),
            VcovKind.Hc1 => new IvRobustCovariance(),
            _ => new IvClusteredCovariance(),
        };
        var result = iv.Estimator == IvEstimator.Liml
            ? new LimitedInformationMaximumLikelihood(options).Fit(ivDesign, covariance)
            : new TwoStageLeastSquares(options).Fit(ivDesign, covariance);
        return new IvAnalysisResult(iv, result, null);
    }

    private MediationAnalysisResult RunMediation(MediationPlan mediation)
    {
        var model = mediation.Base;
        var (sample, design) = Prepare(mediation);
        var mediators = mediation.Mediators.Select(m => new Mediator(m, sample.GetNumeric(m))).ToArray();
        var options = new MediationOptions(
            mediation.Bootstrap,
            mediation.Seed,
            mediation.Ci == MediationCi.BiasCorrected ? BootstrapCiMethod.BiasCorrected : BootstrapCiMethod.Percentile,
            mediation.Level);
        var result = new MediationAnalysis(options, runner.Options).Fit(design, model.Regressors[0], mediators, CovarianceChoice.For(model.Vcov));
        return new MediationAnalysisResult(mediation, result, null);
    }
}
