using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        private static readonly string[] MediationKeys = { "bootstrap", "seed", "ci", "level" };
        private static readonly string[] CiWords = { "percentile", "bc" };
        private static readonly string[] SplitKeys = { "permutations", "seed" };
        private static readonly string[] ThresholdKeys = { "regimes", "max", "trim", "grid", "bootstrap", "seed", "levels" };
        private static readonly string[] EstimatorWords = { "tsls", "liml" };

        private const string LevelRange = "a level between 0 and 1 (exclusive), such as 0.95";

        /// <summary>Binds an analysis stage (<c>stepwise</c>, <c>mediate</c>, …) applied to <paramref name="model"/>.</summary>
        private AnalysisState? BindAnalysis(ModelState model, ExpressionSyntax stage, LetSyntax let)
        {
            var (function, arguments) = Decompose(stage);
            var (positional, record) = SplitOptions(arguments);
            var name = function!.Name;
            var arity = name switch
            {
                "stepwise" => new[] { 0 },
                "mediate" => new[] { 1 },
                "moderate" => new[] { 2 },
                "threshold" => new[] { 1 },
                "instrument" => new[] { 2 },
                _ => new[] { 2, 3 },
            };
            if (!arity.Contains(positional.Count) || (name == "stepwise" && record is not null))
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, name, AnalysisShape(name), Count(arguments.Count));
                return null;
            }
            var context = "the " + name + " options";
            switch (name)
            {
                case "stepwise":
                    if (model.Controls.IsEmpty)
                    {
                        Report(DiagnosticCatalogue.EmptyList, function.Span, "The control list of '" + let.Name.Name + "'", "control for 'stepwise' to add column by column");
                        return null;
                    }
                    return new StepwiseState(model, stage);
                case "mediate":
                    return BindMediate(model, stage, positional, ReadOptions(record, context, MediationKeys), context, let);
                case "moderate":
                    return BindModerate(model, stage, positional, ReadOptions(record, context, new[] { "centre" }), context, let);
                case "threshold":
                    return BindThreshold(model, stage, positional, ReadOptions(record, context, ThresholdKeys), context, let);
                case "instrument":
                    return BindInstrument(model, stage, positional, ReadOptions(record, context, new[] { "estimator" }), context, let);
                default:
                    return BindSplit(model, stage, positional, ReadOptions(record, context, SplitKeys), context, let);
            }
        }

        private AnalysisState? BindMediate(ModelState model, ExpressionSyntax stage, List<ExpressionSyntax> positional,
            Dictionary<string, RecordFieldSyntax>? options, string context, LetSyntax let)
        {
            var mediators = ResolveColumnList(positional[0], "a list of mediators", ListKind.Terms);
            if (mediators is null || options is null) return null;
            var ok = true;
            if (mediators.Value.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, positional[0].Span, "The mediator list of '" + let.Name.Name + "'", "mediator");
                ok = false;
            }
            var bootstrap = IntOption(options, "bootstrap", AnalysisDefaults.MediationBootstrap, context, 0, 1_000_000, ref ok);
            var (seed, seedGiven) = SeedOption(options, context, ref ok);
            var ci = (MediationCi)WordOption(options, "ci", CiWords, 0, context, ref ok);
            var level = NumberOption(options, "level", AnalysisDefaults.Level, context, v => v > 0 && v < 1, LevelRange, ref ok) ?? AnalysisDefaults.Level;
            return ok ? new MediationState(model, stage, mediators.Value, bootstrap, seed, seedGiven, ci, level) : null;
        }

        private AnalysisState? BindModerate(ModelState model, ExpressionSyntax stage, List<ExpressionSyntax> positional,
            Dictionary<string, RecordFieldSyntax>? options, string context, LetSyntax let)
        {
            var focal = FindInModel(model, positional[0], let, "moderate");
            var moderator = ResolveTerm(positional[1], "a moderating column or term");
            if (focal is null || moderator is null || options is null) return null;
            var ok = true;
            var centre = BoolOption(options, "centre", false, context, ref ok);
            if (moderator.Name == focal.Name || moderator.Name == model.Outcome.Name)
            {
                var role = moderator.Name == focal.Name ? "the focal regressor" : "the outcome";
                var first = moderator.Name == focal.Name ? positional[0].Span : model.Outcome.UseSpan;
                Report(DiagnosticCatalogue.RoleConflict, moderator.Span, moderator.Name, role, Line(first), "the moderator");
                ok = false;
            }
            return ok ? new ModerationState(model, stage, focal, moderator, centre) : null;
        }

        private AnalysisState? BindThreshold(ModelState model, ExpressionSyntax stage, List<ExpressionSyntax> positional,
            Dictionary<string, RecordFieldSyntax>? options, string context, LetSyntax let)
        {
            var variable = ResolveTerm(positional[0], "a threshold variable (a numeric column)");
            if (variable is null || options is null) return null;
            if (variable.IsPlain) variable = variable with { NumericFor = "the threshold variable" };
            var ok = true;

            var regimes = model.Regressors;
            if (options.TryGetValue("regimes", out var regimesField))
            {
                var listed = ResolveColumnList(regimesField.Value, "a list of regime-dependent regressors", ListKind.Terms);
                if (listed is null) ok = false;
                else if (listed.Value.IsEmpty)
                {
                    Report(DiagnosticCatalogue.EmptyList, regimesField.Value.Span, "'regimes' in " + context, "regime-dependent regressor");
                    ok = false;
                }
                else
                {
                    var found = new List<ColumnRef>();
                    var candidates = model.Regressors.Concat(model.Controls).ToList();
                    foreach (var item in listed.Value)
                    {
                        var match = candidates.FirstOrDefault(c => c.Name == item.Name);
                        if (match is not null) found.Add(match);
                        else
                        {
                            Report(DiagnosticCatalogue.NotInModel, item.UseSpan, item.Name, let.Name.Name, "threshold",
                                string.Join(", ", candidates.Select(c => c.Name)));
                            ok = false;
                        }
                    }
                    CheckDistinct(listed.Value, "a regime-dependent regressor", ref ok);
                    regimes = found.ToEquatableArray();
                }
            }

            var max = IntOption(options, "max", AnalysisDefaults.ThresholdMax, context, 1, 3, ref ok);
            var trimOk = true;
            var trim = NumberListOption(options, "trim", context, v => v > 0 && v < 0.5, "a trimming fraction between 0 and 0.5 (exclusive)", ref trimOk);
            var trims = AnalysisDefaults.ThresholdTrim.Take(max).ToList();
            if (trim is not null && trimOk)
            {
                if (trim.Count == 1) trims = Enumerable.Repeat(trim[0], max).ToList();
                else if (trim.Count == max) trims = trim;
                else
                {
                    Report(DiagnosticCatalogue.OptionOutOfRange, options["trim"].Value.Span, "trim", options["trim"].Value.ToString(), context,
                        "one value, or " + max.ToString(CultureInfo.InvariantCulture) + " values (one per threshold, as 'max' says)");
                    trimOk = false;
                }
            }
            ok &= trimOk;
            if (trimOk && max >= 1 && 2 * trims.Sum() >= 1)
            {
                var span = options.TryGetValue("trim", out var trimField) ? trimField.Value.Span : stage.Span;
                Report(DiagnosticCatalogue.TrimmingLeavesNoGrid, span, let.Name.Name, string.Join(" + ", trims.Select(Number)), Number(2 * trims.Sum()));
                ok = false;
            }

            var grid = AnalysisDefaults.ThresholdGrid;
            if (options.TryGetValue("grid", out var gridField))
            {
                if (gridField.Value is IdentifierSyntax { Name: "all" }) grid = 0;
                else if (gridField.Value is NumberLiteralSyntax)
                    grid = IntOption(options, "grid", AnalysisDefaults.ThresholdGrid, context, 10, 100_000, ref ok);
                else
                {
                    Report(DiagnosticCatalogue.InvalidOptionValue, gridField.Value.Span, Abbreviate(gridField.Value), "grid", context,
                        "a number of quantiles (10 to 100000) or all");
                    ok = false;
                }
            }
            var bootstrap = IntOption(options, "bootstrap", AnalysisDefaults.ThresholdBootstrap, context, 0, 1_000_000, ref ok);
            var (seed, seedGiven) = SeedOption(options, context, ref ok);
            var levels = NumberListOption(options, "levels", context, v => v > 0 && v < 1, LevelRange, ref ok);
            return ok
                ? new ThresholdState(model, stage, variable, regimes, max, trims.ToEquatableArray(), grid, bootstrap, seed, seedGiven,
                    levels?.ToEquatableArray() ?? AnalysisDefaults.ThresholdLevels)
                : null;
        }

        private AnalysisState? BindInstrument(ModelState model, ExpressionSyntax stage, List<ExpressionSyntax> positional,
            Dictionary<string, RecordFieldSyntax>? options, string context, LetSyntax let)
        {
            var endogenousSyntax = positional[0] is ListSyntax ? positional[0] : null;
            EquatableArray<ColumnRef>? endogenous;
            if (endogenousSyntax is not null)
            {
                var listed = ResolveColumnList(positional[0], "a list of endogenous regressors", ListKind.Terms);
                endogenous = listed;
                if (listed is { } items)
                {
                    var candidates = model.Regressors.Concat(model.Controls).ToList();
                    foreach (var item in items.Where(i => candidates.All(c => c.Name != i.Name)))
                    {
                        Report(DiagnosticCatalogue.NotInModel, item.UseSpan, item.Name, let.Name.Name, "instrument",
                            string.Join(", ", candidates.Select(c => c.Name)));
                        endogenous = null;
                    }
                }
            }
            else endogenous = FindInModel(model, positional[0], let, "instrument") is { } single ? EquatableArray.From(single) : null;
            var instruments = ResolveColumnList(positional[1], "a list of excluded instruments", ListKind.Terms);
            if (endogenous is null || instruments is null || options is null) return null;

            var ok = true;
            if (endogenous.Value.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, positional[0].Span, "The endogenous-regressor list of '" + let.Name.Name + "'", "endogenous regressor");
                ok = false;
            }
            CheckDistinct(endogenous.Value, "an endogenous regressor", ref ok);
            if (ok && instruments.Value.Count < endogenous.Value.Count)
            {
                Report(DiagnosticCatalogue.TooFewInstruments, positional[1].Span, let.Name.Name,
                    Plural(instruments.Value.Count, "excluded instrument"), Plural(endogenous.Value.Count, "endogenous regressor"));
                ok = false;
            }
            var estimator = (IvEstimator)WordOption(options, "estimator", EstimatorWords, 0, context, ref ok);
            return ok ? new IvState(model, stage, endogenous.Value, instruments.Value, estimator) : null;
        }

        /// <summary><c>split by period [ a..b; … ]</c>, <c>split by median x</c> or <c>split by g</c>.</summary>
        private AnalysisState? BindSplit(ModelState model, ExpressionSyntax stage, List<ExpressionSyntax> positional,
            Dictionary<string, RecordFieldSyntax>? options, string context, LetSyntax let)
        {
            if (positional[0] is not IdentifierSyntax { Name: "by" })
            {
                ReportWrongKind(positional[0], positional[0].KindDescription, "the word 'by', as in split by period [ 2018..2019; 2020..2023 ]");
                return null;
            }
            SplitKind kind;
            ColumnRef? column = null;
            var periods = EquatableArray<PeriodRange>.Empty;
            if (positional.Count == 2)
            {
                kind = SplitKind.Group;
                column = ResolveColumn(positional[1], "a group column");
                if (column is null) return null;
            }
            else if (positional[1] is IdentifierSyntax { Name: "period" })
            {
                kind = SplitKind.Period;
                if (BindPeriods(positional[2], let) is not { } ranges) return null;
                periods = ranges;
            }
            else if (positional[1] is IdentifierSyntax { Name: "median" })
            {
                kind = SplitKind.Median;
                column = ResolveTerm(positional[2], "a numeric column or term");
                if (column is null) return null;
                if (column.IsPlain) column = column with { NumericFor = "'split by median'" };
            }
            else
            {
                ReportWrongKind(positional[1], positional[1].KindDescription, "period or median, as in split by median x (or split by <group column>)");
                return null;
            }
            if (options is null) return null;
            var ok = true;
            var permutations = IntOption(options, "permutations", AnalysisDefaults.SplitPermutations, context, 0, 1_000_000, ref ok);
            var (seed, seedGiven) = SeedOption(options, context, ref ok);
            return ok ? new SplitState(model, stage, kind, column, periods, permutations, seed, seedGiven) : null;
        }

        private EquatableArray<PeriodRange>? BindPeriods(ExpressionSyntax argument, LetSyntax let)
        {
            if (argument is not ListSyntax list)
            {
                ReportWrongKind(argument, argument.KindDescription, "a list of period ranges such as [ 2018..2019; 2020..2023 ]");
                return null;
            }
            var ranges = new List<(PeriodRange Range, ExpressionSyntax Syntax)>();
            foreach (var item in list.Items)
            {
                switch (item)
                {
                    case RangeSyntax range:
                        if (range.From.Value > range.To.Value)
                        {
                            Report(DiagnosticCatalogue.InvalidPeriods, range.Span, range.ToString(), let.Name.Name, "is empty (from > to)");
                            return null;
                        }
                        ranges.Add((new PeriodRange(range.From.Value, range.To.Value), item));
                        break;
                    case NumberLiteralSyntax number:
                        ranges.Add((new PeriodRange(number.Value, number.Value), item));
                        break;
                    default:
                        ReportWrongKind(item, item.KindDescription, "a period range such as 2018..2019, or one period such as 2020");
                        return null;
                }
            }
            for (var i = 0; i < ranges.Count; i++)
            for (var j = 0; j < i; j++)
            {
                if (ranges[i].Range.From <= ranges[j].Range.To && ranges[j].Range.From <= ranges[i].Range.To)
                {
                    Report(DiagnosticCatalogue.InvalidPeriods, ranges[i].Syntax.Span, ranges[i].Syntax.ToString(), let.Name.Name,
                        "overlaps '" + ranges[j].Syntax + "'");
                    return null;
                }
            }
            if (ranges.Count < 2)
            {
                Report(DiagnosticCatalogue.InvalidPeriods, list.Span, list.ToString(), let.Name.Name, "has fewer than two ranges");
                return null;
            }
            return ranges.Select(r => r.Range).ToEquatableArray();
        }

        private static string Plural(int count, string noun) =>
            count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? "" : "s");

        private static string AnalysisShape(string stage) => stage switch
        {
            "stepwise" => "no arguments",
            "mediate" => "a list of mediators and optionally an options record, as in mediate [ M ] { bootstrap = 1000; seed = 42 }",
            "moderate" => "the focal regressor, the moderator and optionally an options record, as in moderate VA Innov { centre = true }",
            "threshold" => "the threshold variable and optionally an options record, as in threshold VA { max = 3 }",
            "instrument" => "the endogenous regressor(s) and a list of instruments, as in instrument VA [ z ]",
            _ => "'by' and a group column, 'by period [ a..b; c..d ]' or 'by median x', and optionally an options record",
        };
    }
}
