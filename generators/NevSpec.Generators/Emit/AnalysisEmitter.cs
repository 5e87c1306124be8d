using System.CodeDom.Compiler;
using System.Linq;
using NevSpec.Generators.Models;
using NevSpec.Language;
using NevSpec.Language.Plan;

namespace NevSpec.Generators.Emit
{
    /// <summary>
    /// Emits, per analysis (and descriptives table) of a module, the methods that run it through the engine and
    /// the typed record over the engine's result. An analysis kind without a typed record (none today) returns the
    /// engine's untyped result.
    /// </summary>
    internal static class AnalysisEmitter
    {
        private static string What(AnalysisKind kind) => kind switch
        {
            AnalysisKind.Stepwise => "stepwise table",
            AnalysisKind.Mediation => "mediation analysis",
            AnalysisKind.Moderation => "moderation analysis",
            AnalysisKind.Split => "split-sample analysis",
            AnalysisKind.Descriptives => "descriptive statistics",
            AnalysisKind.Threshold => "threshold analysis",
            AnalysisKind.Iv => "IV analysis",
            _ => "analysis",
        };

        public static void WriteMethods(IndentedTextWriter writer, SpecModel model, AnalysisNames names)
        {
            var plan = model.Plan!;
            var name = CSharpLiterals.String(names.AnalysisName);
            var doc = names.Kind == AnalysisKind.Descriptives
                ? plan.Descriptives.First(d => d.Name == names.AnalysisName).Doc
                : plan.Analyses.First(a => a.Name == names.AnalysisName).Doc;
            var what = What(names.Kind) + " " + XmlDoc.Code(names.AnalysisName);
            var untyped = names.Kind == AnalysisKind.Untyped;
            var returns = untyped ? KnownTypes.AnalysisResult : names.ResultName;

            var analysis = names.Kind == AnalysisKind.Descriptives ? null : plan.Analyses.First(a => a.Name == names.AnalysisName);
            XmlDoc.Summary(writer, doc, "Runs the " + what + " on the data in <see cref=\"SpecDirectory\"/>.");
            if (untyped) WriteUntypedRemarks(writer, analysis!);
            writer.WriteLine("/// <exception cref=\"global::System.InvalidOperationException\">The " + what + " could not be run; the message has the engine's error.</exception>");
            writer.WriteLine("public static " + returns + " " + names.MethodName + "() => " + names.MethodName + "(SpecDirectory);");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Runs the " + what + ", reading data paths relative to <paramref name=\"specDirectory\"/>.</summary>");
            if (untyped) WriteUntypedRemarks(writer, analysis!);
            writer.WriteLine("/// <exception cref=\"global::System.InvalidOperationException\">The " + what + " could not be run; the message has the engine's error.</exception>");
            writer.WriteLine("public static " + returns + " " + names.MethodName + "(string specDirectory)");
            writer.WriteLine("{");
            writer.Indent++;
            var runner = "new " + KnownTypes.StudyRunner + "(specDirectory)";
            if (names.Kind == AnalysisKind.Descriptives)
            {
                writer.WriteLine("var raw = " + runner + ".Describe(Plan, global::System.Linq.Enumerable.First(Plan.Descriptives, d => d.Name == " + name + "));");
                writer.WriteLine("if (raw.Error is not null) throw Failed(" + name + ", raw.Error);");
                writer.WriteLine("return new " + names.ResultName + "(raw);");
                writer.Indent--;
                writer.WriteLine("}");
                return;
            }
            writer.WriteLine("return " + Wrap(names, "ExecuteAnalysis(" + runner + ", " + name + ", null)") + ";");
            writer.Indent--;
            writer.WriteLine("}");

            // The engine runs analyses on a caller's frame (indices computed on it); descriptives only on the data it reads.
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Runs the " + what + " on <paramref name=\"frame\"/> instead of reading its data source (the spec's indices are computed on it).</summary>");
            if (untyped) WriteUntypedRemarks(writer, analysis!);
            writer.WriteLine("/// <exception cref=\"global::System.InvalidOperationException\">The " + what + " could not be run; the message has the engine's error.</exception>");
            writer.WriteLine("public static " + returns + " " + names.MethodName + "(" + KnownTypes.DataFrame + " frame) =>");
            writer.WriteLine("    " + Wrap(names, "ExecuteAnalysis(new " + KnownTypes.StudyRunner + "(SpecDirectory), " + name + ", frame)") + ";");
        }

        private static string Wrap(AnalysisNames names, string run)
        {
            var raw = names.Kind switch
            {
                AnalysisKind.Stepwise => KnownTypes.StepwiseResult,
                AnalysisKind.Mediation => KnownTypes.MediationAnalysisResult,
                AnalysisKind.Moderation => KnownTypes.ModerationAnalysisResult,
                AnalysisKind.Split => KnownTypes.SplitAnalysisResult,
                AnalysisKind.Threshold => KnownTypes.ThresholdAnalysisResult,
                AnalysisKind.Iv => KnownTypes.IvAnalysisResult,
                _ => null,
            };
            return raw is null ? run : "new " + names.ResultName + "((" + raw + ")" + run + ")";
        }

        private static void WriteUntypedRemarks(IndentedTextWriter writer, AnalysisPlan analysis)
        {
            var record = analysis.GetType().Name.Replace("Plan", "") + "AnalysisResult";
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// Returns the engine's result (an engine <c>" + record + "</c>) as the untyped <see cref=\"" + KnownTypes.AnalysisResult + "\"/>;");
            writer.WriteLine("/// no typed result is generated for this kind of analysis yet.");
            writer.WriteLine("/// </remarks>");
        }

        /// <summary>The helper the analysis methods share; written only when the module has analyses.</summary>
        public static void WriteExecuteAnalysis(IndentedTextWriter writer)
        {
            writer.WriteLine("private static " + KnownTypes.AnalysisResult + " ExecuteAnalysis(" + KnownTypes.StudyRunner + " runner, string name, " + KnownTypes.DataFrame + "? frame)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var analysis = global::System.Linq.Enumerable.First(Plan.Analyses, a => a.Name == name);");
            writer.WriteLine("var result = frame is null ? runner.RunAnalysis(Plan, analysis) : runner.RunAnalysis(Plan, analysis, frame);");
            writer.WriteLine("return result.Error is null ? result : throw Failed(name, result.Error);");
            writer.Indent--;
            writer.WriteLine("}");
        }

        /// <summary>The exception of a failed analysis (also network analyses); written when the module has any.</summary>
        public static void WriteFailed(IndentedTextWriter writer)
        {
            writer.WriteLine("private static global::System.InvalidOperationException Failed(string name, string error) =>");
            writer.WriteLine("    new global::System.InvalidOperationException(\"NevSpec analysis '\" + name + \"' in \" + SpecPath + \" failed: \" + error);");
        }

        public static void WriteResult(IndentedTextWriter writer, SpecModel model, AnalysisNames names)
        {
            var plan = model.Plan!;
            switch (names.Kind)
            {
                case AnalysisKind.Stepwise:
                    WriteStepwise(writer, model, (StepwisePlan)plan.Analyses.First(a => a.Name == names.AnalysisName), names);
                    break;
                case AnalysisKind.Mediation:
                    WriteMediation(writer, model, (MediationPlan)plan.Analyses.First(a => a.Name == names.AnalysisName), names);
                    break;
                case AnalysisKind.Moderation:
                    WriteModeration(writer, model, (ModerationPlan)plan.Analyses.First(a => a.Name == names.AnalysisName), names);
                    break;
                case AnalysisKind.Split:
                    WriteSplit(writer, model, (SplitPlan)plan.Analyses.First(a => a.Name == names.AnalysisName), names);
                    break;
                case AnalysisKind.Descriptives:
                    WriteDescriptives(writer, plan.Descriptives.First(d => d.Name == names.AnalysisName), names);
                    break;
                case AnalysisKind.Threshold:
                    TypedAnalysisEmitter.WriteThreshold(writer, model, (ThresholdPlan)plan.Analyses.First(a => a.Name == names.AnalysisName), names);
                    break;
                case AnalysisKind.Iv:
                    TypedAnalysisEmitter.WriteIv(writer, model, (IvPlan)plan.Analyses.First(a => a.Name == names.AnalysisName), names);
                    break;
            }
        }

        internal static void Open(IndentedTextWriter writer, string summary, string name, string ctorParameter, params string[] body)
        {
            writer.WriteLine("/// <summary>" + summary + "</summary>");
            writer.WriteLine("public sealed partial record " + name);
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("internal " + name + "(" + ctorParameter + ")");
            writer.WriteLine("{");
            writer.Indent++;
            foreach (var line in body) writer.WriteLine(line);
        }

        internal static void EndConstructor(IndentedTextWriter writer)
        {
            writer.Indent--;
            writer.WriteLine("}");
        }

        internal static void Close(IndentedTextWriter writer)
        {
            writer.Indent--;
            writer.WriteLine("}");
        }

        internal static void Property(IndentedTextWriter writer, string summary, string declaration)
        {
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>" + summary + "</summary>");
            writer.WriteLine(declaration);
        }

        private static void WriteStepwise(IndentedTextWriter writer, SpecModel model, StepwisePlan plan, AnalysisNames names)
        {
            var columns = "global::System.Collections.Generic.IReadOnlyList<Column>";
            Open(writer, "Results of the stepwise table " + XmlDoc.Code(plan.Name) + ": column k has the core regressors and the first k − 1 controls.",
                names.ResultName, KnownTypes.StepwiseResult + " raw",
                "Raw = raw;",
                "var columns = new Column[raw.Columns.Count];",
                "for (var i = 0; i < columns.Length; i++) columns[i] = new Column(raw.Columns[i]);",
                "Columns = columns;");
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.StepwiseResult + " Raw { get; }");
            Property(writer, "The columns in table order (the last is the base model itself).", "public " + columns + " Columns { get; }");
            Property(writer, "The number of columns.", "public int Count => Columns.Count;");
            writer.WriteLineNoTabs(string.Empty);
            ResultEmitter.WriteResult(writer, model, new ModelNames(plan.Name, "", "Column", names.Members),
                "/// <summary>One column of " + XmlDoc.Code(plan.Name) + ": a property per term of the table (NaN, not estimated, when the column lacks it).</summary>");
            Close(writer);
        }

        private static void WriteMediation(IndentedTextWriter writer, SpecModel model, MediationPlan plan, AnalysisNames names)
        {
            var coefficient = ResultEmitter.CoefficientType(model);
            Open(writer, "Results of the mediation analysis " + XmlDoc.Code(plan.Name) + ": one property per mediator.",
                names.ResultName, KnownTypes.MediationAnalysisResult + " raw",
                new[] { "Raw = raw;", "var mediation = raw.Mediation!;" }
                    .Concat(names.Members.Select(m => m.PropertyName + " = new Effects(mediation[" + CSharpLiterals.String(m.Term) + "]);")).ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.MediationAnalysisResult + " Raw { get; }");
            Property(writer, "The mediation results behind the typed properties (treatment, outcome, options, seed).", "public " + KnownTypes.MediationResult + " Mediation => Raw.Mediation!;");
            foreach (var m in names.Members)
                Property(writer, "The paths and indirect-effect tests through " + XmlDoc.Code(m.Term) + ".", "public Effects " + m.PropertyName + " { get; }");
            writer.WriteLineNoTabs(string.Empty);

            Open(writer, "The three equations of one mediator: total effect c, X→M (a), Y←X+M (b, direct effect c′), and the indirect effect a·b.",
                "Effects", KnownTypes.MediatorResult + " raw",
                "Raw = raw;",
                "A = From(raw.A);",
                "B = From(raw.B);",
                "Direct = From(raw.Direct);",
                "Total = From(raw.Total);",
                "Indirect = new " + coefficient + "(raw.Mediator + \" indirect\", raw.Indirect, raw.Sobel.StdErr, raw.Sobel.Z, raw.Sobel.P,",
                "    raw.Bootstrap?.Low ?? double.NaN, raw.Bootstrap?.High ?? double.NaN, true);");
            EndConstructor(writer);
            Property(writer, "The engine's per-mediator result (the three regressions, notes, the full bootstrap summary).", "public " + KnownTypes.MediatorResult + " Raw { get; }");
            Property(writer, "The mediator's name in the spec.", "public string Mediator => Raw.Mediator;");
            Property(writer, "The indirect effect a·b: SE, z and p of the Sobel test; the interval is the bootstrap CI (NaN without a bootstrap).", "public " + coefficient + " Indirect { get; }");
            Property(writer, "a: the treatment's coefficient in the mediator equation (X→M).", "public " + coefficient + " A { get; }");
            Property(writer, "b: the mediator's coefficient in the outcome equation (Y←X+M).", "public " + coefficient + " B { get; }");
            Property(writer, "c′: the treatment's coefficient in the outcome equation with the mediator.", "public " + coefficient + " Direct { get; }");
            Property(writer, "c: the treatment's coefficient in the total-effect equation.", "public " + coefficient + " Total { get; }");
            Property(writer, "Sobel test of the indirect effect.", "public " + KnownTypes.IndirectEffectTest + " Sobel => Raw.Sobel;");
            Property(writer, "Aroian test of the indirect effect.", "public " + KnownTypes.IndirectEffectTest + " Aroian => Raw.Aroian;");
            Property(writer, "Goodman test of the indirect effect; null when its variance is not positive.", "public " + KnownTypes.IndirectEffectTest + "? Goodman => Raw.Goodman;");
            Property(writer, "a·b / c; null when undefined.", "public double? ProportionMediated => Raw.ProportionMediated;");
            Property(writer, "The bootstrap CI of a·b (the interval the spec's <c>ci</c> chose); null without a bootstrap.",
                "public (double Low, double High)? BootstrapCi => Raw.Bootstrap is { } b ? (b.Low, b.High) : null;");
            Property(writer, "Observations of the outcome equation.", "public int Nobs => Raw.Nobs;");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("private static " + coefficient + " From(" + KnownTypes.CoefficientEstimate + " c) =>");
            writer.WriteLine("    new " + coefficient + "(c.Term, c.Estimate, c.StdErr, c.T, c.P, c.CiLow, c.CiHigh, !double.IsNaN(c.Estimate));");
            Close(writer);
            Close(writer);
        }

        private static void WriteModeration(IndentedTextWriter writer, SpecModel model, ModerationPlan plan, AnalysisNames names)
        {
            var coefficient = ResultEmitter.CoefficientType(model);
            Open(writer, "Results of the moderation analysis " + XmlDoc.Code(plan.Name) + " (" + XmlDoc.Code(plan.Focal) + " × " + XmlDoc.Code(plan.Moderator)
                    + "): the interaction, one property per term of the model, simple slopes.",
                names.ResultName, KnownTypes.ModerationAnalysisResult + " raw",
                new[] { "Raw = raw;", "var regression = raw.Moderation!.Model;", "Interaction = " + coefficient + ".Find(regression, raw.Moderation.InteractionTerm);" }
                    .Concat(names.Members.Select(t => t.PropertyName + " = " + coefficient + ".Find(regression, " + CSharpLiterals.String(t.Term) + ");")).ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.ModerationAnalysisResult + " Raw { get; }");
            Property(writer, "The moderation results behind the typed properties (centring, moderator mean and SD).", "public " + KnownTypes.ModerationResult + " Moderation => Raw.Moderation!;");
            Property(writer, "The interaction model.", "public " + KnownTypes.RegressionResult + " Regression => Moderation.Model;");
            Property(writer, "The coefficient on the product " + XmlDoc.Code(plan.Focal) + " × " + XmlDoc.Code(plan.Moderator) + ".", "public " + coefficient + " Interaction { get; }");
            foreach (var t in names.Members)
                Property(writer, "The coefficient on " + XmlDoc.Code(t.Term) + " in the interaction model.", "public " + coefficient + " " + t.PropertyName + " { get; }");
            Property(writer, "Slopes of the focal regressor at the moderator's mean − 1 SD, mean and mean + 1 SD.", "public " + KnownTypes.SimpleSlopes + " SimpleSlopes => Moderation.SimpleSlopes;");
            Property(writer, "Observations used.", "public int Nobs => Regression.Nobs;");
            Property(writer, "Notes from the estimator.", "public " + KnownTypes.Notes + " Notes => Regression.Notes;");
            Property(writer, "Any coefficient of the interaction model by its term name; NaN when absent.", "public " + coefficient + " this[string term] => " + coefficient + ".Find(Regression, term);");
            Close(writer);
        }

        private static void WriteSplit(IndentedTextWriter writer, SpecModel model, SplitPlan plan, AnalysisNames names)
        {
            var coefficient = ResultEmitter.CoefficientType(model);
            Open(writer, "Results of the split-sample analysis " + XmlDoc.Code(plan.Name) + ": a fit per group and tests that the core coefficient differs between groups.",
                names.ResultName, KnownTypes.SplitAnalysisResult + " raw",
                new[]
                {
                    "Raw = raw;",
                    "var groups = new Group[raw.Split!.Groups.Count];",
                    "for (var i = 0; i < groups.Length; i++) groups[i] = new Group(raw.Split.Groups[i]);",
                    "Groups = groups;",
                }.Concat(names.Members.Select(g => g.PropertyName + " = this[" + CSharpLiterals.String(g.Term) + "];")).ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.SplitAnalysisResult + " Raw { get; }");
            Property(writer, "The split results behind the typed properties (pooled model, full tests).", "public " + KnownTypes.SplitSampleResult + " Split => Raw.Split!;");
            Property(writer, "The groups in table order.", "public global::System.Collections.Generic.IReadOnlyList<Group> Groups { get; }");
            foreach (var g in names.Members)
                Property(writer, "The group " + XmlDoc.Code(g.Term) + ".", "public Group " + g.PropertyName + " { get; }");
            Property(writer, "The difference of the core coefficient between the groups (first − second; null with more than two groups).", "public double? Difference => Split.Equality.Difference;");
            Property(writer, "p of the Wald test that the core coefficient is equal across groups.", "public double WaldP => Split.Equality.P;");
            Property(writer, "Two-sided p of the permutation test; null when none was run.", "public double? PermutationP => Split.Permutation?.PTwoSided;");
            Property(writer, "Remarks (rows without a group, failed permutations).", "public " + KnownTypes.Notes + " Notes => Split.Notes;");
            Property(writer, "A group by its label, as the engine names it; throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> listing the labels.",
                "public Group this[string label] => new Group(Split[label]);");
            writer.WriteLineNoTabs(string.Empty);

            Open(writer, "The base model fitted in one group: a property per term.", "Group", KnownTypes.GroupFit + " raw",
                new[] { "Raw = raw;" }.Concat(names.Terms.Select(t => t.PropertyName + " = " + coefficient + ".Find(raw.Model, " + CSharpLiterals.String(t.Term) + ");")).ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's group fit.", "public " + KnownTypes.GroupFit + " Raw { get; }");
            Property(writer, "The group's label.", "public string Label => Raw.Label;");
            Property(writer, "The group's regression.", "public " + KnownTypes.RegressionResult + " Regression => Raw.Model;");
            foreach (var t in names.Terms)
                Property(writer, "The coefficient on " + XmlDoc.Code(t.Term) + " in this group.", "public " + coefficient + " " + t.PropertyName + " { get; }");
            Property(writer, "Observations in this group.", "public int Nobs => Regression.Nobs;");
            Property(writer, "R².", "public double R2 => Regression.R2;");
            Property(writer, "Within R²; null without fixed effects.", "public double? R2Within => Regression.R2Within;");
            Property(writer, "Notes from the estimator.", "public " + KnownTypes.Notes + " Notes => Regression.Notes;");
            Property(writer, "Any coefficient by its term name; NaN when absent.", "public " + coefficient + " this[string term] => " + coefficient + ".Find(Regression, term);");
            Close(writer);
            Close(writer);
        }

        private static void WriteDescriptives(IndentedTextWriter writer, DescriptivesPlan plan, AnalysisNames names)
        {
            var list = "global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.VariableSummary + ">";
            Open(writer, "Descriptive statistics " + XmlDoc.Code(plan.Name) + ": N, mean, SD, min and max per variable, one property per variable.",
                names.ResultName, KnownTypes.DescriptivesResult + " raw",
                new[] { "Raw = raw;" }.Concat(names.Members.Select(v => v.PropertyName + " = Find(raw, " + CSharpLiterals.String(v.Term) + ");")).ToArray());
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + KnownTypes.DescriptivesResult + " Raw { get; }");
            Property(writer, "The variables in spec order.", "public " + list + " Variables => Raw.Variables;");
            foreach (var v in names.Members)
                Property(writer, "N, mean, SD, min and max of " + XmlDoc.Code(v.Term) + ".", "public " + KnownTypes.VariableSummary + " " + v.PropertyName + " { get; }");
            Property(writer, "A variable's statistics by its name in the spec.", "public " + KnownTypes.VariableSummary + " this[string variable] => Find(Raw, variable);");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("private static " + KnownTypes.VariableSummary + " Find(" + KnownTypes.DescriptivesResult + " raw, string variable)");
            writer.WriteLine("{");
            writer.WriteLine("    foreach (var v in raw.Variables) if (v.Variable == variable) return v;");
            writer.WriteLine("    throw new global::System.Collections.Generic.KeyNotFoundException(\"No variable '\" + variable + \"' in \" + raw.Name + \".\");");
            writer.WriteLine("}");
            Close(writer);
        }
    }
}
