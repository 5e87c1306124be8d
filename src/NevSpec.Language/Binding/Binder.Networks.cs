using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    /// <summary>The file-backed network bindings: <c>nodes</c>, <c>pairs</c> and <c>network</c>.</summary>
    internal sealed partial class Binder
    {
        private static readonly string[] NodeKeys = { "id", "label", "longitude", "latitude" };
        private static readonly string[] PairKeys = { "from", "to" };
        private static readonly string[] NetworkKeys = { "from", "to", "weight", "time", "nodes", "attributes", "pairs" };

        private const string NodesShape = "a path and an options record, as in nodes \"cities.csv\" { id = city_id; label = city }";
        private const string PairsShape = "a path and an options record, as in pairs \"pairs.csv\" { from = city_a; to = city_b }";
        private const string NetworkShape = "a path and an options record, as in network \"edges.csv\" { from = city_a; to = city_b }";

        private const string NodeTableExpected = "a node table (a 'nodes' binding defined above)";
        private const string PairTableExpected = "a pair table (a 'pairs' binding defined above)";
        private const string PanelExpected = "a panel data source (a 'panel' binding defined above) whose id is the node id";

        /// <summary>Whether <paramref name="function"/> names one of the file-backed network bindings.</summary>
        private static bool IsNetworkFile(string function) => function is "nodes" or "pairs" or "network";

        /// <summary>The shape of <c>nodes</c>, <c>pairs</c> or <c>network</c>, for a wrong-argument-count message.</summary>
        private static string NetworkFileShape(string function) => function switch
        {
            "nodes" => NodesShape,
            "pairs" => PairsShape,
            _ => NetworkShape,
        };

        /// <summary><c>nodes "path" { id = c; label = c; longitude = c; latitude = c }</c>: only <c>id</c> is required.</summary>
        private NodeTableSymbol? BindNodeTable(LetSyntax let, ApplicationSyntax application)
        {
            const string context = "the nodes options";
            var file = ReadFileBinding(application, NodesShape, NodeKeys, new[] { "id" }, context);
            if (file is not { } read) return null;
            var (path, fields) = read;
            var ok = true;
            var columns = new Dictionary<string, ColumnRef>();
            foreach (var key in NodeKeys)
            {
                if (!fields.TryGetValue(key, out var field)) continue;
                if (ResolveColumn(field.Value, "a column name") is { } column)
                    columns.Add(key, key is "longitude" or "latitude" ? column with { NumericFor = "the node " + key } : column);
                else ok = false;
            }
            // Coordinates come in pairs: one without the other can place no node.
            if (fields.ContainsKey("longitude") != fields.ContainsKey("latitude"))
            {
                var missing = fields.ContainsKey("longitude") ? "latitude" : "longitude";
                Report(DiagnosticCatalogue.MissingOption, ((RecordSyntax)application.Arguments[1]).Span, missing, context + " (longitude and latitude go together)");
                ok = false;
            }
            if (!ok) return null;

            var header = CheckFileColumns(path, columns.Values);
            var plan = new NodeTablePlan(let.Name.Name, path.Value, columns["id"].Name, Name(columns, "label"), Name(columns, "longitude"),
                Name(columns, "latitude"), let.Doc);
            return new NodeTableSymbol(let, plan, header);
        }

        /// <summary><c>pairs "path" { from = c; to = c }</c>: both keys are required and distinct.</summary>
        private PairTableSymbol? BindPairTable(LetSyntax let, ApplicationSyntax application)
        {
            const string context = "the pairs options";
            var file = ReadFileBinding(application, PairsShape, PairKeys, PairKeys, context);
            if (file is not { } read) return null;
            var (path, fields) = read;
            var columns = ResolveColumns(fields, PairKeys);
            if (columns is null || !CheckDistinctColumns(columns, PairKeys)) return null;

            var header = CheckFileColumns(path, columns.Values);
            return new PairTableSymbol(let, new PairTablePlan(let.Name.Name, path.Value, columns["from"].Name, columns["to"].Name, let.Doc), header);
        }

        /// <summary>
        /// <c>network "path" { from = c; to = c; weight = c; time = c; nodes = t; attributes = p; pairs = q }</c>: from and to
        /// are required; the plan is named after <paramref name="let"/>.
        /// </summary>
        private NetworkState? BindNetworkFile(LetSyntax let, ApplicationSyntax application)
        {
            const string context = "the network options";
            var file = ReadFileBinding(application, NetworkShape, NetworkKeys, PairKeys, context);
            if (file is not { } read) return null;
            var (path, fields) = read;
            var ok = true;

            var columnKeys = new[] { "from", "to", "weight", "time" };
            var columns = ResolveColumns(fields, columnKeys);
            if (columns is null) ok = false;
            else
            {
                if (columns.TryGetValue("weight", out var weight)) columns["weight"] = weight with { NumericFor = "the network's weight" };
                if (columns.TryGetValue("time", out var time)) columns["time"] = time with { NumericFor = "the network's time" };
                ok &= CheckDistinctColumns(columns, columnKeys);
            }

            NodeTableSymbol? nodes = null;
            SourceSymbol? attributes = null;
            PairTableSymbol? pairs = null;
            if (fields.TryGetValue("nodes", out var nodesField))
                ok &= (nodes = ResolveBinding<NodeTableSymbol>(nodesField.Value, NodeTableExpected)) is not null;
            if (fields.TryGetValue("attributes", out var attributesField))
                ok &= (attributes = ResolveBinding<SourceSymbol>(attributesField.Value, PanelExpected)) is not null;
            if (fields.TryGetValue("pairs", out var pairsField))
                ok &= (pairs = ResolveBinding<PairTableSymbol>(pairsField.Value, PairTableExpected)) is not null;
            if (!ok || columns is null) return null;

            CheckFileColumns(path, columns.Values);
            var plan = new NetworkPlan(let.Name.Name, path.Value, columns["from"].Name, columns["to"].Name, Name(columns, "weight"),
                Name(columns, "time"), nodes?.Plan.Name, attributes?.Plan.Name, pairs?.Plan.Name, EquatableArray<PeriodPlan>.Empty, let.Doc);
            return new NetworkState(plan, nodes, attributes, pairs);
        }

        /// <summary>
        /// The path and options of <c>function "path" { … }</c>, after reporting the argument count, a path that is not a
        /// string, duplicate and unknown keys and (when the keys are otherwise fine) missing required ones. Null on error.
        /// </summary>
        private (StringLiteralSyntax Path, Dictionary<string, RecordFieldSyntax> Fields)? ReadFileBinding(
            ApplicationSyntax application, string shape, string[] keys, string[] required, string context)
        {
            var function = application.Function;
            if (application.Arguments.Count != 2)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, function.Span, function.Name, shape, Count(application.Arguments.Count));
                return null;
            }
            var path = application.Arguments[0] as StringLiteralSyntax;
            if (path is null)
                ReportWrongKind(application.Arguments[0], application.Arguments[0].KindDescription, "a path string such as \"data/edges.csv\"");
            if (application.Arguments[1] is not RecordSyntax record)
            {
                ReportWrongKind(application.Arguments[1], application.Arguments[1].KindDescription,
                    "an options record { " + string.Join("; ", required.Select(k => k + " = <column>")) + " }");
                return null;
            }
            var fields = ReadOptions(record, context, keys);
            if (fields is null) return null;
            var ok = path is not null;
            foreach (var key in required.Where(k => !fields.ContainsKey(k)))
            {
                Report(DiagnosticCatalogue.MissingOption, record.Span, key, context);
                ok = false;
            }
            return ok ? (path!, fields) : null;
        }

        /// <summary>The columns named by <paramref name="keys"/> that the options give; null after a diagnostic.</summary>
        private Dictionary<string, ColumnRef>? ResolveColumns(Dictionary<string, RecordFieldSyntax> fields, string[] keys)
        {
            var columns = new Dictionary<string, ColumnRef>();
            var ok = true;
            foreach (var key in keys)
            {
                if (!fields.TryGetValue(key, out var field)) continue;
                if (ResolveColumn(field.Value, "a column name") is { } column) columns.Add(key, column);
                else ok = false;
            }
            return ok ? columns : null;
        }

        /// <summary>Reports a column given for two keys (<c>from = a; to = a</c>): each key needs its own column.</summary>
        private bool CheckDistinctColumns(Dictionary<string, ColumnRef> columns, string[] keys)
        {
            var ok = true;
            var first = new Dictionary<string, string>();
            foreach (var key in keys)
            {
                if (!columns.TryGetValue(key, out var column)) continue;
                if (first.TryGetValue(column.Name, out var earlier))
                {
                    Report(DiagnosticCatalogue.RoleConflict, column.Span, column.Name, "the '" + earlier + "' column",
                        Line(columns[earlier].Span), "the '" + key + "' column");
                    ok = false;
                }
                else first.Add(column.Name, key);
            }
            return ok;
        }

        /// <summary>Reads the header of <paramref name="path"/> and checks <paramref name="columns"/> against it (names and kinds).</summary>
        private DataHeader? CheckFileColumns(StringLiteralSyntax path, IEnumerable<ColumnRef> columns)
        {
            var header = _headers?.GetHeader(path.Value);
            switch (header?.Status)
            {
                case DataHeaderStatus.Missing:
                    Report(DiagnosticCatalogue.DataFileNotFound, path.Span, path.Value);
                    break;
                case DataHeaderStatus.Unavailable:
                    Report(DiagnosticCatalogue.DataHeaderUnavailable, path.Span, path.Value);
                    break;
                case DataHeaderStatus.Available:
                    foreach (var column in columns) CheckColumn(column, path.Value, header);
                    break;
            }
            return header;
        }

        /// <summary>A name bound above to a <typeparamref name="T"/> (a node table, a panel, a pair table); null after a diagnostic.</summary>
        private T? ResolveBinding<T>(ExpressionSyntax expression, string expected) where T : BoundSymbol
        {
            if (expression is not IdentifierSyntax name)
            {
                ReportWrongKind(expression, expression.KindDescription, expected);
                return null;
            }
            var symbol = LookUp(name, expected, _bound.Values.OfType<T>().Select(s => s.Let.Name.Name));
            if (symbol is T bound) return bound;
            if (symbol is not null and not PoisonedSymbol) Report(DiagnosticCatalogue.WrongKind, name.Span, name.Name, symbol.KindDescription, expected);
            return null;
        }

        private static string? Name(Dictionary<string, ColumnRef> columns, string key) =>
            columns.TryGetValue(key, out var column) ? column.Name : null;
    }
}
