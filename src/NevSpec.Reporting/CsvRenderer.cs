using System.Text;

namespace NevSpec.Reporting;

/// <summary>
/// A report as CSV (RFC 4180): for every table a title line, the header and the rows, then the note,
/// tables separated by a blank line — readable by spreadsheets and by <c>read.csv(skip = …)</c>.
/// </summary>
public static class CsvRenderer
{
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        foreach (var table in report.Tables)
        {
            Line(text, [table.Title]);
            Line(text, table.Header);
            foreach (var row in table.Rows) Line(text, row);
            if (table.Note is not null) Line(text, [table.Note]);
            text.Append('\n');
        }
        foreach (var failure in report.Failures)
            Line(text, ["not estimated", failure.Name, failure.Error]);
        return text.ToString();
    }

    private static void Line(StringBuilder text, IReadOnlyList<string> cells)
    {
        text.Append(string.Join(",", cells.Select(Quote))).Append('\n');
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;
}
