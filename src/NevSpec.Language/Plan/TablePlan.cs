namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>let table4 = table "Title" [ m1; m2; steps ] { labels = [ … ]; terms = [ … ]; stars = [ 0.1; 0.05; 0.01 ]; se = stderr|t; note = "…" }</c>:
    /// a paper-style regression table laying models side by side. Rendered from the models' and stepwise analyses'
    /// results (keyed by name), so it needs nothing new from the engine.
    /// </summary>
    /// <param name="Name">The <c>let</c> name.</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding.</param>
    /// <param name="Title">The table's title (the first argument).</param>
    /// <param name="Columns">The columns, left to right; a stepwise analysis is expanded into its columns.</param>
    /// <param name="Labels">One column label per column (default <c>(1)</c>, <c>(2)</c>, …).</param>
    /// <param name="Terms">
    /// The coefficient rows, in this order (canonical term names). Empty: every term of the columns, core regressors
    /// first, as the automatic tables order them.
    /// </param>
    /// <param name="Stars">
    /// Significance thresholds, strictly decreasing in (0, 1); threshold i earns i + 1 stars (default 0.1; 0.05; 0.01).
    /// Empty: no stars.
    /// </param>
    /// <param name="Statistic">What is printed in parentheses under each coefficient.</param>
    /// <param name="Note">A note printed under the table, or null.</param>
    public sealed record TablePlan(
        string Name,
        string? Doc,
        string Title,
        EquatableArray<TableColumnPlan> Columns,
        EquatableArray<string> Labels,
        EquatableArray<string> Terms,
        EquatableArray<double> Stars,
        TableStatistic Statistic,
        string? Note);

    /// <summary>
    /// One column of a <see cref="TablePlan"/>: the result named <paramref name="Result"/> — a model, or column
    /// <paramref name="Step"/> (0 = core regressors only) of a stepwise analysis.
    /// </summary>
    /// <param name="Result">The name of a model (in <c>StudyPlan.Models</c>) or a stepwise analysis (in <c>StudyPlan.Analyses</c>).</param>
    /// <param name="Step">Null for a model; the stepwise column k (regressors + the first k controls) for a stepwise analysis.</param>
    public sealed record TableColumnPlan(string Result, int? Step = null);

    /// <summary>The statistic under each coefficient (<c>se = stderr|t</c>).</summary>
    public enum TableStatistic
    {
        /// <summary>The standard error, in parentheses (default).</summary>
        StdErr,
        /// <summary>The t statistic (estimate / standard error), in parentheses.</summary>
        T,
    }
}
