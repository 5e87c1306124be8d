using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>An interaction <c>left * right</c> in a term list; <c>*</c> is left-associative and binds looser than application.</summary>
    public sealed record ProductSyntax(ExpressionSyntax Left, ExpressionSyntax Right, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a product term";

        public override string ToString() =>
            ConditionPrinter.Operand(Left, ConditionPrinter.ProductPrecedence, false) + " * " +
            ConditionPrinter.Operand(Right, ConditionPrinter.ProductPrecedence, true);
    }
}
