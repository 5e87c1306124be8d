using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NevSpec.Language
{
    /// <summary>Splits the first line of a CSV file into column names (RFC 4180 quotes, BOM and blanks trimmed).</summary>
    public static class CsvHeader
    {
        /// <summary>Rows scanned to tell numeric columns from text ones (ample for the data files specs name).</summary>
        public const int MaxScannedRows = 10_000;

        /// <summary>
        /// The header of a CSV text and each column's kind from its first <see cref="MaxScannedRows"/> rows
        /// (empty, <c>NA</c> and <c>.</c> are missing, as in Core's reader). The CLI and the generator both
        /// read headers through here, so both paths check the same columns and kinds.
        /// </summary>
        public static DataHeader Read(TextReader reader)
        {
            var line = reader.ReadLine();
            if (line is null) return DataHeader.Unavailable;
            var columns = Split(line);
            return DataHeader.Available(columns, ScanKinds(reader, columns.Count));
        }

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

        /// <summary>
        /// A column is numeric when every non-missing cell parses as an invariant-culture number; missing cells are the
        /// empty cell, <c>NA</c> and <c>.</c>, as in NevSpec.Core's CSV reader.
        /// </summary>
        private static ColumnKind[] ScanKinds(TextReader reader, int count)
        {
            var kinds = new ColumnKind[count];
            string? line;
            for (var row = 0; row < MaxScannedRows && (line = reader.ReadLine()) is not null; row++)
            {
                if (line.Trim().Length == 0) continue;
                IReadOnlyList<string> cells = CsvHeader.Split(line);
                for (var i = 0; i < count && i < cells.Count; i++)
                {
                    if (kinds[i] == ColumnKind.Text) continue;
                    var cell = cells[i];
                    if (cell.Length == 0 || cell == "NA" || cell == ".") continue;
                    kinds[i] = double.TryParse(cell, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _)
                        ? ColumnKind.Numeric
                        : ColumnKind.Text;
                }
            }
            return kinds;
        }
    }
}
