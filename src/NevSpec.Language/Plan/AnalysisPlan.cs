namespace NevSpec.Language.Plan
{
    /// <summary>
    /// An analysis of a model, bound from a pipeline that ends in an analysis stage (<c>stepwise</c>, <c>mediate</c>,
    /// <c>moderate</c>, <c>split</c>, <c>threshold</c>, <c>instrument</c>). Analyses are terminal: nothing can be piped
    /// after them.
    /// </summary>
    /// <param name="Name">The <c>let</c> name; results are keyed by it.</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding.</param>
    /// <param name="Base">
    /// The model the analysis starts from, as it stands before the analysis stage. Its <c>Name</c> and <c>Doc</c> are the
    /// analysis's; its <c>Derived</c> also holds the derived columns the analysis itself uses (mediators, instruments, …).
    /// </param>
    public abstract record AnalysisPlan(string Name, string? Doc, ModelPlan Base);
}
