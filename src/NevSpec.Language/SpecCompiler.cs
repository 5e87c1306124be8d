using System;
using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Text;

namespace NevSpec.Language
{
    /// <summary>
    /// Parse + bind in one call: what both back ends (the generator and the CLI) use, so that a spec means the same
    /// on both paths. Deterministic: identical text and headers give an equal plan and equal diagnostics. Never throws.
    /// </summary>
    public static class SpecCompiler
    {
        public static SpecCompilation Compile(string text, IDataHeaderProvider? headers = null)
        {
            try
            {
                var parsed = NevSpecParser.TryParse(text);
                if (parsed.Module is null) return new SpecCompilation(null, null, parsed.Diagnostics);
                var bound = NevSpecBinder.Bind(parsed.Module, headers);
                var seen = new HashSet<(string, int)>();
                var diagnostics = parsed.Diagnostics.Concat(bound.Diagnostics)
                    .Where(d => seen.Add((d.Id, d.Span.StartLine)) || d.Id != DiagnosticCatalogue.MissingModule.Id)
                    .OrderBy(d => d.Span.Start)
                    .ToList();
                return new SpecCompilation(parsed.Module, bound.Plan, diagnostics);
            }
            catch (Exception exception)
            {
                var diagnostic = DiagnosticCatalogue.InternalError.Create(SourceSpan.Empty, exception.GetType().Name + ": " + exception.Message);
                return new SpecCompilation(null, null, new[] { diagnostic });
            }
        }
    }
}
