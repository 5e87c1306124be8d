using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace NevSpec.Generators.Tests.Infrastructure;

/// <summary>
/// Checks on tracked pipeline steps, after NetEscapades.EnumGenerators' TestHelpers: a re-run serves every
/// step from cache, and no step output holds a type that would defeat caching or root a compilation.
/// </summary>
public static class IncrementalAssert
{
    private static readonly Type[] BannedTypes =
    [
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel),
        typeof(Location), typeof(AdditionalText), typeof(SourceText),
    ];

    public static Dictionary<string, ImmutableArrayOfSteps> TrackedSteps(GeneratorDriverRunResult result, IEnumerable<string> names)
    {
        var steps = result.Results.Single().TrackedSteps;
        return names.Where(steps.ContainsKey).ToDictionary(n => n, n => new ImmutableArrayOfSteps(steps[n]));
    }

    /// <summary>Every tracked step of the second run produced the same outputs, all Cached or Unchanged.</summary>
    public static void SecondRunIsCached(GeneratorDriverRunResult first, GeneratorDriverRunResult second, IEnumerable<string> names)
    {
        var before = TrackedSteps(first, names);
        var after = TrackedSteps(second, names);
        Assert.NotEmpty(before);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, steps) in after)
        {
            var previous = before[name].Steps;
            Assert.Equal(previous.Length, steps.Steps.Length);
            for (var i = 0; i < steps.Steps.Length; i++)
            {
                var oldOutputs = previous[i].Outputs.Select(o => o.Value).ToArray();
                var newOutputs = steps.Steps[i].Outputs.Select(o => o.Value).ToArray();
                Assert.True(oldOutputs.SequenceEqual(newOutputs), $"Step '{name}' produced different outputs on an identical run.");
                foreach (var (_, reason) in steps.Steps[i].Outputs)
                    Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged,
                        $"Step '{name}' was {reason} on an identical run.");
            }
        }
    }

    /// <summary>No output of any tracked step reaches one of the banned Roslyn types.</summary>
    public static void NoBannedTypes(GeneratorDriverRunResult result, IEnumerable<string> names)
    {
        foreach (var (name, steps) in TrackedSteps(result, names))
            foreach (var step in steps.Steps)
                foreach (var (value, _) in step.Outputs)
                    Walk(value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
    }

    private static void Walk(object? node, string step, HashSet<object> visited)
    {
        if (node is null) return;
        var type = node.GetType();
        foreach (var banned in BannedTypes)
            Assert.False(banned.IsAssignableFrom(type), $"Step '{step}' outputs a {type.FullName}, a {banned.Name}: it would defeat caching.");
        if (type.IsPrimitive || type.IsEnum || node is string || node is decimal) return;
        if (!type.IsValueType && !visited.Add(node)) return;
        if (node is IEnumerable sequence)
        {
            foreach (var item in sequence) Walk(item, step, visited);
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                Walk(field.GetValue(node), step, visited);
    }

    /// <summary>The reasons an output step recorded for each of its inputs.</summary>
    public static IncrementalStepRunReason[] OutputReasons(GeneratorDriverRunResult result) =>
        result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();
}

/// <summary>A named step's runs (wrapper so the dictionary reads well in asserts).</summary>
public sealed record ImmutableArrayOfSteps(System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep> Steps);
