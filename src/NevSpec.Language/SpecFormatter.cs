using System.Collections.Generic;
using System.Text;
using NevSpec.Language.Syntax;

namespace NevSpec.Language
{
    /// <summary>
    /// Prints a module in canonical form (what <c>nevspec fmt</c> writes). The rules: one declaration per line,
    /// single spaces, <c>[ a; b ]</c> and <c>{ k = v }</c> with inner spaces, <c>=</c>/<c>&lt;&gt;</c> for comparisons,
    /// minimal parentheses, a <c>let</c> longer than <see cref="MaxLineLength"/> characters with a pipeline broken
    /// before every <c>|&gt;</c> with the head on its own line, all indented four spaces; comments and
    /// single blank lines kept; <c>\n</c> line ends and a final newline. Formatting is idempotent.
    /// </summary>
    public static class SpecFormatter
    {
        public const int MaxLineLength = 80;

        private const string Indent = "    ";

        public static string Format(ModuleSyntax module)
        {
            var output = new StringBuilder();
            var declarations = new List<DeclarationSyntax>();
            if (module.Header is not null) declarations.Add(module.Header);
            foreach (var binding in module.Bindings) declarations.Add(binding);

            foreach (var declaration in declarations)
            {
                foreach (var comment in declaration.LeadingComments) WriteLine(output, comment.Text, comment.BlankLineBefore);
                var blankPending = declaration.BlankLineBefore;
                foreach (var doc in declaration.DocLines)
                {
                    WriteLine(output, doc.Length == 0 ? "///" : "/// " + doc, blankPending);
                    blankPending = false;
                }
                var body = Lines(declaration);
                for (var i = 0; i < body.Count; i++)
                {
                    var line = body[i];
                    if (i == body.Count - 1 && declaration.TrailingComment is { } trailing) line += " " + trailing.Text;
                    WriteLine(output, line, blankPending && i == 0);
                }
            }
            foreach (var comment in module.EndComments) WriteLine(output, comment.Text, comment.BlankLineBefore);
            return output.ToString();
        }

        private static List<string> Lines(DeclarationSyntax declaration)
        {
            var oneLine = declaration.ToString();
            if (declaration is not LetSyntax { Value: PipeSyntax pipe } let || oneLine.Length <= MaxLineLength)
                return new List<string> { oneLine };

            var parts = pipe.Flatten();
            var lines = new List<string> { "let " + let.Name + " =", Indent + parts[0] };
            for (var i = 1; i < parts.Count; i++) lines.Add(Indent + "|> " + parts[i]);
            return lines;
        }

        private static void WriteLine(StringBuilder output, string line, bool blankLineBefore)
        {
            if (blankLineBefore && output.Length > 0) output.Append('\n');
            output.Append(line).Append('\n');
        }
    }
}
