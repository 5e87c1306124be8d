using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;

namespace NevSpec.Language.Binding
{
    /// <summary>
    /// A column or term as written at <see cref="Span"/>. When it came from a list spliced in by name, <see cref="Via"/> is
    /// where that list name was used: column checks point at the list item, role checks at the use.
    /// </summary>
    /// <remarks>
    /// Three shapes: a plain data column (<see cref="Expression"/> and <see cref="IndexSource"/> null), a composite index
    /// (<see cref="IndexSource"/> set) and a derived term (<see cref="Expression"/> set, its leaf columns in
    /// <see cref="Inputs"/>). <see cref="Name"/> is the column name, the index or derived <c>let</c> name, or the canonical
    /// text of an unnamed term.
    /// </remarks>
    internal sealed record ColumnRef(string Name, SourceSpan Span, SourceSpan? Via = null)
    {
        public SourceSpan UseSpan => Via ?? Span;

        /// <summary>A derived term's self-contained expression (only data columns and indices as leaves).</summary>
        public TermPlan? Expression { get; init; }

        /// <summary>The term as named: derived and index <c>let</c> names are leaves (used to name enclosing terms).</summary>
        public TermPlan? NameTerm { get; init; }

        /// <summary>A derived term's leaves: plain columns and indices, for header and source checks.</summary>
        public EquatableArray<ColumnRef> Inputs { get; init; }

        /// <summary>The data source of a composite index.</summary>
        public string? IndexSource { get; init; }

        /// <summary>Set on a plain column that must be numeric: what needs it (for the message).</summary>
        public string? NumericFor { get; init; }

        /// <summary>An indicator's direction: true for <c>+x</c>, false for <c>-x</c>, null when unsigned.</summary>
        public bool? Sign { get; init; }

        public bool IsPlain => Expression is null && IndexSource is null;

        public TermPlan Naming => NameTerm ?? new ColumnTerm(Name);

        public TermPlan Computed => Expression ?? new ColumnTerm(Name);
    }

    /// <summary>What a <c>let</c> name stands for once bound.</summary>
    internal abstract record BoundSymbol(LetSyntax Let)
    {
        public abstract string KindDescription { get; }
    }

    internal sealed record SourceSymbol(LetSyntax Let, DataSourcePlan Plan, DataHeader? Header) : BoundSymbol(Let)
    {
        public override string KindDescription => "a data source";
    }

    internal sealed record ModelSymbol(LetSyntax Let, ModelState State) : BoundSymbol(Let)
    {
        public override string KindDescription => "a model";
    }

    internal sealed record ListSymbol(LetSyntax Let, EquatableArray<ColumnRef> Items) : BoundSymbol(Let)
    {
        public override string KindDescription => "a list";
    }

    internal sealed record IndexSymbol(LetSyntax Let, IndexPlan Plan) : BoundSymbol(Let)
    {
        public override string KindDescription => "a composite index";
    }

    /// <summary><c>let lnGdp = log GDP</c>: <see cref="Term"/> is named after the binding.</summary>
    internal sealed record DerivedSymbol(LetSyntax Let, ColumnRef Term) : BoundSymbol(Let)
    {
        public override string KindDescription => "a derived column";
    }

    internal sealed record AnalysisSymbol(LetSyntax Let, AnalysisState State) : BoundSymbol(Let)
    {
        public override string KindDescription => State.KindDescription;
    }

    internal sealed record DescriptivesSymbol(LetSyntax Let, string Source, EquatableArray<ColumnRef> Variables) : BoundSymbol(Let)
    {
        public override string KindDescription => "a table of descriptive statistics";
    }

    internal sealed record TableSymbol(LetSyntax Let, TablePlan Plan) : BoundSymbol(Let)
    {
        public override string KindDescription => "a table";
    }

    /// <summary><c>let cities = nodes "cities.csv" { id = … }</c>; <see cref="Header"/> checks ERGM node attributes.</summary>
    internal sealed record NodeTableSymbol(LetSyntax Let, NodeTablePlan Plan, DataHeader? Header) : BoundSymbol(Let)
    {
        public override string KindDescription => "a node table";
    }

    /// <summary><c>let cityPairs = pairs "pairs.csv" { from = …; to = … }</c>; <see cref="Header"/> checks ERGM edge covariates.</summary>
    internal sealed record PairTableSymbol(LetSyntax Let, PairTablePlan Plan, DataHeader? Header) : BoundSymbol(Let)
    {
        public override string KindDescription => "a pair table";
    }

    /// <summary>A <c>network</c> binding, or a network cut into periods.</summary>
    internal sealed record NetworkSymbol(LetSyntax Let, NetworkState State) : BoundSymbol(Let)
    {
        public override string KindDescription => "a network";
    }

    /// <summary>
    /// A network while its pipeline is applied: its plan and the bound tables it names, whose headers the ERGM terms are
    /// checked against.
    /// </summary>
    internal sealed record NetworkState(NetworkPlan Plan, NodeTableSymbol? Nodes, SourceSymbol? Attributes, PairTableSymbol? Pairs);

    /// <summary>A network analysis (<c>metrics</c>, <c>centrality</c>, …, <c>ergm</c>): complete when bound.</summary>
    internal sealed record NetworkAnalysisSymbol(LetSyntax Let, NetworkAnalysisPlan Plan) : BoundSymbol(Let)
    {
        public override string KindDescription => Describe(Plan);

        public static string Describe(NetworkAnalysisPlan plan) => plan switch
        {
            NetworkMetricsPlan => "a network-metrics analysis",
            CentralityPlan => "a centrality analysis",
            CommunitiesPlan => "a community detection",
            ResiliencePlan => "a resilience analysis",
            ClassesPlan => "a Jenks classification",
            _ => "an ERGM",
        };
    }

    /// <summary>A binding whose value had errors: uses of it are skipped silently so one mistake gives one diagnostic.</summary>
    internal sealed record PoisonedSymbol(LetSyntax Let, bool WasSource) : BoundSymbol(Let)
    {
        public override string KindDescription => "an invalid binding";
    }

    /// <summary>A model while its pipeline is applied; spans are kept so that final checks can point at the source.</summary>
    internal sealed record ModelState(
        ColumnRef Outcome,
        EquatableArray<ColumnRef> Regressors,
        EquatableArray<ColumnRef> Controls,
        EquatableArray<ColumnRef> FixedEffects,
        EquatableArray<ColumnRef> ClusterBy,
        VcovKind Vcov,
        SourceSpan VcovSpan,
        FilterPlan? Where,
        EquatableArray<ColumnRef> WhereColumns,
        string? Source)
    {
        public WinsorizePlan? Winsorize { get; init; }
    }
}
