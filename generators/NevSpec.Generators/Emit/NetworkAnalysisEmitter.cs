using System.CodeDom.Compiler;
using System.Linq;
using NevSpec.Generators.Models;
using NevSpec.Language.Plan;
using static NevSpec.Generators.Emit.AnalysisEmitter;

namespace NevSpec.Generators.Emit
{
    /// <summary>
    /// Emits, per network analysis of a module, the methods <c>X()</c> and <c>X(string specDirectory)</c> (<c>X</c> the
    /// analysis's name mapped as a model's) that run it through the engine (<c>StudyRunner.RunNetworkAnalysis</c>, what
    /// <c>nevspec run</c> runs) and the typed record over the engine's result: one property per period of the network,
    /// named from the spec's periods (<see cref="Naming.PeriodNames"/>), each the engine's per-period record or, for an
    /// ERGM, a nested record of the period's fit with one coefficient property per term (<see cref="Naming.ErgmTermNames"/>).
    /// </summary>
    internal static class NetworkAnalysisEmitter
    {
        internal static string What(NetworkAnalysisKind kind) => kind switch
        {
            NetworkAnalysisKind.Metrics => "structure metrics",
            NetworkAnalysisKind.Centrality => "centrality analysis",
            NetworkAnalysisKind.Communities => "community detection",
            NetworkAnalysisKind.Resilience => "resilience analysis",
            NetworkAnalysisKind.Classes => "natural-break classes",
            NetworkAnalysisKind.Ergm => "ERGM",
            _ => "network analysis",
        };

        /// <summary>The engine's result of a typed kind and its per-period record.</summary>
        private static (string Result, string Period) EngineTypes(NetworkAnalysisKind kind) => kind switch
        {
            NetworkAnalysisKind.Metrics => (KnownTypes.NetworkMetricsResult, KnownTypes.PeriodMetrics),
            NetworkAnalysisKind.Centrality => (KnownTypes.CentralityResult, KnownTypes.PeriodCentralities),
            NetworkAnalysisKind.Communities => (KnownTypes.CommunitiesResult, KnownTypes.PeriodCommunities),
            NetworkAnalysisKind.Resilience => (KnownTypes.ResilienceResult, KnownTypes.PeriodResilience),
            NetworkAnalysisKind.Classes => (KnownTypes.ClassesResult, KnownTypes.PeriodClasses),
            NetworkAnalysisKind.Ergm => (KnownTypes.ErgmAnalysisResult, KnownTypes.PeriodErgm),
            _ => (KnownTypes.NetworkAnalysisResult, ""),
        };

        public static void WriteMethods(IndentedTextWriter writer, SpecModel model, NetworkAnalysisNames names)
        {
            var analysis = model.Plan!.NetworkAnalyses.First(a => a.Name == names.AnalysisName);
            var name = CSharpLiterals.String(names.AnalysisName);
            var what = What(names.Kind) + " " + XmlDoc.Code(names.AnalysisName) + " of network " + XmlDoc.Code(analysis.Network.Name);
            var returns = names.IsTyped ? names.ResultName : KnownTypes.NetworkAnalysisResult;
            var exception = "/// <exception cref=\"global::System.InvalidOperationException\">The " + what + " could not be run; the message has the engine's error.</exception>";

            XmlDoc.Summary(writer, analysis.Doc, "Runs the " + what + " on the data in <see cref=\"SpecDirectory\"/>.");
            if (!names.IsTyped) WriteUntypedRemarks(writer);
            writer.WriteLine(exception);
            writer.WriteLine("public static " + returns + " " + names.MethodName + "() => " + names.MethodName + "(SpecDirectory);");
            writer.WriteLineNoTabs(string.Empty);
            writer.WriteLine("/// <summary>Runs the " + what + ", reading data paths relative to <paramref name=\"specDirectory\"/>.</summary>");
            if (!names.IsTyped) WriteUntypedRemarks(writer);
            writer.WriteLine(exception);
            var run = "ExecuteNetworkAnalysis(new " + KnownTypes.StudyRunner + "(specDirectory), " + name + ")";
            writer.WriteLine("public static " + returns + " " + names.MethodName + "(string specDirectory) =>");
            writer.WriteLine("    " + (names.IsTyped ? "new " + names.ResultName + "((" + EngineTypes(names.Kind).Result + ")" + run + ")" : run) + ";");
        }

        private static void WriteUntypedRemarks(IndentedTextWriter writer)
        {
            writer.WriteLine("/// <remarks>");
            writer.WriteLine("/// Returns the engine's result as the untyped <see cref=\"" + KnownTypes.NetworkAnalysisResult + "\"/>; the generator has no typed record for this analysis.");
            writer.WriteLine("/// </remarks>");
        }

        /// <summary>The helper the network methods share; written only when the module has network analyses.</summary>
        public static void WriteHelper(IndentedTextWriter writer)
        {
            writer.WriteLine("private static " + KnownTypes.NetworkAnalysisResult + " ExecuteNetworkAnalysis(" + KnownTypes.StudyRunner + " runner, string name)");
            writer.WriteLine("{");
            writer.Indent++;
            writer.WriteLine("var analysis = global::System.Linq.Enumerable.First(Plan.NetworkAnalyses, a => a.Name == name);");
            writer.WriteLine("var result = runner.RunNetworkAnalysis(Plan, analysis);");
            writer.WriteLine("return result.Error is null ? result : throw Failed(name, result.Error);");
            writer.Indent--;
            writer.WriteLine("}");
        }

        public static void WriteResult(IndentedTextWriter writer, SpecModel model, NetworkAnalysisNames names)
        {
            var analysis = model.Plan!.NetworkAnalyses.First(a => a.Name == names.AnalysisName);
            switch (names.Kind)
            {
                case NetworkAnalysisKind.Ergm:
                    ErgmRecordEmitter.Write(writer, (ErgmPlan)analysis, names);
                    return;
                case NetworkAnalysisKind.Untyped:
                    return;
                default:
                    WritePeriodRecord(writer, analysis, names);
                    return;
            }
        }

        private static void WritePeriodRecord(IndentedTextWriter writer, NetworkAnalysisPlan analysis, NetworkAnalysisNames names)
        {
            var (result, period) = EngineTypes(names.Kind);
            var resilience = names.Kind == NetworkAnalysisKind.Resilience;
            var acrossPeriods = resilience && names.Periods.Count >= 2;
            var body = new[] { "Raw = raw;" }
                .Concat(names.Periods.Select(p => p.PropertyName + " = raw.Period(" + CSharpLiterals.String(p.Label) + ");"))
                .Concat(acrossPeriods ? new[] { "Network = new NetworkStages(raw);" } : new string[0]).ToArray();
            Open(writer, "Results of the " + What(names.Kind) + " " + XmlDoc.Code(analysis.Name) + " of network " + XmlDoc.Code(analysis.Network.Name)
                    + ": one property per period, each the engine's " + XmlDoc.Code(period.Substring(period.LastIndexOf('.') + 1)) + ".",
                names.ResultName, result + " raw", body);
            EndConstructor(writer);
            Property(writer, "The engine's result, as the CLI would report it.", "public " + result + " Raw { get; }");
            Property(writer, "The periods in the network's order.", "public global::System.Collections.Generic.IReadOnlyList<" + period + "> Periods => Raw.Periods;");
            Property(writer, "What a reader should know: loading rules applied, disconnected periods, degenerate cases.", "public " + KnownTypes.Notes + " Notes => Raw.Notes;");
            foreach (var p in names.Periods)
                Property(writer, PeriodSummary(analysis.Network, p), "public " + period + " " + p.PropertyName + " { get; }");
            Property(writer, "A period by its label (e.g. " + XmlDoc.Code(names.Periods[0].Label) + "); throws <see cref=\"global::System.Collections.Generic.KeyNotFoundException\"/> listing the labels.",
                "public " + period + " Period(string label) => Raw.Period(label);");
            if (resilience) WriteNetworkStages(writer, analysis, names, acrossPeriods);
            Close(writer);
        }

        internal static string PeriodSummary(NetworkPlan network, PeriodName p) =>
            network.Periods.IsEmpty
                ? "The only period of " + XmlDoc.Code(network.Name) + ", which has no periods (" + XmlDoc.Code(p.Label) + ": every record)."
                : "The period " + XmlDoc.Code(p.Label) + " of " + XmlDoc.Code(network.Name) + ".";

        /// <summary>
        /// The coupling model across the periods (C, T, D and level per period). The engine computes it only with two or more
        /// periods, which the spec fixes, so the property is non-null exactly when it can be; with one period it is typed
        /// nullable and always null, and the nested type is still written so that the property keeps its type.
        /// </summary>
        private static void WriteNetworkStages(IndentedTextWriter writer, NetworkAnalysisPlan analysis, NetworkAnalysisNames names, bool acrossPeriods)
        {
            var network = XmlDoc.Code(analysis.Network.Name);
            Property(writer,
                acrossPeriods
                    ? "Network resilience across the periods of " + network + ": per period the normalised indicators, coupling C, T, D and the coordination level."
                    : "Always null: network resilience compares periods, and " + network + " has one.",
                acrossPeriods ? "public NetworkStages Network { get; }" : "public NetworkStages? Network => null;");
            writer.WriteLineNoTabs(string.Empty);
            Open(writer, "Network resilience of " + network + " across its periods (the coupling coordination model), one property per period.",
                "NetworkStages", KnownTypes.ResilienceResult + " raw",
                new[] { "Raw = raw.Network!;" }
                    .Concat(names.Periods.Select(p => p.PropertyName + " = raw.Period(" + CSharpLiterals.String(p.Label) + ").Network!;")).ToArray());
            EndConstructor(writer);
            Property(writer, "The Core result (stages in period order, options, notes).", "public " + KnownTypes.NetworkResilienceResult + " Raw { get; }");
            Property(writer, "The stages in period order.", "public global::System.Collections.Generic.IReadOnlyList<" + KnownTypes.NetworkResilienceStage + "> Stages => Raw.Stages;");
            Property(writer, "The coupling formula and indicator options used.", "public " + KnownTypes.NetworkResilienceOptions + " Options => Raw.Options;");
            Property(writer, "Degenerate cases, e.g. an indicator with the same value in every period.", "public " + KnownTypes.Notes + " Notes => Raw.Notes;");
            foreach (var p in names.Periods)
                Property(writer, "Network resilience in the period " + XmlDoc.Code(p.Label) + ": <c>Coupling.C</c>, <c>.T</c>, <c>.D</c> (= <c>Resilience</c>), <c>Level</c>, the indicators.",
                    "public " + KnownTypes.NetworkResilienceStage + " " + p.PropertyName + " { get; }");
            Close(writer);
        }
    }
}
