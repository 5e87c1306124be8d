using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        private static readonly string[] ModelStages = { "fe", "cluster", "vcov", "where", "using", "winsorize", "lag", "lead", "replace", "add", "outcome" };

        private static readonly string[] AnalysisStages = { "stepwise", "mediate", "moderate", "split", "threshold", "instrument" };

        private static readonly string[] TopLevelFunctions = { "panel", "regress", "entropy", "pca", "describe", "table", "nodes", "pairs", "network", "log", "lag", "lead", "std", "centre" };

        private static readonly string[] PercentileWords = { "stata", "r7" };

        private static string StageList => Alternatives(ModelStages.Concat(AnalysisStages).ToList());

        private static (IdentifierSyntax? Function, EquatableArray<ExpressionSyntax> Arguments) Decompose(ExpressionSyntax stage) => stage switch
        {
            ApplicationSyntax application => (application.Function, application.Arguments),
            IdentifierSyntax identifier => (identifier, EquatableArray<ExpressionSyntax>.Empty),
            _ => (null, EquatableArray<ExpressionSyntax>.Empty),
        };

        private static bool IsAnalysisStage(ExpressionSyntax stage) => Decompose(stage).Function is { } f && AnalysisStages.Contains(f.Name);

        /// <summary>A <c>let</c> whose value is a model or ends in an analysis stage.</summary>
        private BoundSymbol BindPipeline(LetSyntax let)
        {
            if (IsNetworkPipeline(let.Value)) return BindNetworkPipeline(let);
            if (let.Value is PipeSyntax pipe && IsAnalysisStage(pipe.Stage))
            {
                var model = EvaluateModel(pipe.Source, let, pipe.Stage);
                var analysis = model is null ? null : BindAnalysis(model, pipe.Stage, let);
                return analysis is null ? new PoisonedSymbol(let, false) : new AnalysisSymbol(let, analysis);
            }
            var state = EvaluateModel(let.Value, let);
            return state is null ? new PoisonedSymbol(let, false) : new ModelSymbol(let, state);
        }

        /// <summary>
        /// Evaluates an expression that must denote a model: <c>regress …</c>, a model name, or a pipeline.
        /// <paramref name="next"/> is the stage that will be applied to the result, if any (to diagnose stages after an analysis).
        /// </summary>
        private ModelState? EvaluateModel(ExpressionSyntax expression, LetSyntax let, ExpressionSyntax? next = null)
        {
            switch (expression)
            {
                case PipeSyntax pipe when IsAnalysisStage(pipe.Stage):
                    var analysed = EvaluateModel(pipe.Source, let, pipe.Stage);
                    if (analysed is not null && BindAnalysis(analysed, pipe.Stage, let) is { } analysis)
                        ReportTerminal(Abbreviate(pipe.Stage), analysis.KindDescription, next ?? pipe.Stage);
                    return null;
                case PipeSyntax pipe:
                    var source = EvaluateModel(pipe.Source, let, pipe.Stage);
                    return source is null ? null : ApplyStage(source, pipe.Stage, let);
                case ApplicationSyntax { Function.Name: "regress" } regress:
                    return BindRegress(regress, let);
                case ApplicationSyntax { Function.Name: "panel" } panel:
                    ReportWrongKind(panel, "a data source", "a model");
                    return null;
                case ApplicationSyntax { Function.Name: "nodes" or "pairs" } table:
                    ReportWrongKind(table, table.Function.Name == "nodes" ? "a node table" : "a pair table", "a model");
                    return null;
                case ApplicationSyntax application when ModelStages.Contains(application.Function.Name) || AnalysisStages.Contains(application.Function.Name):
                    ReportWrongKind(application, "a pipe stage", "a model (a stage follows '|>')");
                    return null;
                case ApplicationSyntax application:
                    if (_bound.TryGetValue(application.Function.Name, out var head))
                        Report(DiagnosticCatalogue.WrongKind, application.Function.Span, application.Function.Name, head.KindDescription,
                            "a function (" + Alternatives(TopLevelFunctions) + ")");
                    else if (!ReportIfForward(application.Function))
                        Report(DiagnosticCatalogue.UnknownFunction, application.Function.Span, application.Function.Name,
                            Alternatives(TopLevelFunctions) + EditDistance.Suggestion(application.Function.Name, TopLevelFunctions));
                    return null;
                case IdentifierSyntax { Name: "regress" or "panel" } function:
                    Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, function.Name,
                        function.Name == "regress" ? RegressShape : PanelShape, Count(0));
                    return null;
                case IdentifierSyntax name:
                    var symbol = LookUp(name, "a model defined above", _bound.Values.OfType<ModelSymbol>().Select(m => m.Let.Name.Name));
                    if (symbol is ModelSymbol model) return model.State;
                    if (symbol is AnalysisSymbol terminal && next is not null)
                        ReportTerminal(name.Name, terminal.KindDescription, next);
                    else if (symbol is not null and not PoisonedSymbol)
                        Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, "a model");
                    return null;
                default:
                    ReportWrongKind(expression, expression.KindDescription, "a model");
                    return null;
            }
        }

        private void ReportTerminal(string analysis, string kind, ExpressionSyntax next)
        {
            var stage = Decompose(next).Function;
            Report(DiagnosticCatalogue.AnalysisIsTerminal, (stage ?? next).Span, analysis, kind, stage?.Name ?? Abbreviate(next));
        }

        private const string RegressShape = "an outcome, a regressor list and optionally a control list";

        private ModelState? BindRegress(ApplicationSyntax regress, LetSyntax let)
        {
            var arguments = regress.Arguments;
            if (arguments.Count is < 2 or > 3)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, regress.Function.Span, "regress", RegressShape, Count(arguments.Count));
                return null;
            }
            var outcome = arguments[0] is ListSyntax list
                ? ReportListAsOutcome(list)
                : ResolveTerm(arguments[0], "a single outcome column");
            var regressors = ResolveColumnList(arguments[1], "a list of regressors", ListKind.Terms);
            var controls = arguments.Count == 3 ? ResolveColumnList(arguments[2], "a list of controls", ListKind.Terms) : EquatableArray<ColumnRef>.Empty;
            if (regressors is { IsEmpty: true })
            {
                Report(DiagnosticCatalogue.EmptyRegressorList, arguments[1].Span, let.Name.Name);
                return null;
            }
            if (outcome is null || regressors is null || controls is null) return null;
            return new ModelState(outcome, regressors.Value, controls.Value, EquatableArray<ColumnRef>.Empty, EquatableArray<ColumnRef>.Empty,
                VcovKind.Iid, regress.Span, null, EquatableArray<ColumnRef>.Empty, null);
        }

        private ColumnRef? ReportListAsOutcome(ListSyntax list)
        {
            ReportWrongKind(list, "a list", "a single outcome column");
            return null;
        }

        private ModelState? ApplyStage(ModelState model, ExpressionSyntax stage, LetSyntax let)
        {
            var (function, arguments) = Decompose(stage);
            if (function is null || !ModelStages.Contains(function.Name))
            {
                Report(DiagnosticCatalogue.UnknownPipeStage, (function ?? stage).Span, function?.Name ?? Abbreviate(stage), StageList);
                return null;
            }
            var (positional, record) = SplitOptions(arguments);
            var arity = function.Name switch
            {
                "lag" or "lead" or "replace" => 2,
                _ => 1,
            };
            var takesOptions = function.Name == "winsorize";
            if (arguments.Count != arity && !(takesOptions && record is not null && positional.Count == arity))
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, function.Name, StageShape(function.Name), Count(arguments.Count));
                return null;
            }
            var argument = arguments[0];
            switch (function.Name)
            {
                case "fe":
                    var effects = ResolveColumnList(argument, "a list of fixed-effect columns");
                    return effects is null ? null : model with { FixedEffects = effects.Value };
                case "cluster":
                    return BindCluster(model, argument);
                case "vcov":
                    return BindVcov(model, argument, stage);
                case "where":
                    return BindWhere(model, argument);
                case "using":
                    return BindUsing(model, argument);
                case "winsorize":
                    return BindWinsorize(model, positional[0], record);
                case "lag":
                case "lead":
                    var lagged = FindInModel(model, arguments[0], let, function.Name);
                    var periods = Periods(arguments[1], function.Name);
                    if (lagged is null || periods is null) return null;
                    return Substitute(model, lagged, Transform(function.Name, lagged, periods.Value, stage.Span));
                case "replace":
                    var replaced = FindInModel(model, arguments[0], let, "replace");
                    var replacement = ResolveTerm(arguments[1], TermExpected);
                    return replaced is null || replacement is null ? null : Substitute(model, replaced, replacement);
                case "add":
                    var added = ResolveColumnList(argument, "a list of controls", ListKind.Terms);
                    return added is null ? null : model with { Controls = model.Controls.Concat(added.Value).ToEquatableArray() };
                default:
                    var outcome = ResolveTerm(argument, "a single outcome column");
                    return outcome is null ? null : model with { Outcome = outcome };
            }
        }

        private ModelState? BindWinsorize(ModelState model, ExpressionSyntax fraction, RecordSyntax? record)
        {
            const string context = "the winsorize options";
            var value = NumberValue(fraction, "fraction", "'winsorize'", v => v > 0 && v < 0.5, "a fraction between 0 and 0.5 (exclusive), such as 0.01");
            var options = ReadOptions(record, context, new[] { "percentile" });
            if (value is null || options is null) return null;
            var ok = true;
            var definition = (PercentileDefinition)WordOption(options, "percentile", PercentileWords, 0, context, ref ok);
            return ok ? model with { Winsorize = new WinsorizePlan(value.Value, definition) } : null;
        }

        /// <summary>The regressor or control that <paramref name="expression"/> names; NEV0030 when the model has none.</summary>
        private ColumnRef? FindInModel(ModelState model, ExpressionSyntax expression, LetSyntax let, string stage, bool controlsToo = true)
        {
            var term = ResolveTerm(expression, "a regressor of the model");
            if (term is null) return null;
            var candidates = controlsToo ? model.Regressors.Concat(model.Controls).ToList() : model.Regressors.ToList();
            var found = candidates.FirstOrDefault(c => c.Name == term.Name);
            if (found is not null) return found;
            Report(DiagnosticCatalogue.NotInModel, expression.Span, term.Name, let.Name.Name, stage,
                string.Join(", ", candidates.Select(c => c.Name)));
            return null;
        }

        /// <summary>Replaces a regressor or control (by name) with <paramref name="replacement"/>, keeping its position.</summary>
        private static ModelState Substitute(ModelState model, ColumnRef old, ColumnRef replacement)
        {
            EquatableArray<ColumnRef> In(EquatableArray<ColumnRef> list) => list.Select(c => c.Name == old.Name ? replacement : c).ToEquatableArray();
            return model with { Regressors = In(model.Regressors), Controls = In(model.Controls) };
        }

        private ModelState? BindCluster(ModelState model, ExpressionSyntax argument)
        {
            var clusters = argument is IdentifierSyntax id && !(_bound.TryGetValue(id.Name, out var s) && s is ListSymbol)
                ? ResolveColumn(id, "a cluster column") is { } single ? EquatableArray.From(single) : (EquatableArray<ColumnRef>?)null
                : ResolveColumnList(argument, "a cluster column or a list of one or two columns");
            if (clusters is not { } columns) return null;
            if (columns.Count is 0 or > 2)
            {
                Report(DiagnosticCatalogue.ClusterCount, columns.Count == 0 ? argument.Span : columns[2].UseSpan, columns.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return null;
            }
            return model with { ClusterBy = columns, Vcov = VcovKind.Cr1 };
        }

        private ModelState? BindVcov(ModelState model, ExpressionSyntax argument, ExpressionSyntax stage)
        {
            var kind = (argument as IdentifierSyntax)?.Name switch
            {
                "iid" => VcovKind.Iid,
                "hc1" => VcovKind.Hc1,
                "cr1" => VcovKind.Cr1,
                _ => (VcovKind?)null,
            };
            if (kind is null)
            {
                Report(DiagnosticCatalogue.UnknownVcovKind, argument.Span, Abbreviate(argument));
                return null;
            }
            return kind == VcovKind.Cr1
                ? model with { Vcov = VcovKind.Cr1, VcovSpan = stage.Span }
                : model with { Vcov = kind.Value, ClusterBy = EquatableArray<ColumnRef>.Empty, VcovSpan = stage.Span };
        }

        private ModelState? BindUsing(ModelState model, ExpressionSyntax argument)
        {
            var sources = _bound.Values.Where(IsSource).Select(s => s.Let.Name.Name).ToList();
            var expected = sources.Count == 0 ? "none is defined above" : string.Join(", ", sources);
            if (argument is not IdentifierSyntax name)
            {
                Report(DiagnosticCatalogue.NotADataSource, argument.Span, Abbreviate(argument), argument.KindDescription, expected);
                return null;
            }
            var symbol = LookUp(name, "a data source defined above", sources);
            if (symbol is SourceSymbol) return model with { Source = name.Name };
            if (symbol is not null and not PoisonedSymbol)
                Report(DiagnosticCatalogue.NotADataSource, name.Span, name.Name, symbol.KindDescription, expected);
            return null;
        }

        private static bool IsSource(BoundSymbol symbol) => symbol is SourceSymbol or PoisonedSymbol { WasSource: true };

        private static string StageShape(string stage) => stage switch
        {
            "fe" => "one list of columns",
            "cluster" => "one column or a list of one or two columns",
            "vcov" => "one of iid, hc1 or cr1",
            "where" => "one condition in parentheses",
            "using" => "one data source name",
            "winsorize" => "a fraction and optionally an options record, as in winsorize 0.01 { percentile = stata }",
            "lag" or "lead" => "a regressor and a number of periods, as in " + stage + " VA 1",
            "replace" => "the regressor to replace and its replacement, as in replace VA VA_alt",
            "add" => "one list of controls",
            _ => "one outcome column or term",
        };
    }
}
