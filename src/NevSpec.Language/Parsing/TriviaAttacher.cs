using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;

namespace NevSpec.Language.Parsing
{
    /// <summary>
    /// Gives every comment a home so that formatting never loses one: an end-of-line comment after a declaration
    /// is its trailing comment; comments between declarations lead the next one (the <c>///</c> lines directly
    /// before a keyword are its docs); comments inside a declaration move before it; the rest end the module.
    /// </summary>
    internal static class TriviaAttacher
    {
        public static ModuleSyntax Attach(string text, ModuleSyntax module, LineMap lines)
        {
            var declarations = new List<DeclarationSyntax>();
            if (module.Header is not null) declarations.Add(module.Header);
            declarations.AddRange(module.Bindings);

            var before = declarations.Select(_ => new List<CommentScanner.RawComment>()).ToList();
            var inside = declarations.Select(_ => new List<CommentScanner.RawComment>()).ToList();
            var trailing = new CommentScanner.RawComment?[declarations.Count];
            var end = new List<CommentScanner.RawComment>();

            foreach (var comment in CommentScanner.Comments(text))
            {
                var next = declarations.FindIndex(d => d.Span.End > comment.Start);
                var previous = (next < 0 ? declarations.Count : next) - 1;
                if (previous >= 0 && trailing[previous] is null &&
                    lines.LineOf(comment.Start) == declarations[previous].Span.EndLine)
                    trailing[previous] = comment;
                else if (next < 0) end.Add(comment);
                else if (comment.Start > declarations[next].Span.Start) inside[next].Add(comment);
                else before[next].Add(comment);
            }

            for (var i = 0; i < declarations.Count; i++)
            {
                var keywordLine = declarations[i].Span.StartLine;
                var docCount = 0;
                for (var j = before[i].Count - 1; j >= 0; j--)
                {
                    var candidate = before[i][j];
                    if (!IsDocComment(candidate.Text) || lines.LineOf(candidate.Start) != keywordLine - docCount - 1) break;
                    docCount++;
                }
                var docs = before[i].Skip(before[i].Count - docCount).ToList();
                var firstOwnLine = docs.Count > 0 ? docs[0].Start : declarations[i].Span.Start;
                var blankLineBefore = HasBlankLineBefore(text, firstOwnLine);
                // Comments from inside the declaration go between the blank line and the docs, so that they stay
                // with the declaration they came from.
                var moved = inside[i].Select((c, index) =>
                    new CommentSyntax(Demote(c.Text), index == 0 && blankLineBefore, lines.Span(c.Start, c.End))).ToList();
                if (moved.Count > 0) blankLineBefore = false;
                var regular = before[i].Take(before[i].Count - docCount)
                    .Select(c => new CommentSyntax(c.Text, HasBlankLineBefore(text, c.Start), lines.Span(c.Start, c.End)))
                    .Concat(moved);
                var trailingComment = trailing[i] is { } t ? new CommentSyntax(t.Text, false, lines.Span(t.Start, t.End)) : null;

                declarations[i] = declarations[i] with
                {
                    LeadingComments = regular.ToEquatableArray(),
                    DocLines = docs.Select(d => DocText(d.Text)).ToEquatableArray(),
                    TrailingComment = trailingComment,
                    BlankLineBefore = blankLineBefore,
                };
            }

            var header = module.Header is null ? null : (ModuleHeaderSyntax)declarations[0];
            var bindings = declarations.Skip(header is null ? 0 : 1).Cast<LetSyntax>().ToEquatableArray();
            return new ModuleSyntax(header, bindings, lines.Span(0, text.Length))
            {
                EndComments = end.Select(c => new CommentSyntax(c.Text, HasBlankLineBefore(text, c.Start), lines.Span(c.Start, c.End)))
                    .ToEquatableArray(),
            };
        }

        /// <summary><c>///</c> starts a doc line; <c>////</c> and more is an ordinary comment, as in F#.</summary>
        public static bool IsDocComment(string comment) =>
            comment.StartsWith("///", System.StringComparison.Ordinal) && !comment.StartsWith("////", System.StringComparison.Ordinal);

        private static string DocText(string comment)
        {
            var text = comment.Substring(3);
            return (text.StartsWith(" ", System.StringComparison.Ordinal) ? text.Substring(1) : text).TrimEnd();
        }

        /// <summary>A <c>///</c> comment moved out of an expression must not become the declaration's doc.</summary>
        private static string Demote(string comment) => IsDocComment(comment) ? "//" + comment.Substring(3) : comment;

        private static bool HasBlankLineBefore(string text, int offset)
        {
            var newlines = 0;
            for (var i = offset - 1; i >= 0; i--)
            {
                var c = text[i];
                if (c == '\n') newlines++;
                else if (!char.IsWhiteSpace(c)) return newlines >= 2;
            }
            return false;
        }
    }
}
