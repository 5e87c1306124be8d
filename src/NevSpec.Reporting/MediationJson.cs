using System.Text.Json;
using NevSpec.Core.Mediation;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a mediation analysis: paths, indirect-effect tests and bootstrap interval per mediator (see docs/results.md).</summary>
internal static class MediationJson
{
    public static void Write(Utf8JsonWriter json, MediationResult mediation)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "mediation");
        json.WriteString("outcome", mediation.Outcome);
        json.WriteString("treatment", mediation.Treatment);
        json.WriteString("vcov", mediation.CovarianceName);
        json.WriteNumber("bootstrap", mediation.Options.Bootstrap);
        json.WriteNumber("seed", mediation.Seed);
        json.WriteStartArray("mediators");
        foreach (var m in mediation.Mediators)
        {
            json.WriteStartObject();
            json.WriteString("mediator", m.Mediator);
            json.WriteNumber("nobs", m.Nobs);
            foreach (var (name, c) in new[] { ("a", m.A), ("b", m.B), ("direct", m.Direct), ("total", m.Total) })
            {
                json.WritePropertyName(name);
                RegressionJson.Coefficient(v, c);
            }
            v.Number("indirect", m.Indirect);
            foreach (var test in new[] { m.Sobel, m.Aroian, m.Goodman })
            {
                if (test is null) continue;
                json.WriteStartObject(test.Method.ToLowerInvariant());
                v.Number("stderr", test.StdErr, test.Method);
                v.Number("z", test.Z, test.Method);
                v.Number("p", test.P, test.Method);
                json.WriteEndObject();
            }
            v.Number("proportion_mediated", m.ProportionMediated);
            if (m.Bootstrap is { } boot)
            {
                json.WriteStartObject("bootstrap_ci");
                json.WriteNumber("requested", boot.Requested);
                json.WriteNumber("completed", boot.Completed);
                json.WriteNumber("seed", boot.Seed);
                json.WriteString("resampling", boot.ResamplingUnit);
                v.Number("level", boot.Level);
                json.WriteString("method", boot.Shown == BootstrapCiMethod.BiasCorrected ? "bc" : "percentile");
                v.Number("stderr", boot.StdErr, "bootstrap");
                v.Number("low", boot.Low, "bootstrap");
                v.Number("high", boot.High, "bootstrap");
                json.WriteEndObject();
            }
            v.Strings("notes", m.Notes.Concat(v.Notes).ToList());
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
