using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    /// <summary>What a list may hold where it is used.</summary>
    internal enum ListKind
    {
        /// <summary>Plain data columns (fixed effects, clusters, panel keys): v1 lists.</summary>
        Columns,
        /// <summary>Terms: columns, indices, derived columns and transforms (regressors, controls, instruments, …).</summary>
        Terms,
        /// <summary>Plain columns with an optional direction <c>+x</c>/<c>-x</c> (index indicators).</summary>
        Indicators,
        /// <summary>A <c>let</c>-bound list: terms or signed columns; checked again where it is used.</summary>
        Any,
    }

    internal sealed partial class Binder
    {
        internal static readonly string[] TermFunctions = { "log", "lag", "lead", "std", "centre" };

        private const string TermFunctionList = "log, lag, lead, std or centre";

        private const string TermExpected = "a column or a term such as log x, lag x 1 or x * z";

        /// <summary>
        /// A term: a column, an index, a derived <c>let</c> name, a transform (<c>log x</c>, <c>lag x 1</c>, …) or a
        /// product <c>x * z</c>. Null after a diagnostic (or silently for a poisoned name).
        /// </summary>
        private ColumnRef? ResolveTerm(ExpressionSyntax expression, string expected)
        {
            switch (expression)
            {
                case ParenthesizedSyntax parenthesized:
                    return ResolveTerm(parenthesized.Inner, expected);
                case IdentifierSyntax name:
                    if (_bound.TryGetValue(name.Name, out var symbol))
                    {
                        switch (symbol)
                        {
                            case IndexSymbol index:
                                return new ColumnRef(name.Name, name.Span) { IndexSource = index.Plan.Source };
                            case DerivedSymbol derived:
                                return derived.Term with { Span = name.Span, Via = null };
                            case PoisonedSymbol:
                                return null;
                            default:
                                Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, expected);
                                return null;
                        }
                    }
                    return ReportIfForward(name) ? null : new ColumnRef(name.Name, name.Span);
                case ApplicationSyntax application:
                    return ResolveFunctionTerm(application, expected);
                case ProductSyntax product:
                    var left = ResolveTerm(product.Left, TermExpected);
                    var right = ResolveTerm(product.Right, TermExpected);
                    if (left is null || right is null) return null;
                    return Derive(new ProductTerm(left.Naming, right.Naming), new ProductTerm(left.Computed, right.Computed),
                        product.Span, "a product", left, right);
                default:
                    ReportWrongKind(expression, expression.KindDescription, expected);
                    return null;
            }
        }

        private ColumnRef? ResolveFunctionTerm(ApplicationSyntax application, string expected)
        {
            var function = application.Function;
            if (!TermFunctions.Contains(function.Name))
            {
                if (_bound.TryGetValue(function.Name, out var head))
                    Report(DiagnosticCatalogue.WrongKind, function.Span, function.Name, head.KindDescription, "a function (" + TermFunctionList + ")");
                else if (!ReportIfForward(function))
                    Report(DiagnosticCatalogue.UnknownFunction, function.Span, function.Name, TermFunctionList);
                return null;
            }
            var lagging = function.Name is "lag" or "lead";
            var arity = lagging ? 2 : 1;
            if (application.Arguments.Count != arity)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, function.Name,
                    lagging ? "a term and a number of periods, as in " + function.Name + " x 1" : "one term", Count(application.Arguments.Count));
                return null;
            }
            var operand = ResolveTerm(application.Arguments[0], TermExpected);
            var periods = lagging ? Periods(application.Arguments[1], function.Name) : 0;
            if (operand is null || periods is null) return null;
            return Transform(function.Name, operand, periods.Value, application.Span);
        }

        /// <summary>A transform of <paramref name="operand"/>; also used by the <c>lag</c>/<c>lead</c> pipe stages.</summary>
        private ColumnRef Transform(string function, ColumnRef operand, int periods, Text.SourceSpan span)
        {
            TermPlan Wrap(TermPlan inner) => function switch
            {
                "log" => new LogTerm(inner),
                "lag" => new LagTerm(inner, periods),
                "lead" => new LagTerm(inner, -periods),
                "std" => new StandardizeTerm(inner),
                _ => new CentreTerm(inner),
            };
            return Derive(Wrap(operand.Naming), Wrap(operand.Computed), span, "'" + function + "'", operand);
        }

        /// <summary>The number of periods of <c>lag</c>/<c>lead</c>: a whole number of at least 1.</summary>
        private int? Periods(ExpressionSyntax argument, string function)
        {
            if (argument is not NumberLiteralSyntax number)
            {
                ReportWrongKind(argument, argument.KindDescription, "a number of periods such as 1");
                return null;
            }
            if (number.Value < 1 || number.Value > 1000 || number.Value != System.Math.Floor(number.Value))
            {
                Report(DiagnosticCatalogue.OptionOutOfRange, number.Span, "periods", number.ToString(), "'" + function + "'", "a whole number from 1 to 1000");
                return null;
            }
            return (int)number.Value;
        }

        private static ColumnRef Derive(TermPlan naming, TermPlan computed, Text.SourceSpan span, string numericFor, params ColumnRef[] operands)
        {
            var inputs = new List<ColumnRef>();
            foreach (var operand in operands)
            {
                if (operand.Expression is not null) inputs.AddRange(operand.Inputs);
                else if (operand.IndexSource is not null) inputs.Add(operand);
                else inputs.Add(operand with { NumericFor = operand.NumericFor ?? numericFor });
            }
            return new ColumnRef(TermPrinter.Print(naming), span) { Expression = computed, NameTerm = naming, Inputs = inputs.ToEquatableArray() };
        }

        /// <summary>A list literal or the name of a bound list; list names inside a literal are spliced in.</summary>
        private EquatableArray<ColumnRef>? ResolveColumnList(ExpressionSyntax expression, string expected, ListKind kind = ListKind.Columns)
        {
            switch (expression)
            {
                case ListSyntax list:
                    var items = new List<ColumnRef>();
                    var ok = true;
                    foreach (var item in list.Items)
                    {
                        if (item is IdentifierSyntax id && _bound.TryGetValue(id.Name, out var symbol) && symbol is ListSymbol spliced)
                        {
                            foreach (var column in spliced.Items)
                                if (Admit(column with { Via = id.Span }, kind) is { } admitted) items.Add(admitted);
                                else ok = false;
                        }
                        else if (ResolveItem(item, kind) is { } column)
                            items.Add(column);
                        else ok = false;
                    }
                    return ok ? items.ToEquatableArray() : null;
                case IdentifierSyntax name:
                    var bound = LookUp(name, expected + " or the name of a list defined above",
                        _bound.Values.OfType<ListSymbol>().Select(l => l.Let.Name.Name));
                    if (bound is ListSymbol named)
                    {
                        var admitted = named.Items.Select(c => Admit(c with { Via = name.Span }, kind)).ToList();
                        return admitted.Any(c => c is null) ? null : admitted.Select(c => c!).ToEquatableArray();
                    }
                    if (bound is not null and not PoisonedSymbol)
                        Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, bound.KindDescription, expected);
                    return null;
                default:
                    ReportWrongKind(expression, expression.KindDescription, expected);
                    return null;
            }
        }

        private ColumnRef? ResolveItem(ExpressionSyntax item, ListKind kind)
        {
            if (item is SignedSyntax signed)
            {
                if (kind is ListKind.Indicators or ListKind.Any)
                    return ResolveColumn(signed.Operand, "a column name") is { } column ? column with { Sign = signed.Positive } : null;
                ReportWrongKind(item, item.KindDescription, kind == ListKind.Terms ? TermExpected : "a column name");
                return null;
            }
            return kind is ListKind.Terms or ListKind.Any ? ResolveTerm(item, kind == ListKind.Any ? "a column name or a term" : TermExpected)
                : ResolveColumn(item, "a column name");
        }

        /// <summary>Checks that an item of a <c>let</c>-bound list fits where the list is used.</summary>
        private ColumnRef? Admit(ColumnRef column, ListKind kind)
        {
            var fits = kind switch
            {
                ListKind.Columns => column.IsPlain && column.Sign is null,
                ListKind.Terms => column.Sign is null,
                ListKind.Indicators => column.IsPlain,
                _ => true,
            };
            if (fits) return column;
            var what = column.Sign is not null ? "a signed indicator" : column.IndexSource is not null ? "a composite index" : "a derived term";
            Report(DiagnosticCatalogue.WrongKind, column.UseSpan, (column.Sign is null ? "" : column.Sign.Value ? "+" : "-") + column.Name, what,
                kind == ListKind.Terms ? TermExpected : "a column name");
            return null;
        }

        private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
    }
}
