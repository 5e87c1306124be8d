using System;
using NevSpec.Language.Binding;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;

namespace NevSpec.Language
{
    /// <summary>Binds a parsed module to a <see cref="Plan.StudyPlan"/>. Never throws.</summary>
    public static class NevSpecBinder
    {
        /// <param name="module">The tree from <see cref="NevSpecParser.TryParse"/>.</param>
        /// <param name="headers">Column names of the data files; null skips column checks without a warning.</param>
        public static BindResult Bind(ModuleSyntax module, IDataHeaderProvider? headers)
        {
            if (module is null)
                return new BindResult(null, new[] { DiagnosticCatalogue.InternalError.Create(SourceSpan.Empty, "no module to bind") });
            var binder = new Binder(module, headers);
            try
            {
                var plan = binder.Bind();
                return new BindResult(plan, binder.Diagnostics);
            }
            catch (Exception exception)
            {
                // Last resort: a bug (ours or a header provider's) becomes a diagnostic, never an exception in the host.
                var span = binder.Current?.Span ?? SourceSpan.Empty;
                var internalError = DiagnosticCatalogue.InternalError.Create(span, exception.GetType().Name + ": " + exception.Message);
                var diagnostics = new System.Collections.Generic.List<Diagnostic>(binder.Diagnostics) { internalError };
                return new BindResult(null, diagnostics);
            }
        }
    }
}
