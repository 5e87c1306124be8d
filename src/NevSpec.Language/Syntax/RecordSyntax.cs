using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>An options record <c>{ id = firm; time = year }</c>.</summary>
    public sealed record RecordSyntax(EquatableArray<RecordFieldSyntax> Fields, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a record";

        public override string ToString() => Fields.IsEmpty ? "{}" : "{ " + string.Join("; ", Fields) + " }";
    }
}
