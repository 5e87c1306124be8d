using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>Any expression of the language; <see cref="object.ToString"/> prints it in canonical form on one line.</summary>
    public abstract record ExpressionSyntax(SourceSpan Span)
    {
        /// <summary>What kind of value this is, for messages ("a list", "a number", …).</summary>
        public abstract string KindDescription { get; }
    }
}
