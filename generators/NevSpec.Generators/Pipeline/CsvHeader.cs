using System.Collections.Generic;
using System.Text;
using NevSpec.Language;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>Parses the first line of a CSV file into column names (RFC 4180 quoting, BOM and whitespace trimmed).</summary>
    internal static class CsvHeader
    {
        public static EquatableArray<string> Parse(string line)
        {
            var columns = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            var start = line.Length > 0 && line[0] == '\uFEFF' ? 1 : 0;
            for (var i = start; i < line.Length; i++)
            {
                var c = line[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else current.Append(c);
                }
                else if (c == '"') quoted = true;
                else if (c == ',') { columns.Add(current.ToString().Trim()); current.Clear(); }
                else current.Append(c);
            }
            columns.Add(current.ToString().Trim());
            if (columns.Count == 1 && columns[0].Length == 0) columns.Clear();
            return columns.ToEquatableArray();
        }
    }
}
