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
                    foreach (var key in PanelKeys) CheckColumn(keys[key], path.Value, header.Columns);
                    break;
            }
            var plan = new DataSourcePlan(let.Name.Name, path.Value, keys["id"].Name, keys["time"].Name, let.Doc);
            return new SourceSymbol(let, plan, header);
        }

        private void CheckColumn(ColumnRef column, string path, EquatableArray<string> columns)
        {
            if (columns.Contains(column.Name)) return;
            Report(DiagnosticCatalogue.UnknownColumn, column.Span, column.Name, path, EditDistance.Suggestion(column.Name, columns));
        }

        private static string Count(int arguments) => arguments switch
        {
            0 => "no arguments",
            1 => "1 argument",
            _ => arguments + " arguments",
        };
    }
}
