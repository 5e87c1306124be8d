namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A column a model computes from its data source before estimation. <see cref="Name"/> is what the model's
    /// Outcome/Regressors/Controls (and analysis fields) use: the canonical spec text of the term (<c>log GDP</c>,
    /// <c>lag VA 1</c>, <c>VA * Innov</c>) or the <c>let</c> name of a derived binding (<c>let lnGdp = log GDP</c>).
    /// <see cref="Expression"/> is self-contained: its <see cref="ColumnTerm"/>s name only data columns and composite
    /// indices, never other derived columns, so entries can be computed in any order.
    /// </summary>
    public sealed record DerivedColumnPlan(string Name, TermPlan Expression);
}
