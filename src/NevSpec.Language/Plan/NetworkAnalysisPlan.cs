namespace NevSpec.Language.Plan
{
    /// <summary>
    /// An analysis of a network, run on each of its periods: bound from a pipeline such as <c>stages |> metrics</c>.
    /// Network analyses are terminal: nothing can be piped after them.
    /// </summary>
    /// <param name="Name">The <c>let</c> name; results are keyed by it.</param>
    /// <param name="Doc">The <c>///</c> documentation on the binding.</param>
    /// <param name="Network">The network (with its periods) the analysis runs on.</param>
    public abstract record NetworkAnalysisPlan(string Name, string? Doc, NetworkPlan Network);

    /// <summary>
    /// <c>|> metrics</c>: per period, nodes, edges, total weight, density, average degree, average path length (largest
    /// component, hops), global efficiency, transitivity, average clustering and the log–log degree-distribution slope.
    /// </summary>
    public sealed record NetworkMetricsPlan(string Name, string? Doc, NetworkPlan Network) : NetworkAnalysisPlan(Name, Doc, Network);

    /// <summary>
    /// <c>|> centrality { top = 10; paths = hops|strength; closeness = wf|igraph }</c>: degree, closeness and betweenness
    /// centrality of every node per period (normalised), tables showing the <see cref="Top"/> nodes by degree.
    /// </summary>
    /// <param name="Top">Rows per period in the tables (default 10); results hold every node.</param>
    /// <param name="Paths">Shortest paths in hops (default) or with distance = 1/weight.</param>
    /// <param name="Closeness">How closeness treats disconnected graphs.</param>
    public sealed record CentralityPlan(
        string Name,
        string? Doc,
        NetworkPlan Network,
        int Top,
        PathMetric Paths,
        ClosenessRule Closeness) : NetworkAnalysisPlan(Name, Doc, Network);

    /// <summary><c>|> communities infomap { trials = 10; seed = 123 }</c>: two-level Infomap per period.</summary>
    public sealed record CommunitiesPlan(
        string Name,
        string? Doc,
        NetworkPlan Network,
        int Trials,
        ulong Seed,
        bool SeedGiven) : NetworkAnalysisPlan(Name, Doc, Network);

    /// <summary>
    /// <c>|> resilience { weights = entropy|equal; coupling = standard|alternative; top = 10; paths = hops|strength; closeness = wf|igraph }</c>:
    /// node resilience per period from degree, closeness and betweenness centrality (min–max normalised within the period,
    /// combined with entropy or equal weights), and network resilience across periods as the coupling-coordination degree of
    /// transmissibility, clustering and hierarchy (normalised across the periods).
    /// </summary>
    public sealed record ResiliencePlan(
        string Name,
        string? Doc,
        NetworkPlan Network,
        ResilienceWeighting Weights,
        CouplingConvention Coupling,
        int Top,
        PathMetric Paths,
        ClosenessRule Closeness) : NetworkAnalysisPlan(Name, Doc, Network);

    /// <summary>
    /// <c>|> classes jenks 5</c>: per period, Jenks natural-breaks classes of internal cooperation strength (same-node
    /// records), link strength (edge weights) and node resilience (the default <c>resilience</c> definition).
    /// </summary>
    public sealed record ClassesPlan(string Name, string? Doc, NetworkPlan Network, int Classes) : NetworkAnalysisPlan(Name, Doc, Network);

    /// <summary>How shortest paths are measured.</summary>
    public enum PathMetric
    {
        /// <summary>Every edge has length 1 (default).</summary>
        Hops,
        /// <summary>An edge's length is 1 / weight: strong ties are short.</summary>
        Strength,
    }

    /// <summary>Closeness on a disconnected graph (<c>closeness = wf|igraph</c>).</summary>
    public enum ClosenessRule
    {
        /// <summary>networkx's Wasserman–Faust correction (default); 0 for an isolate.</summary>
        Wf,
        /// <summary>igraph's normalized closeness over the reachable nodes only.</summary>
        Igraph,
    }

    /// <summary>Weights of the three centralities in node resilience (<c>weights = entropy|equal</c>).</summary>
    public enum ResilienceWeighting
    {
        /// <summary>Entropy weights computed per period (default).</summary>
        Entropy,
        /// <summary>One third each.</summary>
        Equal,
    }

    /// <summary>Floating-point form of the coupling degree C (<c>coupling = standard|alternative</c>).</summary>
    public enum CouplingConvention
    {
        /// <summary>C = n·(Π u)^(1/n) / Σ u (default).</summary>
        Standard,
        /// <summary>C = [Π u / (Σ u / n)^n]^(1/n).</summary>
        Alternative,
    }
}
