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
        public const string Notes = "global::System.Collections.Generic.IReadOnlyList<string>";
    }
}
