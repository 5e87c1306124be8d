using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;
using NevSpec.Language.Text;

namespace NevSpec.Language.Binding
{
    /// <summary>
    /// Binds a module to a <see cref="StudyPlan"/>: resolves names in definition (F#) order, applies pipelines,
    /// then checks each model against its data source. One instance per bind; not thread-safe, holds no static state.
    /// </summary>
    internal sealed partial class Binder
    {
        private readonly ModuleSyntax _module;
        private readonly IDataHeaderProvider? _headers;
        private readonly List<Diagnostic> _diagnostics = new();
        private readonly HashSet<(string, int, string)> _reported = new();
        private readonly Dictionary<string, LetSyntax> _definitions = new();
        private readonly Dictionary<string, BoundSymbol> _bound = new();
        private readonly List<BoundSymbol> _order = new();

        public Binder(ModuleSyntax module, IDataHeaderProvider? headers)
        {
            _module = module;
            _headers = headers;
        }

        /// <summary>The binding being bound, for internal-error positions.</summary>
        public LetSyntax? Current { get; private set; }

        public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

        public StudyPlan? Bind()
        {
            if (_module.Header is null)
            {
                var first = _module.Bindings.IsEmpty ? SourceSpan.Empty : _module.Bindings[0].Span;
                Report(DiagnosticCatalogue.MissingModule, first, _module.Bindings.IsEmpty ? "end of input" : "keyword 'let'");
            }

            var toBind = new List<LetSyntax>();
            foreach (var let in _module.Bindings)
            {
                if (_definitions.TryGetValue(let.Name.Name, out var first))
                    Report(DiagnosticCatalogue.DuplicateName, let.Name.Span, let.Name.Name, Line(first.Name.Span));
                else
                {
                    _definitions.Add(let.Name.Name, let);
                    toBind.Add(let);
                }
            }

            foreach (var let in toBind)
            {
                Current = let;
                var symbol = BindLet(let);
                _bound.Add(let.Name.Name, symbol);
                _order.Add(symbol);
            }
            Current = null;

            var plan = BuildPlan();
            return _diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? null : plan;
        }

        private BoundSymbol BindLet(LetSyntax let)
        {
            switch (let.Value)
            {
                case ApplicationSyntax { Function.Name: "panel" } panel:
                    return (BoundSymbol?)BindSource(let, panel) ?? new PoisonedSymbol(let, true);
                case ApplicationSyntax { Function.Name: "nodes" } nodes:
                    return (BoundSymbol?)BindNodeTable(let, nodes) ?? new PoisonedSymbol(let, false);
                case ApplicationSyntax { Function.Name: "pairs" } pairs:
                    return (BoundSymbol?)BindPairTable(let, pairs) ?? new PoisonedSymbol(let, false);
                case ApplicationSyntax { Function.Name: "network" } network:
                    return BindNetworkFile(let, network) is { } state ? new NetworkSymbol(let, state) : new PoisonedSymbol(let, false);
                case IdentifierSyntax word when IsNetworkFile(word.Name) && !_definitions.ContainsKey(word.Name):
                    Report(DiagnosticCatalogue.WrongArgumentCount, word.Span, word.Name, NetworkFileShape(word.Name), Count(0));
                    return new PoisonedSymbol(let, false);
                case ApplicationSyntax { Function.Name: "entropy" or "pca" } index:
                    return (BoundSymbol?)BindIndex(let, index) ?? new PoisonedSymbol(let, false);
                case ApplicationSyntax { Function.Name: "describe" } describe:
                    return (BoundSymbol?)BindDescribe(let, describe) ?? new PoisonedSymbol(let, false);
                case ApplicationSyntax { Function.Name: "table" } table:
                    return (BoundSymbol?)BindTable(let, table) ?? new PoisonedSymbol(let, false);
                case ListSyntax list:
                    var items = ResolveColumnList(list, "a list of columns", ListKind.Any);
                    return items is { } resolved ? new ListSymbol(let, resolved) : new PoisonedSymbol(let, false);
                case IdentifierSyntax alias when alias.Name != "panel" && alias.Name != "regress":
                    return BindAlias(let, alias);
                case var value when IsTermExpression(value):
                    return BindDerived(let);
                case NumberLiteralSyntax or StringLiteralSyntax or RecordSyntax or ParenthesizedSyntax or RangeSyntax or SignedSyntax:
                    ReportWrongKind(let.Value, let.Value.KindDescription, "a data source, a model, a list, an index, a term or a network");
                    return new PoisonedSymbol(let, false);
                default:
                    return BindPipeline(let);
            }
        }

        /// <summary><c>log x</c>, <c>lag x 1</c>, <c>x * z</c>, possibly in parentheses: a derived column when bound by <c>let</c>.</summary>
        private static bool IsTermExpression(ExpressionSyntax value) => ConditionPrinter.Unwrap(value) switch
        {
            ProductSyntax => true,
            ApplicationSyntax application => TermFunctions.Contains(application.Function.Name),
            _ => false,
        };

        private BoundSymbol BindDerived(LetSyntax let)
        {
            var term = ResolveTerm(let.Value, TermExpected);
            if (term?.Expression is null) return new PoisonedSymbol(let, false);
            return new DerivedSymbol(let, term with { Name = let.Name.Name, NameTerm = new ColumnTerm(let.Name.Name) });
        }

        private BoundSymbol BindAlias(LetSyntax let, IdentifierSyntax alias)
        {
            var symbol = LookUp(alias, "a data source, a model or a list defined above", _bound.Keys);
            return symbol switch
            {
                SourceSymbol source => source with { Let = let, Plan = source.Plan with { Name = let.Name.Name, Doc = let.Doc } },
                ModelSymbol model => model with { Let = let },
                ListSymbol list => list with { Let = let },
                AnalysisSymbol analysis => analysis with { Let = let },
                DescriptivesSymbol table => table with { Let = let },
                TableSymbol table => table with { Let = let, Plan = table.Plan with { Name = let.Name.Name, Doc = let.Doc } },
                IndexSymbol index => index with { Let = let, Plan = index.Plan with { Name = let.Name.Name, Doc = let.Doc } },
                NodeTableSymbol nodes => nodes with { Let = let, Plan = nodes.Plan with { Name = let.Name.Name, Doc = let.Doc } },
                PairTableSymbol pairs => pairs with { Let = let, Plan = pairs.Plan with { Name = let.Name.Name, Doc = let.Doc } },
                NetworkSymbol network => network with { Let = let, State = Renamed(network.State, let) },
                NetworkAnalysisSymbol analysis => analysis with { Let = let, Plan = analysis.Plan with { Name = let.Name.Name, Doc = let.Doc } },
                DerivedSymbol derived => derived with
                {
                    Let = let, Term = derived.Term with { Name = let.Name.Name, NameTerm = new ColumnTerm(let.Name.Name) },
                },
                _ => new PoisonedSymbol(let, symbol is PoisonedSymbol { WasSource: true }),
            };
        }

        /// <summary>
        /// Looks up a name that must be bound. Reports an unknown name or a forward reference and returns null;
        /// returns a <see cref="PoisonedSymbol"/> (already diagnosed) as is.
        /// </summary>
        private BoundSymbol? LookUp(IdentifierSyntax name, string expected, IEnumerable<string> candidates)
        {
            if (_bound.TryGetValue(name.Name, out var symbol)) return symbol;
            if (!ReportIfForward(name))
                Report(DiagnosticCatalogue.UnknownName, name.Span, name.Name, expected, EditDistance.Suggestion(name.Name, candidates));
            return null;
        }

        /// <summary>Reports a use of a name whose <c>let</c> comes later (or is the one being bound).</summary>
        private bool ReportIfForward(IdentifierSyntax name)
        {
            if (_bound.ContainsKey(name.Name) || !_definitions.TryGetValue(name.Name, out var definition)) return false;
            Report(DiagnosticCatalogue.ForwardReference, name.Span, name.Name, Line(definition.Name.Span));
            return true;
        }

        /// <summary>A single column; null (after a diagnostic, or silently for a poisoned name) when it is not one.</summary>
        private ColumnRef? ResolveColumn(ExpressionSyntax expression, string expected)
        {
            if (expression is not IdentifierSyntax name)
            {
                ReportWrongKind(expression, expression.KindDescription, expected);
                return null;
            }
            if (_bound.TryGetValue(name.Name, out var symbol))
            {
                if (symbol is not PoisonedSymbol) Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, expected);
                return null;
            }
            return ReportIfForward(name) ? null : new ColumnRef(name.Name, name.Span);
        }

        private void ReportWrongKind(ExpressionSyntax expression, string kind, string expected) =>
            Report(DiagnosticCatalogue.WrongKind, expression.Span, Abbreviate(expression), kind, expected);

        private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params string[] arguments)
        {
            var diagnostic = descriptor.Create(span, arguments);
            if (_reported.Add((descriptor.Id, span.Start, diagnostic.Message))) _diagnostics.Add(diagnostic);
        }

        private static string Abbreviate(ExpressionSyntax expression)
        {
            var text = expression.ToString();
            return text.Length <= 40 ? text : text.Substring(0, 37) + "...";
        }

        private static string Line(SourceSpan span) => span.StartLine.ToString(CultureInfo.InvariantCulture);
    }
}
