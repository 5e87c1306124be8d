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
            Section(json, "models", study.Models, m => m.Name, RegressionJson.Write);
            Section(json, "indices", study.Indices, i => i.Name, IndexJson.Write);
            Section(json, "descriptives", study.Descriptives, d => d.Name, DescriptivesJson.Write);
            Section(json, "analyses", study.Analyses, a => a.Name, AnalysisJson.Write);
            Section(json, "networks", study.NetworkAnalyses, a => a.Name, NetworkJson.Write);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>An object keyed by <c>let</c> name, one entry per item in definition order.</summary>
    private static void Section<T>(Utf8JsonWriter json, string name, IEnumerable<T> items, Func<T, string> nameOf, Action<Utf8JsonWriter, T> write)
    {
        json.WriteStartObject(name);
        foreach (var item in items)
        {
            json.WritePropertyName(nameOf(item));
            write(json, item);
        }
        json.WriteEndObject();
    }
}
