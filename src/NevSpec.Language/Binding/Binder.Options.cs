using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NevSpec.Language.Diagnostics;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Binding
{
    internal sealed partial class Binder
    {
        /// <summary>The fields of an options record by key, after reporting duplicate and unknown keys (null on error).</summary>
        private Dictionary<string, RecordFieldSyntax>? ReadOptions(RecordSyntax? record, string context, string[] keys)
        {
            var fields = new Dictionary<string, RecordFieldSyntax>();
            if (record is null) return fields;
            var ok = true;
            foreach (var field in record.Fields)
            {
                var key = field.Key.Name;
                if (fields.TryGetValue(key, out var first))
                {
                    Report(DiagnosticCatalogue.DuplicateOption, field.Key.Span, key, context, Line(first.Key.Span));
                    ok = false;
                }
                else if (Array.IndexOf(keys, key) < 0)
                {
                    Report(DiagnosticCatalogue.UnknownOption, field.Key.Span, key, context, Alternatives(keys) + EditDistance.Suggestion(key, keys));
                    ok = false;
                }
                else fields.Add(key, field);
            }
            return ok ? fields : null;
        }

        /// <summary>Splits a stage's arguments into positional ones and a trailing options record.</summary>
        private static (List<ExpressionSyntax> Positional, RecordSyntax? Options) SplitOptions(EquatableArray<ExpressionSyntax> arguments)
        {
            var positional = arguments.ToList();
            RecordSyntax? options = null;
            if (positional.Count > 0 && positional[positional.Count - 1] is RecordSyntax record)
            {
                options = record;
                positional.RemoveAt(positional.Count - 1);
            }
            return (positional, options);
        }

        /// <summary>A number option; <paramref name="inRange"/> says whether a value is allowed, <paramref name="range"/> says which are.</summary>
        private double? NumberOption(Dictionary<string, RecordFieldSyntax> options, string key, double fallback, string context,
            Func<double, bool> inRange, string range, ref bool ok)
        {
            if (!options.TryGetValue(key, out var field)) return fallback;
            var value = NumberValue(field.Value, key, context, inRange, range);
            if (value is null) ok = false;
            return value ?? fallback;
        }

        private double? NumberValue(ExpressionSyntax expression, string key, string context, Func<double, bool> inRange, string range)
        {
            if (expression is not NumberLiteralSyntax number)
            {
                Report(DiagnosticCatalogue.InvalidOptionValue, expression.Span, Abbreviate(expression), key, context, range);
                return null;
            }
            if (!inRange(number.Value))
            {
                Report(DiagnosticCatalogue.OptionOutOfRange, number.Span, key, number.ToString(), context, range);
                return null;
            }
            return number.Value;
        }

        /// <summary>A whole-number option in [<paramref name="min"/>, <paramref name="max"/>].</summary>
        private int IntOption(Dictionary<string, RecordFieldSyntax> options, string key, int fallback, string context, int min, int max,
            ref bool ok)
        {
            var range = max == int.MaxValue
                ? "a whole number of at least " + min.ToString(CultureInfo.InvariantCulture)
                : "a whole number from " + min.ToString(CultureInfo.InvariantCulture) + " to " + max.ToString(CultureInfo.InvariantCulture);
            var value = NumberOption(options, key, fallback, context, v => v == Math.Floor(v) && v >= min && v <= max, range, ref ok);
            return value is { } v2 && v2 == Math.Floor(v2) && v2 >= min && v2 <= max ? (int)v2 : fallback;
        }

        /// <summary>A seed: a whole number from 0 to 2^53 (exact in a double); returns whether the spec gave one.</summary>
        private (ulong Seed, bool Given) SeedOption(Dictionary<string, RecordFieldSyntax> options, string context, ref bool ok)
        {
            if (!options.ContainsKey("seed")) return (Plan.AnalysisDefaults.Seed, false);
            const double limit = 9007199254740992d;
            var value = NumberOption(options, "seed", 0, context, v => v == Math.Floor(v) && v >= 0 && v <= limit,
                "a whole number from 0 to 2^53", ref ok);
            return (value is { } v && v >= 0 && v <= limit ? (ulong)v : Plan.AnalysisDefaults.Seed, true);
        }

        /// <summary>One of the <paramref name="words"/>; returns its index, or <paramref name="fallback"/>.</summary>
        private int WordOption(Dictionary<string, RecordFieldSyntax> options, string key, string[] words, int fallback, string context, ref bool ok)
        {
            if (!options.TryGetValue(key, out var field)) return fallback;
            var index = field.Value is IdentifierSyntax word ? Array.IndexOf(words, word.Name) : -1;
            if (index >= 0) return index;
            var suggestion = field.Value is IdentifierSyntax id ? EditDistance.Suggestion(id.Name, words) : string.Empty;
            Report(DiagnosticCatalogue.InvalidOptionValue, field.Value.Span, Abbreviate(field.Value), key, context, Alternatives(words) + suggestion);
            ok = false;
            return fallback;
        }

        private bool BoolOption(Dictionary<string, RecordFieldSyntax> options, string key, bool fallback, string context, ref bool ok) =>
            WordOption(options, key, new[] { "false", "true" }, fallback ? 1 : 0, context, ref ok) == 1;

        /// <summary>A list of numbers, or one number (a list of one).</summary>
        private List<double>? NumberListOption(Dictionary<string, RecordFieldSyntax> options, string key, string context,
            Func<double, bool> inRange, string range, ref bool ok)
        {
            if (!options.TryGetValue(key, out var field)) return null;
            var items = field.Value is ListSyntax list ? list.Items.ToList() : new List<ExpressionSyntax> { field.Value };
            var values = new List<double>();
            foreach (var item in items)
            {
                if (NumberValue(item, key, context, inRange, range) is { } value) values.Add(value);
                else ok = false;
            }
            if (items.Count == 0)
            {
                Report(DiagnosticCatalogue.EmptyList, field.Value.Span, "'" + key + "' in " + context, "number");
                ok = false;
            }
            return values;
        }

        private static string Alternatives(IReadOnlyList<string> words) =>
            words.Count == 1 ? words[0] : string.Join(", ", words.Take(words.Count - 1)) + " or " + words[words.Count - 1];
    }
}
