using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        private static readonly string[] EntropyKeys = { "weights", "shift" };
        private static readonly string[] PcaKeys = { "components" };
        private static readonly string[] WeightingWords = { "pooled", "per_period" };

        /// <summary><c>entropy source [ +x; -y ] { … }</c> or <c>pca source [ … ] { components = k }</c>.</summary>
        private IndexSymbol? BindIndex(LetSyntax let, ApplicationSyntax application)
        {
            var method = application.Function.Name == "pca" ? IndexMethod.Pca : IndexMethod.Entropy;
            var shape = "a data source, a list of indicators and optionally an options record, as in " + application.Function.Name + " data [ +x; -y ]";
            var (positional, record) = SplitOptions(application.Arguments);
            if (positional.Count != 2)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, application.Function.Span, application.Function.Name, shape, Count(application.Arguments.Count));
                return null;
            }
            var source = ResolveSource(positional[0]);
            var indicators = ResolveColumnList(positional[1], "a list of indicators such as [ +x; -y ]", ListKind.Indicators);
            var context = "the " + application.Function.Name + " options";
            var options = ReadOptions(record, context, method == IndexMethod.Pca ? PcaKeys : EntropyKeys);
            if (source is null || indicators is null || options is null) return null;

            var ok = true;
            if (indicators.Value.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, positional[1].Span, "The indicator list of '" + let.Name.Name + "'", "indicator");
                ok = false;
            }
            CheckDistinct(indicators.Value, "an indicator of '" + let.Name.Name + "'", ref ok);
            if (source.Header is { Status: DataHeaderStatus.Available } header)
                foreach (var indicator in indicators.Value)
                    CheckColumn(indicator with { NumericFor = "an index indicator" }, source.Plan.Path, header);

            var weighting = IndexWeighting.Pooled;
            var shift = 0.0;
            var components = 0;
            if (method == IndexMethod.Entropy)
            {
                weighting = (IndexWeighting)WordOption(options, "weights", WeightingWords, 0, context, ref ok);
                shift = NumberOption(options, "shift", AnalysisDefaults.EntropyShift, context, v => v >= 0 && v < 1, "a number from 0 up to (not including) 1", ref ok)
                        ?? AnalysisDefaults.EntropyShift;
            }
            else
            {
                var count = System.Math.Max(1, indicators.Value.Count);
                components = IntOption(options, "components", AnalysisDefaults.PcaComponents, context, 1, count, ref ok);
            }
            if (!ok) return null;
            var plan = new IndexPlan(let.Name.Name, let.Doc, source.Plan.Name, method,
                indicators.Value.Select(i => new IndicatorPlan(i.Name, i.Sign ?? true)).ToEquatableArray(), weighting, shift, components);
            return new IndexSymbol(let, plan);
        }

        /// <summary><c>describe source [ x; y ]</c>: descriptive statistics of columns, indices and terms of one source.</summary>
        private DescriptivesSymbol? BindDescribe(LetSyntax let, ApplicationSyntax application)
        {
            if (application.Arguments.Count != 2)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, application.Function.Span, "describe",
                    "a data source and a list of variables, as in describe data [ x; y ]", Count(application.Arguments.Count));
                return null;
            }
            var source = ResolveSource(application.Arguments[0]);
            var variables = ResolveColumnList(application.Arguments[1], "a list of variables", ListKind.Terms);
            if (source is null || variables is null) return null;
            if (variables.Value.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, application.Arguments[1].Span, "The variable list of '" + let.Name.Name + "'", "variable");
                return null;
            }
            var ok = true;
            CheckDistinct(variables.Value, "a variable of '" + let.Name.Name + "'", ref ok);
            return ok ? new DescriptivesSymbol(let, source.Plan.Name, variables.Value) : null;
        }

        /// <summary>A data source named as the first argument of <c>entropy</c>, <c>pca</c> or <c>describe</c>.</summary>
        private SourceSymbol? ResolveSource(ExpressionSyntax argument)
        {
            if (argument is not IdentifierSyntax name)
            {
                ReportWrongKind(argument, argument.KindDescription, "the name of a data source");
                return null;
            }
            var symbol = LookUp(name, "a data source defined above", _bound.Values.Where(IsSource).Select(s => s.Let.Name.Name));
            if (symbol is SourceSymbol source) return source;
            if (symbol is not null and not PoisonedSymbol)
                Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, "a data source");
            return null;
        }

        /// <summary>Reports a name listed twice (e.g. an indicator) as a variable in two roles.</summary>
        private void CheckDistinct(EquatableArray<ColumnRef> items, string role, ref bool ok)
        {
            var seen = new Dictionary<string, ColumnRef>();
            foreach (var item in items)
            {
                if (seen.TryGetValue(item.Name, out var first))
                {
                    Report(DiagnosticCatalogue.RoleConflict, item.UseSpan, item.Name, role, Line(first.UseSpan), role + " again");
                    ok = false;
                }
                else seen.Add(item.Name, item);
            }
        }
    }
}
