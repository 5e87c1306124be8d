using System.Collections.Generic;

namespace NevSpec.Language.Text
{
    /// <summary>Maps character offsets of a text to 1-based lines and columns (the same counting Sprache uses).</summary>
    internal sealed class LineMap
    {
        private readonly List<int> _lineStarts = new() { 0 };

        public LineMap(string text)
        {
            for (var i = 0; i < text.Length; i++)
                if (text[i] == '\n') _lineStarts.Add(i + 1);
            Length = text.Length;
        }

        public int Length { get; }

        public int LineOf(int offset)
        {
            int lo = 0, hi = _lineStarts.Count - 1;
            while (lo < hi)
            {
                var mid = (lo + hi + 1) / 2;
                if (_lineStarts[mid] <= offset) lo = mid; else hi = mid - 1;
            }
            return lo + 1;
        }

        public int ColumnOf(int offset) => offset - _lineStarts[LineOf(offset) - 1] + 1;

        public SourceSpan Span(int start, int end)
        {
            if (start < 0) start = 0;
            if (end > Length) end = Length;
            if (end < start) end = start;
            return new SourceSpan(start, end - start, LineOf(start), ColumnOf(start), LineOf(end), ColumnOf(end));
        }
    }
}
