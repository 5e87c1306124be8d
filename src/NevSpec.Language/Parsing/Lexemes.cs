using System;
using System.Globalization;
using System.Text;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;
using Sprache;

namespace NevSpec.Language.Parsing
{
    /// <summary>
    /// The tokens of the language as Sprache parsers. Every token skips the whitespace and <c>//</c> comments
    /// before it (comments are collected separately by <see cref="CommentScanner"/>), and a token that does not
    /// match reports its failure at the position before that trivia, so that <c>XOr</c>/<c>XMany</c> see
    /// "consumed nothing" and try the alternatives.
    /// </summary>
    internal static class Lexemes
    {
        public static readonly string[] ReservedWords = { "module", "let", "not" };

        /// <summary>Whitespace and comments; never fails.</summary>
        public static readonly Parser<bool> Trivia = input => Result.Success(true, SkipTrivia(input));

        /// <summary>A run of identifier characters, reserved or not.</summary>
        public static readonly Parser<IdentifierSyntax> Word = Token(input =>
        {
            if (input.AtEnd || !IsIdentifierStart(input.Current))
                return Result.Failure<IdentifierSyntax>(input, "expected identifier", new[] { "identifier" });
            var text = input.Source;
            var end = input.Position;
            while (end < text.Length && IsIdentifierPart(text[end])) end++;
            var rest = AdvanceBy(input, end - input.Position);
            return Result.Success(new IdentifierSyntax(text.Substring(input.Position, end - input.Position), SpanOf(input, rest)), rest);
        });

        /// <summary>An identifier that is not a reserved word.</summary>
        public static readonly Parser<IdentifierSyntax> Identifier = Token(input =>
        {
            var result = Word(input);
            return result.WasSuccessful && Array.IndexOf(ReservedWords, result.Value.Name) < 0
                ? result
                : Result.Failure<IdentifierSyntax>(input, "expected identifier", new[] { "identifier" });
        });

        /// <summary>A number: optional minus, digits, optional fraction and exponent (invariant culture).</summary>
        public static readonly Parser<NumberLiteralSyntax> Number = Token(input =>
        {
            var text = input.Source;
            var start = input.Position;
            var end = start;
            if (end < text.Length && text[end] == '-') end++;
            var digitsStart = end;
            while (end < text.Length && char.IsDigit(text[end])) end++;
            if (end == digitsStart)
                return Result.Failure<NumberLiteralSyntax>(input, "expected number", new[] { "number" });
            if (end + 1 < text.Length && text[end] == '.' && char.IsDigit(text[end + 1]))
            {
                end++;
                while (end < text.Length && char.IsDigit(text[end])) end++;
            }
            if (end < text.Length && (text[end] == 'e' || text[end] == 'E'))
            {
                var exponent = end + 1;
                if (exponent < text.Length && (text[exponent] == '+' || text[exponent] == '-')) exponent++;
                if (exponent < text.Length && char.IsDigit(text[exponent]))
                {
                    end = exponent;
                    while (end < text.Length && char.IsDigit(text[end])) end++;
                }
            }
            var value = double.Parse(text.Substring(start, end - start), NumberStyles.Float, CultureInfo.InvariantCulture);
            var rest = AdvanceBy(input, end - start);
            return Result.Success(new NumberLiteralSyntax(value, SpanOf(input, rest)), rest);
        });

        /// <summary>A string literal in double quotes with the escapes <c>\"</c> and <c>\\</c>.</summary>
        public static readonly Parser<StringLiteralSyntax> StringLiteral = Token(input =>
        {
            if (input.AtEnd || input.Current != '"')
                return Result.Failure<StringLiteralSyntax>(input, "expected string", new[] { "string" });
            var start = input;
            var builder = new StringBuilder();
            input = input.Advance();
            while (true)
            {
                if (input.AtEnd || input.Current == '\n' || input.Current == '\r')
                    return Result.Failure<StringLiteralSyntax>(input, "unterminated string", new[] { "'\"' to close the string" });
                var c = input.Current;
                if (c == '"') break;
                if (c == '\\')
                {
                    var escaped = input.Advance();
                    if (escaped.AtEnd || (escaped.Current != '"' && escaped.Current != '\\'))
                        return Result.Failure<StringLiteralSyntax>(input, "bad escape", new[] { "the escape \\\" or \\\\" });
                    builder.Append(escaped.Current);
                    input = escaped.Advance();
                    continue;
                }
                builder.Append(c);
                input = input.Advance();
            }
            input = input.Advance();
            return Result.Success(new StringLiteralSyntax(builder.ToString(), SpanOf(start, input)), input);
        });

        /// <summary>A reserved word such as <c>let</c>.</summary>
        public static Parser<IdentifierSyntax> Keyword(string word) => Token(input =>
        {
            var result = Word(input);
            return result.WasSuccessful && result.Value.Name == word
                ? result
                : Result.Failure<IdentifierSyntax>(input, "expected " + word, new[] { "'" + word + "'" });
        });

        /// <summary>Punctuation or an operator, matched exactly (try longer symbols first).</summary>
        public static Parser<SourceSpan> Symbol(string symbol) => Token(input =>
        {
            if (string.CompareOrdinal(input.Source, input.Position, symbol, 0, symbol.Length) != 0)
                return Result.Failure<SourceSpan>(input, "expected " + symbol, new[] { "'" + symbol + "'" });
            var rest = AdvanceBy(input, symbol.Length);
            return Result.Success(SpanOf(input, rest), rest);
        });

        /// <summary>
        /// Separates list items and record fields written on separate lines: succeeds (consuming the trivia) when
        /// the trivia ahead crosses a line break and is not followed by a closing bracket or the end.
        /// </summary>
        public static readonly Parser<SourceSpan> LineBreak = input =>
        {
            var rest = SkipTrivia(input);
            var crossesLine = input.Source.IndexOf('\n', input.Position, rest.Position - input.Position) >= 0;
            if (!crossesLine || rest.AtEnd || rest.Current == ']' || rest.Current == '}')
                return Result.Failure<SourceSpan>(input, "expected ';'", new[] { "';'" });
            return Result.Success(SpanOf(rest, rest), rest);
        };

        /// <summary>The end of the text after trivia.</summary>
        public static readonly Parser<bool> EndOfInput = input =>
        {
            var rest = SkipTrivia(input);
            return rest.AtEnd
                ? Result.Success(true, rest)
                : Result.Failure<bool>(input, "expected end of input", new[] { "'let'", "end of input" });
        };

        /// <summary>Makes <paramref name="token"/> skip leading trivia, reporting a non-match before the trivia.</summary>
        public static Parser<T> Token<T>(Parser<T> token) => input =>
        {
            var start = SkipTrivia(input);
            var result = token(start);
            return !result.WasSuccessful && result.Remainder.Equals(start)
                ? Result.Failure<T>(input, result.Message, result.Expectations)
                : result;
        };

        public static IInput SkipTrivia(IInput input)
        {
            var text = input.Source;
            var position = input.Position;
            while (position < text.Length)
            {
                var c = text[position];
                if (char.IsWhiteSpace(c)) position++;
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    while (position < text.Length && text[position] != '\n') position++;
                }
                else break;
            }
            return AdvanceBy(input, position - input.Position);
        }

        public static SourceSpan SpanOf(IInput start, IInput end) =>
            new SourceSpan(start.Position, end.Position - start.Position, start.Line, start.Column, end.Line, end.Column);

        public static bool IsIdentifierStart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_';

        public static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || c is >= '0' and <= '9';

        public static IInput AdvanceBy(IInput input, int count)
        {
            if (count == 0) return input;
            if (input is SourceInput source) return source.At(input.Position + count);
            for (var i = 0; i < count; i++) input = input.Advance();
            return input;
        }
    }
}
