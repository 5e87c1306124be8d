using System.Text.Json;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>The results.json object of a descriptive-statistics table.</summary>
internal static class DescriptivesJson
{
    public static void Write(Utf8JsonWriter json, DescriptivesResult descriptives)
    {
        var v = new JsonValues(json);
        json.WriteStartObject();
        json.WriteString("kind", "describe");
        json.WriteString("source", descriptives.Plan.Source);
        if (descriptives.Error is not null)
        {
            json.WriteString("error", descriptives.Error);
            json.WriteEndObject();
            return;
        }
        json.WriteStartArray("variables");
        foreach (var s in descriptives.Variables)
        {
            json.WriteStartObject();
            json.WriteString("variable", s.Variable);
            json.WriteNumber("n", s.N);
            json.WriteNumber("missing", s.Missing);
            v.Number("mean", s.Mean, s.Variable);
            v.Number("sd", s.Sd, s.Variable);
            v.Number("min", s.Min, s.Variable);
            v.Number("max", s.Max, s.Variable);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        v.Strings("notes", v.Notes);
        json.WriteEndObject();
    }
}
