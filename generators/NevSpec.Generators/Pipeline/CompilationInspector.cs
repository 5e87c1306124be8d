using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NevSpec.Generators.Models;
using NevSpec.Language;

namespace NevSpec.Generators.Pipeline
{
    /// <summary>
    /// The only step that looks at the compilation. It runs on every edit, so it does little (a few type
    /// look-ups) and returns equatable <see cref="ModuleFacts"/>; unchanged facts leave the output cached.
    /// </summary>
    internal static class CompilationInspector
    {
        public const string EngineRunnerType = "NevSpec.Engine.StudyRunner";

        public static ModuleFacts Inspect(ImmutableArray<ClassNameEntry> classes, Compilation compilation, CancellationToken cancellationToken)
        {
            var collisions = new List<string>();
            var duplicates = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in classes.OrderBy(c => c.SpecPath, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (entry.FullClassName is null) continue;
                if (!seen.Add(entry.FullClassName)) duplicates.Add(entry.SpecPath);
                var type = compilation.Assembly.GetTypeByMetadataName(entry.FullClassName);
                if (type is not null && !IsStaticPartialClass(type, cancellationToken)) collisions.Add(entry.FullClassName);
            }
            var engine = compilation.GetTypeByMetadataName(EngineRunnerType) is not null;
            return new ModuleFacts(collisions.Distinct().ToEquatableArray(), duplicates.ToEquatableArray(), engine);
        }

        /// <summary>A user may extend a generated class with <c>static partial class</c>; anything else collides.</summary>
        private static bool IsStaticPartialClass(INamedTypeSymbol type, CancellationToken cancellationToken)
        {
            if (type.TypeKind != TypeKind.Class || !type.IsStatic) return false;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(cancellationToken) is not ClassDeclarationSyntax declaration) return false;
                if (!declaration.Modifiers.Any(SyntaxKind.PartialKeyword)) return false;
            }
            return true;
        }
    }
}
