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
            foreach (var symbol in _order)
            {
                if (symbol is not ModelSymbol model) continue;
                Current = model.Let;
                if (CompleteModel(model, sources) is { } plan) models.Add(plan);
            }
            Current = null;
            return new StudyPlan(
                _module.Name ?? string.Empty,
                _module.Header?.Doc,
                _order.OfType<SourceSymbol>().Select(s => s.Plan).ToEquatableArray(),
                models.ToEquatableArray());
        }

        private ModelPlan? CompleteModel(ModelSymbol model, List<BoundSymbol> sources)
        {
            var state = model.State;
            var let = model.Let;
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

            if (data.Header is { Status: DataHeaderStatus.Available } header)
            {
                var used = roles.Select(r => r.Column).Concat(state.ClusterBy).Concat(state.WhereColumns);
                foreach (var column in used) CheckColumn(column, data.Plan.Path, header.Columns);
            }

            var ok = true;
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
                state.Where);
        }

        private static EquatableArray<string> Names(EquatableArray<ColumnRef> columns) => columns.Select(c => c.Name).ToEquatableArray();
    }
}
