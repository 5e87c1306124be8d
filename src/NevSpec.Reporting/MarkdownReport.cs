using NevSpec.Engine;

namespace NevSpec.Reporting;

/// <summary>A study straight to Markdown (the tables <c>nevspec run</c> prints).</summary>
public sealed class MarkdownReport(int decimals = 4)
{
    public string Render(StudyResult study) => MarkdownRenderer.Render(new ReportBuilder(decimals).Build(study));
}
