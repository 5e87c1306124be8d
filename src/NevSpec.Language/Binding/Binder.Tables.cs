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
        private static readonly string[] TableOptions = { "labels", "terms", "stars", "se", "note" };

        private static readonly string[] StatisticWords = { "stderr", "t" };

        /// <summary>The default significance thresholds: * 0.1, ** 0.05, *** 0.01.</summary>
        internal static readonly double[] DefaultStars = { 0.1, 0.05, 0.01 };

        /// <summary>The coefficient name of the intercept of a model without fixed effects (NevSpec.Core's <c>FixedEffectsOls.InterceptName</c>).</summary>
        private const string InterceptName = "_cons";

        private const string TableShape = "a title, a list of models and optionally an options record, as in table \"Title\" [ m1; m2 ] { labels = [ \"(1)\"; \"(2)\" ] }";

        /// <summary><c>table "Title" [ m1; steps ] { … }</c>: a regression table of models and stepwise analyses defined above.</summary>
        private TableSymbol? BindTable(LetSyntax let, ApplicationSyntax application)
        {
            var name = let.Name.Name;
            var context = "table '" + name + "'";
            var (positional, record) = SplitOptions(application.Arguments);
            if (positional.Count != 2)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, application.Function.Span, "table", TableShape, Count(positional.Count));
                return null;
            }
            var ok = true;
            string? title = null;
            if (positional[0] is StringLiteralSyntax titleLiteral) title = titleLiteral.Value;
            else
            {
                ReportWrongKind(positional[0], positional[0].KindDescription, "a title string");
                ok = false;
            }

            var columns = new List<TableColumnPlan>();
            var terms = new List<string>();
            var termSet = new HashSet<string>();
            void AddTerms(IEnumerable<ColumnRef> refs)
            {
                foreach (var r in refs)
                    if (termSet.Add(r.Name)) terms.Add(r.Name);
            }
            var anyIntercept = false;
            if (positional[1] is not ListSyntax columnList)
            {
                ReportWrongKind(positional[1], positional[1].KindDescription, "a list of models and stepwise analyses");
                return null;
            }
            if (columnList.Items.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, columnList.Span, "The column list of '" + name + "'", "model");
                return null;
            }
            var candidates = _bound.Values.Where(s => s is ModelSymbol or AnalysisSymbol { State: StepwiseState }).Select(s => s.Let.Name.Name).ToList();
            foreach (var item in columnList.Items)
            {
                if (item is not IdentifierSyntax entry)
                {
                    Report(DiagnosticCatalogue.UnknownTableColumn, item.Span, Abbreviate(item), "is " + item.KindDescription, context, string.Empty);
                    ok = false;
                    continue;
                }
                if (!_bound.TryGetValue(entry.Name, out var symbol))
                {
                    if (!ReportIfForward(entry))
                        Report(DiagnosticCatalogue.UnknownTableColumn, entry.Span, entry.Name, "is not defined", context,
                            EditDistance.Suggestion(entry.Name, candidates));
                    ok = false;
                    continue;
                }
                switch (symbol)
                {
                    case ModelSymbol model:
                        columns.Add(new TableColumnPlan(entry.Name));
                        AddTerms(model.State.Regressors.Concat(model.State.Controls));
                        anyIntercept |= model.State.FixedEffects.IsEmpty;
                        break;
                    case AnalysisSymbol { State: StepwiseState stepwise }:
                        for (var k = 0; k <= stepwise.Model.Controls.Count; k++) columns.Add(new TableColumnPlan(entry.Name, k));
                        AddTerms(stepwise.Model.Regressors.Concat(stepwise.Model.Controls));
                        anyIntercept |= stepwise.Model.FixedEffects.IsEmpty;
                        break;
                    case PoisonedSymbol:
                        ok = false;
                        break;
                    default:
                        Report(DiagnosticCatalogue.UnknownTableColumn, entry.Span, entry.Name, "is " + symbol.KindDescription, context, string.Empty);
                        ok = false;
                        break;
                }
            }
            var columnsOk = ok;
            if (anyIntercept) terms.Add(InterceptName);

            var options = ReadOptions(record, context, TableOptions);
            if (options is null) return null;

            var labels = new List<string>();
            if (options.TryGetValue("labels", out var labelsField))
            {
                if (labelsField.Value is ListSyntax labelList)
                {
                    foreach (var label in labelList.Items)
                    {
                        if (label is StringLiteralSyntax text) labels.Add(text.Value);
                        else
                        {
                            Report(DiagnosticCatalogue.InvalidOptionValue, label.Span, Abbreviate(label), "labels", context, "a list of strings");
                            ok = false;
                        }
                    }
                    if (ok && labels.Count != columns.Count)
                    {
                        Report(DiagnosticCatalogue.LabelCountMismatch, labelsField.Value.Span, name, Plural(labels.Count, "label"),
                            Plural(columns.Count, "column"));
                        ok = false;
                    }
                }
                else
                {
                    Report(DiagnosticCatalogue.InvalidOptionValue, labelsField.Value.Span, Abbreviate(labelsField.Value), "labels", context, "a list of strings");
                    ok = false;
                }
            }
            else labels.AddRange(Enumerable.Range(1, columns.Count).Select(i => "(" + i.ToString(CultureInfo.InvariantCulture) + ")"));

            var chosen = new List<string>();
            if (options.TryGetValue("terms", out var termsField))
            {
                var listed = ResolveColumnList(termsField.Value, "a list of terms", ListKind.Terms);
                if (listed is null) ok = false;
                else
                {
                    CheckDistinct(listed.Value, "a term of '" + name + "'", ref ok);
                    foreach (var term in listed.Value)
                    {
                        if (termSet.Contains(term.Name) || (anyIntercept && term.Name == InterceptName)) chosen.Add(term.Name);
                        else if (columnsOk)
                        {
                            Report(DiagnosticCatalogue.UnknownTableTerm, term.UseSpan, term.Name, name, string.Join(", ", terms) + EditDistance.Suggestion(term.Name, terms));
                            ok = false;
                        }
                    }
                }
            }

            var stars = DefaultStars.ToList();
            if (options.TryGetValue("stars", out var starsField))
            {
                stars = StarThresholds(starsField.Value, name, context, ref ok);
            }

            var statistic = (TableStatistic)WordOption(options, "se", StatisticWords, 0, context, ref ok);

            string? note = null;
            if (options.TryGetValue("note", out var noteField))
            {
                if (noteField.Value is StringLiteralSyntax noteText) note = noteText.Value;
                else
                {
                    Report(DiagnosticCatalogue.InvalidOptionValue, noteField.Value.Span, Abbreviate(noteField.Value), "note", context, "a string");
                    ok = false;
                }
            }

            if (!ok || title is null) return null;
            return new TableSymbol(let, new TablePlan(name, let.Doc, title, columns.ToEquatableArray(), labels.ToEquatableArray(),
                chosen.ToEquatableArray(), stars.ToEquatableArray(), statistic, note));
        }

        /// <summary><c>stars = [ 0.1; 0.05; 0.01 ]</c>: numbers strictly decreasing in (0, 1); <c>[]</c> for no stars.</summary>
        private List<double> StarThresholds(ExpressionSyntax value, string name, string context, ref bool ok)
        {
            var items = value is ListSyntax list ? list.Items.ToList() : new List<ExpressionSyntax> { value };
            var thresholds = new List<double>();
            foreach (var item in items)
            {
                if (item is NumberLiteralSyntax number) thresholds.Add(number.Value);
                else
                {
                    Report(DiagnosticCatalogue.InvalidOptionValue, item.Span, Abbreviate(item), "stars", context, "a list of numbers such as [ 0.1; 0.05; 0.01 ]");
                    ok = false;
                    return thresholds;
                }
            }
            for (var i = 0; i < thresholds.Count; i++)
            {
                string? problem = null;
                if (thresholds[i] <= 0 || thresholds[i] >= 1) problem = items[i] + " is not between 0 and 1";
                else if (i > 0 && thresholds[i] >= thresholds[i - 1]) problem = items[i] + " follows " + items[i - 1] + " but is not smaller";
                if (problem is null) continue;
                Report(DiagnosticCatalogue.InvalidStarThresholds, items[i].Span, name, problem);
                ok = false;
                break;
            }
            return thresholds;
        }
    }
}
