using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A condition or value in parentheses, as in <c>where (year &lt;= 1944)</c>.</summary>
    public sealed record ParenthesizedSyntax(ExpressionSyntax Inner, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => Inner.KindDescription;

        public override string ToString() => "(" + ConditionPrinter.Unwrap(Inner) + ")";
    }
}
