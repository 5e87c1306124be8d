using System.Text;

namespace NevSpec.Reporting;

/// <summary>
/// A report as Markdown: a heading per table, padded pipe tables (first column left-aligned, the rest
/// right-aligned), the note beneath, and a closing list of what could not be estimated. Asterisks are
/// escaped so that significance stars print as stars.
/// </summary>
public static class MarkdownRenderer
{
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(report.Module).Append("\n\n");
        foreach (var table in report.Tables)
            Append(text, table);
        if (report.Failures.Count > 0)
        {
            text.Append("## Not estimated\n\n");
            foreach (var failure in report.Failures)
                text.Append("- `").Append(failure.Name).Append("`: ").Append(failure.Error).Append('\n');
            text.Append('\n');
        }
        return text.ToString();
    }

    private static void Append(StringBuilder text, ReportTable table)
    {
        var header = table.Header.Select(Escape).ToArray();
        var rows = table.Rows.Select(r => r.Select(Escape).ToArray()).ToList();
        var widths = Enumerable.Range(0, header.Length)
            .Select(c => Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length))).ToArray();
        text.Append("## ").Append(table.Title).Append("\n\n");
        Line(text, header, widths);
        text.Append('|').Append(string.Join("|", widths.Select((w, c) => c == 0 ? ":" + new string('-', w + 1) : new string('-', w + 1) + ":"))).Append("|\n");
        foreach (var row in rows) Line(text, row, widths);
        text.Append('\n');
        if (table.Note is not null) text.Append(table.Note.Replace("*", "\\*")).Append("\n\n");
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var c = 0; c < cells.Length; c++)
            text.Append(' ').Append(c == 0 ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c])).Append(" |");
        text.Append('\n');
    }

    private static string Escape(string cell) => cell.Replace("*", "\\*").Replace("|", "\\|");
}
