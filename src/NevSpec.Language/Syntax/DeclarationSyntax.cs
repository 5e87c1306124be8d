using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>
    /// A top-level declaration (<c>module</c> or <c>let</c>) with its trivia: comments before it, <c>///</c> doc lines
    /// directly before it, and an end-of-line comment after it. <c>Span</c> runs from the keyword
    /// to the end of the last token.
    /// </summary>
    public abstract record DeclarationSyntax(SourceSpan Span)
    {
        /// <summary>Regular comments printed before the declaration (including any that were inside it).</summary>
        public EquatableArray<CommentSyntax> LeadingComments { get; init; } = EquatableArray<CommentSyntax>.Empty;

        /// <summary>The <c>///</c> lines directly before the keyword, without the slashes and one following space.</summary>
        public EquatableArray<string> DocLines { get; init; } = EquatableArray<string>.Empty;

        /// <summary>An end-of-line comment on the declaration's last line.</summary>
        public CommentSyntax? TrailingComment { get; init; }

        /// <summary>Whether a blank line separates the declaration (with its docs) from what precedes it.</summary>
        public bool BlankLineBefore { get; init; }

        /// <summary>The documentation, doc lines joined with <c>\n</c>, or null when there is none.</summary>
        public string? Doc => DocLines.IsEmpty ? null : string.Join("\n", DocLines);
    }
}
