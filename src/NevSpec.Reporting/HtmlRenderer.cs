using System.Net;
using System.Text;

namespace NevSpec.Reporting;

/// <summary>A report as a self-contained HTML page: one captioned table per report table, notes beneath.</summary>
public static class HtmlRenderer
{
    public static string Render(Report report)
    {
        var text = new StringBuilder();
        text.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(Encode(report.Module)).Append("</title>\n<style>")
            .Append("table{border-collapse:collapse;margin:1em 0}caption{font-weight:bold;text-align:left}")
            .Append("th,td{padding:2px 8px;text-align:right}th:first-child,td:first-child{text-align:left}")
            .Append("thead tr{border-top:2px solid;border-bottom:1px solid}tbody tr:last-child{border-bottom:2px solid}p.note{font-size:smaller}")
            .Append("</style>\n</head>\n<body>\n<h1>").Append(Encode(report.Module)).Append("</h1>\n");
        foreach (var table in report.Tables)
        {
            text.Append("<table>\n<caption>").Append(Encode(table.Title)).Append("</caption>\n<thead><tr>");
            foreach (var cell in table.Header) text.Append("<th>").Append(Encode(cell)).Append("</th>");
            text.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                text.Append("<tr>");
                foreach (var cell in row) text.Append("<td>").Append(Encode(cell)).Append("</td>");
                text.Append("</tr>\n");
            }
            text.Append("</tbody>\n</table>\n");
            if (table.Note is not null) text.Append("<p class=\"note\">").Append(Encode(table.Note)).Append("</p>\n");
        }
        if (report.Failures.Count > 0)
        {
            text.Append("<h2>Not estimated</h2>\n<ul>\n");
            foreach (var failure in report.Failures)
                text.Append("<li><code>").Append(Encode(failure.Name)).Append("</code>: ").Append(Encode(failure.Error)).Append("</li>\n");
            text.Append("</ul>\n");
        }
        text.Append("</body>\n</html>\n");
        return text.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
