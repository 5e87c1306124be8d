using System.Globalization;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A number literal, read and printed with the invariant culture.</summary>
    public sealed record NumberLiteralSyntax(double Value, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a number";

        public override string ToString() => Value.ToString("R", CultureInfo.InvariantCulture);
    }
}
