using System.Text;
using System.Text.Json;

namespace NevSpec.Reporting;

/// <summary>
/// A report's tables as JSON (<c>tables.json</c>): the cells exactly as the other formats print them, for
/// tools that lay out tables themselves. Full-precision numbers are in results.json.
/// </summary>
public static class TableJsonRenderer
{
    public static string Render(Report report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("module", report.Module);
            json.WriteStartArray("tables");
            foreach (var table in report.Tables)
            {
                json.WriteStartObject();
                json.WriteString("title", table.Title);
                json.WriteStartArray("header");
                foreach (var cell in table.Header) json.WriteStringValue(cell);
                json.WriteEndArray();
                json.WriteStartArray("rows");
                foreach (var row in table.Rows)
                {
                    json.WriteStartArray();
                    foreach (var cell in row) json.WriteStringValue(cell);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
                if (table.Note is null) json.WriteNull("note"); else json.WriteString("note", table.Note);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("not_estimated");
            foreach (var failure in report.Failures)
            {
                json.WriteStartObject();
                json.WriteString("name", failure.Name);
                json.WriteString("error", failure.Error);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
