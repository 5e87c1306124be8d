namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A composite index bound by <c>let Nevd = entropy provinces [ +a; -b ] { weights = pooled; shift = 0.0001 }</c> or
    /// <c>let Nevd_pca = pca provinces [ … ] { components = 2 }</c>. Once computed, <see cref="Name"/> is a numeric column
    /// of <see cref="Source"/> (it replaces a file column of the same name) that models of that source may use.
    /// </summary>
    /// <param name="Name">The <c>let</c> name, which is also the name of the computed column.</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding.</param>
    /// <param name="Source">The data source whose columns are the indicators.</param>
    /// <param name="Method">Entropy weights or principal components.</param>
    /// <param name="Indicators">The indicators in spec order, with their direction.</param>
    /// <param name="Weighting">Entropy: weights from all unit-periods pooled, or per period. PCA: always <see cref="IndexWeighting.Pooled"/>.</param>
    /// <param name="Shift">Entropy: added after min–max normalisation (default 0.0001). PCA: 0.</param>
    /// <param name="Components">PCA: the number of components combined (default 1). Entropy: 0.</param>
    public sealed record IndexPlan(
        string Name,
        string? Doc,
        string Source,
        IndexMethod Method,
        EquatableArray<IndicatorPlan> Indicators,
        IndexWeighting Weighting,
        double Shift,
        int Components);
}
