namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A bound spec: its module, data sources and models in definition order. Both back ends (the CLI
    /// through NevSpec.Engine, and the code the generator emits) execute exactly this.
    /// </summary>
    /// <param name="Indices">(v2) Composite indices in definition order; each is a column of its source for the models.</param>
    /// <param name="Analyses">(v2) Analyses (stepwise, mediation, moderation, split, threshold, IV) in definition order.</param>
    /// <param name="Descriptives">(v2) Descriptive-statistics tables in definition order.</param>
    /// <param name="Tables">(v2) <c>table</c> statements (regression tables laid out by the spec) in definition order.</param>
    /// <param name="NodeTables">(v3) <c>nodes</c> tables in definition order.</param>
    /// <param name="PairTables">(v3) <c>pairs</c> tables in definition order.</param>
    /// <param name="Networks">(v3) Networks (each <c>network</c> and each <c>|> periods</c> binding) in definition order.</param>
    /// <param name="NetworkAnalyses">(v3) Network analyses (metrics, centrality, communities, resilience, classes, ergm) in definition order.</param>
    public sealed record StudyPlan(
        string Module,
        string? Doc,
        EquatableArray<DataSourcePlan> Sources,
        EquatableArray<ModelPlan> Models,
        EquatableArray<IndexPlan> Indices = default,
        EquatableArray<AnalysisPlan> Analyses = default,
        EquatableArray<DescriptivesPlan> Descriptives = default,
        EquatableArray<TablePlan> Tables = default,
        EquatableArray<NodeTablePlan> NodeTables = default,
        EquatableArray<PairTablePlan> PairTables = default,
        EquatableArray<NetworkPlan> Networks = default,
        EquatableArray<NetworkAnalysisPlan> NetworkAnalyses = default);
}
