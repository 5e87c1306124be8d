using Microsoft.CodeAnalysis.Text;
using NevSpec.Language;

namespace NevSpec.Generators.Models
{
    /// <summary>
    /// A diagnostic as plain data, so that models stay value-equatable and cacheable: the catalogue id,
    /// the file it points into, the span (offset and 0-based line/column, Roslyn's convention) and the
    /// message arguments. Turned into a Roslyn diagnostic only in the output step.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, string Path, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Arguments);
}
