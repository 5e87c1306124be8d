using System;
using System.CodeDom.Compiler;
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
            WriteArray(writer, KnownTypes.DataSourcePlan, plan.Sources, WriteSource, ",");
            WriteArray(writer, KnownTypes.ModelPlan, plan.Models, WriteModel, ");");
            writer.Indent--;
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
            writer.Write(")");
            writer.Indent--;
        }

        private static string Strings(EquatableArray<string> items) => items.IsEmpty
            ? KnownTypes.EquatableArray + "<string>.Empty"
            : KnownTypes.EquatableArray + ".From<string>(" + string.Join(", ", items.Select(CSharpLiterals.String)) + ")";

        private static string Filter(FilterPlan filter)
        {
            var ns = KnownTypes.FilterPlanNamespace;
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
