using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    /// <summary>Network pipelines: <c>|> periods [ … ]</c> and the analyses <c>metrics</c> … <c>ergm</c>, which end a pipeline.</summary>
    internal sealed partial class Binder
    {
        private static readonly string[] NetworkStages = { "periods", "metrics", "centrality", "communities", "resilience", "classes", "ergm" };

        private static readonly string[] CentralityKeys = { "top", "paths", "closeness" };
        private static readonly string[] ResilienceKeys = { "weights", "coupling", "top", "paths", "closeness" };
        private static readonly string[] CommunitiesKeys = { "trials", "seed" };

        // Word options in the order of their enums' members.
        private static readonly string[] PathWords = { "hops", "strength" };
        private static readonly string[] ClosenessWords = { "wf", "igraph" };
        private static readonly string[] ResilienceWeightWords = { "entropy", "equal" };
        private static readonly string[] CouplingWords = { "standard", "alternative" };

        private static readonly string[] CommunityMethods = { "infomap" };
        private static readonly string[] ClassMethods = { "jenks" };

        /// <summary>The fewest and most Jenks classes: two classes are the least a map can show; twenty the most it can tell apart.</summary>
        private const int MinClasses = 2;
        private const int MaxClasses = 20;

        private const string NetworkExpected = "a network (a 'network' binding defined above, or one cut into periods)";

        private static string NetworkStageList => Alternatives(NetworkStages);

        private static bool IsNetworkAnalysisStage(ExpressionSyntax stage) =>
            Decompose(stage).Function is { Name: not "periods" } f && NetworkStages.Contains(f.Name);

        /// <summary>
        /// A pipeline is a network pipeline when a stage is a network stage, or its head is a network (or a network
        /// analysis, to report the stage after it): its stages are then diagnosed against the network stages.
        /// </summary>
        private bool IsNetworkPipeline(ExpressionSyntax value)
        {
            if (value is not PipeSyntax pipe) return false;
            var parts = pipe.Flatten();
            if (parts.Skip(1).Any(stage => Decompose(stage).Function is { } f && NetworkStages.Contains(f.Name))) return true;
            return parts[0] switch
            {
                ApplicationSyntax { Function.Name: "network" } => true,
                IdentifierSyntax name => _bound.TryGetValue(name.Name, out var symbol) && symbol is NetworkSymbol or NetworkAnalysisSymbol,
                _ => false,
            };
        }

        /// <summary>A <c>let</c> whose value is a network pipeline: a network cut into periods, or a network analysis.</summary>
        private BoundSymbol BindNetworkPipeline(LetSyntax let)
        {
            var pipe = (PipeSyntax)let.Value;
            if (IsNetworkAnalysisStage(pipe.Stage))
            {
                var network = EvaluateNetwork(pipe.Source, let, pipe.Stage);
                var analysis = network is null ? null : BindNetworkAnalysis(network, pipe.Stage, let);
                return analysis is null ? new PoisonedSymbol(let, false) : new NetworkAnalysisSymbol(let, analysis);
            }
            var state = EvaluateNetwork(let.Value, let);
            return state is null ? new PoisonedSymbol(let, false) : new NetworkSymbol(let, Renamed(state, let));
        }

        /// <summary>A network bound by <paramref name="let"/> is named (and documented) by it.</summary>
        private static NetworkState Renamed(NetworkState state, LetSyntax let) =>
            state with { Plan = state.Plan with { Name = let.Name.Name, Doc = let.Doc } };

        /// <summary>
        /// Evaluates an expression that must denote a network: a network name, <c>network "…" { … }</c>, or a pipeline of
        /// <c>periods</c>. <paramref name="next"/> is the stage applied to the result, if any (to diagnose stages after an analysis).
        /// </summary>
        private NetworkState? EvaluateNetwork(ExpressionSyntax expression, LetSyntax let, ExpressionSyntax? next = null)
        {
            switch (expression)
            {
                case PipeSyntax pipe when IsNetworkAnalysisStage(pipe.Stage):
                    var analysed = EvaluateNetwork(pipe.Source, let, pipe.Stage);
                    if (analysed is not null && BindNetworkAnalysis(analysed, pipe.Stage, let) is { } analysis)
                        ReportTerminal(Abbreviate(pipe.Stage), NetworkAnalysisSymbol.Describe(analysis), next ?? pipe.Stage);
                    return null;
                case PipeSyntax pipe:
                    var source = EvaluateNetwork(pipe.Source, let, pipe.Stage);
                    return source is null ? null : ApplyNetworkStage(source, pipe.Stage, let);
                case ApplicationSyntax { Function.Name: "network" } network:
                    return BindNetworkFile(let, network);
                case ApplicationSyntax { Function.Name: "regress" or "panel" or "nodes" or "pairs" } application:
                    var kind = application.Function.Name switch
                    {
                        "regress" => "a model",
                        "panel" => "a data source",
                        "nodes" => "a node table",
                        _ => "a pair table",
                    };
                    ReportWrongKind(application, kind, NetworkExpected);
                    return null;
                case IdentifierSyntax name:
                    var symbol = LookUp(name, NetworkExpected, _bound.Values.OfType<NetworkSymbol>().Select(n => n.Let.Name.Name));
                    switch (symbol)
                    {
                        case NetworkSymbol network:
                            return network.State;
                        case NetworkAnalysisSymbol terminal when next is not null:
                            ReportTerminal(name.Name, terminal.KindDescription, next);
                            return null;
                        case null or PoisonedSymbol:
                            return null;
                        default:
                            Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, NetworkExpected);
                            return null;
                    }
                default:
                    ReportWrongKind(expression, expression.KindDescription, NetworkExpected);
                    return null;
            }
        }

        /// <summary>A stage that gives a network: only <c>periods</c>. Model stages and unknown stages are diagnosed here.</summary>
        private NetworkState? ApplyNetworkStage(NetworkState state, ExpressionSyntax stage, LetSyntax let)
        {
            var (function, arguments) = Decompose(stage);
            if (function is { Name: "periods" }) return BindNetworkPeriods(state, function, arguments, let);
            if (function is not null && (ModelStages.Contains(function.Name) || AnalysisStages.Contains(function.Name)))
                Report(DiagnosticCatalogue.WrongKind, function.Span, function.Name, "a stage of models",
                    "a network stage (" + NetworkStageList + ")");
            else
                Report(DiagnosticCatalogue.UnknownPipeStage, (function ?? stage).Span, function?.Name ?? Abbreviate(stage),
                    "a network stage: " + NetworkStageList + (function is null ? string.Empty : EditDistance.Suggestion(function.Name, NetworkStages)));
            return null;
        }

        /// <summary>
        /// <c>periods [ 2011..2014; 2015..2017 ]</c>: whole-number ranges in increasing order without overlaps (a single year
        /// <c>2011</c> is <c>2011..2011</c>); the network needs a time column. New periods replace earlier ones.
        /// </summary>
        private NetworkState? BindNetworkPeriods(NetworkState state, IdentifierSyntax function, EquatableArray<ExpressionSyntax> arguments, LetSyntax let)
        {
            const string example = "[ 2011..2014; 2015..2017 ]";
            if (arguments.Count != 1)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, "periods", "one list of periods, as in periods " + example, Count(arguments.Count));
                return null;
            }
            if (state.Plan.TimeColumn is null)
            {
                Report(DiagnosticCatalogue.MissingOption, function.Span, "time", "the options of network '" + state.Plan.Name + "' (periods cut the network by time)");
                return null;
            }
            if (arguments[0] is not ListSyntax list)
            {
                ReportWrongKind(arguments[0], arguments[0].KindDescription, "a list of periods such as " + example);
                return null;
            }
            if (list.Items.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, list.Span, "The period list of '" + let.Name.Name + "'", "period such as 2011..2014");
                return null;
            }

            var periods = new List<(PeriodPlan Period, ExpressionSyntax Syntax)>();
            foreach (var item in list.Items)
            {
                double first, last;
                switch (item)
                {
                    case RangeSyntax range:
                        (first, last) = (range.From.Value, range.To.Value);
                        break;
                    case NumberLiteralSyntax year:
                        first = last = year.Value;
                        break;
                    default:
                        ReportWrongKind(item, item.KindDescription, "a period such as 2011..2014, or one year such as 2011");
                        return null;
                }
                string? problem = null;
                var previous = periods.Count == 0 ? default : periods[periods.Count - 1];
                if (!IsWholeNumber(first) || !IsWholeNumber(last)) problem = "is not a range of whole numbers";
                else if (first > last) problem = "is empty (first > last)";
                else if (previous.Syntax is not null && first <= previous.Period.Last)
                    problem = last >= previous.Period.First
                        ? "overlaps '" + previous.Syntax + "'"
                        : "comes before '" + previous.Syntax + "' (periods go in increasing order)";
                if (problem is not null)
                {
                    Report(DiagnosticCatalogue.InvalidNetworkPeriods, item.Span, item.ToString(), let.Name.Name, problem);
                    return null;
                }
                periods.Add((new PeriodPlan(PeriodLabel((int)first, (int)last), (int)first, (int)last), item));
            }
            return state with { Plan = state.Plan with { Periods = periods.Select(p => p.Period).ToEquatableArray() } };
        }

        /// <summary>"2011–2014" (an en dash), or "2011" for a single year.</summary>
        private static string PeriodLabel(int first, int last) =>
            first == last
                ? first.ToString(CultureInfo.InvariantCulture)
                : first.ToString(CultureInfo.InvariantCulture) + "\u2013" + last.ToString(CultureInfo.InvariantCulture);

        private static bool IsWholeNumber(double value) => value == Math.Floor(value) && Math.Abs(value) <= 1_000_000_000;

        /// <summary>Binds a network analysis stage applied to <paramref name="network"/>.</summary>
        private NetworkAnalysisPlan? BindNetworkAnalysis(NetworkState network, ExpressionSyntax stage, LetSyntax let)
        {
            var (function, arguments) = Decompose(stage);
            var (positional, record) = SplitOptions(arguments);
            var name = function!.Name;
            var (least, most, takesOptions) = name switch
            {
                "metrics" => (0, 0, false),
                "centrality" or "resilience" => (0, 0, true),
                "communities" => (1, 1, true),
                "classes" => (1, 2, false),
                _ => (1, 1, true),
            };
            if (positional.Count < least || positional.Count > most || (record is not null && !takesOptions))
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, name, NetworkAnalysisShape(name), Count(arguments.Count));
                return null;
            }
            var context = "the " + name + " options";
            var plan = network.Plan;
            var ok = true;
            switch (name)
            {
                case "metrics":
                    return new NetworkMetricsPlan(let.Name.Name, let.Doc, plan);
                case "centrality":
                {
                    var options = ReadOptions(record, context, CentralityKeys);
                    if (options is null) return null;
                    var top = IntOption(options, "top", AnalysisDefaults.CentralityTop, context, 1, 1_000_000, ref ok);
                    var paths = (PathMetric)WordOption(options, "paths", PathWords, 0, context, ref ok);
                    var closeness = (ClosenessRule)WordOption(options, "closeness", ClosenessWords, 0, context, ref ok);
                    return ok ? new CentralityPlan(let.Name.Name, let.Doc, plan, top, paths, closeness) : null;
                }
                case "resilience":
                {
                    var options = ReadOptions(record, context, ResilienceKeys);
                    if (options is null) return null;
                    var weights = (ResilienceWeighting)WordOption(options, "weights", ResilienceWeightWords, 0, context, ref ok);
                    var coupling = (CouplingConvention)WordOption(options, "coupling", CouplingWords, 0, context, ref ok);
                    var top = IntOption(options, "top", AnalysisDefaults.CentralityTop, context, 1, 1_000_000, ref ok);
                    var paths = (PathMetric)WordOption(options, "paths", PathWords, 0, context, ref ok);
                    var closeness = (ClosenessRule)WordOption(options, "closeness", ClosenessWords, 0, context, ref ok);
                    return ok ? new ResiliencePlan(let.Name.Name, let.Doc, plan, weights, coupling, top, paths, closeness) : null;
                }
                case "communities":
                {
                    ok &= MethodWord(positional[0], CommunityMethods, name);
                    var options = ReadOptions(record, context, CommunitiesKeys);
                    if (options is null) return null;
                    var trials = IntOption(options, "trials", AnalysisDefaults.InfomapTrials, context, 1, 100_000, ref ok);
                    var (seed, seedGiven) = SeedOption(options, context, ref ok);
                    return ok ? new CommunitiesPlan(let.Name.Name, let.Doc, plan, trials, seed, seedGiven) : null;
                }
                case "classes":
                {
                    ok &= MethodWord(positional[0], ClassMethods, name);
                    var classes = AnalysisDefaults.JenksClasses;
                    if (positional.Count == 2)
                    {
                        var value = NumberValue(positional[1], "classes", "'classes jenks'", v => v == Math.Floor(v) && v >= MinClasses && v <= MaxClasses,
                            "a whole number from " + MinClasses.ToString(CultureInfo.InvariantCulture) + " to " + MaxClasses.ToString(CultureInfo.InvariantCulture));
                        if (value is { } k) classes = (int)k;
                        else ok = false;
                    }
                    return ok ? new ClassesPlan(let.Name.Name, let.Doc, plan, classes) : null;
                }
                default:
                    return BindErgm(network, positional[0], record, context, let);
            }
        }

        /// <summary>The method word of <c>communities infomap</c> or <c>classes jenks</c>; reports any other (with a suggestion).</summary>
        private bool MethodWord(ExpressionSyntax expression, string[] methods, string stage)
        {
            if (expression is IdentifierSyntax word && Array.IndexOf(methods, word.Name) >= 0) return true;
            var suggestion = expression is IdentifierSyntax id ? EditDistance.Suggestion(id.Name, methods) : string.Empty;
            Report(DiagnosticCatalogue.InvalidOptionValue, expression.Span, Abbreviate(expression), "method", "'" + stage + "'", Alternatives(methods) + suggestion);
            return false;
        }

        private static string NetworkAnalysisShape(string stage) => stage switch
        {
            "metrics" => "no arguments",
            "centrality" => "optionally an options record, as in centrality { top = 10; paths = hops; closeness = wf }",
            "resilience" => "optionally an options record, as in resilience { weights = entropy; coupling = standard; top = 10 }",
            "communities" => "a method and optionally an options record, as in communities infomap { trials = 10; seed = 123 }",
            "classes" => "a method and optionally a number of classes, as in classes jenks 5",
            _ => "a list of terms and optionally an options record, as in ergm [ edges; nodecov gdp; gwesp 0.5 ] { seed = 1 }",
        };
    }
}
