using System.Text;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>A string literal such as <c>"data/grunfeld.csv"</c>; <see cref="Value"/> has escapes resolved.</summary>
    public sealed record StringLiteralSyntax(string Value, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a string";

        public override string ToString()
        {
            var builder = new StringBuilder(Value.Length + 2).Append('"');
            foreach (var c in Value)
            {
                if (c == '"' || c == '\\') builder.Append('\\');
                builder.Append(c);
            }
            return builder.Append('"').ToString();
        }
    }
}
