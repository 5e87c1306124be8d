using System.Linq;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A function applied to arguments by juxtaposition: <c>regress inv [ value ]</c>, <c>fe [ firm ]</c>.</summary>
    public sealed record ApplicationSyntax(IdentifierSyntax Function, EquatableArray<ExpressionSyntax> Arguments, SourceSpan Span)
        : ExpressionSyntax(Span)
    {
        public override string KindDescription => "'" + Function.Name + "' applied to arguments";

        public override string ToString() => Function + string.Concat(Arguments.Select(a => " " + a));
    }
}
