using System;
using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    /// <summary><c>|> ergm [ terms ] { options }</c>: the terms against the network's tables, and the MCMC options.</summary>
    internal sealed partial class Binder
    {
        /// <summary>The terms NevSpec fits, in the order of <see cref="ErgmTermKind"/>.</summary>
        private static readonly string[] ErgmTermNames = { "edges", "nodecov", "nodematch", "absdiff", "edgecov", "triangle", "kstar", "gwesp", "gwdegree" };

        private static readonly string[] ErgmKeys = { "seed", "samplesize", "burnin", "interval", "iterations", "gof" };

        /// <summary>
        /// statnet terms that only make sense on a directed network, each with the undirected term closest in spirit: a user
        /// coming from statnet gets told why the term is refused and what to write instead.
        /// </summary>
        private static readonly Dictionary<string, string> DirectedErgmTerms = new()
        {
            ["mutual"] = "'edges'",
            ["asymmetric"] = "'edges'",
            ["sender"] = "'nodecov <attribute>'",
            ["receiver"] = "'nodecov <attribute>'",
            ["nodeicov"] = "'nodecov <attribute>'",
            ["nodeocov"] = "'nodecov <attribute>'",
            ["nodeifactor"] = "'nodematch <attribute>'",
            ["nodeofactor"] = "'nodematch <attribute>'",
            ["istar"] = "'kstar <k>'",
            ["ostar"] = "'kstar <k>'",
            ["m2star"] = "'kstar 2'",
            ["idegree"] = "'gwdegree <decay>'",
            ["odegree"] = "'gwdegree <decay>'",
            ["gwidegree"] = "'gwdegree <decay>'",
            ["gwodegree"] = "'gwdegree <decay>'",
            ["transitive"] = "'triangle' or 'gwesp <decay>'",
            ["intransitive"] = "'triangle' or 'gwesp <decay>'",
            ["transitiveties"] = "'triangle' or 'gwesp <decay>'",
            ["cyclicalties"] = "'triangle' or 'gwesp <decay>'",
            ["ttriple"] = "'triangle'",
            ["ctriple"] = "'triangle'",
            ["dgwesp"] = "'gwesp <decay>'",
        };

        /// <summary>The largest MCMC count an option takes: far beyond any useful run, small enough to stay an <c>int</c>.</summary>
        private const int MaxMcmcCount = 100_000_000;

        private ErgmPlan? BindErgm(NetworkState network, ExpressionSyntax termsArgument, RecordSyntax? record, string context, LetSyntax let)
        {
            var options = ReadOptions(record, context, ErgmKeys);
            if (termsArgument is not ListSyntax list)
            {
                ReportWrongKind(termsArgument, termsArgument.KindDescription, "a list of ERGM terms such as [ edges; nodecov gdp; gwesp 0.5 ]");
                return null;
            }
            var ok = options is not null;
            if (list.Items.IsEmpty)
            {
                Report(DiagnosticCatalogue.EmptyList, list.Span, "The term list of '" + let.Name.Name + "'", "ERGM term such as edges");
                ok = false;
            }
            var terms = new List<ErgmTermPlan>();
            var first = new Dictionary<string, ExpressionSyntax>();
            foreach (var item in list.Items)
            {
                if (BindErgmTerm(network, item) is not { } term)
                {
                    ok = false;
                    continue;
                }
                if (first.TryGetValue(term.Label, out var earlier))
                {
                    // A repeated term makes the statistics collinear: the model could not be estimated.
                    Report(DiagnosticCatalogue.RoleConflict, item.Span, Abbreviate(item), "a term of '" + let.Name.Name + "'", Line(earlier.Span), "a term again");
                    ok = false;
                    continue;
                }
                first.Add(term.Label, item);
                terms.Add(term);
            }
            if (options is null) return null;

            var (seed, seedGiven) = SeedOption(options, context, ref ok);
            var sampleSize = IntOption(options, "samplesize", AnalysisDefaults.ErgmSampleSize, context, 1, MaxMcmcCount, ref ok);
            var burnin = IntOption(options, "burnin", AnalysisDefaults.ErgmBurnin, context, 0, MaxMcmcCount, ref ok);
            var interval = IntOption(options, "interval", AnalysisDefaults.ErgmInterval, context, 1, MaxMcmcCount, ref ok);
            var iterations = IntOption(options, "iterations", AnalysisDefaults.ErgmIterations, context, 1, 10_000, ref ok);
            var gof = IntOption(options, "gof", AnalysisDefaults.ErgmGofSimulations, context, 0, 1_000_000, ref ok);
            return ok
                ? new ErgmPlan(let.Name.Name, let.Doc, network.Plan, terms.ToEquatableArray(), seed, seedGiven, sampleSize, burnin, interval, iterations, gof)
                : null;
        }

        /// <summary>One term of an <c>ergm</c> list: its name, argument count, argument and covariate.</summary>
        private ErgmTermPlan? BindErgmTerm(NetworkState network, ExpressionSyntax item)
        {
            var (function, arguments) = Decompose(item);
            if (function is null)
            {
                ReportWrongKind(item, item.KindDescription, "an ERGM term such as edges, nodecov gdp or gwesp 0.5");
                return null;
            }
            var name = function.Name;
            if (DirectedErgmTerms.TryGetValue(name, out var undirected))
            {
                Report(DiagnosticCatalogue.DirectedErgmTerm, function.Span, name, undirected);
                return null;
            }
            var index = Array.IndexOf(ErgmTermNames, name);
            if (index < 0)
            {
                Report(DiagnosticCatalogue.UnknownErgmTerm, function.Span, name, EditDistance.Suggestion(name, ErgmTermNames));
                return null;
            }
            var kind = (ErgmTermKind)index;
            var arity = kind is ErgmTermKind.Edges or ErgmTermKind.Triangle ? 0 : 1;
            if (arguments.Count != arity)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, name, ErgmTermShape(kind), Count(arguments.Count));
                return null;
            }
            var termText = Abbreviate(item);
            var context = "ERGM term '" + name + "'";
            switch (kind)
            {
                case ErgmTermKind.Edges:
                case ErgmTermKind.Triangle:
                    return new ErgmTermPlan(kind, null, null);
                case ErgmTermKind.Kstar:
                    var k = NumberValue(arguments[0], "k", context, v => v == Math.Floor(v) && v >= 2 && v <= int.MaxValue, "a whole number of at least 2");
                    return k is { } star ? new ErgmTermPlan(kind, null, star) : null;
                case ErgmTermKind.Gwesp:
                case ErgmTermKind.Gwdegree:
                    var decay = NumberValue(arguments[0], "decay", context, v => v >= 0 && !double.IsInfinity(v), "a fixed decay of at least 0, such as 0.5");
                    return decay is { } d ? new ErgmTermPlan(kind, null, d) : null;
            }

            if (arguments[0] is not IdentifierSyntax attribute)
            {
                var expected = kind == ErgmTermKind.Edgecov
                    ? "an edge covariate (a column of the pair table, or distance)"
                    : "a node attribute (a column of the node table or the attributes panel)";
                ReportWrongKind(arguments[0], arguments[0].KindDescription, expected);
                return null;
            }
            var valid = kind == ErgmTermKind.Edgecov
                ? CheckEdgeCovariate(network, item, termText, attribute)
                : CheckNodeAttribute(network, item, termText, attribute, name, numeric: kind != ErgmTermKind.Nodematch);
            return valid ? new ErgmTermPlan(kind, attribute.Name, null) : null;
        }

        /// <summary>
        /// The attribute of <c>nodecov</c>, <c>nodematch</c> or <c>absdiff</c>: a column (not a key) of exactly one of the
        /// network's node table and attributes panel; numeric for nodecov and absdiff, and always when it comes from the
        /// panel (panel attributes are averaged over each period's years). Unchecked where a header is not available.
        /// </summary>
        private bool CheckNodeAttribute(NetworkState network, ExpressionSyntax item, string termText, IdentifierSyntax attribute, string term, bool numeric)
        {
            var networkName = network.Plan.Name;
            if (network.Nodes is null && network.Attributes is null)
            {
                Report(DiagnosticCatalogue.ErgmTermNeedsData, item.Span, termText, "node attributes", networkName,
                    "'nodes = <node table>' or 'attributes = <panel>' in the options of network '" + networkName + "'");
                return false;
            }
            var tables = new List<(string Path, DataHeader? Header, string[] Keys, bool IsPanel)>();
            if (network.Nodes is { } nodes) tables.Add((nodes.Plan.Path, nodes.Header, new[] { nodes.Plan.IdColumn }, false));
            if (network.Attributes is { } panel) tables.Add((panel.Plan.Path, panel.Header, new[] { panel.Plan.IdColumn, panel.Plan.TimeColumn }, true));

            var holders = tables.Where(t => t.Header is { Status: DataHeaderStatus.Available } header
                                            && header.Columns.Contains(attribute.Name) && !t.Keys.Contains(attribute.Name)).ToList();
            if (holders.Count == 0)
            {
                if (tables.Any(t => t.Header is not { Status: DataHeaderStatus.Available })) return true;
                var keyOf = tables.FirstOrDefault(t => t.Keys.Contains(attribute.Name));
                var problem = keyOf.Path is not null
                    ? "is a key column (id or time) of '" + keyOf.Path + "'"
                    : "is not a column of " + string.Join(" or ", tables.Select(t => "'" + t.Path + "'"));
                var candidates = tables.SelectMany(t => t.Header!.Columns.Where(c => !t.Keys.Contains(c))).Distinct().ToList();
                Report(DiagnosticCatalogue.InvalidErgmCovariate, attribute.Span, attribute.Name, termText, problem,
                    "a node attribute, one of: " + string.Join(", ", candidates) + EditDistance.Suggestion(attribute.Name, candidates));
                return false;
            }
            if (holders.Count > 1)
            {
                Report(DiagnosticCatalogue.InvalidErgmCovariate, attribute.Span, attribute.Name, termText,
                    "is a column of both '" + holders[0].Path + "' and '" + holders[1].Path + "'", "a column of only one of them (rename the other)");
                return false;
            }
            var holder = holders[0];
            if ((numeric || holder.IsPanel) && holder.Header!.KindOf(attribute.Name) == ColumnKind.Text)
            {
                var purpose = numeric ? "'" + term + "'" : "'" + term + "' on an attribute of the panel (averaged over each period's years)";
                Report(DiagnosticCatalogue.NotNumeric, attribute.Span, attribute.Name, holder.Path, purpose);
                return false;
            }
            return true;
        }

        /// <summary>
        /// The covariate of <c>edgecov</c>: <c>distance</c> (great-circle km between the node table's coordinates; the name is
        /// reserved for it) or a numeric column of the network's pair table other than its from and to columns.
        /// </summary>
        private bool CheckEdgeCovariate(NetworkState network, ExpressionSyntax item, string termText, IdentifierSyntax covariate)
        {
            var networkName = network.Plan.Name;
            if (covariate.Name == "distance")
            {
                if (network.Nodes is { Plan: { LongitudeColumn: not null, LatitudeColumn: not null } }) return true;
                Report(DiagnosticCatalogue.ErgmTermNeedsData, item.Span, termText, "node coordinates to compute distances", networkName,
                    "a node table with longitude and latitude ('nodes = <node table>', whose options give 'longitude = <column>; latitude = <column>')");
                return false;
            }
            if (network.Pairs is not { } pairs)
            {
                Report(DiagnosticCatalogue.ErgmTermNeedsData, item.Span, termText, "a pair table", networkName,
                    "'pairs = <pair table>' in the options of network '" + networkName + "' (or 'edgecov distance', computed from node coordinates)");
                return false;
            }
            if (pairs.Header is not { Status: DataHeaderStatus.Available } header) return true;
            var keys = new[] { pairs.Plan.FromColumn, pairs.Plan.ToColumn };
            if (!header.Columns.Contains(covariate.Name) || keys.Contains(covariate.Name))
            {
                var candidates = header.Columns.Where(c => !keys.Contains(c)).Concat(new[] { "distance" }).Distinct().ToList();
                var problem = keys.Contains(covariate.Name)
                    ? "is a key column (from or to) of the pair table '" + pairs.Plan.Path + "'"
                    : "is not a column of the pair table '" + pairs.Plan.Path + "'";
                Report(DiagnosticCatalogue.InvalidErgmCovariate, covariate.Span, covariate.Name, termText, problem,
                    "an edge covariate, one of: " + string.Join(", ", candidates) + EditDistance.Suggestion(covariate.Name, candidates));
                return false;
            }
            if (header.KindOf(covariate.Name) == ColumnKind.Text)
            {
                Report(DiagnosticCatalogue.NotNumeric, covariate.Span, covariate.Name, pairs.Plan.Path, "'edgecov'");
                return false;
            }
            return true;
        }

        private static string ErgmTermShape(ErgmTermKind kind) => kind switch
        {
            ErgmTermKind.Edges or ErgmTermKind.Triangle => "no arguments",
            ErgmTermKind.Edgecov => "one edge covariate, as in edgecov distance",
            ErgmTermKind.Kstar => "one number of edges k ≥ 2, as in kstar 2",
            ErgmTermKind.Gwesp or ErgmTermKind.Gwdegree => "one fixed decay ≥ 0, as in " + kind.ToString().ToLowerInvariant() + " 0.5",
            _ => "one node attribute, as in " + kind.ToString().ToLowerInvariant() + " gdp",
        };
    }
}
