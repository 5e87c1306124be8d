using System.Text;
using System.Text.Json;
using NevSpec.Core.Estimation;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>
/// Writes <c>results.json</c>, the stable machine-readable contract documented in docs/results.md:
/// full double precision (shortest round-trip representation), terms named as in the spec, and a
/// failed model recorded with its error rather than dropped. Non-finite numbers are written as null
/// and named in the model's notes, never silently.
/// </summary>
public static class ResultsJsonWriter
{
    /// <summary>The contract version; bump on any incompatible change.</summary>
    public const int SchemaVersion = 1;

    public static string Write(StudyResult study)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("schema", SchemaVersion);
            json.WriteString("module", study.Module);
            json.WriteStartObject("models");
            foreach (var model in study.Models)
            {
                json.WritePropertyName(model.Name);
                WriteModel(json, model);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteModel(Utf8JsonWriter json, ModelResult model)
    {
        var plan = model.Plan;
        var notes = new List<string>();
        json.WriteStartObject();
        json.WriteString("kind", "ols");
        json.WriteString("source", plan.Source);
        json.WriteString("outcome", plan.Outcome);
        WriteStrings(json, "regressors", plan.Regressors);
        WriteStrings(json, "controls", plan.Controls);
        WriteStrings(json, "fixed_effects", plan.FixedEffects);
        WriteStrings(json, "cluster", plan.ClusterBy);
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
        WriteStrings(json, "collinear", r.DroppedCollinear);
        json.WriteEndObject();
        json.WriteNumber("df_resid", r.ResidualDf);
        Number(json, "rss", r.Rss, notes);
        Number(json, "r2", r.R2, notes);
        Number(json, "r2_within", r.R2Within, notes);
        Number(json, "r2_adj", r.AdjustedR2, notes);
        json.WriteStartObject("f");
        Number(json, "statistic", r.FStatistic, notes);
        json.WriteNumber("df1", r.FDf1);
        json.WriteNumber("df2", r.FDf2);
        Number(json, "p", r.FPValue, notes);
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
            WriteCoefficient(json, c, notes);
        json.WriteEndArray();
        json.WriteStartArray("covariance");
        for (var i = 0; i < r.Terms.Count; i++)
        {
            json.WriteStartArray();
            for (var j = 0; j < r.Terms.Count; j++)
                Value(json, r.Covariance(i, j), $"covariance[{i},{j}]", notes);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        WriteStrings(json, "notes", r.Notes.Concat(notes));
        json.WriteEndObject();
    }

    private static void WriteCoefficient(Utf8JsonWriter json, CoefficientEstimate c, List<string> notes)
    {
        json.WriteStartObject();
        json.WriteString("term", c.Term);
        Number(json, "estimate", c.Estimate, notes, c.Term);
        Number(json, "stderr", c.StdErr, notes, c.Term);
        Number(json, "t", c.T, notes, c.Term);
        Number(json, "p", c.P, notes, c.Term);
        Number(json, "ci_low", c.CiLow, notes, c.Term);
        Number(json, "ci_high", c.CiHigh, notes, c.Term);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value, List<string> notes, string? term = null)
    {
        json.WritePropertyName(name);
        if (value is { } v) Value(json, v, term is null ? name : $"{name} of {term}", notes);
        else json.WriteNullValue();
    }

    private static void Value(Utf8JsonWriter json, double value, string what, List<string> notes)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
            return;
        }
        json.WriteNullValue();
        notes.Add($"{what} is {value} and was written as null.");
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
