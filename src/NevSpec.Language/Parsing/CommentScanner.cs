using System.Collections.Generic;

namespace NevSpec.Language.Parsing
{
    /// <summary>
    /// Scans a spec's text for what the grammar skips or must not recurse into: <c>//</c> comments (outside string
    /// literals) and the bracket nesting depth.
    /// </summary>
    internal static class CommentScanner
    {
        /// <summary>A comment's text as written, from its first slash to the end of its line.</summary>
        public readonly record struct RawComment(int Start, int End, string Text);

        public static List<RawComment> Comments(string text)
        {
            var comments = new List<RawComment>();
            var position = 0;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '"')
                {
                    position = SkipString(text, position);
                }
                else if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    var start = position;
                    while (position < text.Length && text[position] != '\n') position++;
                    comments.Add(new RawComment(start, position, text.Substring(start, position - start).TrimEnd()));
                }
                else position++;
            }
            return comments;
        }

        /// <summary>The offset of the first bracket that opens more than <paramref name="limit"/> levels, or -1.</summary>
        public static int FirstTooDeep(string text, int limit)
        {
            var depth = 0;
            var position = 0;
            while (position < text.Length)
            {
                var c = text[position];
                if (c == '"') { position = SkipString(text, position); continue; }
                if (c == '/' && position + 1 < text.Length && text[position + 1] == '/')
                {
                    while (position < text.Length && text[position] != '\n') position++;
                    continue;
                }
                if (c is '(' or '[' or '{' && ++depth > limit) return position;
                if (c is ')' or ']' or '}' && depth > 0) depth--;
                position++;
            }
            return -1;
        }

        private static int SkipString(string text, int position)
        {
            position++;
            while (position < text.Length && text[position] != '"' && text[position] != '\n')
                position += text[position] == '\\' ? 2 : 1;
            return position + 1;
        }
    }
}
