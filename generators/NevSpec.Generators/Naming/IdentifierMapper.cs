using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace NevSpec.Generators.Naming
{
    /// <summary>
    /// Maps spec names onto C# identifiers, predictably (documented in docs/generator.md):
    /// every character that cannot appear in an identifier becomes '_', a name that cannot start an
    /// identifier gets a leading '_', and a reserved keyword is escaped with '@' (<c>class</c> → <c>@class</c>).
    /// </summary>
    internal static class IdentifierMapper
    {
        /// <summary>The name as written, made a valid identifier (modules and terms).</summary>
        public static string ToIdentifier(string name)
        {
            var builder = new StringBuilder(name.Length + 1);
            foreach (var c in name)
                builder.Append(SyntaxFacts.IsIdentifierPartCharacter(c) ? c : '_');
            if (builder.Length == 0 || !SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
                builder.Insert(0, '_');
            var identifier = builder.ToString();
            return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
        }

        /// <summary>The name with its first letter upper-cased (models become methods: <c>baseline</c> → <c>Baseline</c>).</summary>
        public static string ToPascal(string name)
        {
            var identifier = ToIdentifier(name).TrimStart('@');
            if (identifier.Length > 0 && char.IsLower(identifier[0]))
                identifier = char.ToUpperInvariant(identifier[0]).ToString(CultureInfo.InvariantCulture) + identifier.Substring(1);
            return SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None ? "@" + identifier : identifier;
        }

        /// <summary>The identifier without a leading '@', for building other names and comparing.</summary>
        public static string Bare(string identifier) => identifier.TrimStart('@');
    }
}
