namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A bound data source: <c>let firms = panel "data/grunfeld.csv" { id = firm; time = year }</c>.
    /// <see cref="Path"/> is as written in the spec, relative to the spec's folder.
    /// </summary>
    public sealed record DataSourcePlan(string Name, string Path, string IdColumn, string TimeColumn, string? Doc);
}
