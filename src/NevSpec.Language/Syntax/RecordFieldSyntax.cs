using System;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>One <c>key = value</c> entry of a record.</summary>
    public sealed record RecordFieldSyntax(IdentifierSyntax Key, ExpressionSyntax Value, SourceSpan Span) : IEquatable<RecordFieldSyntax>
    {
        public override string ToString() => Key + " = " + Value;
    }
}
