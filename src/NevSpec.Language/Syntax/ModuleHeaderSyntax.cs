using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary>The <c>module Name</c> line.</summary>
    public sealed record ModuleHeaderSyntax(IdentifierSyntax Name, SourceSpan Span) : DeclarationSyntax(Span)
    {
        public override string ToString() => "module " + Name;
    }
}
