using System.Collections.Generic;
using NevSpec.Language.Text;

namespace NevSpec.Language.Syntax
{
    /// <summary><c>source |> stage</c>: derives a model from <see cref="Source"/> by one stage.</summary>
    public sealed record PipeSyntax(ExpressionSyntax Source, ExpressionSyntax Stage, SourceSpan Span) : ExpressionSyntax(Span)
    {
        public override string KindDescription => "a pipeline";

        /// <summary>The head of the chain followed by every stage, in order.</summary>
        public IReadOnlyList<ExpressionSyntax> Flatten()
        {
            var stages = new List<ExpressionSyntax>();
            ExpressionSyntax current = this;
            while (current is PipeSyntax pipe)
            {
                stages.Add(pipe.Stage);
                current = pipe.Source;
            }
            stages.Add(current);
            stages.Reverse();
            return stages;
        }

        public override string ToString() => Source + " |> " + Stage;
    }
}
