namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A bound spec: its module, data sources and models in definition order. Both back ends (the CLI
    /// through NevSpec.Engine, and the code the generator emits) execute exactly this.
    /// </summary>
    public sealed record StudyPlan(
        string Module,
        string? Doc,
        EquatableArray<DataSourcePlan> Sources,
        EquatableArray<ModelPlan> Models);
}
