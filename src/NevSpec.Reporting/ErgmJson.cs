using NevSpec.Core.Ergm;
using NevSpec.Engine.Networks;

namespace NevSpec.Reporting;

/// <summary>
/// The results.json content of an ERGM analysis (inside its <c>networks</c> entry, see docs/networks.md): the plan's
/// settings, and per period the fit at full precision — coefficients, covariance, likelihood, information criteria,
/// status and message, MCMC diagnostics — and every row of the goodness-of-fit distributions (the tables cut long tails).
/// </summary>
internal static class ErgmJson
{
    public static void Write(JsonValues v, ErgmAnalysisResult result)
    {
        var json = v.Json;
        var plan = result.Plan;
        v.Strings("terms", plan.Terms.Select(t => t.Label));
        json.WriteNumber("seed", plan.Seed);
        json.WriteBoolean("seed_given", plan.SeedGiven);
        json.WriteNumber("samplesize", plan.SampleSize);
        json.WriteNumber("burnin", plan.Burnin);
        json.WriteNumber("interval", plan.Interval);
        json.WriteNumber("iterations", plan.Iterations);
        json.WriteNumber("gof", plan.GofSimulations);
        json.WriteStartArray("periods");
        foreach (var p in result.Periods)
        {
            json.WriteStartObject();
            json.WriteString("label", p.Label);
            Fit(v, p);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Fit(JsonValues v, PeriodErgm p)
    {
        var json = v.Json;
        var f = p.Fit;
        json.WriteNumber("seed", f.Seed);
        json.WriteNumber("nodes", f.NodeCount);
        json.WriteNumber("edges", p.Edges);
        json.WriteNumber("dyads", f.DyadCount);
        json.WriteString("method", f.Method switch { ErgmMethod.ExactMle => "exact_mle", ErgmMethod.Mple => "mple", _ => "mcmc_mle" });
        json.WriteString("status", f.Status switch
        {
            ErgmStatus.Converged => "converged", ErgmStatus.NotConverged => "not_converged", ErgmStatus.Separation => "separation", _ => "degenerate",
        });
        json.WriteString("message", f.Message);
        json.WriteStartArray("coefficients");
        foreach (var c in f.Coefficients)
        {
            json.WriteStartObject();
            json.WriteString("term", c.Term);
            v.Number("estimate", c.Estimate, $"{c.Term} in {p.Label}");
            v.Number("stderr", c.StdErr, $"{c.Term} in {p.Label}");
            v.Number("z", c.Z, $"{c.Term} in {p.Label}");
            v.Number("p", c.P, $"{c.Term} in {p.Label}");
            v.Number("mcmc_stderr", c.McmcStdErr, $"{c.Term} in {p.Label}");
            v.Number("mcmc_percent", c.McmcPercent, $"{c.Term} in {p.Label}");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("covariance");
        for (int i = 0; i < f.Terms.Count; i++)
        {
            json.WriteStartArray();
            for (int j = 0; j < f.Terms.Count; j++) v.Value(f.Covariance(i, j), $"covariance ({f.Terms[i]}, {f.Terms[j]}) in {p.Label}");
            json.WriteEndArray();
        }
        json.WriteEndArray();
        v.Number("log_likelihood", f.LogLikelihood, p.Label);
        json.WriteString("log_likelihood_method", f.LogLikelihoodMethod switch
        {
            ErgmLogLikelihoodMethod.Exact => "exact", ErgmLogLikelihoodMethod.PseudoLikelihood => "pseudo",
            ErgmLogLikelihoodMethod.BridgeSampling => "bridge_sampling", _ => "not_computed",
        });
        v.Number("log_likelihood_mcmc_stderr", f.LogLikelihoodMcmcStdErr, p.Label);
        if (f.LogLikelihoodNote is { } llNote) json.WriteString("log_likelihood_note", llNote);
        v.Number("aic", f.Aic, p.Label);
        v.Number("bic", f.Bic, p.Label);
        v.Number("deviance", f.Deviance, p.Label);
        v.Number("null_deviance", f.NullDeviance, p.Label);
        Named(v, "observed_statistics", f.Terms, f.ObservedStatistics, p.Label);
        Named(v, "mple", f.Terms, f.MpleCoefficients, p.Label);
        if (f.SampledMeanStatistics is { } mean) Named(v, "sampled_mean_statistics", f.Terms, mean, p.Label);
        if (f.SampledMeanStdErr is { } meanSe) Named(v, "sampled_mean_stderr", f.Terms, meanSe, p.Label);
        v.Number("hotelling_p", f.HotellingPValue, p.Label);
        v.Number("step_length", f.StepLength, p.Label);
        json.WriteNumber("iterations", f.Iterations);
        json.WriteNumber("proposals", f.Proposals);
        v.Number("acceptance_rate", f.AcceptanceRate, p.Label);
        v.Strings("fit_notes", f.Notes);
        if (f.GoodnessOfFit is not { } gof) { json.WriteNull("gof"); return; }
        json.WriteStartObject("gof");
        json.WriteNumber("simulations", gof.Simulations);
        json.WriteNumber("seed", gof.Seed);
        if (gof.Note is { } note) json.WriteString("note", note);
        foreach (var table in new[] { gof.ModelStatistics, gof.Degree, gof.EdgewiseSharedPartners, gof.GeodesicDistance })
            GofTable(v, table, p.Label);
        json.WriteEndObject();
    }

    private static void Named(JsonValues v, string name, IReadOnlyList<string> terms, IReadOnlyList<double> values, string period)
    {
        v.Json.WriteStartObject(name);
        for (int k = 0; k < terms.Count; k++) v.Number(terms[k], values[k], $"{name} in {period}");
        v.Json.WriteEndObject();
    }

    private static void GofTable(JsonValues v, ErgmGofTable table, string period)
    {
        var json = v.Json;
        json.WriteStartArray(table.Statistic);
        foreach (var r in table.Rows)
        {
            string owner = $"gof {table.Statistic} {r.Label} in {period}";
            json.WriteStartObject();
            json.WriteString("k", r.Label);
            v.Number("observed", r.Observed, owner);
            v.Number("mean", r.Mean, owner);
            v.Number("min", r.Minimum, owner);
            v.Number("max", r.Maximum, owner);
            v.Number("lower", r.Lower, owner);
            v.Number("upper", r.Upper, owner);
            v.Number("share_at_least_observed", r.ShareAtLeastObserved, owner);
            v.Number("share_at_most_observed", r.ShareAtMostObserved, owner);
            v.Number("mc_p", r.McPValue, owner);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
