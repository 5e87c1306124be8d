using System;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Parsing;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;
using Sprache;

namespace NevSpec.Language
{
    /// <summary>Parses <c>.nevspec</c> text into a <see cref="ModuleSyntax"/>. Never throws.</summary>
    public static class NevSpecParser
    {
        /// <summary>Deeper bracket nesting is refused up front: the recursive grammar must not exhaust the stack.</summary>
        public const int MaxNesting = 64;

        public static ParseResult TryParse(string text)
        {
            try
            {
                return Parse(text ?? string.Empty);
            }
            catch (Exception exception)
            {
                return new ParseResult(null, new[] { DiagnosticCatalogue.InternalError.Create(SourceSpan.Empty, exception.GetType().Name + ": " + exception.Message) });
            }
        }

        private static ParseResult Parse(string text)
        {
            var lines = new LineMap(text);
            var tooDeep = CommentScanner.FirstTooDeep(text, MaxNesting);
            if (tooDeep >= 0)
            {
                var diagnostic = DiagnosticCatalogue.SyntaxError.Create(lines.Span(tooDeep, tooDeep + 1),
                    "'" + text[tooDeep] + "'", "at most " + MaxNesting + " nested brackets");
                return new ParseResult(null, new[] { diagnostic });
            }

            var result = Grammar.Module(new SourceInput(text, lines));
            if (!result.WasSuccessful) return new ParseResult(null, new[] { SyntaxError(text, lines, result) });

            var module = TriviaAttacher.Attach(text, result.Value, lines);
            if (module.Header is not null) return new ParseResult(module, Array.Empty<Diagnostic>());
            return new ParseResult(module, new[] { MissingModule(text, lines) });
        }

        internal static Diagnostic MissingModule(string text, LineMap lines)
        {
            var start = TokenDescriber.NextTokenStart(text, 0);
            var end = Math.Min(start + 1, text.Length);
            return DiagnosticCatalogue.MissingModule.Create(lines.Span(start, end), TokenDescriber.Describe(text, start));
        }

        private static Diagnostic SyntaxError(string text, LineMap lines, IResult<ModuleSyntax> failure)
        {
            // Tokens report a non-match before the whitespace that precedes them; the error belongs to the token itself,
            // except for an unterminated string, which fails at the line break.
            var position = failure.Remainder.Position;
            var start = failure.Message == "unterminated string" ? position : TokenDescriber.NextTokenStart(text, position);
            var unexpected = TokenDescriber.Describe(text, start);
            var expectations = failure.Expectations.Distinct().ToList();
            var expected = expectations.Count == 0 ? "something else"
                : expectations.Count == 1 ? expectations[0]
                : string.Join(", ", expectations.Take(expectations.Count - 1)) + " or " + expectations[expectations.Count - 1];
            return DiagnosticCatalogue.SyntaxError.Create(lines.Span(start, Math.Min(start + 1, text.Length)), unexpected, expected);
        }
    }
}
