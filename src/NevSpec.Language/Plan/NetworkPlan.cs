namespace NevSpec.Language.Plan
{
    /// <summary>
    /// An undirected weighted network read from an edge list:
    /// <c>let copatents = network "data/copatents.csv" { from = city_a; to = city_b; weight = count; time = year; nodes = cities; attributes = cityYears; pairs = cityPairs }</c>,
    /// optionally cut into periods by <c>|> periods [ 2011..2014; 2015..2017; 2018..2021 ]</c>.
    /// </summary>
    /// <param name="Name">The <c>let</c> name of the network (for <c>|> periods</c>, the name of that binding).</param>
    /// <param name="Path">The edge file, as written in the spec, relative to the spec's folder.</param>
    /// <param name="FromColumn">One end of each edge record.</param>
    /// <param name="ToColumn">The other end; a record with from = to is a self-loop, kept as the node's internal strength.</param>
    /// <param name="WeightColumn">The record's weight (must be positive), or null for weight 1 per record. Records of the same
    /// pair (either order) in the same period are summed.</param>
    /// <param name="TimeColumn">The record's time (an integer such as a year), or null; required by <c>periods</c>.</param>
    /// <param name="Nodes">The name of a <see cref="NodeTablePlan"/> (in <c>StudyPlan.NodeTables</c>), or null. With a node
    /// table, every node of the table is a node of every period (isolates included) and an edge end the table lacks is an error.</param>
    /// <param name="Attributes">The name of a panel source (in <c>StudyPlan.Sources</c>, id = node id, time = year) whose
    /// numeric columns are time-varying node attributes, averaged over each period's years; or null.</param>
    /// <param name="Pairs">The name of a <see cref="PairTablePlan"/> (in <c>StudyPlan.PairTables</c>), or null.</param>
    /// <param name="Periods">The periods, in order; empty means one period holding every record (labelled <c>all</c>).</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding.</param>
    public sealed record NetworkPlan(
        string Name,
        string Path,
        string FromColumn,
        string ToColumn,
        string? WeightColumn,
        string? TimeColumn,
        string? Nodes,
        string? Attributes,
        string? Pairs,
        EquatableArray<PeriodPlan> Periods,
        string? Doc);

    /// <summary>One period <c>First..Last</c> (inclusive) of a network; <see cref="Label"/> is <c>"2011–2014"</c> style text.</summary>
    public sealed record PeriodPlan(string Label, int First, int Last);
}
