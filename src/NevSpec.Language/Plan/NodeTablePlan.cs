namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A node table: <c>let cities = nodes "data/cities.csv" { id = city_id; label = city; longitude = longitude; latitude = latitude }</c>.
    /// One row per node; its other columns are time-invariant node attributes (for <c>nodematch province</c> and the like).
    /// </summary>
    /// <param name="Name">The <c>let</c> name.</param>
    /// <param name="Path">As written in the spec, relative to the spec's folder.</param>
    /// <param name="IdColumn">The node id, matching the network's <c>from</c>/<c>to</c> values.</param>
    /// <param name="LabelColumn">A display name for tables and maps, or null (the id is shown).</param>
    /// <param name="LongitudeColumn">Longitude in degrees, for maps and the computed <c>distance</c> edge covariate, or null.</param>
    /// <param name="LatitudeColumn">Latitude in degrees, or null.</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding.</param>
    public sealed record NodeTablePlan(
        string Name,
        string Path,
        string IdColumn,
        string? LabelColumn,
        string? LongitudeColumn,
        string? LatitudeColumn,
        string? Doc);
}
