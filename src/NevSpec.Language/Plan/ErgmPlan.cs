namespace NevSpec.Language.Plan
{
    /// <summary>
    /// <c>|> ergm [ edges; nodecov gdp; edgecov distance; gwesp 0.5 ] { seed = 1; samplesize = 1024; burnin = 16384; interval = 1024; iterations = 20; gof = 100 }</c>:
    /// an exponential random graph model of each period's binary network (an edge where the period has any record).
    /// MPLE (the exact MLE) when every term is dyad-independent; MCMC-MLE otherwise.
    /// </summary>
    /// <param name="Terms">The model terms in order; the coefficients are named by <see cref="ErgmTermPlan.Label"/>.</param>
    /// <param name="Seed">Seed of the MCMC sampler and the goodness-of-fit simulations.</param>
    /// <param name="SampleSize">MCMC sample size per iteration (default 1024, as statnet).</param>
    /// <param name="Burnin">MCMC burn-in proposals (default 16384).</param>
    /// <param name="Interval">Proposals between sampled networks (default 1024).</param>
    /// <param name="Iterations">Maximum MCMC-MLE iterations (default 20).</param>
    /// <param name="GofSimulations">Networks simulated for goodness of fit (default 100; 0 skips it).</param>
    public sealed record ErgmPlan(
        string Name,
        string? Doc,
        NetworkPlan Network,
        EquatableArray<ErgmTermPlan> Terms,
        ulong Seed,
        bool SeedGiven,
        int SampleSize,
        int Burnin,
        int Interval,
        int Iterations,
        int GofSimulations) : NetworkAnalysisPlan(Name, Doc, Network);

    /// <summary>
    /// One ERGM term. <see cref="Attribute"/> is the node attribute (<c>nodecov</c>, <c>nodematch</c>, <c>absdiff</c>) or
    /// edge covariate (<c>edgecov</c>: a pair-table column, or <c>distance</c> computed from the node table's coordinates in
    /// km); <see cref="Parameter"/> is k of <c>kstar k</c> or the fixed decay of <c>gwesp</c>/<c>gwdegree</c>.
    /// </summary>
    public sealed record ErgmTermPlan(ErgmTermKind Kind, string? Attribute, double? Parameter)
    {
        /// <summary>statnet's coefficient name: <c>edges</c>, <c>nodecov.gdp</c>, <c>edgecov.distance</c>, <c>gwesp.fixed.0.5</c>, <c>kstar2</c>.</summary>
        public string Label => Kind switch
        {
            ErgmTermKind.Edges => "edges",
            ErgmTermKind.Triangle => "triangle",
            ErgmTermKind.Kstar => "kstar" + Number(Parameter),
            ErgmTermKind.Gwesp => "gwesp.fixed." + Number(Parameter),
            ErgmTermKind.Gwdegree => "gwdeg.fixed." + Number(Parameter),
            ErgmTermKind.Nodecov => "nodecov." + Attribute,
            ErgmTermKind.Nodematch => "nodematch." + Attribute,
            ErgmTermKind.Absdiff => "absdiff." + Attribute,
            _ => "edgecov." + Attribute,
        };

        /// <summary>Whether the term's change statistic depends only on the dyad (MPLE is then the MLE).</summary>
        public bool IsDyadIndependent => Kind is not (ErgmTermKind.Triangle or ErgmTermKind.Kstar or ErgmTermKind.Gwesp or ErgmTermKind.Gwdegree);

        private static string Number(double? value) =>
            value is { } v ? v.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : "";
    }

    /// <summary>The ERGM terms NevSpec fits (undirected networks).</summary>
    public enum ErgmTermKind
    {
        Edges,
        Nodecov,
        Nodematch,
        Absdiff,
        Edgecov,
        Triangle,
        Kstar,
        Gwesp,
        Gwdegree,
    }
}
