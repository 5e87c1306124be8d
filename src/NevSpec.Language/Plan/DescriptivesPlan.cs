namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>let table3 = describe provinces [ Nevd; VA; Open ]</c>: N, mean, SD, min and max of each variable over the
    /// whole data source.
    /// </summary>
    /// <param name="Variables">Columns, indices or derived columns (in <see cref="Derived"/>), in spec order.</param>
    /// <param name="Derived">The derived columns among <see cref="Variables"/>.</param>
    public sealed record DescriptivesPlan(
        string Name,
        string? Doc,
        string Source,
        EquatableArray<string> Variables,
        EquatableArray<DerivedColumnPlan> Derived = default);
}
