using System.Text.Json;

namespace NevSpec.Reporting;

/// <summary>
/// Writes numbers for results.json: finite doubles in shortest round-trip form; a non-finite value as
/// null with a note naming it, so nothing is silently NaN.
/// </summary>
internal sealed class JsonValues(Utf8JsonWriter json)
{
    public List<string> Notes { get; } = [];

    public Utf8JsonWriter Json => json;

    public void Number(string name, double? value, string? owner = null)
    {
        json.WritePropertyName(name);
        if (value is { } v) Value(v, owner is null ? name : $"{name} of {owner}");
        else json.WriteNullValue();
    }

    public void Value(double value, string what)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumberValue(value);
            return;
        }
        json.WriteNullValue();
        Notes.Add($"{what} is {value} and was written as null.");
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
