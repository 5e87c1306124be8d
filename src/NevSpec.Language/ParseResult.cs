using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Syntax;

namespace NevSpec.Language
{
    /// <summary>The outcome of <see cref="NevSpecParser.TryParse"/>: a syntax tree (null after a syntax error) and diagnostics.</summary>
    public sealed class ParseResult
    {
        public ParseResult(ModuleSyntax? module, IReadOnlyList<Diagnostic> diagnostics)
        {
            Module = module;
            Diagnostics = diagnostics;
        }

        /// <summary>The tree; present unless the text could not be parsed (a missing module header still gives a tree).</summary>
        public ModuleSyntax? Module { get; }

        public IReadOnlyList<Diagnostic> Diagnostics { get; }

        /// <summary>True when there is a tree and no error.</summary>
        public bool Success => Module is not null && Diagnostics.All(d => d.Severity != DiagnosticSeverity.Error);
    }
}
