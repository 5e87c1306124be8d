using System.Text.Json;
using NevSpec.Core.Estimation;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The results.json object of one regression model (kind "ols"); see docs/results.md.</summary>
internal static class RegressionJson
{
    public static void Write(Utf8JsonWriter json, ModelResult model)
    {
        var plan = model.Plan;
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "ols");
        json.WriteString("source", plan.Source);
        json.WriteString("outcome", plan.Outcome);
        v.Strings("regressors", plan.Regressors);
        v.Strings("controls", plan.Controls);
        v.Strings("fixed_effects", plan.FixedEffects);
        v.Strings("cluster", plan.ClusterBy);
        json.WriteString("vcov", plan.Vcov.ToString().ToLowerInvariant());
        if (model.Regression is not { } r)
        {
            json.WriteString("error", model.Error);
            json.WriteEndObject();
            return;
        }

        json.WriteNumber("nobs", r.Nobs);
        json.WriteStartObject("dropped");
        json.WriteNumber("filter", model.ExcludedByFilter);
        json.WriteNumber("missing", r.DroppedMissing);
        json.WriteNumber("singletons", r.DroppedSingletons);
        v.Strings("collinear", r.DroppedCollinear);
        json.WriteEndObject();
        json.WriteNumber("df_resid", r.ResidualDf);
        v.Number("rss", r.Rss);
        v.Number("r2", r.R2);
        v.Number("r2_within", r.R2Within);
        v.Number("r2_adj", r.AdjustedR2);
        json.WriteStartObject("f");
        v.Number("statistic", r.FStatistic, "F");
        json.WriteNumber("df1", r.FDf1);
        json.WriteNumber("df2", r.FDf2);
        v.Number("p", r.FPValue, "F");
        json.WriteEndObject();
        json.WriteStartArray("fixed_effect_groups");
        foreach (var fe in r.FixedEffects)
        {
            json.WriteStartObject();
            json.WriteString("name", fe.Name);
            json.WriteNumber("levels", fe.Levels);
            json.WriteNumber("redundant", fe.Redundant);
            json.WriteBoolean("nested_in_cluster", fe.NestedInCluster);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("clusters");
        foreach (var cluster in r.Clusters)
        {
            json.WriteStartObject();
            json.WriteString("name", cluster.Name);
            json.WriteNumber("groups", cluster.Groups);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("coefficients");
        foreach (var c in r.Coefficients)
            Coefficient(v, c);
        json.WriteEndArray();
        json.WriteStartArray("covariance");
        for (var i = 0; i < r.Terms.Count; i++)
        {
            json.WriteStartArray();
            for (var j = 0; j < r.Terms.Count; j++)
                v.Value(r.Covariance(i, j), $"covariance[{i},{j}]");
            json.WriteEndArray();
        }
        json.WriteEndArray();
        v.Strings("notes", model.SampleNotes.Concat(r.Notes).Concat(v.Notes).ToList());
        json.WriteEndObject();
    }

    /// <summary>A coefficient object: term, estimate, stderr, t, p, ci_low, ci_high.</summary>
    public static void Coefficient(JsonValues v, CoefficientEstimate c)
    {
        var json = v.Json;
        json.WriteStartObject();
        json.WriteString("term", c.Term);
        v.Number("estimate", c.Estimate, c.Term);
        v.Number("stderr", c.StdErr, c.Term);
        v.Number("t", c.T, c.Term);
        v.Number("p", c.P, c.Term);
        v.Number("ci_low", c.CiLow, c.Term);
        v.Number("ci_high", c.CiHigh, c.Term);
        json.WriteEndObject();
    }
}
