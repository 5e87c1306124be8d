namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> winsorize 0.01 { percentile = stata|r7 }</c>: the outcome, regressors and controls are clipped to their
    /// <see cref="Fraction"/> and 1 − <see cref="Fraction"/> percentiles.
    /// </summary>
    /// <param name="Fraction">The fraction cut in each tail, in (0, 0.5): 0.01 is winsor2's <c>cuts(1 99)</c>.</param>
    /// <param name="Definition">How the percentiles are computed.</param>
    public sealed record WinsorizePlan(double Fraction, PercentileDefinition Definition);

    /// <summary>Percentile definitions for winsorizing (see <c>shared/reference/winsorize_grunfeld.json</c>).</summary>
    public enum PercentileDefinition
    {
        /// <summary>
        /// Stata's default (<c>_pctile</c>, <c>summarize, detail</c>, winsor2): P = N·p, i = ⌊P⌋; x(i+1) when P is not an
        /// integer, else (x(i) + x(i+1))/2. Identical to R's <c>quantile(type = 2)</c>. The default.
        /// </summary>
        Stata,
        /// <summary>R's default <c>quantile(type = 7)</c> (numpy's default): h = (N−1)·p + 1, linear interpolation.</summary>
        R7,
    }
}
