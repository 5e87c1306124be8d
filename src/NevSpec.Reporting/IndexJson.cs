using System.Text.Json;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a composite index: its weight table (entropy) or loadings (PCA).</summary>
internal static class IndexJson
{
    public static void Write(Utf8JsonWriter json, IndexResult index)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", index.Plan.Method == Language.Plan.IndexMethod.Entropy ? "entropy" : "pca");
        json.WriteString("source", index.Plan.Source);
        if (index.Error is not null)
        {
            json.WriteString("error", index.Error);
            json.WriteEndObject();
            return;
        }
        if (index.Entropy is { } entropy)
        {
            json.WriteNumber("nobs", entropy.Nobs);
            json.WriteString("weighting", entropy.Options.Weighting.ToString().ToLowerInvariant());
            v.Number("shift", entropy.Options.Shift);
            json.WriteStartArray("weights");
            foreach (var w in entropy.Weights)
            {
                json.WriteStartObject();
                json.WriteString("indicator", w.Indicator);
                json.WriteString("direction", w.Direction == Core.Indices.IndicatorDirection.Positive ? "+" : "-");
                if (w.Period is not null) json.WriteString("period", w.Period);
                v.Number("entropy", w.Entropy, w.Indicator);
                v.Number("weight", w.Weight, w.Indicator);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            v.Strings("notes", entropy.Notes.Concat(v.Notes).ToList());
        }
        else if (index.Pca is { } pca)
        {
            json.WriteNumber("nobs", pca.Nobs);
            v.Strings("indicators", pca.IndicatorNames);
            json.WriteStartArray("components");
            foreach (var c in pca.Components)
            {
                json.WriteStartObject();
                json.WriteNumber("number", c.Number);
                v.Number("eigenvalue", c.Eigenvalue);
                v.Number("explained_variance", c.ExplainedVariance);
                v.Number("cumulative_explained_variance", c.CumulativeExplainedVariance);
                json.WriteBoolean("retained", c.Retained);
                v.Number("composite_weight", c.CompositeWeight);
                json.WriteStartArray("loadings");
                foreach (var loading in c.Loadings) v.Value(loading, $"loading of component {c.Number}");
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            v.Strings("notes", pca.Notes.Concat(v.Notes).ToList());
        }
        json.WriteEndObject();
    }
}
