namespace NevSpec.Generators.Emit
{
    /// <summary>Fully qualified names of the runtime types the generated code uses (one place to keep in step with Engine/Core).</summary>
    internal static class KnownTypes
    {
        public const string StudyPlan = "global::NevSpec.Language.Plan.StudyPlan";
        public const string DataSourcePlan = "global::NevSpec.Language.Plan.DataSourcePlan";
        public const string ModelPlan = "global::NevSpec.Language.Plan.ModelPlan";
        public const string FilterPlanNamespace = "global::NevSpec.Language.Plan.";
        public const string VcovKind = "global::NevSpec.Language.Plan.VcovKind";
        public const string EquatableArray = "global::NevSpec.Language.EquatableArray";
        public const string StudyRunner = "global::NevSpec.Engine.StudyRunner";
        public const string ModelResult = "global::NevSpec.Engine.ModelResult";
        public const string RegressionResult = "global::NevSpec.Core.Estimation.RegressionResult";
        public const string DataFrame = "global::NevSpec.Core.Data.DataFrame";
        public const string Notes = "global::System.Collections.Generic.IReadOnlyList<string>";
    }
}
