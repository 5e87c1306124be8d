using System;
using System.CodeDom.Compiler;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Emit
{
    /// <summary>
    /// Emits C# that constructs the bound plan, record by record, so that the generated class runs exactly
    /// the plan the CLI would run (a consumer test compares the two with record equality).
    /// </summary>
    internal static class PlanEmitter
    {
        public static void WritePlanFactory(IndentedTextWriter writer, StudyPlan plan)
        {
            writer.WriteLine("private static " + KnownTypes.StudyPlan + " CreatePlan() => new " + KnownTypes.StudyPlan + "(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(plan.Module) + ",");
            writer.WriteLine(CSharpLiterals.String(plan.Doc) + ",");

            // Members after Models are written by name, and only where a spec has them, so that the plans of older specs
            // stay as they were: the v2 members always together, Tables and each v3 member (networks) when not empty.
            var named = new List<Action<string>>();
            var v2 = !plan.Indices.IsEmpty || !plan.Analyses.IsEmpty || !plan.Descriptives.IsEmpty || !plan.Tables.IsEmpty;
            if (v2)
            {
                named.Add(t => WriteNamed(writer, "Indices", "IndexPlan", plan.Indices, WriteIndex, t));
                named.Add(t => WriteNamed(writer, "Analyses", "AnalysisPlan", plan.Analyses, WriteAnalysis, t));
                named.Add(t => WriteNamed(writer, "Descriptives", "DescriptivesPlan", plan.Descriptives, WriteDescriptives, t));
            }
            if (!plan.Tables.IsEmpty) named.Add(t => WriteNamed(writer, "Tables", "TablePlan", plan.Tables, WriteTable, t));
            if (!plan.NodeTables.IsEmpty) named.Add(t => WriteNamed(writer, "NodeTables", "NodeTablePlan", plan.NodeTables, WriteNodeTable, t));
            if (!plan.PairTables.IsEmpty) named.Add(t => WriteNamed(writer, "PairTables", "PairTablePlan", plan.PairTables, WritePairTable, t));
            if (!plan.Networks.IsEmpty) named.Add(t => WriteNamed(writer, "Networks", "NetworkPlan", plan.Networks, WriteNetwork, t));
            if (!plan.NetworkAnalyses.IsEmpty)
                named.Add(t => WriteNamed(writer, "NetworkAnalyses", "NetworkAnalysisPlan", plan.NetworkAnalyses, WriteNetworkAnalysis, t));

            WriteArray(writer, KnownTypes.DataSourcePlan, plan.Sources, WriteSource, ",");
            WriteArray(writer, KnownTypes.ModelPlan, plan.Models, WriteModel, named.Count == 0 ? ");" : ",");
            for (var i = 0; i < named.Count; i++) named[i](i == named.Count - 1 ? ");" : ",");
            writer.Indent--;
        }

        private static void WriteNamed<T>(IndentedTextWriter writer, string member, string type, EquatableArray<T> items,
            Action<IndentedTextWriter, T> write, string terminator)
            where T : IEquatable<T>
        {
            writer.Write(member + ": ");
            WriteArray(writer, Ns + type, items, write, terminator);
        }

        private static void WriteArray<T>(IndentedTextWriter writer, string type, EquatableArray<T> items, Action<IndentedTextWriter, T> write, string terminator)
            where T : IEquatable<T>
        {
            if (items.IsEmpty)
            {
                writer.WriteLine(KnownTypes.EquatableArray + "<" + type + ">.Empty" + terminator);
                return;
            }
            writer.WriteLine(KnownTypes.EquatableArray + ".From<" + type + ">(");
            writer.Indent++;
            for (var i = 0; i < items.Count; i++)
            {
                write(writer, items[i]);
                writer.WriteLine(i < items.Count - 1 ? "," : ")" + terminator);
            }
            writer.Indent--;
        }

        private static void WriteSource(IndentedTextWriter writer, DataSourcePlan source) =>
            writer.Write("new " + KnownTypes.DataSourcePlan + "(" + string.Join(", ",
                CSharpLiterals.String(source.Name), CSharpLiterals.String(source.Path), CSharpLiterals.String(source.IdColumn),
                CSharpLiterals.String(source.TimeColumn), CSharpLiterals.String(source.Doc)) + ")");

        private static void WriteModel(IndentedTextWriter writer, ModelPlan model)
        {
            writer.WriteLine("new " + KnownTypes.ModelPlan + "(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(model.Name) + ",");
            writer.WriteLine(CSharpLiterals.String(model.Doc) + ",");
            writer.WriteLine(CSharpLiterals.String(model.Source) + ",");
            writer.WriteLine(CSharpLiterals.String(model.Outcome) + ",");
            writer.WriteLine(Strings(model.Regressors) + ",");
            writer.WriteLine(Strings(model.Controls) + ",");
            writer.WriteLine(Strings(model.FixedEffects) + ",");
            writer.WriteLine(Strings(model.ClusterBy) + ",");
            writer.WriteLine(KnownTypes.VcovKind + "." + model.Vcov + ",");
            writer.Write(model.Where is null ? "null" : Filter(model.Where));
            if (!model.Derived.IsEmpty)
            {
                writer.WriteLine(",");
                writer.Write("Derived: ");
                WriteDerived(writer, model.Derived);
            }
            if (model.Winsorize is not null)
            {
                writer.WriteLine(",");
                writer.Write("Winsorize: new " + Ns + "WinsorizePlan(" + CSharpLiterals.Double(model.Winsorize.Fraction) + ", "
                    + Ns + "PercentileDefinition." + model.Winsorize.Definition + ")");
            }
            writer.Write(")");
            writer.Indent--;
        }

        private static string Ns => KnownTypes.PlanNamespace;

        private static void WriteDerived(IndentedTextWriter writer, EquatableArray<DerivedColumnPlan> derived)
        {
            writer.Write(KnownTypes.EquatableArray + ".From<" + Ns + "DerivedColumnPlan>(");
            for (var i = 0; i < derived.Count; i++)
            {
                writer.Write("new " + Ns + "DerivedColumnPlan(" + CSharpLiterals.String(derived[i].Name) + ", " + Term(derived[i].Expression) + ")");
                if (i < derived.Count - 1) writer.Write(", ");
            }
            writer.Write(")");
        }

        private static string Term(TermPlan term) => term switch
        {
            ColumnTerm c => "new " + Ns + "ColumnTerm(" + CSharpLiterals.String(c.Column) + ")",
            LogTerm l => "new " + Ns + "LogTerm(" + Term(l.Operand) + ")",
            LagTerm l => "new " + Ns + "LagTerm(" + Term(l.Operand) + ", " + Int(l.Periods) + ")",
            StandardizeTerm s => "new " + Ns + "StandardizeTerm(" + Term(s.Operand) + ")",
            CentreTerm c => "new " + Ns + "CentreTerm(" + Term(c.Operand) + ")",
            ProductTerm p => "new " + Ns + "ProductTerm(" + Term(p.Left) + ", " + Term(p.Right) + ")",
            _ => throw new NotSupportedException("term " + term.GetType().Name + " has no C# emitter"),
        };

        private static string Int(long value) => value.ToString(CultureInfo.InvariantCulture);

        private static string Seed(ulong value) => value.ToString(CultureInfo.InvariantCulture) + "UL";

        private static string Bool(bool value) => value ? "true" : "false";

        private static string Doubles(EquatableArray<double> items) => InlineArray("double", items.Select(CSharpLiterals.Double));

        private static void WriteIndex(IndentedTextWriter writer, IndexPlan index)
        {
            writer.WriteLine("new " + Ns + "IndexPlan(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(index.Name) + ",");
            writer.WriteLine(CSharpLiterals.String(index.Doc) + ",");
            writer.WriteLine(CSharpLiterals.String(index.Source) + ",");
            writer.WriteLine(Ns + "IndexMethod." + index.Method + ",");
            writer.WriteLine(InlineArray(Ns + "IndicatorPlan",
                index.Indicators.Select(i => "new " + Ns + "IndicatorPlan(" + CSharpLiterals.String(i.Column) + ", " + Bool(i.Positive) + ")")) + ",");
            writer.WriteLine(Ns + "IndexWeighting." + index.Weighting + ",");
            writer.WriteLine(CSharpLiterals.Double(index.Shift) + ",");
            writer.Write(Int(index.Components) + ")");
            writer.Indent--;
        }

        private static void WriteDescriptives(IndentedTextWriter writer, DescriptivesPlan descriptives)
        {
            writer.WriteLine("new " + Ns + "DescriptivesPlan(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(descriptives.Name) + ",");
            writer.WriteLine(CSharpLiterals.String(descriptives.Doc) + ",");
            writer.WriteLine(CSharpLiterals.String(descriptives.Source) + ",");
            writer.Write(Strings(descriptives.Variables));
            if (!descriptives.Derived.IsEmpty)
            {
                writer.WriteLine(",");
                WriteDerived(writer, descriptives.Derived);
            }
            writer.Write(")");
            writer.Indent--;
        }

        private static void WriteTable(IndentedTextWriter writer, TablePlan table)
        {
            writer.WriteLine("new " + Ns + "TablePlan(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(table.Name) + ",");
            writer.WriteLine(CSharpLiterals.String(table.Doc) + ",");
            writer.WriteLine(CSharpLiterals.String(table.Title) + ",");
            writer.WriteLine(InlineArray(Ns + "TableColumnPlan", table.Columns.Select(c =>
                "new " + Ns + "TableColumnPlan(" + CSharpLiterals.String(c.Result) + ", " + (c.Step is { } step ? Int(step) : "null") + ")")) + ",");
            writer.WriteLine(Strings(table.Labels) + ",");
            writer.WriteLine(Strings(table.Terms) + ",");
            writer.WriteLine(Doubles(table.Stars) + ",");
            writer.WriteLine(Ns + "TableStatistic." + table.Statistic + ",");
            writer.Write(CSharpLiterals.String(table.Note) + ")");
            writer.Indent--;
        }

        private static void WriteAnalysis(IndentedTextWriter writer, AnalysisPlan analysis)
        {
            var type = analysis.GetType().Name;
            writer.WriteLine("new " + Ns + type + "(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(analysis.Name) + ",");
            writer.WriteLine(CSharpLiterals.String(analysis.Doc) + ",");
            WriteModel(writer, analysis.Base);
            string[] rest = analysis switch
            {
                StepwisePlan => Array.Empty<string>(),
                MediationPlan m => new[]
                {
                    Strings(m.Mediators), Int(m.Bootstrap), Seed(m.Seed), Bool(m.SeedGiven), Ns + "MediationCi." + m.Ci, CSharpLiterals.Double(m.Level),
                },
                ModerationPlan m => new[] { CSharpLiterals.String(m.Focal), CSharpLiterals.String(m.Moderator), Bool(m.Centre) },
                SplitPlan s => new[]
                {
                    Ns + "SplitKind." + s.Kind, CSharpLiterals.String(s.Column),
                    InlineArray(Ns + "PeriodRange",
                        s.Periods.Select(p => "new " + Ns + "PeriodRange(" + CSharpLiterals.Double(p.From) + ", " + CSharpLiterals.Double(p.To) + ")")),
                    Int(s.Permutations), Seed(s.Seed), Bool(s.SeedGiven),
                },
                ThresholdPlan t => new[]
                {
                    CSharpLiterals.String(t.Variable), Strings(t.RegimeDependent), Int(t.MaxThresholds), Doubles(t.Trim), Int(t.GridQuantiles),
                    Int(t.Bootstrap), Seed(t.Seed), Doubles(t.Levels), Bool(t.SeedGiven),
                },
                IvPlan iv => new[] { Strings(iv.Endogenous), Strings(iv.Instruments), Ns + "IvEstimator." + iv.Estimator },
                _ => throw new NotSupportedException("analysis " + type + " has no C# emitter"),
            };
            WriteTrailingArguments(writer, rest);
        }

        private static void WriteNodeTable(IndentedTextWriter writer, NodeTablePlan nodes) =>
            writer.Write("new " + Ns + "NodeTablePlan(" + string.Join(", ",
                CSharpLiterals.String(nodes.Name), CSharpLiterals.String(nodes.Path), CSharpLiterals.String(nodes.IdColumn),
                CSharpLiterals.String(nodes.LabelColumn), CSharpLiterals.String(nodes.LongitudeColumn), CSharpLiterals.String(nodes.LatitudeColumn),
                CSharpLiterals.String(nodes.Doc)) + ")");

        private static void WritePairTable(IndentedTextWriter writer, PairTablePlan pairs) =>
            writer.Write("new " + Ns + "PairTablePlan(" + string.Join(", ",
                CSharpLiterals.String(pairs.Name), CSharpLiterals.String(pairs.Path), CSharpLiterals.String(pairs.FromColumn),
                CSharpLiterals.String(pairs.ToColumn), CSharpLiterals.String(pairs.Doc)) + ")");

        private static void WriteNetwork(IndentedTextWriter writer, NetworkPlan network)
        {
            writer.WriteLine("new " + Ns + "NetworkPlan(");
            writer.Indent++;
            writer.WriteLine(string.Join(", ", CSharpLiterals.String(network.Name), CSharpLiterals.String(network.Path),
                CSharpLiterals.String(network.FromColumn), CSharpLiterals.String(network.ToColumn), CSharpLiterals.String(network.WeightColumn),
                CSharpLiterals.String(network.TimeColumn)) + ",");
            writer.WriteLine(string.Join(", ", CSharpLiterals.String(network.Nodes), CSharpLiterals.String(network.Attributes),
                CSharpLiterals.String(network.Pairs)) + ",");
            writer.WriteLine(InlineArray(Ns + "PeriodPlan", network.Periods.Select(p =>
                "new " + Ns + "PeriodPlan(" + CSharpLiterals.String(p.Label) + ", " + Int(p.First) + ", " + Int(p.Last) + ")")) + ",");
            writer.Write(CSharpLiterals.String(network.Doc) + ")");
            writer.Indent--;
        }

        private static void WriteNetworkAnalysis(IndentedTextWriter writer, NetworkAnalysisPlan analysis)
        {
            var type = analysis.GetType().Name;
            writer.WriteLine("new " + Ns + type + "(");
            writer.Indent++;
            writer.WriteLine(CSharpLiterals.String(analysis.Name) + ",");
            writer.WriteLine(CSharpLiterals.String(analysis.Doc) + ",");
            WriteNetwork(writer, analysis.Network);
            string[] rest = analysis switch
            {
                NetworkMetricsPlan => Array.Empty<string>(),
                CentralityPlan c => new[] { Int(c.Top), Ns + "PathMetric." + c.Paths, Ns + "ClosenessRule." + c.Closeness },
                CommunitiesPlan c => new[] { Int(c.Trials), Seed(c.Seed), Bool(c.SeedGiven) },
                ResiliencePlan r => new[]
                {
                    Ns + "ResilienceWeighting." + r.Weights, Ns + "CouplingConvention." + r.Coupling, Int(r.Top), Ns + "PathMetric." + r.Paths,
                    Ns + "ClosenessRule." + r.Closeness,
                },
                ClassesPlan c => new[] { Int(c.Classes) },
                ErgmPlan e => new[]
                {
                    ErgmTerms(e.Terms), Seed(e.Seed), Bool(e.SeedGiven), Int(e.SampleSize), Int(e.Burnin), Int(e.Interval), Int(e.Iterations),
                    Int(e.GofSimulations),
                },
                _ => throw new NotSupportedException("network analysis " + type + " has no C# emitter"),
            };
            WriteTrailingArguments(writer, rest);
        }

        private static string ErgmTerms(EquatableArray<ErgmTermPlan> terms) => InlineArray(Ns + "ErgmTermPlan", terms.Select(t =>
            "new " + Ns + "ErgmTermPlan(" + Ns + "ErgmTermKind." + t.Kind + ", " + CSharpLiterals.String(t.Attribute) + ", "
            + (t.Parameter is { } p ? CSharpLiterals.Double(p) : "null") + ")"));

        private static string Strings(EquatableArray<string> items) => InlineArray("string", items.Select(CSharpLiterals.String));

        /// <summary>An <c>EquatableArray</c> expression on one line: <c>.Empty</c> when there are no items.</summary>
        private static string InlineArray(string type, IEnumerable<string> items)
        {
            var list = items.ToList();
            return list.Count == 0
                ? KnownTypes.EquatableArray + "<" + type + ">.Empty"
                : KnownTypes.EquatableArray + ".From<" + type + ">(" + string.Join(", ", list) + ")";
        }

        /// <summary>Writes a plan constructor's remaining arguments, one per line, and closes the call.</summary>
        private static void WriteTrailingArguments(IndentedTextWriter writer, IEnumerable<string> arguments)
        {
            foreach (var argument in arguments)
            {
                writer.WriteLine(",");
                writer.Write(argument);
            }
            writer.Write(")");
            writer.Indent--;
        }

        private static string Filter(FilterPlan filter)
        {
            var ns = KnownTypes.PlanNamespace;
            return filter switch
            {
                ColumnFilterValue c => "new " + ns + "ColumnFilterValue(" + CSharpLiterals.String(c.Column) + ")",
                NumberFilterValue n => "new " + ns + "NumberFilterValue(" + CSharpLiterals.Double(n.Value) + ")",
                TextFilterValue t => "new " + ns + "TextFilterValue(" + CSharpLiterals.String(t.Value) + ")",
                ComparisonFilter c => "new " + ns + "ComparisonFilter(" + ns + "ComparisonOperator." + c.Operator + ", " + Filter(c.Left) + ", " + Filter(c.Right) + ")",
                LogicalFilter l => "new " + ns + "LogicalFilter(" + ns + "LogicalOperator." + l.Operator + ", " + Filter(l.Left) + ", " + Filter(l.Right) + ")",
                NotFilter n => "new " + ns + "NotFilter(" + Filter(n.Operand) + ")",
                _ => throw new NotSupportedException("filter " + filter.GetType().Name + " has no C# emitter"),
            };
        }
    }
}
