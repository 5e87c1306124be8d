using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;

namespace NevSpec.Language.Binding
{
    /// <summary>
    /// A column name as written at <see cref="Span"/>. When it came from a list spliced in by name, <see cref="Via"/> is
    /// where that list name was used: column checks point at the list item, role checks at the use.
    /// </summary>
    internal sealed record ColumnRef(string Name, SourceSpan Span, SourceSpan? Via = null)
    {
        public SourceSpan UseSpan => Via ?? Span;
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
        string? Source);
}
