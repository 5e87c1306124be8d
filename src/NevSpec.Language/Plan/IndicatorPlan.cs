namespace NevSpec.Language.Plan
{
    /// <summary>One indicator of a composite index: <c>+x</c> (or plain <c>x</c>) is positive, <c>-x</c> negative.</summary>
    /// <param name="Column">A column of the index's data source.</param>
    /// <param name="Positive">True when larger is better (min–max normalised upward); false for <c>-x</c>.</param>
    public sealed record IndicatorPlan(string Column, bool Positive);
}
