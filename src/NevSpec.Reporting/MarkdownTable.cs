using System.Text;

namespace NevSpec.Reporting;

/// <summary>Lays out a titled Markdown table with padded columns: first column left-aligned, the rest right-aligned.</summary>
internal static class MarkdownTable
{
    public static void Append(StringBuilder text, string title, string[] header, IReadOnlyList<string[]> rows)
    {
        var widths = Enumerable.Range(0, header.Length)
            .Select(c => Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length))).ToArray();
        text.Append("## ").Append(title).Append("\n\n");
        Line(text, header, widths);
        text.Append('|').Append(string.Join("|", widths.Select((w, c) => c == 0 ? ":" + new string('-', w + 1) : new string('-', w + 1) + ":"))).Append("|\n");
        foreach (var row in rows) Line(text, row, widths);
        text.Append('\n');
    }

    private static void Line(StringBuilder text, string[] cells, int[] widths)
    {
        text.Append('|');
        for (var c = 0; c < cells.Length; c++)
            text.Append(' ').Append(c == 0 ? cells[c].PadRight(widths[c]) : cells[c].PadLeft(widths[c])).Append(" |");
        text.Append('\n');
    }
}
