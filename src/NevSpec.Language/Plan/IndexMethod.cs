namespace NevSpec.Language.Plan
{
    /// <summary>How a composite index combines its indicators.</summary>
    public enum IndexMethod
    {
        /// <summary><c>entropy</c>: entropy-weight method (min–max by direction, shift, p = x/Σx, e = −(1/ln n)Σ p ln p).</summary>
        Entropy,
        /// <summary><c>pca</c>: principal components of the standardised indicators, scores weighted by explained variance.</summary>
        Pca,
    }
}
