namespace NevSpec.Generators.Emit
{
    /// <summary>Fully qualified names of the runtime types the generated code uses (one place to keep in step with Engine/Core).</summary>
    internal static class KnownTypes
    {
        public const string StudyPlan = "global::NevSpec.Language.Plan.StudyPlan";
        public const string DataSourcePlan = "global::NevSpec.Language.Plan.DataSourcePlan";
        public const string ModelPlan = "global::NevSpec.Language.Plan.ModelPlan";
        public const string PlanNamespace = "global::NevSpec.Language.Plan.";
        public const string VcovKind = "global::NevSpec.Language.Plan.VcovKind";
        public const string EquatableArray = "global::NevSpec.Language.EquatableArray";
        public const string StudyRunner = "global::NevSpec.Engine.StudyRunner";
        public const string ModelResult = "global::NevSpec.Engine.ModelResult";
        public const string AnalysisResult = "global::NevSpec.Engine.AnalysisResult";
        public const string StepwiseResult = "global::NevSpec.Engine.StepwiseResult";
        public const string MediationAnalysisResult = "global::NevSpec.Engine.MediationAnalysisResult";
        public const string ModerationAnalysisResult = "global::NevSpec.Engine.ModerationAnalysisResult";
        public const string SplitAnalysisResult = "global::NevSpec.Engine.SplitAnalysisResult";
        public const string DescriptivesResult = "global::NevSpec.Engine.DescriptivesResult";
        public const string ThresholdAnalysisResult = "global::NevSpec.Engine.ThresholdAnalysisResult";
        public const string IvAnalysisResult = "global::NevSpec.Engine.IvAnalysisResult";
        public const string PanelThresholdResult = "global::NevSpec.Core.Threshold.PanelThresholdResult";
        public const string ThresholdStep = "global::NevSpec.Core.Threshold.ThresholdStep";
        public const string ThresholdTest = "global::NevSpec.Core.Threshold.ThresholdTest";
        public const string ThresholdEstimate = "global::NevSpec.Core.Threshold.ThresholdEstimate";
        public const string ThresholdInterval = "global::NevSpec.Core.Threshold.ThresholdInterval";
        public const string ThresholdCoefficient = "global::NevSpec.Core.Threshold.ThresholdCoefficient";
        public const string LikelihoodRatioPoint = "global::NevSpec.Core.Threshold.LikelihoodRatioPoint";
        public const string IvResult = "global::NevSpec.Core.Instruments.IvResult";
        public const string FirstStageResult = "global::NevSpec.Core.Instruments.FirstStageResult";
        public const string IvDiagnostics = "global::NevSpec.Core.Instruments.IvDiagnostics";
        public const string IvTestStatistic = "global::NevSpec.Core.Instruments.IvTestStatistic";
        public const string StockYogoCriticalValue = "global::NevSpec.Core.Instruments.StockYogoCriticalValue";
        public const string MediationResult = "global::NevSpec.Core.Mediation.MediationResult";
        public const string MediatorResult = "global::NevSpec.Core.Mediation.MediatorResult";
        public const string IndirectEffectTest = "global::NevSpec.Core.Mediation.IndirectEffectTest";
        public const string CoefficientEstimate = "global::NevSpec.Core.Estimation.CoefficientEstimate";
        public const string ModerationResult = "global::NevSpec.Core.Moderation.ModerationResult";
        public const string SimpleSlopes = "global::System.Collections.Generic.IReadOnlyList<global::NevSpec.Core.Moderation.SimpleSlope>";
        public const string SplitSampleResult = "global::NevSpec.Core.Heterogeneity.SplitSampleResult";
        public const string GroupFit = "global::NevSpec.Core.Heterogeneity.GroupFit";
        public const string VariableSummary = "global::NevSpec.Core.Descriptives.VariableSummary";
        public const string RegressionResult = "global::NevSpec.Core.Estimation.RegressionResult";
        public const string DataFrame = "global::NevSpec.Core.Data.DataFrame";
        public const string NetworkAnalysisResult = "global::NevSpec.Engine.Networks.NetworkAnalysisResult";
        public const string NetworkMetricsResult = "global::NevSpec.Engine.Networks.NetworkMetricsResult";
        public const string PeriodMetrics = "global::NevSpec.Engine.Networks.PeriodMetrics";
        public const string CentralityResult = "global::NevSpec.Engine.Networks.CentralityResult";
        public const string PeriodCentralities = "global::NevSpec.Engine.Networks.PeriodCentralities";
        public const string CommunitiesResult = "global::NevSpec.Engine.Networks.CommunitiesResult";
        public const string PeriodCommunities = "global::NevSpec.Engine.Networks.PeriodCommunities";
        public const string ResilienceResult = "global::NevSpec.Engine.Networks.ResilienceResult";
        public const string PeriodResilience = "global::NevSpec.Engine.Networks.PeriodResilience";
        public const string ClassesResult = "global::NevSpec.Engine.Networks.ClassesResult";
        public const string PeriodClasses = "global::NevSpec.Engine.Networks.PeriodClasses";
        public const string ErgmAnalysisResult = "global::NevSpec.Engine.Networks.ErgmAnalysisResult";
        public const string PeriodErgm = "global::NevSpec.Engine.Networks.PeriodErgm";
        public const string ErgmFit = "global::NevSpec.Core.Ergm.ErgmFit";
        public const string ErgmCoefficient = "global::NevSpec.Core.Ergm.ErgmCoefficient";
        public const string ErgmMethod = "global::NevSpec.Core.Ergm.ErgmMethod";
        public const string ErgmStatus = "global::NevSpec.Core.Ergm.ErgmStatus";
        public const string ErgmGoodnessOfFitResult = "global::NevSpec.Core.Ergm.ErgmGoodnessOfFitResult";
        public const string NetworkResilienceResult = "global::NevSpec.Core.Networks.NetworkResilienceResult";
        public const string NetworkResilienceStage = "global::NevSpec.Core.Networks.NetworkResilienceStage";
        public const string NetworkResilienceOptions = "global::NevSpec.Core.Networks.NetworkResilienceOptions";
        public const string Notes = "global::System.Collections.Generic.IReadOnlyList<string>";
    }
}
