using System.Text.RegularExpressions;
using NevSpec.Language.Text;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>
    /// Finds where a module or a <c>let</c> binding is declared, for diagnostics only the C# side raises
    /// (plans carry no spans). Falls back to the start of the file.
    /// </summary>
    internal sealed class SpecLocator
    {
        private readonly string _text;

        public SpecLocator(string text) => _text = text;

        public SourceSpan Module(string module) => Find(@"\bmodule\s+(" + Regex.Escape(module) + @")(?![\w'])");

        public SourceSpan Binding(string name) => Find(@"\blet\s+(" + Regex.Escape(name) + @")(?![\w'])");

        private SourceSpan Find(string pattern)
        {
            var match = Regex.Match(_text, pattern, RegexOptions.CultureInvariant);
            if (!match.Success) return SourceSpan.Empty;
            var group = match.Groups[1];
            var (line, column) = Position(group.Index);
            return new SourceSpan(group.Index, group.Length, line, column, line, column + group.Length);
        }

        private (int Line, int Column) Position(int offset)
        {
            int line = 1, column = 1;
            for (var i = 0; i < offset && i < _text.Length; i++)
            {
                if (_text[i] == '\n') { line++; column = 1; }
                else if (_text[i] != '\r') column++;
            }
            return (line, column);
        }
    }
}
