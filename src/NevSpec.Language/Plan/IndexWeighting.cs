namespace NevSpec.Language.Plan
{
    /// <summary>Over which observations entropy weights are computed (<c>weights = pooled|per_period</c>).</summary>
    public enum IndexWeighting
    {
        /// <summary>One set of weights from all unit-periods (the default).</summary>
        Pooled,
        /// <summary>A set of weights per period (the panel's time column).</summary>
        PerPeriod,
    }
}
