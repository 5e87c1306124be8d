namespace NevSpec.Reporting;

/// <summary>
/// One table of a report, format-neutral: a title, a header row, body rows and a note. Cells hold plain
/// text (stars as <c>***</c>); each renderer escapes for its own format, so Markdown, LaTeX, HTML, CSV and
/// JSON all come from the same table.
/// </summary>
public sealed record ReportTable(string Title, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, string? Note);
