using System;

namespace NevSpec.Language.Text
{
    /// <summary>
    /// A region of a spec's text: character offset and length plus 1-based line and column of both ends,
    /// so that a diagnostic can be printed as <c>file.nevspec(line,col)</c> without the text at hand.
    /// </summary>
    public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
    {
        /// <summary>The span covering nothing at the start of a file.</summary>
        public static SourceSpan Empty => new SourceSpan(0, 0, 1, 1, 1, 1);

        public int End => Start + Length;

        /// <summary>The smallest span covering both spans.</summary>
        public SourceSpan Cover(SourceSpan other)
        {
            var first = Start <= other.Start ? this : other;
            var last = End >= other.End ? this : other;
            return new SourceSpan(first.Start, last.End - first.Start, first.StartLine, first.StartColumn, last.EndLine, last.EndColumn);
        }

        public override string ToString() => $"{StartLine}:{StartColumn}";
    }
}
