using Microsoft.CodeAnalysis;
using NevSpec.Generators.Models;
using NevSpec.Generators.Pipeline;

namespace NevSpec.Generators
{
    /// <summary>
    /// Turns each <c>*.nevspec</c> AdditionalFile into a typed static class, and reports the spec's
    /// diagnostics at its own line and column. This file holds only the pipeline; every step is named
    /// (<see cref="TrackingNames"/>) and passes value-equatable models, so unchanged specs come from cache.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class NevSpecGenerator : IIncrementalGenerator
    {
        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var specFiles = context.AdditionalTextsProvider
                .Where(static text => InputReader.IsSpec(text.Path))
                .Select(InputReader.ReadSpec)
                .WithTrackingName(TrackingNames.SpecFiles);

            var allHeaders = context.AdditionalTextsProvider
                .Where(static text => InputReader.IsDataFile(text.Path))
                .Select(InputReader.ReadHeader)
                .WithTrackingName(TrackingNames.DataHeaders)
                .Collect()
                .Select(static (headers, _) => InputReader.Sort(headers))
                .WithTrackingName(TrackingNames.AllDataHeaders);

            var options = context.AnalyzerConfigOptionsProvider
                .Select(InputReader.ReadOptions)
                .WithTrackingName(TrackingNames.Options);

            var specModels = specFiles
                .Combine(allHeaders)
                .Combine(options)
                .Select(static (input, ct) => SpecModelBuilder.Build(input.Left.Left, input.Left.Right, input.Right, ct))
                .WithTrackingName(TrackingNames.SpecModels);

            var moduleFacts = specModels
                .Select(static (model, _) => new ClassNameEntry(model.Path, model.FullClassName))
                .WithTrackingName(TrackingNames.ClassNames)
                .Collect()
                .Combine(context.CompilationProvider)
                .Select(static (input, ct) => CompilationInspector.Inspect(input.Left, input.Right, ct))
                .WithTrackingName(TrackingNames.ModuleFacts);

            context.RegisterSourceOutput(specModels.Combine(moduleFacts), static (spc, input) => SourceOutput.Execute(spc, input.Left, input.Right));
        }
    }
}
