using System.Collections.Generic;
using System.Text;

namespace NevSpec.Language
{
    /// <summary>Splits the first line of a CSV file into column names (RFC 4180 quotes, BOM and blanks trimmed).</summary>
    public static class CsvHeader
    {
        public static IReadOnlyList<string> Split(string line)
        {
            var columns = new List<string>();
            var current = new StringBuilder();
            var quoted = false;
            line = line.TrimStart('\uFEFF').TrimEnd('\r', '\n');
            for (var i = 0; i < line.Length; i++)
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
            return columns;
        }
    }
}
