using System;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>
    /// A <c>//</c> comment kept for formatting. <see cref="Text"/> is the comment as written (with the slashes,
    /// trailing blanks removed); <see cref="BlankLineBefore"/> keeps the author's paragraphing.
    /// </summary>
    public sealed record CommentSyntax(string Text, bool BlankLineBefore, SourceSpan Span) : IEquatable<CommentSyntax>
    {
        public override string ToString() => Text;
    }
}
