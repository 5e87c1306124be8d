namespace NevSpec.Language.Plan
{
    /// <summary>
    /// A node-pair table: <c>let cityPairs = pairs "data/city_pairs.csv" { from = city_a; to = city_b }</c>. Its other numeric
    /// columns are edge covariates (<c>edgecov adjacent</c>); pairs are unordered, and a pair the table does not list has 0.
    /// </summary>
    public sealed record PairTablePlan(string Name, string Path, string FromColumn, string ToColumn, string? Doc);
}
