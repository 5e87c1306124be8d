using System;
using System.IO;
using System.Linq;
using System.Text;
using NevSpec.Language.Syntax;

namespace NevSpec.Language.Tests;

public class ParserTests
{
    [Fact]
    public void SyntaxErrorNamesTheUnexpectedTokenAndWhatWasExpected()
    {
        var result = NevSpecParser.TryParse("module M\nlet 123 = [ a ]\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("NEV0001", error.Id);
        Assert.Equal("Syntax error: unexpected number '123', expected identifier", error.Message);
        Assert.Equal((2, 5), (error.Span.StartLine, error.Span.StartColumn));
        Assert.Null(result.Module);
        Assert.False(result.Success);
    }

    [Fact]
    public void SyntaxErrorInsideAPipelineIsReportedAtTheStage()
    {
        var result = NevSpecParser.TryParse("module M\nlet m = regress y [ x ]\n    |> 42\n");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("Syntax error: unexpected number '42', expected pipe stage (fe, cluster, vcov, where, using, …)", error.Message);
        Assert.Equal((3, 8), (error.Span.StartLine, error.Span.StartColumn));
    }

    [Fact]
    public void ALetEndsAtTheNextLetKeyword()
    {
        var module = NevSpecParser.TryParse("module M\nlet a = regress y\n  [ x ]\nlet b = a").Module!;

        Assert.Equal(new[] { "a", "b" }, module.Bindings.Select(b => b.Name.Name));
        Assert.IsType<ApplicationSyntax>(module.Bindings[0].Value);
    }

    [Fact]
    public void SpansPointAtTheTokens()
    {
        var let = NevSpecParser.TryParse("module M\nlet a = regress y [ x ]").Module!.Bindings[0];
        var regress = Assert.IsType<ApplicationSyntax>(let.Value);

        Assert.Equal((2, 1, 2, 24), (let.Span.StartLine, let.Span.StartColumn, let.Span.EndLine, let.Span.EndColumn));
        Assert.Equal((2, 9), (regress.Function.Span.StartLine, regress.Function.Span.StartColumn));
        Assert.Equal((2, 19), (regress.Arguments[1].Span.StartLine, regress.Arguments[1].Span.StartColumn));
    }

    [Fact]
    public void DocLinesAreJoinedWithNewlines()
    {
        var module = NevSpecParser.TryParse("/// Study.\nmodule M\n/// First line.\n///   indented\nlet a = [ x ]").Module!;

        Assert.Equal("Study.", module.Header!.Doc);
        Assert.Equal("First line.\n  indented", module.Bindings[0].Doc);
    }

    [Fact]
    public void CommentMarkersInsideStringsAreNotComments()
    {
        var module = NevSpecParser.TryParse("module M\nlet f = panel \"http://x/y.csv\" { id = a; time = b }").Module!;

        Assert.Empty(module.Bindings[0].LeadingComments);
        Assert.Null(module.Bindings[0].TrailingComment);
        Assert.Contains("\"http://x/y.csv\"", module.ToString());
    }

    [Fact]
    public void MissingModuleStillGivesATree()
    {
        var result = NevSpecParser.TryParse("// just a comment\nlet a = [ x ]");

        Assert.NotNull(result.Module);
        Assert.Equal("NEV0002", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void DeepNestingIsASyntaxErrorNotAStackOverflow()
    {
        var text = "module M\nlet m = r |> where " + new string('(', 10_000) + "x = 1" + new string(')', 10_000);

        var error = Assert.Single(NevSpecParser.TryParse(text).Diagnostics);

        Assert.Equal("NEV0001", error.Id);
        Assert.Contains("nested brackets", error.Message);
    }

    [Fact]
    public void TryParseNeverThrowsOnAnyPrefixOfTheSpecs()
    {
        var files = Directory.GetFiles(RepositoryPaths.Specs, "*.nevspec", SearchOption.TopDirectoryOnly)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Specs, "examples"), "*.nevspec"));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            for (var length = 0; length <= text.Length; length++)
            {
                var prefix = text.Substring(0, length);
                var parsed = NevSpecParser.TryParse(prefix);
                Assert.True(parsed.Module is not null || parsed.Diagnostics.Count > 0);
                var compilation = SpecCompiler.Compile(prefix, new FileSystemHeaderProvider(Path.GetDirectoryName(file)!));
                Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "NEV0024");
            }
        }
    }

    [Fact]
    public void TryParseNeverThrowsOnRandomText()
    {
        const string alphabet = "module let = [ ] { } ( ) ; |> < > = & | \" \\ / - + * .. 1.5e3 abc _x log lag split by \n\r\t";
        var random = new Random(20240601);
        for (var run = 0; run < 2000; run++)
        {
            var builder = new StringBuilder(random.Next(2) == 0 ? "module M\n" : "");
            var length = random.Next(60);
            for (var i = 0; i < length; i++) builder.Append(alphabet[random.Next(alphabet.Length)]);
            var compilation = SpecCompiler.Compile(builder.ToString(), new UnavailableHeaderProvider());
            Assert.DoesNotContain(compilation.Diagnostics, d => d.Id == "NEV0024");
        }
    }

    [Fact]
    public void NullTextIsTreatedAsEmpty() => Assert.Equal("NEV0002", Assert.Single(NevSpecParser.TryParse(null!).Diagnostics).Id);

    [Fact]
    public void AnErgmListHoldsTermsAppliedToArgumentsOnTheirLine()
    {
        var let = NevSpecParser.TryParse("module M\nlet e = g |> ergm [ edges; nodecov gdp\n  kstar 2 ] { seed = 1 }\n").Module!.Bindings[0];
        var ergm = Assert.IsType<ApplicationSyntax>(Assert.IsType<PipeSyntax>(let.Value).Stage);
        var terms = Assert.IsType<ListSyntax>(ergm.Arguments[0]);

        Assert.Equal(new[] { "edges", "nodecov gdp", "kstar 2" }, terms.Items.Select(t => t.ToString()));
        Assert.IsType<RecordSyntax>(ergm.Arguments[1]);
    }

    [Fact]
    public void OutsideAnErgmStageAListItemIsNoFunctionApplication()
    {
        var result = NevSpecParser.TryParse("module M\nlet xs = [ nodecov gdp ]\n");

        Assert.Equal("NEV0001", Assert.Single(result.Diagnostics).Id);
    }
}
