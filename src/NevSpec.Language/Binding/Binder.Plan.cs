using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        /// <summary>Resolves each model's data source and checks it as a whole: columns, roles, covariance.</summary>
        private StudyPlan BuildPlan()
        {
            var sources = _order.Where(IsSource).ToList();
            var models = new List<ModelPlan>();
            var analyses = new List<AnalysisPlan>();
            var tables = new List<DescriptivesPlan>();
            foreach (var symbol in _order)
            {
                Current = symbol.Let;
                switch (symbol)
                {
                    case ModelSymbol model:
                        if (CompleteModel(model.State, model.Let, sources) is { } plan) models.Add(plan);
                        break;
                    case AnalysisSymbol analysis:
                        if (CompleteAnalysis(analysis, sources) is { } analysisPlan) analyses.Add(analysisPlan);
                        break;
                    case DescriptivesSymbol table:
                        if (CompleteDescriptives(table) is { } tablePlan) tables.Add(tablePlan);
                        break;
                }
            }
            Current = null;
            return new StudyPlan(
                _module.Name ?? string.Empty,
                _module.Header?.Doc,
                _order.OfType<SourceSymbol>().Select(s => s.Plan).ToEquatableArray(),
                models.ToEquatableArray(),
                _order.OfType<IndexSymbol>().Select(i => i.Plan).ToEquatableArray(),
                analyses.ToEquatableArray(),
                tables.ToEquatableArray(),
                _order.OfType<TableSymbol>().Select(t => t.Plan).ToEquatableArray(),
                _order.OfType<NodeTableSymbol>().Select(n => n.Plan).ToEquatableArray(),
                _order.OfType<PairTableSymbol>().Select(p => p.Plan).ToEquatableArray(),
                _order.OfType<NetworkSymbol>().Select(n => n.State.Plan).ToEquatableArray(),
                _order.OfType<NetworkAnalysisSymbol>().Select(a => a.Plan).ToEquatableArray());
        }

        /// <summary>
        /// Checks a model against its data source and builds its plan. <paramref name="extraRoles"/> are the analysis's
        /// variables that must not repeat a model variable (mediators, instruments); <paramref name="extraTerms"/> are
        /// its other variables (checked against the source, and their derived columns added to the plan).
        /// </summary>
        private ModelPlan? CompleteModel(ModelState state, LetSyntax let, List<BoundSymbol> sources,
            IReadOnlyList<(ColumnRef Column, string Role)>? extraRoles = null, IReadOnlyList<ColumnRef>? extraTerms = null)
        {
            BoundSymbol? source;
            if (state.Source is { } named) source = _bound[named];
            else if (sources.Count == 1) source = sources[0];
            else
            {
                if (sources.Count == 0) Report(DiagnosticCatalogue.NoDataSource, let.Name.Span, let.Name.Name);
                else Report(DiagnosticCatalogue.AmbiguousDataSource, let.Name.Span, let.Name.Name,
                    string.Join(", ", sources.Select(s => s.Let.Name.Name)));
                return null;
            }
            if (source is not SourceSymbol data) return null;

            var roles = new List<(ColumnRef Column, string Role)> { (state.Outcome, "the outcome") };
            roles.AddRange(state.Regressors.Select(c => (c, "a regressor")));
            roles.AddRange(state.Controls.Select(c => (c, "a control")));
            roles.AddRange(state.FixedEffects.Select(c => (c, "a fixed effect")));
            if (extraRoles is not null) roles.AddRange(extraRoles);
            var terms = extraTerms ?? new List<ColumnRef>();

            var errorsBefore = ErrorCount;
            foreach (var column in roles.Select(r => r.Column).Concat(terms)) CheckUse(column, data, let.Name.Name);
            if (data.Header is { Status: DataHeaderStatus.Available } header)
                foreach (var column in state.ClusterBy.Concat(state.WhereColumns)) CheckColumn(column, data.Plan.Path, header);

            var ok = ErrorCount == errorsBefore;
            var first = new Dictionary<string, (ColumnRef Column, string Role)>();
            foreach (var entry in roles)
            {
                if (first.TryGetValue(entry.Column.Name, out var earlier))
                {
                    Report(DiagnosticCatalogue.RoleConflict, entry.Column.UseSpan, entry.Column.Name, earlier.Role, Line(earlier.Column.UseSpan), entry.Role);
                    ok = false;
                }
                else first.Add(entry.Column.Name, entry);
            }

            if (state.Vcov == VcovKind.Cr1 && state.ClusterBy.IsEmpty)
            {
                Report(DiagnosticCatalogue.Cr1WithoutCluster, state.VcovSpan, let.Name.Name);
                ok = false;
            }
            if (!ok) return null;

            return new ModelPlan(
                let.Name.Name,
                let.Doc,
                data.Plan.Name,
                state.Outcome.Name,
                Names(state.Regressors),
                Names(state.Controls),
                Names(state.FixedEffects),
                Names(state.ClusterBy),
                state.Vcov,
                state.Where,
                DerivedColumns(roles.Select(r => r.Column).Concat(terms)),
                state.Winsorize);
        }

        private AnalysisPlan? CompleteAnalysis(AnalysisSymbol symbol, List<BoundSymbol> sources)
        {
            var let = symbol.Let;
            var name = let.Name.Name;
            var doc = let.Doc;
            switch (symbol.State)
            {
                case StepwiseState stepwise:
                    return CompleteModel(stepwise.Model, let, sources) is { } stepwiseBase ? new StepwisePlan(name, doc, stepwiseBase) : null;
                case MediationState mediation:
                    var mediationBase = CompleteModel(mediation.Model, let, sources, mediation.Mediators.Select(m => (m, "a mediator")).ToList());
                    return mediationBase is null ? null
                        : new MediationPlan(name, doc, mediationBase, Names(mediation.Mediators), mediation.Bootstrap, mediation.Seed,
                            mediation.SeedGiven, mediation.Ci, mediation.Level);
                case ModerationState moderation:
                    var moderationBase = CompleteModel(moderation.Model, let, sources, null, new[] { moderation.Moderator });
                    return moderationBase is null ? null
                        : new ModerationPlan(name, doc, moderationBase, moderation.Focal.Name, moderation.Moderator.Name, moderation.Centre);
                case ThresholdState threshold:
                    var thresholdBase = CompleteModel(threshold.Model, let, sources, null, new[] { threshold.Variable });
                    return thresholdBase is null ? null
                        : new ThresholdPlan(name, doc, thresholdBase, threshold.Variable.Name, Names(threshold.RegimeDependent), threshold.Max,
                            threshold.Trim, threshold.Grid, threshold.Bootstrap, threshold.Seed, threshold.Levels, threshold.SeedGiven);
                case IvState iv:
                    var ivBase = CompleteModel(iv.Model, let, sources, iv.Instruments.Select(z => (z, "an instrument")).ToList());
                    return ivBase is null ? null
                        : new IvPlan(name, doc, ivBase, Names(iv.Endogenous), Names(iv.Instruments), iv.Estimator);
                case SplitState split:
                    var splitTerms = split.Column is null ? null : new[] { split.Column };
                    var splitBase = CompleteModel(split.Model, let, sources, null, splitTerms);
                    if (splitBase is null) return null;
                    var column = split.Column?.Name ?? ((SourceSymbol)_bound[splitBase.Source]).Plan.TimeColumn;
                    return new SplitPlan(name, doc, splitBase, split.Kind, column, split.Periods, split.Permutations, split.Seed, split.SeedGiven);
                default:
                    return null;
            }
        }

        private DescriptivesPlan? CompleteDescriptives(DescriptivesSymbol table)
        {
            if (_bound[table.Source] is not SourceSymbol data) return null;
            var errorsBefore = ErrorCount;
            foreach (var variable in table.Variables) CheckUse(variable, data, table.Let.Name.Name);
            if (ErrorCount != errorsBefore) return null;
            return new DescriptivesPlan(table.Let.Name.Name, table.Let.Doc, table.Source, Names(table.Variables), DerivedColumns(table.Variables));
        }

        /// <summary>The derived columns among <paramref name="columns"/>, once each by name, in first-use order.</summary>
        private static EquatableArray<DerivedColumnPlan> DerivedColumns(IEnumerable<ColumnRef> columns)
        {
            var seen = new HashSet<string>();
            var derived = new List<DerivedColumnPlan>();
            foreach (var column in columns)
                if (column.Expression is { } expression && seen.Add(column.Name))
                    derived.Add(new DerivedColumnPlan(column.Name, expression));
            return derived.ToEquatableArray();
        }

        private int ErrorCount => _diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

        private static EquatableArray<string> Names(EquatableArray<ColumnRef> columns) => columns.Select(c => c.Name).ToEquatableArray();
    }
}
