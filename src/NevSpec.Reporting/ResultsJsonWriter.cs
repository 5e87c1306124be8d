using System.Text;
using System.Text.Json;
using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>
/// Writes <c>results.json</c>, the stable machine-readable contract documented in docs/results.md:
/// full double precision (shortest round-trip representation), terms named as in the spec, and a
/// failed model recorded with its error rather than dropped. Non-finite numbers are written as null
/// and named in the owning object's notes, never silently.
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
                RegressionJson.Write(json, model);
            }
            json.WriteEndObject();
            json.WriteStartObject("indices");
            foreach (var index in study.Indices)
            {
                json.WritePropertyName(index.Name);
                IndexJson.Write(json, index);
            }
            json.WriteEndObject();
            json.WriteStartObject("descriptives");
            foreach (var d in study.Descriptives)
            {
                json.WritePropertyName(d.Name);
                DescriptivesJson.Write(json, d);
            }
            json.WriteEndObject();
            json.WriteStartObject("analyses");
            foreach (var analysis in study.Analyses)
            {
                json.WritePropertyName(analysis.Name);
                AnalysisJson.Write(json, analysis);
            }
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
