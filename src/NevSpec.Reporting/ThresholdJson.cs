using System.Text.Json;
using NevSpec.Core.Threshold;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a Hansen threshold analysis: sequential tests, threshold estimates with LR intervals and curves, regime slopes (see docs/results.md).</summary>
internal static class ThresholdJson
{
    public static void Write(Utf8JsonWriter json, PanelThresholdResult result)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "threshold");
        json.WriteString("outcome", result.OutcomeName);
        json.WriteString("threshold_variable", result.ThresholdName);
        v.Strings("regime_dependent", result.RegimeDependentNames);
        v.Strings("regime_independent", result.RegimeIndependentNames);
        json.WriteNumber("units", result.Units);
        json.WriteNumber("nobs", result.Observations);
        json.WriteBoolean("balanced", result.Balanced);
        json.WriteNumber("grid_size", result.GridSize);
        json.WriteNumber("bootstrap", result.Options.BootstrapReplications);
        json.WriteNumber("seed", result.Options.Seed);
        json.WriteString("standard_errors", result.Options.StandardErrors.ToString().ToLowerInvariant());
        v.Number("linear_sse", result.LinearSse);
        json.WriteStartArray("steps");
        foreach (var step in result.Steps)
        {
            json.WriteStartObject();
            json.WriteNumber("thresholds", step.Order);
            json.WriteStartArray("estimates");
            foreach (var value in step.Thresholds) v.Value(value, "threshold");
            json.WriteEndArray();
            v.Number("sse", step.Sse);
            json.WriteStartObject("test");
            v.Number("f", step.Test.F);
            v.Number("p", step.Test.PValue);
            json.WriteNumber("replications", step.Test.Replications);
            json.WriteStartArray("critical_values");
            foreach (var c in step.Test.CriticalValues)
            {
                json.WriteStartObject();
                v.Number("level", c.Level);
                v.Number("value", c.Value, "critical value");
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            foreach (var (name, estimate) in new[] { ("estimate", (ThresholdEstimate?)step.Estimate), ("refinement", step.Refinement) })
            {
                if (estimate is null) continue;
                json.WriteStartObject(name);
                v.Number("value", estimate.Value);
                json.WriteStartArray("intervals");
                foreach (var interval in estimate.Intervals)
                {
                    json.WriteStartObject();
                    v.Number("level", interval.Level);
                    v.Number("critical_value", interval.CriticalValue);
                    v.Number("lower", interval.Lower);
                    v.Number("upper", interval.Upper);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteStartArray("lr_curve");
                foreach (var point in estimate.LikelihoodRatio)
                {
                    json.WriteStartArray();
                    v.Value(point.Threshold, "LR curve threshold");
                    v.Value(point.Lr, "LR statistic");
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteStartArray("coefficients");
            foreach (var c in step.Coefficients)
            {
                json.WriteStartObject();
                json.WriteString("term", c.Term);
                json.WriteString("regressor", c.Regressor);
                if (c.Regime is { } regime) json.WriteNumber("regime", regime); else json.WriteNull("regime");
                v.Number("estimate", c.Estimate, c.Term);
                v.Number("stderr", c.StdErr, c.Term);
                v.Number("t", c.T, c.Term);
                v.Number("p", c.P, c.Term);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        v.Strings("notes", result.Notes.Concat(v.Notes).ToList());
        json.WriteEndObject();
    }
}
