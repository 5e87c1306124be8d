namespace NevSpec.Reporting;

/// <summary>Collects the tables of a report as they are built.</summary>
internal static class TableList
{
    public static void Add(List<ReportTable> tables, string title, string[] header, IReadOnlyList<string[]> rows, string? note = null) =>
        tables.Add(new ReportTable(title, header, rows.Select(r => (IReadOnlyList<string>)r).ToList(), note));
}
