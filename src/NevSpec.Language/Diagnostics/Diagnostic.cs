using System.Globalization;
using NevSpec.Language.Text;

namespace NevSpec.Language.Diagnostics
{
    /// <summary>
    /// A problem found in a spec: which catalogue entry, where, and the message arguments.
    /// Plain data (no exceptions, no Roslyn types) so that both back ends can report it.
    /// </summary>
    public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceSpan Span, EquatableArray<string> Arguments)
    {
        public string Id => Descriptor.Id;

        public DiagnosticSeverity Severity => Descriptor.Severity;

        /// <summary>The message with its arguments filled in.</summary>
        public string Message => string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat, ToObjects(Arguments));

        /// <summary>MSBuild/compiler form: <c>path(line,col): error NEV0003: message</c>.</summary>
        public string Format(string path) =>
            string.Format(CultureInfo.InvariantCulture, "{0}({1},{2}): {3} {4}: {5}",
                path, Span.StartLine, Span.StartColumn, SeverityWord(Severity), Id, Message);

        public override string ToString() => Format("<spec>");

        private static string SeverityWord(DiagnosticSeverity severity) => severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };

        private static object[] ToObjects(EquatableArray<string> arguments)
        {
            var result = new object[arguments.Count];
            for (var i = 0; i < result.Length; i++) result[i] = arguments[i];
            return result;
        }
    }
}
