using System;
using System.Collections.Generic;
using NevSpec.Language.Text;
using Sprache;

namespace NevSpec.Language.Parsing
{
    /// <summary>
    /// A Sprache input that can jump to any offset in O(1) (line and column come from a shared <see cref="LineMap"/>),
    /// so that skipping trivia and multi-character tokens does not allocate one input per character.
    /// </summary>
    internal sealed class SourceInput : IInput
    {
        private readonly LineMap _lines;

        private IDictionary<object, object>? _memos;

        public SourceInput(string source, LineMap lines, int position = 0)
        {
            Source = source;
            _lines = lines;
            Position = position;
        }

        public string Source { get; }

        public int Position { get; }

        public char Current => Source[Position];

        public bool AtEnd => Position >= Source.Length;

        public int Line => _lines.LineOf(Position);

        public int Column => _lines.ColumnOf(Position);

        /// <summary>Per-position memo table, as in Sprache's own input (<c>Parse.Ref</c> keys results by input instance).</summary>
        public IDictionary<object, object> Memos => _memos ??= new Dictionary<object, object>();

        public IInput Advance() =>
            AtEnd ? throw new InvalidOperationException("The input is already at the end of the source.") : At(Position + 1);

        public SourceInput At(int position) => new(Source, _lines, Math.Min(position, Source.Length));

        public bool Equals(IInput? other) => other is not null && ReferenceEquals(Source, other.Source) && Position == other.Position;

        public override bool Equals(object? obj) => obj is IInput other && Equals(other);

        public override int GetHashCode() => Position;

        public override string ToString() => $"Line {Line}, Column {Column}";
    }
}
