using System.Collections.Generic;
using System.Linq;
using System.Text;
using NevSpec.Language.Syntax;

namespace NevSpec.Language
{
    /// <summary>
    /// Prints a module in canonical form (what <c>nevspec fmt</c> writes). The rules: one declaration per line,
    /// single spaces, <c>[ a; b ]</c> and <c>{ k = v }</c> with inner spaces, <c>=</c>/<c>&lt;&gt;</c> for comparisons,
    /// minimal parentheses, a <c>let</c> longer than <see cref="MaxLineLength"/> characters with a pipeline broken
    /// before every <c>|&gt;</c> with the head on its own line (a long <c>table</c>, <c>network</c>, <c>nodes</c> or <c>pairs</c> has its options record on a line of its own), all indented four spaces (a head or stage still too long
    /// has its longest list of two or more items written one item per line); comments and
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
            if (declaration is not LetSyntax let || oneLine.Length <= MaxLineLength) return new List<string> { oneLine };
            if (let.Value is ApplicationSyntax { Function.Name: "table" or "network" or "nodes" or "pairs", Arguments.Count: >= 2 } table
                && table.Arguments[table.Arguments.Count - 1] is RecordSyntax options)
            {
                // A table: title and columns on one line, the options record on the next (so too a network, node or pair
                // table: the path, then the options).
                var head = new ApplicationSyntax(table.Function,
                    table.Arguments.Take(table.Arguments.Count - 1).ToEquatableArray(), table.Span);
                var tableLines = new List<string> { "let " + let.Name + " =" };
                AddPart(tableLines, Indent, head);
                tableLines.Add(Indent + Indent + options);
                return tableLines;
            }
            if (let.Value is not PipeSyntax && !HasBreakableList(let.Value)) return new List<string> { oneLine };

            var parts = let.Value is PipeSyntax pipe ? pipe.Flatten() : new[] { let.Value };
            var lines = new List<string> { "let " + let.Name + " =" };
            for (var i = 0; i < parts.Count; i++)
                AddPart(lines, (i == 0 ? Indent : Indent + "|> "), parts[i]);
            return lines;
        }

        /// <summary>
        /// One head or stage of a broken pipeline; when it is still too long and applies a function to a list of two or
        /// more items, the longest such list is written one item per line (items on separate lines need no <c>;</c>).
        /// </summary>
        private static void AddPart(List<string> lines, string prefix, ExpressionSyntax part)
        {
            var text = prefix + part;
            if (text.Length <= MaxLineLength || part is not ApplicationSyntax application || !HasBreakableList(application))
            {
                lines.Add(text);
                return;
            }
            var longest = application.Arguments
                .Select((argument, index) => (argument, index))
                .Where(a => a.argument is ListSyntax { Items.Count: >= 2 })
                .OrderByDescending(a => a.argument.ToString().Length)
                .First();
            var before = prefix + application.Function + string.Concat(application.Arguments.Take(longest.index).Select(a => " " + a));
            lines.Add(before + " [");
            foreach (var item in ((ListSyntax)longest.argument).Items) lines.Add(Indent + Indent + item);
            lines.Add(Indent + "]" + string.Concat(application.Arguments.Skip(longest.index + 1).Select(a => " " + a)));
        }

        private static bool HasBreakableList(ExpressionSyntax expression) =>
            expression is ApplicationSyntax application && application.Arguments.Any(a => a is ListSyntax { Items.Count: >= 2 });

        private static void WriteLine(StringBuilder output, string line, bool blankLineBefore)
        {
            if (blankLineBefore && output.Length > 0) output.Append('\n');
            output.Append(line).Append('\n');
        }
    }
}
