using System.CodeDom.Compiler;

namespace NevSpec.Generators.Emit
{
    /// <summary>Writes <c>///</c> documentation from spec docs: XML-escaped, one comment line per doc line.</summary>
    internal static class XmlDoc
    {
        public static void Summary(IndentedTextWriter writer, string? doc, string fallback)
        {
            writer.WriteLine("/// <summary>");
            var text = string.IsNullOrWhiteSpace(doc) ? fallback : Escape(doc!);
            foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
                writer.WriteLine(("/// " + line.Trim()).TrimEnd());
            writer.WriteLine("/// </summary>");
        }

        /// <summary>Escapes text for use inside XML doc comments.</summary>
        public static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

        public static string Code(string text) => "<c>" + Escape(text) + "</c>";
    }
}
