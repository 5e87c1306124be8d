using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;
using Sprache;
using static NevSpec.Language.Parsing.Lexemes;

namespace NevSpec.Language.Parsing
{
    /// <summary>
    /// The grammar, one rule per field. Repetitions use <c>XMany</c>/<c>XOptional</c>/<c>XOr</c> so that a construct
    /// that fails half-way reports its own error instead of being silently skipped.
    /// </summary>
    internal static class Grammar
    {
        private static readonly Parser<SourceSpan> ItemSeparator =
            Symbol(";").Or(LineBreak).Named("';' or a new line");

        /// <summary>
        /// A list item: a term (<c>VA</c>, <c>log GDP</c>, <c>lag VA 1</c>, <c>VA * Innov</c>) or a signed indicator
        /// (<c>+x</c>, <c>-x</c>). Inside a list an application's arguments stay on the function's line, so that items on
        /// separate lines need no <c>;</c>.
        /// </summary>
        private static readonly Parser<ExpressionSyntax> ListItem =
            Defer(() => ListTerm!).XOr(Defer(() => Signed!)).Named("list item");

        private static readonly Parser<ListSyntax> ListLiteral =
            from open in Symbol("[")
            from items in Separated(ListItem)
            from close in Symbol("]").Named("';' or ']'")
            select new ListSyntax(items.ToEquatableArray(), open.Cover(close));

        private static readonly Parser<RecordFieldSyntax> RecordField =
            from key in Identifier.Named("option name")
            from eq in Symbol("=")
            from value in Defer(() => Atom!).Named("option value")
            select new RecordFieldSyntax(key, value, key.Span.Cover(value.Span));

        private static readonly Parser<RecordSyntax> RecordLiteral =
            from open in Symbol("{")
            from fields in Separated(RecordField)
            from close in Symbol("}").Named("';' or '}'")
            select new RecordSyntax(fields.ToEquatableArray(), open.Cover(close));

        private static readonly Parser<ComparisonOperator> ComparisonSymbol =
            Symbol("<=").Return(Plan.ComparisonOperator.LessOrEqual)
                .Or(Symbol("<>").Return(Plan.ComparisonOperator.NotEqual))
                .Or(Symbol("<").Return(Plan.ComparisonOperator.Less))
                .Or(Symbol(">=").Return(Plan.ComparisonOperator.GreaterOrEqual))
                .Or(Symbol(">").Return(Plan.ComparisonOperator.Greater))
                .Or(Symbol("==").Return(Plan.ComparisonOperator.Equal))
                .Or(Symbol("!=").Return(Plan.ComparisonOperator.NotEqual))
                .Or(Symbol("=").Return(Plan.ComparisonOperator.Equal))
                .Named("comparison operator");

        private static readonly Parser<ParenthesizedSyntax> Parenthesized =
            from open in Symbol("(")
            from inner in Defer(() => Condition!)
            from close in Symbol(")").Named("')'")
            select new ParenthesizedSyntax(inner, open.Cover(close));

        private static readonly Parser<ExpressionSyntax> ConditionOperand =
            Defer(() => Term!).Named("column, number, string or '('");

        private static readonly Parser<ExpressionSyntax> Comparison =
            from left in ConditionOperand
            from right in (from op in ComparisonSymbol
                           from operand in ConditionOperand
                           select (op, operand)).XOptional()
            select right.IsDefined
                ? new ComparisonSyntax(right.Get().op, left, right.Get().operand, left.Span.Cover(right.Get().operand.Span))
                : left;

        private static readonly Parser<ExpressionSyntax> Negation =
            (from keyword in Keyword("not")
             from operand in Defer(() => Negation!)
             select (ExpressionSyntax)new NotSyntax(operand, keyword.Span.Cover(operand.Span)))
            .XOr(Comparison);

        private static readonly Parser<ExpressionSyntax> Conjunction = LeftChain(Negation, "&&", LogicalOperator.And);

        private static readonly Parser<ExpressionSyntax> Condition = LeftChain(Conjunction, "||", LogicalOperator.Or);

        /// <summary>A number, or a range <c>2018..2019</c> of two numbers.</summary>
        private static readonly Parser<ExpressionSyntax> NumberOrRange =
            from from_ in Number
            from to in (from dots in Symbol("..") from to in Number.Named("number after '..'") select to).XOptional()
            select to.IsDefined ? new RangeSyntax(from_, to.Get(), from_.Span.Cover(to.Get().Span)) : (ExpressionSyntax)from_;

        private static readonly Parser<ExpressionSyntax> Atom =
            Identifier.Select(i => (ExpressionSyntax)i)
                .XOr(StringLiteral)
                .XOr(NumberOrRange)
                .XOr(ListLiteral)
                .XOr(RecordLiteral)
                .XOr(Parenthesized)
                .Named("expression");

        private static readonly Parser<IdentifierSyntax> TermFunctionName = input =>
        {
            var result = Identifier(input);
            return result.WasSuccessful && System.Array.IndexOf(Binding.Binder.TermFunctions, result.Value.Name) >= 0
                ? result
                : Result.Failure<IdentifierSyntax>(input, "expected a term function", new[] { "identifier" });
        };

        private static readonly Parser<ExpressionSyntax> Application =
            (from function in Identifier
             from arguments in Atom.XMany()
             select Apply(function, arguments.ToList()))
            .XOr(Atom);

        /// <summary>
        /// A term function (log, lag, …) applied to arguments on its line, in a list. Only term functions apply there, so that
        /// a missing separator (<c>[ value capital ]</c>) stays a syntax error at the second item.
        /// </summary>
        private static readonly Parser<ExpressionSyntax> SameLineApplication =
            (from function in TermFunctionName
             from arguments in SameLine(Atom).XMany()
             select Apply(function, arguments.ToList()))
            .XOr(Atom);

        /// <summary>A term: applications joined by <c>*</c> (left-associative).</summary>
        private static readonly Parser<ExpressionSyntax> Term = ProductChain(Application);

        private static readonly Parser<ExpressionSyntax> ListTerm = ProductChain(SameLineApplication);

        private static readonly Parser<ExpressionSyntax> Signed =
            from sign in Symbol("+").Select(span => (Positive: true, Span: span))
                .XOr(Symbol("-").Select(span => (Positive: false, Span: span))).Named("'+' or '-'")
            from operand in Atom
            select (ExpressionSyntax)new SignedSyntax(sign.Positive, operand, sign.Span.Cover(operand.Span));

        /// <summary>
        /// An ERGM term in the list of an <c>ergm</c> stage: any name applied to arguments on its line (<c>edges</c>,
        /// <c>nodecov gdp</c>, <c>kstar 2</c>, <c>gwesp 0.5</c>). Any name, so that the binder (not the parser) reports an
        /// unknown or directed-only term with a suggestion.
        /// </summary>
        private static readonly Parser<ExpressionSyntax> ErgmTerm =
            (from function in Identifier
             from arguments in SameLine(Atom).XMany()
             select Apply(function, arguments.ToList()))
            .XOr(Atom)
            .Named("ERGM term");

        private static readonly Parser<ExpressionSyntax> ErgmTermList =
            from open in Symbol("[")
            from items in Separated(ErgmTerm)
            from close in Symbol("]").Named("';' or ']'")
            select (ExpressionSyntax)new ListSyntax(items.ToEquatableArray(), open.Cover(close));

        /// <summary>The arguments of a stage; an <c>ergm</c> stage's lists hold ERGM terms (see <see cref="ErgmTerm"/>).</summary>
        private static Parser<IEnumerable<ExpressionSyntax>> StageArguments(IdentifierSyntax function) =>
            function.Name == "ergm" ? ErgmTermList.XOr(Atom).XMany() : Atom.XMany();

        private static readonly Parser<ExpressionSyntax> Stage =
            from function in Identifier.Named("pipe stage (fe, cluster, vcov, where, using, …)")
            from arguments in StageArguments(function)
            select Apply(function, arguments.ToList());

        private static readonly Parser<ExpressionSyntax> Expression =
            from head in Term
            from stages in (from pipe in Symbol("|>") from stage in Stage select stage).XMany()
            select stages.Aggregate(head, (source, stage) => new PipeSyntax(source, stage, source.Span.Cover(stage.Span)));

        private static readonly Parser<ModuleHeaderSyntax> ModuleHeader =
            from keyword in Keyword("module")
            from name in Identifier.Named("module name")
            select new ModuleHeaderSyntax(name, keyword.Span.Cover(name.Span));

        private static readonly Parser<LetSyntax> Let =
            from keyword in Keyword("let")
            from name in Identifier
            from eq in Symbol("=")
            from value in Expression
            select new LetSyntax(name, value, keyword.Span.Cover(value.Span));

        /// <summary>A whole spec; trivia is attached afterwards by <see cref="TriviaAttacher"/>.</summary>
        public static readonly Parser<ModuleSyntax> Module =
            from header in ModuleHeader.XOptional()
            from bindings in Let.XMany()
            from end in EndOfInput
            select new ModuleSyntax(header.GetOrDefault(), bindings.ToEquatableArray(), SourceSpan.Empty);

        /// <summary>
        /// A forward reference to a rule defined further down. Unlike <c>Parse.Ref</c> it keeps no memo table, whose
        /// left-recursion guard throws when a rule is retried at the same input.
        /// </summary>
        private static Parser<T> Defer<T>(System.Func<Parser<T>> rule) => input => rule()(input);

        private static Parser<IEnumerable<T>> Separated<T>(Parser<T> item) =>
            (from first in item
             from rest in (from separator in ItemSeparator from next in item select next).XMany()
             select new[] { first }.Concat(rest))
            .XOptional()
            .Select(items => items.GetOrElse(Enumerable.Empty<T>()));

        private static Parser<ExpressionSyntax> ProductChain(Parser<ExpressionSyntax> operand) =>
            from first in operand
            from rest in (from s in Symbol("*") from next in operand select next).XMany()
            select rest.Aggregate(first, (left, right) => (ExpressionSyntax)new ProductSyntax(left, right, left.Span.Cover(right.Span)));

        /// <summary>Succeeds only when <paramref name="parser"/>'s token starts on the current line.</summary>
        private static Parser<T> SameLine<T>(Parser<T> parser) => input =>
        {
            var rest = SkipTrivia(input);
            return input.Source.IndexOf('\n', input.Position, rest.Position - input.Position) >= 0
                ? Result.Failure<T>(input, "expected an argument on the same line", new[] { "argument" })
                : parser(input);
        };

        private static Parser<ExpressionSyntax> LeftChain(Parser<ExpressionSyntax> operand, string symbol, LogicalOperator op) =>
            from first in operand
            from rest in (from s in Symbol(symbol) from next in operand select next).XMany()
            select rest.Aggregate(first, (left, right) => new LogicalSyntax(op, left, right, left.Span.Cover(right.Span)));

        private static ExpressionSyntax Apply(IdentifierSyntax function, List<ExpressionSyntax> arguments) =>
            arguments.Count == 0
                ? function
                : new ApplicationSyntax(function, arguments.ToEquatableArray(), function.Span.Cover(arguments[arguments.Count - 1].Span));
    }
}
