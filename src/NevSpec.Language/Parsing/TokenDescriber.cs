using System;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Parsing
{
    /// <summary>Describes the token at an offset for syntax errors: <c>number '123'</c>, <c>'|&gt;'</c>, <c>end of input</c>.</summary>
    internal static class TokenDescriber
    {
        private static readonly string[] Symbols = { "|>", "<=", ">=", "<>", "==", "!=", "&&", "||" };

        /// <summary>The offset of the next token at or after <paramref name="offset"/> (skipping whitespace and comments).</summary>
        public static int NextTokenStart(string text, int offset) =>
            Lexemes.SkipTrivia(new SourceInput(text, new Text.LineMap(text), offset)).Position;

        public static string Describe(string text, int start)
        {
            if (start >= text.Length) return "end of input";
            var c = text[start];
            if (Lexemes.IsIdentifierStart(c))
            {
                var end = start;
                while (end < text.Length && Lexemes.IsIdentifierPart(text[end])) end++;
                var word = text.Substring(start, end - start);
                return (Array.IndexOf(Lexemes.ReservedWords, word) >= 0 ? "keyword '" : "identifier '") + word + "'";
            }
            if (char.IsDigit(c) || (c == '-' && start + 1 < text.Length && char.IsDigit(text[start + 1])))
            {
                var end = start + 1;
                while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '.')) end++;
                return "number '" + text.Substring(start, end - start) + "'";
            }
            if (c == '"')
            {
                var end = start + 1;
                while (end < text.Length && text[end] != '"' && text[end] != '\n') end += text[end] == '\\' ? 2 : 1;
                var literal = text.Substring(start, Math.Min(end + 1, text.Length) - start).TrimEnd();
                return "string " + (literal.Length > 30 ? literal.Substring(0, 27) + "..." : literal);
            }
            if (c == '\n' || c == '\r') return "end of line";
            foreach (var symbol in Symbols)
                if (string.CompareOrdinal(text, start, symbol, 0, symbol.Length) == 0) return "'" + symbol + "'";
            return "'" + c + "'";
        }
    }
}
