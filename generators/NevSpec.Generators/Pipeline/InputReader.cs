using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using NevSpec.Generators.Models;
using NevSpec.Language;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>First steps of the pipeline: AdditionalFiles and MSBuild properties reduced to equatable models.</summary>
    internal static class InputReader
    {
        public static bool IsSpec(string path) => path.EndsWith(".nevspec", StringComparison.OrdinalIgnoreCase);

        public static bool IsDataFile(string path) => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

        /// <summary>A spec's text; null when the compiler could not read the file (reported later, never thrown).</summary>
        public static SpecFile ReadSpec(AdditionalText text, CancellationToken cancellationToken)
        {
            string? content;
            try
            {
                content = text.GetText(cancellationToken)?.ToString();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                content = null;
            }
            return new SpecFile(text.Path, content);
        }

        /// <summary>A CSV file's header; no columns when it cannot be read (the binder then skips column checks).</summary>
        public static DataFileHeader ReadHeader(AdditionalText text, CancellationToken cancellationToken)
        {
            var header = DataHeader.Unavailable;
            try
            {
                var source = text.GetText(cancellationToken);
                if (source is not null && source.Lines.Count > 0)
                    header = CsvHeader.Read(new System.IO.StringReader(source.ToString())); // the CLI's reader: same columns and kinds on both paths
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                header = DataHeader.Unavailable;
            }
            return new DataFileHeader(PathText.Normalize(text.Path), header);
        }

        /// <summary>Headers in path order, so that the order AdditionalFiles arrive in cannot change the model.</summary>
        public static EquatableArray<DataFileHeader> Sort(ImmutableArray<DataFileHeader> headers) =>
            headers.OrderBy(h => h.Path, StringComparer.Ordinal).ToEquatableArray();

        public static GeneratorOptions ReadOptions(AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            var global = provider.GlobalOptions;
            string? Get(string name) => global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
            var ns = Get("NevSpecNamespace") ?? Get("RootNamespace");
            var projectDir = Get("MSBuildProjectDirectory") ?? Get("ProjectDir");
            return new GeneratorOptions(ns, projectDir is null ? null : PathText.Normalize(projectDir));
        }
    }
}
