using System.Collections.Generic;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Plan;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        private const string PanelShape = "a path and an options record, as in panel \"data.csv\" { id = unit; time = year }";
        private static readonly string[] PanelKeys = { "id", "time" };

        private SourceSymbol? BindSource(LetSyntax let, ApplicationSyntax panel)
        {
            if (panel.Arguments.Count != 2)
            {
                Report(DiagnosticCatalogue.WrongArgumentCount, panel.Function.Span, "panel", PanelShape, Count(panel.Arguments.Count));
                return null;
            }
            var ok = true;
            var path = panel.Arguments[0] as StringLiteralSyntax;
            if (path is null)
            {
                ReportWrongKind(panel.Arguments[0], panel.Arguments[0].KindDescription, "a path string such as \"data/panel.csv\"");
                ok = false;
            }

            var keys = new Dictionary<string, ColumnRef>();
            if (panel.Arguments[1] is RecordSyntax record)
            {
                var firstKeys = new Dictionary<string, IdentifierSyntax>();
                var unknownKeys = false;
                foreach (var field in record.Fields)
                {
                    var key = field.Key.Name;
                    if (firstKeys.TryGetValue(key, out var first))
                    {
                        Report(DiagnosticCatalogue.DuplicateOption, field.Key.Span, key, "the panel options", Line(first.Span));
                        ok = false;
                        continue;
                    }
                    firstKeys.Add(key, field.Key);
                    if (System.Array.IndexOf(PanelKeys, key) < 0)
                    {
                        Report(DiagnosticCatalogue.UnknownOption, field.Key.Span, key, "the panel options", "id or time" + EditDistance.Suggestion(key, PanelKeys));
                        ok = false;
                        unknownKeys = true;
                        continue;
                    }
                    if (ResolveColumn(field.Value, "a column name") is { } column) keys.Add(key, column);
                    else ok = false;
                }
                // A misspelt key is already reported with the expected keys; "missing" would repeat it.
                foreach (var required in PanelKeys)
                {
                    if (firstKeys.ContainsKey(required) || unknownKeys) continue;
                    Report(DiagnosticCatalogue.MissingOption, record.Span, required, "the panel options");
                    ok = false;
                }
            }
            else
            {
                ReportWrongKind(panel.Arguments[1], panel.Arguments[1].KindDescription, "an options record { id = <column>; time = <column> }");
                ok = false;
            }
            if (!ok || path is null) return null;

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
                    foreach (var key in PanelKeys) CheckColumn(keys[key], path.Value, header);
                    break;
            }
            var plan = new DataSourcePlan(let.Name.Name, path.Value, keys["id"].Name, keys["time"].Name, let.Doc);
            return new SourceSymbol(let, plan, header);
        }

        private void CheckColumn(ColumnRef column, string path, DataHeader header)
        {
            if (!header.Columns.Contains(column.Name))
            {
                Report(DiagnosticCatalogue.UnknownColumn, column.Span, column.Name, path, EditDistance.Suggestion(column.Name, header.Columns));
                return;
            }
            if (column.NumericFor is { } purpose && header.KindOf(column.Name) == ColumnKind.Text)
                Report(DiagnosticCatalogue.NotNumeric, column.Span, column.Name, path, purpose);
        }

        /// <summary>
        /// Checks a column or term used by <paramref name="user"/> against its data source: plain leaves against the header
        /// (names and, where needed, kinds), index leaves against the source they were built from.
        /// </summary>
        private void CheckUse(ColumnRef column, SourceSymbol data, string user)
        {
            var leaves = column.Expression is null ? new[] { column } : column.Inputs.ToArray();
            foreach (var leaf in leaves)
            {
                if (leaf.IndexSource is { } indexSource)
                {
                    if (indexSource != data.Plan.Name)
                        Report(DiagnosticCatalogue.IndexOfAnotherSource, leaf.Span, leaf.Name, indexSource, user, data.Plan.Name);
                }
                else if (data.Header is { Status: DataHeaderStatus.Available } header)
                    CheckColumn(leaf, data.Plan.Path, header);
            }
        }

        private static string Count(int arguments) => arguments switch
        {
            0 => "no arguments",
            1 => "1 argument",
            _ => arguments + " arguments",
        };
    }
}
