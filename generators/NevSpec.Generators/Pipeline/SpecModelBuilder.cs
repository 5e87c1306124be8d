using System;
using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis.Text;
using NevSpec.Generators.Diagnostics;
using NevSpec.Generators.Models;
using NevSpec.Generators.Naming;
using NevSpec.Language;
using NevSpec.Language.Plan;
using NevSpec.Language.Text;
using NevDiagnostic = NevSpec.Language.Diagnostics.Diagnostic;
using NevDescriptor = NevSpec.Language.Diagnostics.DiagnosticDescriptor;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>
    /// Compiles one spec with the shared front end (<see cref="SpecCompiler"/>, exactly what the CLI runs) and
    /// reduces the result to a <see cref="SpecModel"/>: the plan, C# names, and diagnostics as data.
    /// Never throws: an unexpected exception becomes an internal-error diagnostic.
    /// </summary>
    internal static class SpecModelBuilder
    {
        public static SpecModel Build(SpecFile file, EquatableArray<DataFileHeader> headers, GeneratorOptions options, CancellationToken cancellationToken)
        {
            var path = PathText.Normalize(file.Path);
            var specDirectory = PathText.Directory(path);
            var relativeDirectory = options.ProjectDirectory is null ? "" : PathText.Relative(options.ProjectDirectory, specDirectory);
            if (relativeDirectory == PathText.Normalize(specDirectory)) relativeDirectory = "";
            var empty = new SpecModel(file.Path, relativeDirectory, PathText.FileName(path), NamespaceOf(options), null,
                default, default, null, EquatableArray<ModelNames>.Empty, EquatableArray<DiagnosticInfo>.Empty);

            if (file.Text is null)
                return empty with { Diagnostics = EquatableArray.From(Info(GeneratorDiagnostics.SpecUnreadable, file.Path, SourceSpan.Empty, PathText.FileName(path))) };

            try
            {
                cancellationToken.ThrowIfCancellationRequested();
                var compilation = SpecCompiler.Compile(file.Text, new AdditionalFileHeaderProvider(specDirectory, headers));
                var diagnostics = new List<DiagnosticInfo>();
                foreach (var diagnostic in compilation.Diagnostics)
                    diagnostics.Add(ToInfo(diagnostic, file.Path, file.Text.Length));

                if (compilation.Plan is null)
                    return empty with { Diagnostics = diagnostics.ToEquatableArray() };

                var locator = new SpecLocator(file.Text);
                var moduleSpan = locator.Module(compilation.Plan.Module);
                var className = IdentifierMapper.ToIdentifier(compilation.Plan.Module);
                var models = NameAssigner.Assign(compilation.Plan, className, locator, file.Path, diagnostics, out var analyses, out var networkAnalyses);
                return empty with
                {
                    ClassName = className,
                    ModuleSpan = ToTextSpan(moduleSpan, file.Text.Length),
                    ModuleLineSpan = ToLineSpan(moduleSpan),
                    Plan = compilation.Plan,
                    Models = models,
                    Analyses = analyses,
                    NetworkAnalyses = networkAnalyses,
                    Diagnostics = diagnostics.ToEquatableArray(),
                };
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                return empty with { Diagnostics = EquatableArray.From(Info(GeneratorDiagnostics.InternalError, file.Path, SourceSpan.Empty, ex.GetType().Name + ": " + ex.Message)) };
            }
        }

        public static DiagnosticInfo Info(NevDescriptor descriptor, string path, SourceSpan span, params string[] arguments) =>
            new(descriptor.Id, path, ToTextSpan(span, int.MaxValue), ToLineSpan(span), arguments.ToEquatableArray());

        private static DiagnosticInfo ToInfo(NevDiagnostic diagnostic, string path, int textLength)
        {
            if (!RoslynDescriptors.Contains(diagnostic.Id))
                return Info(GeneratorDiagnostics.InternalError, path, diagnostic.Span, "unknown diagnostic " + diagnostic.Id + " (" + diagnostic.Message + ")");
            return new DiagnosticInfo(diagnostic.Id, path, ToTextSpan(diagnostic.Span, textLength), ToLineSpan(diagnostic.Span), diagnostic.Arguments);
        }

        private static string? NamespaceOf(GeneratorOptions options)
        {
            if (options.Namespace is null) return null;
            var parts = options.Namespace.Split('.');
            for (var i = 0; i < parts.Length; i++) parts[i] = IdentifierMapper.ToIdentifier(parts[i].Trim());
            return string.Join(".", parts);
        }

        /// <summary>Offset and length clamped into the text, so that Roslyn never rejects the location.</summary>
        public static TextSpan ToTextSpan(SourceSpan span, int textLength)
        {
            var start = Math.Max(0, Math.Min(span.Start, textLength));
            var length = Math.Max(0, Math.Min(span.Length, textLength - start));
            return new TextSpan(start, length);
        }

        /// <summary>NevSpec's 1-based lines and columns to Roslyn's 0-based ones.</summary>
        public static LinePositionSpan ToLineSpan(SourceSpan span)
        {
            var start = new LinePosition(Math.Max(0, span.StartLine - 1), Math.Max(0, span.StartColumn - 1));
            var end = new LinePosition(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1));
            return end < start ? new LinePositionSpan(start, start) : new LinePositionSpan(start, end);
        }
    }
}
