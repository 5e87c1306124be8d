using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        private static readonly string[] StageNames = { "fe", "cluster", "vcov", "where", "using" };

        /// <summary>Evaluates an expression that must denote a model: <c>regress …</c>, a model name, or a pipeline.</summary>
        private ModelState? EvaluateModel(ExpressionSyntax expression, LetSyntax let)
        {
            switch (expression)
            {
                case PipeSyntax pipe:
                    var source = EvaluateModel(pipe.Source, let);
                    return source is null ? null : ApplyStage(source, pipe.Stage, let);
                case ApplicationSyntax { Function.Name: "regress" } regress:
                    return BindRegress(regress, let);
                case ApplicationSyntax { Function.Name: "panel" } panel:
                    ReportWrongKind(panel, "a data source", "a model");
                    return null;
                case ApplicationSyntax application when StageNames.Contains(application.Function.Name):
                    ReportWrongKind(application, "a pipe stage", "a model (a stage follows '|>')");
                    return null;
                case ApplicationSyntax application:
                    if (_bound.TryGetValue(application.Function.Name, out var head))
                        Report(DiagnosticCatalogue.WrongKind, application.Function.Span, application.Function.Name, head.KindDescription,
                            "a function (panel or regress)");
                    else if (!ReportIfForward(application.Function))
                        Report(DiagnosticCatalogue.UnknownFunction, application.Function.Span, application.Function.Name);
                    return null;
                case IdentifierSyntax { Name: "regress" or "panel" } function:
                    Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, function.Name,
                        function.Name == "regress" ? RegressShape : PanelShape, Count(0));
                    return null;
                case IdentifierSyntax name:
                    var symbol = LookUp(name, "a model defined above", _bound.Values.OfType<ModelSymbol>().Select(m => m.Let.Name.Name));
                    if (symbol is ModelSymbol model) return model.State;
                    if (symbol is SourceSymbol or ListSymbol)
                        Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, "a model");
                    return null;
                default:
                    ReportWrongKind(expression, expression.KindDescription, "a model");
                    return null;
            }
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
                : ResolveColumn(arguments[0], "a single outcome column");
            var regressors = ResolveColumnList(arguments[1], "a list of regressors");
            var controls = arguments.Count == 3 ? ResolveColumnList(arguments[2], "a list of controls") : EquatableArray<ColumnRef>.Empty;
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
            var (function, arguments) = stage switch
            {
                ApplicationSyntax application => (application.Function, application.Arguments),
                IdentifierSyntax identifier => (identifier, EquatableArray<ExpressionSyntax>.Empty),
                _ => (null, EquatableArray<ExpressionSyntax>.Empty),
            };
            if (function is null || !StageNames.Contains(function.Name))
            {
                Report(DiagnosticCatalogue.UnknownPipeStage, (function ?? stage).Span, function?.Name ?? Abbreviate(stage));
                return null;
            }
            if (arguments.Count != 1)
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
                default:
                    return BindUsing(model, argument);
            }
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
            if (symbol is ModelSymbol or ListSymbol)
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
            _ => "one data source name",
        };
    }
}
